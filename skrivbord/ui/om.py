"""Om Skrivbord: the version, the open database, where the key is kept, the platform."""

from __future__ import annotations

import platform
import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from skrivbord import __version__
from skrivbord.ui.gemensamt.sida import DAMPAD


class OmDialog(QDialog):
    def __init__(
        self, databasfil: Path | str | None, nyckelplats: str, parent: QWidget | None = None
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
