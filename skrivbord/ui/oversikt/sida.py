"""Översikt: what needs attention this week, in a few calm figures and four panels."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from skrivbord import installningar
from skrivbord.tjanster import enheter, oversikt
from skrivbord.tjanster.databasfil import Databas
from skrivbord.typer import Dokumentkalla, Enhetstyp, Genomgangstyp
from skrivbord.ui.avvikelser.veckogenomgangsdialog import VeckogenomgangDialog
from skrivbord.ui.egenkontroller import formular
from skrivbord.ui.egenkontroller.resultatdialog import ResultatDialog
from skrivbord.ui.gemensamt.manadsdiagram import BLEK, Manadsdiagram
from skrivbord.ui.gemensamt.sida import BLA, DAMPAD, Ruta, ingress, rubrik, sidlayout, tal_text
from skrivbord.ui.oversikt import listor
from skrivbord.ui.oversikt.delar import genomskinlig, lista, panel, panelrubrik, rullbar, stapel

KOLUMNER = 4
BRED_SIDA = 1500  # the page's width from which the four panels stand in one row
PANELHOJD = 240  # the least height of a panel row: below it the page scrolls instead
# Short forms for the unit card; the full labels are in the tooltip.
KORT_TYP = {
    Enhetstyp.SABO: QT_TRANSLATE_NOOP("OversiktSida", "SÄBO"),
    Enhetstyp.HEMTJANST: QT_TRANSLATE_NOOP("OversiktSida", "hemtjänst"),
    Enhetstyp.HEMSJUKVARD: QT_TRANSLATE_NOOP("OversiktSida", "hemsjukvård"),
    Enhetstyp.KORTTID: QT_TRANSLATE_NOOP("OversiktSida", "korttid"),
    Enhetstyp.LSS: QT_TRANSLATE_NOOP("OversiktSida", "LSS"),
    Enhetstyp.DAGVERKSAMHET: QT_TRANSLATE_NOOP("OversiktSida", "dagverksamhet"),
}


class OversiktSida(QWidget):
    # The main window shows the avvikelse (on the Avvikelser page) when a link is clicked.
    avvikelse_vald = Signal(int)
    forsenade_atgarder_valda = Signal()
    # The Delegeringar page; with an id, that decision chosen in its register.
    delegeringar_valda = Signal()
    # The Egenkontroller page: more occurrences than the list shows, or one whose record
    # is kept on another page.
    egenkontroller_valda = Signal()
    delegering_vald = Signal(int)

    def __init__(
        self, databas: Databas, parent: QWidget | None = None, idag: date | None = None
    ) -> None:
        super().__init__(parent)
        self._databas = databas
        self._idag = idag
        self.oversikt: oversikt.Oversikt | None = None
        self.dialog: QDialog | None = None
        self.rubrik = rubrik()
        self.ingress = ingress()
        self.enhet = self._bygg_enhetsval()
        rutnat = self._bygg_rutor()
        self._bygg_paneler()

        # The page scrolls rather than squeezes when the window is low (1280×720 at
        # 125 % leaves 576 points of height).
        innehall = QWidget()
        layout = sidlayout(innehall)
        topp = QHBoxLayout()
        topp.addWidget(self.rubrik, 1)
        visa = QLabel(self.tr("&Visa"))
        visa.setBuddy(self.enhet)
        topp.addWidget(visa)
        topp.addWidget(self.enhet)
        layout.addLayout(topp)
        layout.addWidget(self.ingress)
        layout.addSpacing(8)
        layout.addLayout(rutnat)
        layout.addSpacing(4)
        layout.addLayout(self._panelrutnat, 1)
        rullning = genomskinlig(QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame))
        rullning.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rullning.setWidget(innehall)
        innehall.setAutoFillBackground(False)
        yttre = QVBoxLayout(self)
        yttre.setContentsMargins(0, 0, 0, 0)
        yttre.addWidget(rullning)
        self.uppdatera()

    def _bygg_enhetsval(self) -> QComboBox:
        """The whole kommun or one unit; the choice is kept, so an enhetschef's laptop
        opens on her unit."""
        val = QComboBox()
        val.setAccessibleName(self.tr("Visa enhet"))
        # On a server an enhetschef sees only her units' rows: "all" means hers.
        self._mina = enheter.mina(self._databas)
        val.addItem(
            self.tr("Hela kommunen") if self._mina is None else self.tr("Mina enheter"), None
        )
        for enhet in enheter.lista(self._databas, bara_aktiva=True):
            if self._mina is None or enhet.id in self._mina:
                val.addItem(enhet.namn, enhet.id)
        val.setCurrentIndex(max(0, val.findData(installningar.lasa(installningar.OVERSIKT_ENHET))))
        val.currentIndexChanged.connect(self._enhet_vald)
        return val

    def _enhet_vald(self) -> None:
        installningar.spara(installningar.OVERSIKT_ENHET, self.enhet.currentData())
        self.uppdatera()

    def _bygg_rutor(self) -> QGridLayout:
        """The figure cards, four to a row."""
        rutnat = QGridLayout()
        rutnat.setSpacing(12)
        self.rutor = {
            "avvikelser": Ruta(self.tr("Avvikelser i år")),
            "oppna": Ruta(self.tr("Öppna avvikelser")),
            "atgarder": Ruta(self.tr("Åtgärder efter sista datum")),
            "genomgangar": Ruta(self.tr("Saknade veckogenomgångar")),
            "delegeringar": Ruta(self.tr("Delegeringar som går ut inom 30 dagar")),
            "egenkontroller": Ruta(self.tr("Egenkontroller efter planerat datum")),
            "enheter": Ruta(self.tr("Aktiva enheter")),
            "personal": Ruta(self.tr("Personal")),
        }
        for i, ruta in enumerate(self.rutor.values()):
            rutnat.addWidget(ruta, i // KOLUMNER, i % KOLUMNER)
        for kolumn in range(KOLUMNER):
            rutnat.setColumnStretch(kolumn, 1)
        return rutnat

    def _bygg_paneler(self) -> None:
        self.saknade_rubrik = panelrubrik()
        self.saknade = lista()
        self.atgarder_rubrik = panelrubrik()
        self.atgarder = lista()
        self.atgarder.setToolTip(
            self.tr("Numret är avvikelsens; klicka för att öppna den. d = dagar efter sista datum.")
        )
        self.delegeringar_rubrik = panelrubrik()
        self.delegeringar = lista()
        self.delegeringar.setToolTip(
            self.tr(
                "Delegeringar som går ut inom 30 dagar, och de som gått ut de senaste 90 dagarna "
                "utan att förnyas eller återkallas medan personen arbetar kvar. Klicka för "
                "sidan Delegeringar."
            )
        )
        self.vantande_rubrik = panelrubrik()
        self.vantande = lista()
        self.vantande.setToolTip(
            self.tr(
                "Numret är avvikelsens; klicka för att öppna den. d = dagar sedan händelsen. "
                "Avvikelser bedöms och analyseras varje vecka: efter 14 dagar har två "
                "veckogenomgångar gått utan utredning."
            )
        )
        self.egenkontroller_rubrik = panelrubrik()
        self.egenkontroller = lista()
        self.egenkontroller.setToolTip(
            self.tr(
                "Klicka för att registrera resultatet eller öppna det som dokumenterar "
                "egenkontrollen. d = dagar efter planerat datum."
            )
        )
        self.saknade.setToolTip(self.tr("Klicka på en vecka för att registrera genomgången."))
        for etikett in (
            self.atgarder,
            self.delegeringar,
            self.vantande,
            self.egenkontroller,
            self.saknade,
        ):
            etikett.linkActivated.connect(self._lank)
        self.diagram_rubrik = panelrubrik()
        self.diagram = Manadsdiagram()
        self.diagram_forklaring = QLabel(styleSheet=f"color: {DAMPAD};")

        # Below the figures, four places: how the year runs, what is overdue by name,
        # the egenkontroller to do above the delegations to renew, and the avvikelser
        # that wait above the missing weekly reviews (both short lists).
        self.paneler = [
            panel(self.diagram_rubrik, self.diagram, self.diagram_forklaring),
            panel(self.atgarder_rubrik, rullbar(self.atgarder)),
            stapel(
                panel(self.egenkontroller_rubrik, rullbar(self.egenkontroller)),
                panel(self.delegeringar_rubrik, rullbar(self.delegeringar)),
            ),
            stapel(
                panel(self.vantande_rubrik, rullbar(self.vantande)),
                panel(self.saknade_rubrik, rullbar(self.saknade)),
            ),
        ]
        self._panelrutnat = QGridLayout()
        self._panelrutnat.setSpacing(12)
        self._panelkolumner = 0
        self._ordna_paneler(2)

    def uppdatera(self) -> None:
        idag = self._idag or date.today()
        enhet_id = self.enhet.currentData()
        o = self.oversikt = oversikt.hamta(self._databas, idag, enhet_id)
        self.rubrik.setText(self.tr("Översikt – {kommun}").format(kommun=o.kommun))
        datum, vecka = idag.isoformat(), idag.isocalendar()[1]
        if enhet_id is None and self._mina is not None:
            namn = [self.enhet.itemText(i) for i in range(1, self.enhet.count())]
            text = self.tr(
                "Siffrorna gäller dina enheter ({enheter}) i dag, {datum} (v. {vecka}); "
                "aktiva enheter och personal gäller hela kommunen. De uppdateras när du går "
                "tillbaka till sidan."
            ).format(enheter=", ".join(namn) or self.tr("inga ännu"), datum=datum, vecka=vecka)
        elif enhet_id is None:
            text = self.tr(
                "Kommunkod {kod}. Siffrorna gäller hela kommunen i dag, {datum} (v. {vecka}), "
                "och uppdateras när du går tillbaka till sidan."
            ).format(kod=o.kommunkod, datum=datum, vecka=vecka)
        else:
            text = self.tr(
                "Siffrorna gäller {enhet} i dag, {datum} (v. {vecka}); aktiva enheter och "
                "personal gäller hela kommunen. De uppdateras när du går tillbaka till sidan."
            ).format(enhet=self.enhet.currentText(), datum=datum, vecka=vecka)
        self.ingress.setText(text)
        r = self.rutor
        r["avvikelser"].satt(
            o.avvikelser_i_ar,
            self.tr("{n} samma period i fjol, {m} hela {ar}").format(
                n=tal_text(o.avvikelser_forra_aret_samma_period),
                m=tal_text(o.avvikelser_forra_aret),
                ar=idag.year - 1,
            ),
        )
        r["oppna"].satt(o.oppna_avvikelser, self.tr("inte avslutade"))
        r["atgarder"].satt(
            o.forsenade_atgarder, self.tr("planerade eller pågående"), o.forsenade_atgarder > 0
        )
        antal_saknade = len(o.saknade_veckogenomgangar)
        r["genomgangar"].satt(
            antal_saknade,
            self.tr("fall och läkemedel, de två senaste veckorna"),
            antal_saknade > 0,
        )
        utgangna = o.delegeringar.utgangna
        if utgangna:
            delegeringstext = self.tr("och {n} utgångna utan förnyelse").format(
                n=tal_text(utgangna)
            )
        elif o.delegeringar_som_gar_ut:
            delegeringstext = self.tr("förnya dem i tid")
        else:
            delegeringstext = self.tr("inga just nu")
        r["delegeringar"].satt(
            o.delegeringar_som_gar_ut, delegeringstext, o.delegeringar_som_gar_ut + utgangna > 0
        )
        r["egenkontroller"].satt(
            o.forsenade_egenkontroller,
            self.tr("{m} inom 14 dagar · {n} kontroller i planen").format(
                m=tal_text(o.kommande_egenkontroller), n=o.egenkontroller_i_planen
            ),
            o.forsenade_egenkontroller > 0,
        )
        r["enheter"].satt(
            o.aktiva_enheter,
            " · ".join(
                f"{antal}\u00a0{self.tr(KORT_TYP[typ])}" for typ, antal in o.enheter_per_typ.items()
            ),
        )
        r["enheter"].setToolTip(
            "\n".join(f"{typ.etikett}: {antal}" for typ, antal in o.enheter_per_typ.items())
        )
        r["personal"].satt(o.personal, self.tr("aktiva i personalregistret"))
        for rubrik_, etikett, (titel, text) in (
            (self.saknade_rubrik, self.saknade, listor.saknade(o)),
            (self.atgarder_rubrik, self.atgarder, listor.atgarder(o, idag)),
            (self.delegeringar_rubrik, self.delegeringar, listor.delegeringar(o, idag)),
            (self.vantande_rubrik, self.vantande, listor.vantande_avvikelser(o, idag)),
            (self.egenkontroller_rubrik, self.egenkontroller, listor.egenkontroller(o, idag)),
        ):
            rubrik_.setText(titel)
            etikett.setText(text)
        self._visa_diagram(o, idag)

    def resizeEvent(self, handelse: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        # Four panels side by side where there is room, else two rows of two.
        self._ordna_paneler(4 if handelse.size().width() >= BRED_SIDA else 2)
        super().resizeEvent(handelse)

    def _ordna_paneler(self, kolumner: int) -> None:
        if kolumner == self._panelkolumner:
            return
        self._panelkolumner = kolumner
        for panel_ in self.paneler:
            self._panelrutnat.removeWidget(panel_)
        for i, panel_ in enumerate(self.paneler):
            self._panelrutnat.addWidget(panel_, i // kolumner, i % kolumner)
        rader = len(self.paneler) // kolumner
        for kolumn in range(len(self.paneler)):
            self._panelrutnat.setColumnStretch(kolumn, 1 if kolumn < kolumner else 0)
        for rad in range(len(self.paneler) // 2):
            self._panelrutnat.setRowStretch(rad, 1 if rad < rader else 0)
            self._panelrutnat.setRowMinimumHeight(rad, PANELHOJD if rad < rader else 0)

    def _lank(self, adress: str) -> None:
        """A list's link: ``avvikelse:ID``, ``forsenade``, ``delegering:ID``,
        ``delegeringar``, ``tillfalle:ID``, ``egenkontroller``,
        ``genomgang:ENHET:TYP:ÅR:VECKA``."""
        slag, _, nummer = adress.partition(":")
        if slag == "avvikelse":
            self.avvikelse_vald.emit(int(nummer))
        elif slag == "forsenade":
            self.forsenade_atgarder_valda.emit()
        elif slag == "delegering":
            self.delegering_vald.emit(int(nummer))
        elif slag == "delegeringar":
            self.delegeringar_valda.emit()
        elif slag == "tillfalle":
            self.oppna_tillfalle(int(nummer))
        elif slag == "egenkontroller":
            self.egenkontroller_valda.emit()
        elif slag == "genomgang":
            enhet_id, typ, ar, vecka = nummer.split(":")
            self.ny_veckogenomgang(int(enhet_id), Genomgangstyp(typ), int(ar), int(vecka))

    def ny_veckogenomgang(self, enhet_id: int, typ: Genomgangstyp, ar: int, vecka: int) -> None:
        """The review form for a missing review, prefilled with its unit, kind and week."""
        if self.dialog is not None and self.dialog.isVisible():
            return
        dialog = VeckogenomgangDialog(
            self._databas, self, idag=self._idag or date.today(), enhet_id=enhet_id, typ=typ
        )
        dialog.ar.setValue(ar)
        dialog.vecka.setValue(vecka)
        self.dialog = dialog
        dialog.accepted.connect(self.uppdatera)
        dialog.open()

    def oppna_tillfalle(self, tillfalle_id: int) -> None:
        """The occurrence's form, as on the Egenkontroller page: its result, or the
        record that documents it (prefilled when there is none yet); the Egenkontroller
        page for a kind that has no form here."""
        if self.oversikt is None or (self.dialog is not None and self.dialog.isVisible()):
            return
        alla = self.oversikt.egenkontroller.forsenade + self.oversikt.egenkontroller.kommande
        t = next((t for t in alla if t.id == tillfalle_id), None)
        if t is None:
            return
        idag = self._idag or date.today()
        dialog: QDialog | None
        if t.dokumenteras_i == Dokumentkalla.RESULTAT:
            dialog = ResultatDialog(self._databas, t, self, idag)
        else:
            dialog = formular.for_tillfallet(self._databas, t, self, idag)
        if dialog is None:
            self.egenkontroller_valda.emit()
            return
        self.dialog = dialog
        dialog.accepted.connect(self.uppdatera)  # window-modal, not a nested event loop
        dialog.open()

    def _visa_diagram(self, o: oversikt.Oversikt, idag: date) -> None:
        self.diagram_rubrik.setText(self.tr("Avvikelser per månad"))
        self.diagram.satt(idag.year, o.per_manad.i_ar, o.per_manad.forra_aret)
        self.diagram_forklaring.setText(
            f"<span style='color: {BLA}'>■</span> {idag.year} (t.o.m. i dag) &nbsp; "
            f"<span style='color: {BLEK}'>■</span> {idag.year - 1}"
        )
