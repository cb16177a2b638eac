"""Revoke a decision: the date, the reason and who. The decision stays, with them."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster import personal
from skrivbord.tjanster.databasfil import Databas
from skrivbord.tjanster.delegeringar import beslut
from skrivbord.tjanster.delegeringar.listor import Delegeringsrad
from skrivbord.ui.gemensamt.formular import (
    Datumfalt,
    ctrl_retur_sparar,
    fellabel,
    fran_date,
    spara_avbryt,
    till_date,
    visa_fel,
)


class AterkallelseDialog(QDialog):
    def __init__(
        self, databas: Databas, rad: Delegeringsrad, parent: QWidget | None, idag: date
    ) -> None:
        super().__init__(parent)
        self._databas = databas
        self._rad = rad
        self.setWindowTitle(self.tr("Återkalla delegering {nr}").format(nr=rad.id))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "{namn}: {uppgifter}. Beslutet finns kvar i historiken med datum, orsak "
                    "och vem som återkallade det."
                ).format(namn=rad.delegerad, uppgifter=", ".join(rad.uppgiftsnamn)),
                wordWrap=True,
            )
        )
        formular = QFormLayout()
        self.datum = Datumfalt()
        self.datum.setDate(fran_date(max(idag, rad.giltig_fran)))
        formular.addRow(self.tr("&Datum"), self.datum)
        self.av = QComboBox()
        self.av.addItem(self.tr("Välj person …"), None)
        for p in personal.lista(databas):
            if p.roll.legitimerad or p.roll.value == "enhetschef":
                self.av.addItem(f"{p.namn} ({p.roll.etikett.lower()})", p.id)
        self.av.setCurrentIndex(max(0, self.av.findData(rad.delegerande_id)))
        formular.addRow(self.tr("Återkallad &av"), self.av)
        self.orsak = QPlainTextEdit()
        self.orsak.setTabChangesFocus(True)
        self.orsak.setFixedHeight(self.fontMetrics().height() * 4)
        formular.addRow(self.tr("&Orsak"), self.orsak)
        layout.addLayout(formular)
        self.fel = fellabel()
        layout.addWidget(self.fel)
        layout.addWidget(spara_avbryt(self, self.spara))
        ctrl_retur_sparar(self, self.spara)

    def spara(self) -> None:
        try:
            beslut.aterkalla(
                self._databas,
                self._rad.id,
                till_date(self.datum.date()),
                self.orsak.toPlainText(),
                self.av.currentData(),
            )
        except OgiltigUppgift as fel:
            falt = {"orsak": self.orsak, "aterkallad_av_id": self.av, "datum": self.datum}
            visa_fel(self.fel, fel.meddelande, falt.get(fel.falt or ""))
            return
        self.accept()
