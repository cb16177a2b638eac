"""The yearly review of a unit's delegations: who reviewed, the result, a comment. It
completes the unit's egenkontroll occurrence "Tillsyn av delegeringar", which opens
this form (ui/egenkontroller/formular.py). An edit hands back the version it opened:
if someone saved the review meanwhile, her input stays (ui/gemensamt/samtidig.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QPlainTextEdit, QVBoxLayout, QWidget

from skrivbord.fel import OgiltigUppgift, SamtidigAndring
from skrivbord.tjanster import enheter, personal
from skrivbord.tjanster.databasfil import Databas
from skrivbord.tjanster.delegeringar import genomgang
from skrivbord.typer import Granskningsresultat
from skrivbord.ui.gemensamt.formular import (
    Datumfalt,
    ctrl_retur_sparar,
    fellabel,
    fran_date,
    spara_avbryt,
    till_date,
    visa_fel,
)
from skrivbord.ui.gemensamt.samtidig import SamtidigRuta


class GenomgangDialog(QDialog):
    def __init__(
        self,
        databas: Databas,
        parent: QWidget | None,
        idag: date,
        enhet_id: int | None = None,
        genomgang_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._databas = databas
        self._idag = idag
        self._id = genomgang_id
        self._version: int | None = None
        self.sparat_id: int | None = genomgang_id
        self.setWindowTitle(self.tr("Årlig genomgång av delegeringar"))
        layout = QVBoxLayout(self)
        formular = QFormLayout()
        self.enhet = QComboBox()
        self.enhet.addItem(self.tr("Välj enhet …"), None)
        for e in enheter.lista(databas, bara_aktiva=True):
            self.enhet.addItem(e.namn, e.id)
        formular.addRow(self.tr("&Enhet"), self.enhet)
        self.datum = Datumfalt()
        self.datum.setDate(fran_date(idag))
        formular.addRow(self.tr("&Datum"), self.datum)
        self.granskare = QComboBox()
        self.granskare.addItem(self.tr("Välj person …"), None)
        for p in personal.lista(databas):
            if p.roll.legitimerad:
                self.granskare.addItem(f"{p.namn} ({p.roll.etikett.lower()})", p.id)
        formular.addRow(self.tr("&Genomförd av"), self.granskare)
        self.resultat = QComboBox()
        for r in Granskningsresultat:
            self.resultat.addItem(r.etikett, r.value)
        formular.addRow(self.tr("&Resultat"), self.resultat)
        self.kommentar = QPlainTextEdit()
        self.kommentar.setTabChangesFocus(True)
        self.kommentar.setFixedHeight(self.fontMetrics().height() * 5)
        formular.addRow(self.tr("&Kommentar"), self.kommentar)
        layout.addLayout(formular)
        self.fel = fellabel()
        layout.addWidget(self.fel)
        self.samtidig = SamtidigRuta(self.tr("Genomgången ändrades medan du skrev"))
        self.samtidig.hamta_sparad.connect(self._hamta_sparad)
        layout.addWidget(self.samtidig)
        layout.addWidget(spara_avbryt(self, self.spara))
        ctrl_retur_sparar(self, self.spara)
        if enhet_id is not None:
            self.enhet.setCurrentIndex(max(0, self.enhet.findData(enhet_id)))
        if genomgang_id is not None:
            self._fyll(genomgang.hamta(databas, genomgang_id))

    def _fyll(self, g: genomgang.Genomgang) -> None:
        self._version = g.version
        if self.enhet.findData(g.enhet_id) < 0:
            self.enhet.addItem(g.enhet, g.enhet_id)
        self.enhet.setCurrentIndex(self.enhet.findData(g.enhet_id))
        self.datum.setDate(fran_date(g.datum))
        if g.granskad_av_id is not None and self.granskare.findData(g.granskad_av_id) < 0:
            self.granskare.addItem(g.granskad_av, g.granskad_av_id)
        self.granskare.setCurrentIndex(max(0, self.granskare.findData(g.granskad_av_id)))
        self.resultat.setCurrentIndex(self.resultat.findData(g.resultat.value))
        self.kommentar.setPlainText(g.kommentar)

    def spara(self) -> None:
        u = genomgang.Genomgangsuppgifter(
            self.enhet.currentData(),
            till_date(self.datum.date()),
            self.granskare.currentData(),
            Granskningsresultat(self.resultat.currentData()),
            self.kommentar.toPlainText(),
        )
        try:
            if self._id is None:
                self.sparat_id = genomgang.registrera(self._databas, u, self._idag)
            else:
                genomgang.andra(self._databas, self._id, u, self._idag, version=self._version)
        except OgiltigUppgift as fel:
            falt = {
                "enhet_id": self.enhet,
                "datum": self.datum,
                "granskad_av_id": self.granskare,
                "kommentar": self.kommentar,
            }
            visa_fel(self.fel, fel.meddelande, falt.get(fel.falt or ""))
            return
        except SamtidigAndring as fel:
            self.fel.hide()
            kommentar = (self.tr("Kommentar"), self.kommentar.toPlainText())
            self.samtidig.visa(fel, {"kommentar": kommentar}, self._anvand)
            return
        self.accept()

    def _hamta_sparad(self) -> None:
        assert self._id is not None
        sparad = genomgang.hamta(self._databas, self._id)
        self._fyll(sparad)
        self.samtidig.sparad_hamtad({"kommentar": sparad.kommentar})

    def _anvand(self, falt: str, text: str) -> None:
        assert falt == "kommentar"
        self.kommentar.setPlainText(text)
