"""Läkemedelstillsyn: tillsynerna per enhet med filter (år, enhet, tillsynstyp), en ny
tillsyn eller en sparad att läsa, MAS checklistor och PDF:erna (protokollet, internt, och
årsöversikten), som skrivs på arbetstråden (ui/bakgrund)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from skrivbord.jobb import Jobb, som_jobb
from skrivbord.tjanster import enheter
from skrivbord.tjanster.databasfil import Databas
from skrivbord.tjanster.lakemedelstillsyn import lista, utskrift
from skrivbord.typer import Tillsynstyp
from skrivbord.ui import bakgrund
from skrivbord.ui.gemensamt import pdfspara
from skrivbord.ui.gemensamt.sida import DAMPAD, ingress, rubrik, sidlayout, tal_text
from skrivbord.ui.gemensamt.tabell import radvy
from skrivbord.ui.lakemedelstillsyn.checklistdialog import ChecklistDialog
from skrivbord.ui.lakemedelstillsyn.dialog import TillsynDialog
from skrivbord.ui.lakemedelstillsyn.tabellmodell import TillsynModell


class LakemedelstillsynSida(QWidget):
    def __init__(
        self, databas: Databas, parent: QWidget | None = None, idag: date | None = None
    ) -> None:
        super().__init__(parent)
        self._databas = databas
        self._idag = idag or date.today()
        self.senaste_pdf: Path | None = None
        layout = sidlayout(self)
        self.rubrik = rubrik(self.tr("Läkemedelstillsyn"))
        layout.addWidget(self.rubrik)
        layout.addWidget(
            ingress(
                self.tr(
                    "Tillsynen av läkemedelshanteringen på varje enhet: narkotikakontroll "
                    "varje månad, övriga läkemedel varje kvartal, MAS interna tillsyn två "
                    "gånger per år och extern kvalitetsgranskning av farmaceut. Ett nej blir "
                    "ett fynd med en åtgärd; ett narkotikasaldo som inte stämmer blir en "
                    "avvikelse."
                )
            )
        )
        layout.addLayout(self._bygg_knappar())
        layout.addLayout(self._bygg_filter())
        layout.addWidget(self._bygg_tabell(), 1)
        self.tom = QLabel(wordWrap=True)
        self.tom.setStyleSheet(f"color: {DAMPAD};")
        layout.addWidget(self.tom)
        self.uppdatera()

    def _knapp(self, text: str, metod: Callable[[], None]) -> QPushButton:
        knapp = QPushButton(text)
        knapp.clicked.connect(metod)
        return knapp

    def _bygg_knappar(self) -> QHBoxLayout:
        self.ny = self._knapp(self.tr("&Ny tillsyn …"), self.registrera)
        self.oppna = self._knapp(self.tr("Ö&ppna …"), self.oppna_markerad)
        self.protokoll_pdf = self._knapp(self.tr("Protokoll som &PDF …"), self._valj_protokoll_pdf)
        self.ar_pdf = self._knapp(self.tr("Års&översikt …"), self._valj_ar_pdf)
        self.checklistor = self._knapp(self.tr("&Checklistor …"), self.redigera_checklistor)
        rad = QHBoxLayout()
        for knapp in (self.ny, self.oppna, self.protokoll_pdf):
            rad.addWidget(knapp)
        rad.addStretch()
        rad.addWidget(self.checklistor)
        rad.addWidget(self.ar_pdf)
        return rad

    def _filterval(self, text: str, falt: QComboBox, rad: QHBoxLayout) -> None:
        etikett = QLabel(text)
        etikett.setBuddy(falt)
        falt.currentIndexChanged.connect(self.lasa)
        rad.addWidget(etikett)
        rad.addWidget(falt)

    def _bygg_filter(self) -> QHBoxLayout:
        self.ar, self.enhet, self.typ = QComboBox(), QComboBox(), QComboBox()
        self.enhet.addItem(self.tr("Alla enheter"), None)
        for e in enheter.lista(self._databas):
            self.enhet.addItem(e.namn, e.id)
        self.typ.addItem(self.tr("Alla tillsyner"), None)
        for t in Tillsynstyp:
            self.typ.addItem(t.etikett, t.value)
        self.antal = QLabel()
        self.antal.setStyleSheet(f"color: {DAMPAD};")
        rad = QHBoxLayout()
        self._filterval(self.tr("&År"), self.ar, rad)
        self._filterval(self.tr("E&nhet"), self.enhet, rad)
        self._filterval(self.tr("&Tillsyn"), self.typ, rad)
        rad.addStretch()
        rad.addWidget(self.antal)
        return rad

    def _bygg_tabell(self) -> QTableView:
        self.modell = TillsynModell(self)
        self.tabell = radvy(self.modell, self.tr("Läkemedelstillsyner"), TillsynModell.ENHET)
        self.tabell.activated.connect(self._oppna_rad)
        return self.tabell

    # --- the list ---------------------------------------------------------------------

    def _fyll_ar(self) -> None:
        valt = self.ar.currentData() if self.ar.count() else self._idag.year
        ar = sorted({self._idag.year, *lista.ar_med_tillsyner(self._databas)})
        self.ar.blockSignals(True)
        self.ar.clear()
        self.ar.addItem(self.tr("Alla år"), None)
        for varde in reversed(ar):
            self.ar.addItem(str(varde), varde)
        self.ar.setCurrentIndex(max(0, self.ar.findData(valt)))
        self.ar.blockSignals(False)

    def uppdatera(self) -> None:
        self._fyll_ar()
        self.lasa()

    def lasa(self) -> None:
        typ = self.typ.currentData()
        rader = lista.lista(
            self._databas,
            self.ar.currentData(),
            self.enhet.currentData(),
            Tillsynstyp(typ) if typ else None,
        )
        self.modell.satt(rader)
        self.antal.setText(
            self.tr("1 tillsyn")
            if len(rader) == 1
            else self.tr("{antal} tillsyner").format(antal=tal_text(len(rader)))
        )
        self.tom.setText(self.tr("Inga läkemedelstillsyner med det här urvalet."))
        self.tom.setVisible(not rader)
        self.oppna.setEnabled(bool(rader))
        self.protokoll_pdf.setEnabled(bool(rader))
        if rader:
            self.tabell.selectRow(0)

    def markerad(self) -> int | None:
        rader = self.tabell.selectionModel().selectedRows()
        return self.modell.rad(rader[0].row()).id if rader else None

    # --- the forms --------------------------------------------------------------------

    def registrera(self) -> None:
        self._kor(TillsynDialog(self._databas, self, self._idag))

    def oppna_markerad(self) -> None:
        valt = self.markerad()
        if valt is not None:
            self._kor(TillsynDialog(self._databas, self, self._idag, valt))

    def _oppna_rad(self, index: QModelIndex) -> None:
        if index.isValid():
            self.tabell.selectRow(index.row())
            self.oppna_markerad()

    def _kor(self, dialog: TillsynDialog) -> None:
        sparad = dialog.exec()
        sparat_id = dialog.sparat_id
        dialog.deleteLater()
        if sparad:
            self.uppdatera()
            for rad in range(self.modell.rowCount()):
                if self.modell.rad(rad).id == sparat_id:
                    self.tabell.selectRow(rad)

    def redigera_checklistor(self) -> None:
        dialog = ChecklistDialog(self._databas, self)
        dialog.exec()
        dialog.deleteLater()

    # --- PDF:s ------------------------------------------------------------------------

    def _fil(self, titel: str, namn: str) -> Path | None:
        return pdfspara.fraga_fil(self, titel, namn)

    def _valj_protokoll_pdf(self) -> None:
        valt = self.markerad()
        if valt is None:
            return
        fil = self._fil(
            self.tr("Spara protokollet (internt)"), f"lakemedelstillsyn-{valt}-intern.pdf"
        )
        if fil is not None:
            self.skriv_protokoll(valt, fil)

    def _valj_ar_pdf(self) -> None:
        ar = self.ar.currentData() or self._idag.year
        fil = self._fil(self.tr("Spara årsöversikten"), f"lakemedelstillsyn-{ar}.pdf")
        if fil is not None:
            self.skriv_ar(ar, fil)

    def skriv_protokoll(self, tillsyn_id: int, ut: Path) -> None:
        jobb = som_jobb(utskrift.skriv_protokoll, self._databas, tillsyn_id, ut)
        self._skriv(self.tr("Protokoll för läkemedelstillsyn {id}").format(id=tillsyn_id), jobb)

    def skriv_ar(self, ar: int, ut: Path) -> None:
        jobb = som_jobb(utskrift.skriv_arsoversikt, self._databas, ar, ut, self._idag)
        self._skriv(self.tr("Läkemedelstillsyn {ar}").format(ar=ar), jobb)

    def _skriv(self, titel: str, jobb: Jobb[Path]) -> None:
        bakgrund.kor(self, titel, jobb, self._pdf_klar)

    def _pdf_klar(self, resultat: object) -> None:
        self.senaste_pdf = Path(str(resultat))
        pdfspara.visa_sparad(self, self.senaste_pdf)
