"""Small dialogs of the shell: the recovery key, About, Settings."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skrivbord import __version__
from skrivbord.lagring import aterstallningsnyckel
from skrivbord.lagring.fel import OgiltigAterstallningsnyckel
from skrivbord.ui import installningar


def _knappar(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    knappar = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    knappar.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    knappar.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("Avbryt"))
    knappar.accepted.connect(dialog.accept)
    knappar.rejected.connect(dialog.reject)
    return knappar


class AterstallningsDialog(QDialog):
    """Asks for the recovery key; a typo is caught by the checksum before any open."""

    def __init__(self, databasfil: Path, orsak: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Återställningsnyckel"))
        self.setMinimumWidth(560)
        self.nyckel: bytes | None = None
        forklaring = QLabel(
            f"{orsak}\n\n"
            + self.tr(
                "Databas: {namn}. Skriv in återställningsnyckeln, 11 grupper om 5 tecken."
            ).format(namn=databasfil.name),
            wordWrap=True,
        )
        self.falt = QLineEdit(placeholderText="XXXXX-XXXXX-XXXXX-…")
        typsnitt = QFont("monospace")
        typsnitt.setStyleHint(QFont.StyleHint.Monospace)
        typsnitt.setPointSize(12)
        self.falt.setFont(typsnitt)
        self.fel = QLabel(wordWrap=True)
        self.fel.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.fel.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(forklaring)
        layout.addWidget(self.falt)
        layout.addWidget(self.fel)
        layout.addWidget(_knappar(self, self.tr("Öppna")))

    def visa_fel(self, text: str) -> None:
        self.fel.setText(text)
        self.fel.show()

    def accept(self) -> None:
        try:
            self.nyckel = aterstallningsnyckel.avkoda(self.falt.text())
        except OgiltigAterstallningsnyckel as fel:
            self.visa_fel(fel.meddelande)
            return
        super().accept()


class OmDialog(QDialog):
    def __init__(
        self, databasfil: Path | None, nyckelplats: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Om Skrivbord"))
        text = QLabel(
            f"<h2>Skrivbord {__version__}</h2>"
            + self.tr(
                "<p>Patientsäkerhetsarbete i kommunal hälso- och sjukvård: egenkontroll, "
                "läkemedelstillsyn, delegeringar, avvikelser och logguppföljning.</p>"
            )
            + f"<p>{self.tr('Databas')}: {databasfil or self.tr('ingen öppen')}<br>"
            f"{self.tr('Nyckeln förvaras i')}: {nyckelplats}</p>"
            f"<p style='color:#666'>Python {platform.python_version()} · Qt {qVersion()} · "
            f"PySide6 {pyside_version}<br>{platform.system()} {platform.release()}</p>",
            wordWrap=True,
        )
        knappar = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        knappar.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        knappar.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(knappar)


class InstallningarDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inställningar"))
        self.kopia = QCheckBox(self.tr("Gör en krypterad säkerhetskopia när programmet stängs"))
        self.kopia.setChecked(installningar.sakerhetskopiera_vid_stangning())
        rensa = QPushButton(self.tr("Töm listan över senast använda databaser"))
        rensa.clicked.connect(installningar.rensa_senaste)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kopia)
        layout.addWidget(rensa)
        layout.addWidget(_knappar(self, self.tr("Spara")))

    def accept(self) -> None:
        installningar.satt_sakerhetskopiera_vid_stangning(self.kopia.isChecked())
        super().accept()
