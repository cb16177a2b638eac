"""Small dialogs of the shell: the recovery key, About, Settings."""

from __future__ import annotations

import platform
import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from skrivbord import __version__, fel
from skrivbord.lagring import aterstallningsnyckel
from skrivbord.lagring import databas as lagring
from skrivbord.lagring.nyckelring import Nyckelring
from skrivbord.ui import installningar

FELFARG = "#b3261e"
DAMPAD = "#5f6b76"


def monospace(punkter: int, fet: bool = False) -> QFont:
    typsnitt = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    typsnitt.setStyleHint(QFont.StyleHint.Monospace)
    typsnitt.setPointSize(punkter)
    typsnitt.setBold(fet)
    return typsnitt


def fellabel() -> QLabel:
    """An inline error line: hidden until it has something to say."""
    etikett = QLabel(wordWrap=True)
    etikett.setStyleSheet(f"color: {FELFARG}; font-weight: 600;")
    etikett.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    etikett.hide()
    return etikett


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
    """Asks for the recovery key and opens the database with it.

    A typo (caught by the checksum) or a key that belongs to another database is shown
    in the dialog, which stays open. After ``exec()``: ``databas`` is the opened
    database, or ``avbrott`` holds another typed error that ended the attempt, or both
    are None (Avbryt).
    """

    def __init__(
        self,
        sokvag: Path,
        orsak: str,
        nyckelring: Nyckelring,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sokvag = Path(sokvag)
        self._nyckelring = nyckelring
        self.databas: lagring.Databas | None = None
        self.avbrott: fel.SkrivbordFel | None = None
        self.setWindowTitle(self.tr("Återställningsnyckel"))
        self.setMinimumWidth(620)
        self.orsak = QLabel(orsak, wordWrap=True)
        fil = QLabel(self.tr("Databas: {namn}").format(namn=self._sokvag.name))
        fil.setToolTip(str(self._sokvag))
        fil.setStyleSheet(f"color: {DAMPAD};")
        self.falt = QLineEdit(placeholderText="XXXXX-XXXXX-XXXXX-XXXXX-…")
        self.falt.setFont(monospace(12))
        self.falt.setAccessibleName(self.tr("Återställningsnyckel"))
        self.ledtext = QLabel()
        self.ledtext.setStyleSheet(f"color: {DAMPAD};")
        self.fel = fellabel()
        self.falt.textChanged.connect(self._skrivet)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.orsak)
        layout.addWidget(fil)
        layout.addSpacing(4)
        layout.addWidget(QLabel(self.tr("Återställningsnyckel (11 grupper om 5 tecken):")))
        layout.addWidget(self.falt)
        layout.addWidget(self.ledtext)
        layout.addWidget(self.fel)
        layout.addWidget(_knappar(self, self.tr("Öppna")))
        self._skrivet("")

    def _skrivet(self, text: str) -> None:
        antal = sum(1 for t in text if t not in " -\t\r\n")
        self.ledtext.setText(
            self.tr("{n} av {totalt} tecken. Bindestreck och mellanslag spelar ingen roll.").format(
                n=antal, totalt=aterstallningsnyckel.TECKEN
            )
        )

    def visa_fel(self, text: str) -> None:
        self.fel.setText(text)
        self.fel.show()
        self.falt.setFocus()
        self.falt.selectAll()

    def accept(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.databas = lagring.oppna_med_aterstallningsnyckel(
                self._sokvag, self._nyckelring, self.falt.text()
            )
        except (fel.OgiltigAterstallningsnyckel, fel.FelNyckel) as exc:
            self.visa_fel(exc.meddelande)
            return
        except fel.SkrivbordFel as exc:
            self.avbrott = exc
            super().reject()
            return
        finally:
            QApplication.restoreOverrideCursor()
        super().accept()


class OmDialog(QDialog):
    def __init__(
        self, databasfil: Path | None, nyckelplats: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Om Skrivbord"))
        self.setMinimumWidth(480)
        rubrik = QLabel(f"Skrivbord {__version__}")
        rubrik.setStyleSheet("font-size: 16pt; font-weight: 600;")
        text = QLabel(
            self.tr(
                "Patientsäkerhetsarbete i kommunal hälso- och sjukvård: egenkontroll, "
                "läkemedelstillsyn, delegeringar, avvikelser och logguppföljning."
            ),
            wordWrap=True,
        )
        uppgifter = QFormLayout()
        uppgifter.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        databas = QLabel(str(databasfil) if databasfil else self.tr("ingen databas är öppen"))
        databas.setWordWrap(True)
        databas.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        uppgifter.addRow(self.tr("Databas:"), databas)
        uppgifter.addRow(self.tr("Nyckeln förvaras i:"), QLabel(nyckelplats, wordWrap=True))
        teknik = QLabel(
            f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version}"
            f"<br>{platform.system()} {platform.release()} ({sys.platform})"
        )
        teknik.setStyleSheet(f"color: {DAMPAD};")
        knappar = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        knappar.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        knappar.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(rubrik)
        layout.addWidget(text)
        layout.addLayout(uppgifter)
        layout.addWidget(teknik)
        layout.addWidget(knappar)


class InstallningarDialog(QDialog):
    """Backups on close, how many to keep, and the recently used databases."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inställningar"))
        self.setMinimumWidth(520)

        kopior = QGroupBox(self.tr("Säkerhetskopior"))
        self.kopia = QCheckBox(self.tr("Gör en krypterad säkerhetskopia när databasen stängs"))
        self.kopia.setChecked(installningar.sakerhetskopiera_vid_stangning())
        self.behall = QSpinBox()
        self.behall.setRange(1, installningar.BEHALL_MAX)
        self.behall.setValue(installningar.behall_antal_kopior())
        self.behall.setSuffix(self.tr(" kopior"))
        forklaring = QLabel(
            self.tr(
                "Högst en kopia per dygn görs vid stängning. De äldsta kopiorna tas bort "
                "när antalet överskrids. Kopiorna är krypterade med samma nyckel som databasen."
            ),
            wordWrap=True,
        )
        forklaring.setStyleSheet(f"color: {DAMPAD};")
        formular = QFormLayout(kopior)
        formular.addRow(self.kopia)
        formular.addRow(self.tr("Spara de senaste:"), self.behall)
        formular.addRow(forklaring)

        senaste = QGroupBox(self.tr("Senast använda databaser"))
        self.senaste = QListWidget()
        self.senaste.setMaximumHeight(130)
        for sokvag in installningar.senaste():
            self.senaste.addItem(str(sokvag))
        self.rensa = QPushButton(self.tr("Töm listan"))
        self.rensa.setEnabled(self.senaste.count() > 0)
        self.rensa.clicked.connect(self._rensa)
        self._ska_rensas = False
        rad = QHBoxLayout()
        rad.addStretch()
        rad.addWidget(self.rensa)
        senaste_layout = QVBoxLayout(senaste)
        senaste_layout.addWidget(self.senaste)
        senaste_layout.addLayout(rad)

        layout = QVBoxLayout(self)
        layout.addWidget(kopior)
        layout.addWidget(senaste)
        layout.addWidget(_knappar(self, self.tr("Spara")))

    def _rensa(self) -> None:
        self._ska_rensas = True
        self.senaste.clear()
        self.rensa.setEnabled(False)

    def accept(self) -> None:
        installningar.satt_sakerhetskopiera_vid_stangning(self.kopia.isChecked())
        installningar.satt_behall_antal_kopior(self.behall.value())
        if self._ska_rensas:
            installningar.rensa_senaste()
        super().accept()
