"""Inställningar: backups (on close, the folder, how many are kept), the recently used
databases."""

from __future__ import annotations

from pathlib import Path, PurePath

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
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

from skrivbord.tjanster import sakerhetskopior
from skrivbord.ui import installningar
from skrivbord.ui.gemensamt.formular import ok_avbryt
from skrivbord.ui.gemensamt.sida import DAMPAD


class InstallningarDialog(QDialog):
    """Backups (on close, the folder, how many are kept) and the recently used databases."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inställningar"))
        self.setMinimumWidth(640)

        kopior = QGroupBox(self.tr("Säkerhetskopior"))
        val = sakerhetskopior.las_val()
        self._standardmapp = val.standardmapp
        self._mapp: Path | None = val.mapp
        self.kopia = QCheckBox(self.tr("Gör en krypterad säkerhetskopia när databasen stängs"))
        self.kopia.setChecked(installningar.sakerhetskopiera_vid_stangning())
        self.mappfalt = QLineEdit(readOnly=True)
        self.mappfalt.setAccessibleName(self.tr("Mapp för säkerhetskopior"))
        self.valj_mapp = QPushButton(self.tr("Välj …"))
        self.valj_mapp.clicked.connect(self._valj_mapp)
        self.standardmapp = QPushButton(self.tr("Standardmappen"))
        self.standardmapp.clicked.connect(self._anvand_standardmappen)
        mapprad = QHBoxLayout()
        mapprad.addWidget(self.mappfalt, 1)
        mapprad.addWidget(self.valj_mapp)
        mapprad.addWidget(self.standardmapp)
        self._visa_mapp()
        self.dagar = self._antal("dagar", val.rotation.dagar, self.tr("Dagliga kopior"))
        self.veckor = self._antal("veckor", val.rotation.veckor, self.tr("Veckokopior"))
        self.manader = self._antal("manader", val.rotation.manader, self.tr("Månadskopior"))
        antalrad = QHBoxLayout()
        for text, ruta in (
            (self.tr("dagar"), self.dagar),
            (self.tr("veckor"), self.veckor),
            (self.tr("månader"), self.manader),
        ):
            antalrad.addWidget(ruta)
            antalrad.addWidget(QLabel(text))
            antalrad.addSpacing(10)
        antalrad.addStretch()
        forklaring = QLabel(
            self.tr(
                "Högst en kopia per dygn görs vid stängning. Den senaste kopian från var och "
                "en av de senaste dagarna, veckorna och månaderna sparas; äldre tas bort. "
                "Varje kopia är krypterad med databasens nyckel och kontrolleras när den "
                "skrivs. Välj gärna en nätverksenhet eller ett USB-minne, så finns kopiorna "
                "kvar om datorn går sönder."
            ),
            wordWrap=True,
        )
        forklaring.setStyleSheet(f"color: {DAMPAD};")
        formular = QFormLayout(kopior)
        formular.addRow(self.kopia)
        formular.addRow(self.tr("Mapp:"), mapprad)
        formular.addRow(self.tr("Spara en kopia per:"), antalrad)
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

    def _antal(self, namn: str, varde: int, tillganglig: str) -> QSpinBox:
        ruta = QSpinBox()
        ruta.setRange(*sakerhetskopior.GRANSER[namn])
        ruta.setValue(varde)
        ruta.setAccessibleName(tillganglig)
        return ruta

    def _visa_mapp(self) -> None:
        if self._mapp is None:
            self.mappfalt.setText(self.tr("{mapp} (standard)").format(mapp=self._standardmapp))
        else:
            self.mappfalt.setText(str(self._mapp))
        self.mappfalt.setCursorPosition(0)  # the start of the path, not its end
        self.mappfalt.setToolTip(self.mappfalt.text())
        self.standardmapp.setEnabled(self._mapp is not None)

    def _valj_mapp(self) -> None:
        mapp = QFileDialog.getExistingDirectory(
            self,
            self.tr("Mapp för säkerhetskopior"),
            str(self._mapp or self._standardmapp),
        )
        if mapp:
            self._mapp = Path(mapp)
            self._visa_mapp()

    def valj_mapp_utan_fraga(self, mapp: PurePath) -> None:
        """As if ``mapp`` had been chosen in the folder dialog (tests, screenshots)."""
        self._mapp = Path(mapp)
        self._visa_mapp()

    def _anvand_standardmappen(self) -> None:
        self._mapp = None
        self._visa_mapp()

    def _rensa(self) -> None:
        self._ska_rensas = True
        self.senaste.clear()
        self.rensa.setEnabled(False)

    def accept(self) -> None:
        installningar.satt_sakerhetskopiera_vid_stangning(self.kopia.isChecked())
        sakerhetskopior.spara_val(
            self._mapp,
            sakerhetskopior.Rotation(self.dagar.value(), self.veckor.value(), self.manader.value()),
        )
        if self._ska_rensas:
            installningar.rensa_senaste()
        super().accept()
