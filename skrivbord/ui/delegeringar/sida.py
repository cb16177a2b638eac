"""Delegeringar: the register of delegation decisions (by person, unit and task, with
filters), what needs acting on, the coverage per unit and week, and the yearly reviews.
The PDFs are written on the worker thread (ui/bakgrund)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from skrivbord.jobb import Jobb
from skrivbord.tjanster import enheter
from skrivbord.tjanster.databasfil import Databas
from skrivbord.tjanster.delegeringar import beslut, katalog, listor, utskrift
from skrivbord.tjanster.delegeringar.listor import Filter, Lage
from skrivbord.ui import bakgrund
from skrivbord.ui.delegeringar.aterkallelse import AterkallelseDialog
from skrivbord.ui.delegeringar.beslutsdialog import BeslutDialog
from skrivbord.ui.delegeringar.genomgangar import Genomgangsflik
from skrivbord.ui.delegeringar.historik import HistorikDialog
from skrivbord.ui.delegeringar.katalogdialog import KatalogDialog
from skrivbord.ui.delegeringar.tabellmodell import DelegeringModell
from skrivbord.ui.delegeringar.tackningsvy import Tackningsvy
from skrivbord.ui.delegeringar.varningar import Varningsflik
from skrivbord.ui.gemensamt import pdfspara
from skrivbord.ui.gemensamt.sida import DAMPAD, ingress, rubrik, sidlayout, tal_text
from skrivbord.ui.gemensamt.tabell import radvy

_AKTUELLA = frozenset({Lage.GALLER, Lage.GAR_UT, Lage.KOMMANDE, Lage.UTGANGEN})


class DelegeringSida(QWidget):
    def __init__(
        self, databas: Databas, parent: QWidget | None = None, idag: date | None = None
    ) -> None:
        super().__init__(parent)
        self._databas = databas
        self._idag = idag or date.today()
        self.senaste_pdf: Path | None = None
        layout = sidlayout(self)
        self.rubrik = rubrik(self.tr("Delegeringar"))
        layout.addWidget(self.rubrik)
        layout.addWidget(
            ingress(
                self.tr(
                    "Delegeringar av hälso- och sjukvårdsuppgifter: personliga, skriftliga, "
                    "tidsbegränsade till högst ett år och återkallbara (SOSFS 1997:14)."
                )
            )
        )
        self.summering = QLabel()
        layout.addWidget(self.summering)
        self.flikar = QTabWidget()
        self.flikar.addTab(self._bygg_register(), self.tr("&Register"))
        self.varningar = Varningsflik(databas, self._idag, self.visa_historik)
        self.flikar.addTab(self.varningar, self.tr("Att å&tgärda"))
        self.tackning = Tackningsvy(databas, self._idag)
        self.flikar.addTab(self.tackning, self.tr("Tä&ckning per vecka"))
        self.genomgangar = Genomgangsflik(databas, self._idag)
        self.flikar.addTab(self.genomgangar, self.tr("Årlig &genomgång"))
        layout.addWidget(self.flikar, 1)
        self.uppdatera()

    # --- the register tab -------------------------------------------------------------

    def _knapp(self, text: str, metod: object) -> QPushButton:
        knapp = QPushButton(text)
        knapp.clicked.connect(metod)
        return knapp

    def _bygg_register(self) -> QWidget:
        flik = QWidget()
        layout = QVBoxLayout(flik)
        layout.setContentsMargins(0, 8, 0, 0)
        self.ny = self._knapp(self.tr("&Ny delegering …"), self.ny_delegering)
        self.fornya = self._knapp(self.tr("&Förnya …"), self.fornya_markerad)
        self.aterkalla = self._knapp(self.tr("Åter&kalla …"), self.aterkalla_markerad)
        self.person = self._knapp(self.tr("&Personens delegeringar …"), self.visa_markerad_person)
        self.mas = self._knapp(self.tr("&MAS informerad i dag"), self.mas_informerad)
        self.beslut_pdf = self._knapp(self.tr("&Beslut som PDF …"), self._valj_beslut_pdf)
        self.register_pdf = self._knapp(self.tr("Register som P&DF …"), self._valj_register_pdf)
        self.katalog = self._knapp(self.tr("&Uppgifter …"), self.visa_katalog)
        rad = QHBoxLayout()
        for knapp in (self.ny, self.fornya, self.aterkalla, self.person, self.mas, self.beslut_pdf):
            rad.addWidget(knapp)
        rad.addStretch()
        rad.addWidget(self.register_pdf)
        rad.addWidget(self.katalog)
        layout.addLayout(rad)
        layout.addLayout(self._bygg_filter())
        self.modell = DelegeringModell(self._idag, self)
        self.tabell = radvy(self.modell, self.tr("Delegeringar"), DelegeringModell.UPPGIFTER)
        self.tabell.activated.connect(self._oppna_rad)
        self.tabell.selectionModel().selectionChanged.connect(self._uppdatera_mas)
        layout.addWidget(self.tabell, 1)
        self.tom = QLabel(wordWrap=True)
        self.tom.setStyleSheet(f"color: {DAMPAD};")
        layout.addWidget(self.tom)
        return flik

    def _bygg_filter(self) -> QHBoxLayout:
        self.sok = QLineEdit(placeholderText=self.tr("Namn"))
        self.sok.setClearButtonEnabled(True)
        self.enhet = QComboBox()
        self.uppgift = QComboBox()
        self.lage = QComboBox()
        self.lage.addItem(self.tr("Aktuella"), "aktuella")
        for lage in Lage:
            self.lage.addItem(lage.etikett, lage.value)
        self.lage.addItem(self.tr("Alla, med historik"), None)
        rad = QHBoxLayout()
        for text, falt in (
            (self.tr("&Sök"), self.sok),
            (self.tr("&Enhet"), self.enhet),
            (self.tr("&Arbetsuppgift"), self.uppgift),
            (self.tr("&Läge"), self.lage),
        ):
            etikett = QLabel(text)
            etikett.setBuddy(falt)
            rad.addWidget(etikett)
            rad.addWidget(falt)
        rad.addStretch()
        self.antal = QLabel()
        self.antal.setStyleSheet(f"color: {DAMPAD};")
        rad.addWidget(self.antal)
        self.sok.textChanged.connect(self.lasa)
        for combo in (self.enhet, self.uppgift, self.lage):
            combo.currentIndexChanged.connect(self.lasa)
        return rad

    def _fyll_val(self) -> None:
        for combo, alla, poster in (
            (
                self.enhet,
                self.tr("Alla enheter"),
                [(e.namn, e.id) for e in enheter.lista(self._databas)],
            ),
            (
                self.uppgift,
                self.tr("Alla uppgifter"),
                [(u.namn, u.kod) for u in katalog.lista(self._databas)],
            ),
        ):
            valt = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(alla, None)
            for text, data in poster:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(valt)))
            combo.blockSignals(False)

    def filtret(self) -> Filter:
        lage = self.lage.currentData()
        lagen: frozenset[Lage] = frozenset()
        if lage == "aktuella":
            lagen = _AKTUELLA
        elif lage is not None:
            lagen = frozenset({Lage(lage)})
        return Filter(
            enhet_id=self.enhet.currentData(),
            uppgift=self.uppgift.currentData(),
            lagen=lagen,
            sok=self.sok.text(),
        )

    def uppdatera(self) -> None:
        self._fyll_val()
        self.lasa()
        self.varningar.lasa()
        self.tackning.lasa()
        self.genomgangar.lasa()
        self._summera()

    def _summera(self) -> None:
        alla = listor.lista(self._databas, self._idag)
        galler = sum(r.galler(self._idag) for r in alla)
        slag = [v.slag for v in self.varningar.varningar]
        self.summering.setText(
            self.tr(
                "{galler} gällande · {gar_ut} går ut inom 30 dagar · {utgangna} utgångna utan "
                "förnyelse · {inaktiva} hos inaktiva"
            ).format(
                galler=tal_text(galler),
                gar_ut=slag.count(listor.Varningsslag.GAR_UT),
                utgangna=slag.count(listor.Varningsslag.UTGANGEN),
                inaktiva=slag.count(listor.Varningsslag.INAKTIV),
            )
        )

    def lasa(self) -> None:
        rader = listor.lista(self._databas, self._idag, self.filtret())
        self.modell.satt(rader)
        self.antal.setText(
            self.tr("1 delegering")
            if len(rader) == 1
            else self.tr("{antal} delegeringar").format(antal=tal_text(len(rader)))
        )
        self.tom.setText(self.tr("Inga delegeringar med det här urvalet."))
        self.tom.setVisible(not rader)
        for knapp in (self.fornya, self.aterkalla, self.person, self.beslut_pdf):
            knapp.setEnabled(bool(rader))
        if rader:
            self.tabell.selectRow(0)

    def _uppdatera_mas(self) -> None:
        rad = self.markerad()
        self.mas.setEnabled(rad is not None and rad.mas_informerad_datum is None)

    def mas_informerad(self) -> None:
        """The kommun's routine: the MAS is told of each decision; today, for the one chosen."""
        rad = self.markerad()
        if rad is None or rad.mas_informerad_datum is not None:
            return
        beslut.markera_mas_informerad(self._databas, rad.id, self._idag)
        self.lasa()
        self.visa_rad(rad.id)

    def visa_rad(self, delegering_id: int) -> None:
        for nummer in range(self.modell.rowCount()):
            if self.modell.rad(nummer).id == delegering_id:
                self.tabell.selectRow(nummer)
                self.tabell.scrollTo(self.modell.index(nummer, 0))
                return

    def visa_delegering(self, delegering_id: int) -> None:
        """The register with every decision, that one chosen (a link from Översikt)."""
        self.flikar.setCurrentIndex(0)
        for falt in (self.sok, self.enhet, self.uppgift, self.lage):
            falt.blockSignals(True)
        self.sok.clear()
        self.enhet.setCurrentIndex(0)
        self.uppgift.setCurrentIndex(0)
        self.lage.setCurrentIndex(self.lage.findData(None))
        for falt in (self.sok, self.enhet, self.uppgift, self.lage):
            falt.blockSignals(False)
        self.lasa()
        self.visa_rad(delegering_id)

    def markerad(self) -> listor.Delegeringsrad | None:
        rader = self.tabell.selectionModel().selectedRows()
        return self.modell.rad(rader[0].row()) if rader else None

    def _oppna_rad(self, index: QModelIndex) -> None:
        if index.isValid():
            self.tabell.selectRow(index.row())
            self.visa_markerad_person()

    # --- actions ----------------------------------------------------------------------

    def _kor(self, dialog: QDialog) -> bool:
        sparad = bool(dialog.exec())
        dialog.deleteLater()
        if sparad:
            self.uppdatera()
        return sparad

    def ny_delegering(self) -> None:
        self._kor(BeslutDialog(self._databas, self, self._idag))

    def fornya_markerad(self) -> None:
        rad = self.markerad()
        if rad is not None:
            self._kor(BeslutDialog(self._databas, self, self._idag, fornyar=rad))

    def aterkalla_markerad(self) -> None:
        rad = self.markerad()
        if rad is not None:
            self._kor(AterkallelseDialog(self._databas, rad, self, self._idag))

    def visa_markerad_person(self) -> None:
        rad = self.markerad()
        if rad is not None:
            self.visa_historik(rad.delegerad_id)

    def visa_historik(self, person_id: int) -> None:
        dialog = HistorikDialog(self._databas, person_id, self, self._idag)
        dialog.exec()
        dialog.deleteLater()

    def visa_katalog(self) -> None:
        dialog = KatalogDialog(self._databas, self)
        dialog.exec()
        dialog.deleteLater()
        self.uppdatera()

    # --- PDF:s ------------------------------------------------------------------------

    def _fil(self, titel: str, namn: str) -> Path | None:
        return pdfspara.fraga_fil(self, titel, namn)

    def _valj_beslut_pdf(self) -> None:
        rad = self.markerad()
        if rad is None:
            return
        fil = self._fil(self.tr("Spara beslutet (internt)"), f"delegering-{rad.id}-intern.pdf")
        if fil is not None:
            self.skriv_beslut(rad.id, fil)

    def _valj_register_pdf(self) -> None:
        fil = self._fil(self.tr("Spara registret (internt)"), "delegeringsregister-intern.pdf")
        if fil is not None:
            self.skriv_register(fil, self.enhet.currentData())

    def skriv_beslut(self, delegering_id: int, ut: Path) -> None:
        titel = self.tr("Delegeringsbeslut {nr}").format(nr=delegering_id)
        self._skriv(titel, utskrift.skriv_beslut(self._databas, delegering_id, ut))

    def skriv_register(self, ut: Path, enhet_id: int | None = None) -> None:
        jobb = utskrift.skriv_register(self._databas, ut, enhet_id, self._idag)
        self._skriv(self.tr("Delegeringsregister"), jobb)

    def _skriv(self, titel: str, jobb: Jobb[Path]) -> None:
        bakgrund.kor(self, titel, jobb, self._pdf_klar)

    def _pdf_klar(self, resultat: object) -> None:
        self.senaste_pdf = Path(str(resultat))
        pdfspara.visa_sparad(self, self.senaste_pdf)
