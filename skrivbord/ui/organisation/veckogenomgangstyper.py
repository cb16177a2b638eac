"""The MAS chooses which unit types owe weekly reviews by default
(tjanster/enhetstyper.py), and may change the units of those types along with it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from skrivbord.tjanster import enhetstyper
from skrivbord.tjanster.databasfil import Databas
from skrivbord.typer import Enhetstyp


class VeckogenomgangstyperDialog(QDialog):
    def __init__(self, databas: Databas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._databas = databas
        self.setWindowTitle(self.tr("Veckogenomgångar per enhetstyp"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Enheter av de ikryssade typerna gör veckogenomgångar av fall och "
                    "läkemedelsavvikelser. Det här är förvalet för nya enheter; varje enhet "
                    "kan sedan ändras för sig."
                ),
                wordWrap=True,
            )
        )
        valda = enhetstyper.veckogenomgangstyper(databas)
        self.rutor: dict[Enhetstyp, QCheckBox] = {}
        for typ in Enhetstyp:
            ruta = QCheckBox(typ.etikett)
            ruta.setChecked(typ in valda)
            self.rutor[typ] = ruta
            layout.addWidget(ruta)
        self.befintliga = QCheckBox(self.tr("Ändra även &befintliga enheter av dessa typer"))
        layout.addSpacing(8)
        layout.addWidget(self.befintliga)
        knappar = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        knappar.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Spara"))
        knappar.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        knappar.accepted.connect(self.spara)
        knappar.rejected.connect(self.reject)
        layout.addWidget(knappar)

    def spara(self) -> None:
        typer = [typ for typ, ruta in self.rutor.items() if ruta.isChecked()]
        andrade = enhetstyper.satt_veckogenomgangstyper(
            self._databas, typer, andra_befintliga=self.befintliga.isChecked()
        )
        if andrade:
            QMessageBox.information(
                self,
                self.tr("Enheterna ändrades"),
                self.tr("{n} enheter ändrades så att de följer sin typ.").format(n=andrade),
            )
        self.accept()
