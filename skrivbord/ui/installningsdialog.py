"""Inställningar: backups on close, how many to keep, the recently used databases."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from skrivbord.ui import installningar
from skrivbord.ui.gemensamt.formular import ok_avbryt
from skrivbord.ui.gemensamt.sida import DAMPAD


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
        self.senaste.setAccessibleName(self.tr("Senast använda databaser"))
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
        layout.addWidget(ok_avbryt(self, self.tr("Spara")))

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
