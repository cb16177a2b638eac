"""Översikt: what needs attention this week, in a few calm figures and four panels."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from skrivbord.tjanster import oversikt
from skrivbord.tjanster.databasfil import Databas
from skrivbord.typer import Enhetstyp
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
    delegering_vald = Signal(int)

    def __init__(
        self, databas: Databas, parent: QWidget | None = None, idag: date | None = None
    ) -> None:
        super().__init__(parent)
        self._databas = databas
        self._idag = idag
        self.oversikt: oversikt.Oversikt | None = None
        self.rubrik = rubrik()
        self.ingress = ingress()
        rutnat = self._bygg_rutor()
        self._bygg_paneler()

        # The page scrolls rather than squeezes when the window is low (1280×720 at
        # 125 % leaves 576 points of height).
        innehall = QWidget()
        layout = sidlayout(innehall)
        layout.addWidget(self.rubrik)
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
        for etikett in (self.atgarder, self.delegeringar, self.vantande):
            etikett.linkActivated.connect(self._lank)
        self.diagram_rubrik = panelrubrik()
        self.diagram = Manadsdiagram()
        self.diagram_forklaring = QLabel(styleSheet=f"color: {DAMPAD};")

        # Below the figures, four places: how the year runs, what is overdue by name,
        # which delegations to renew, and the avvikelser that wait above the missing
        # weekly reviews (both short lists of units and numbers).
        self.paneler = [
            panel(self.diagram_rubrik, self.diagram, self.diagram_forklaring),
            panel(self.atgarder_rubrik, rullbar(self.atgarder)),
            panel(self.delegeringar_rubrik, rullbar(self.delegeringar)),
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
        o = self.oversikt = oversikt.hamta(self._databas, idag)
        self.rubrik.setText(self.tr("Översikt – {kommun}").format(kommun=o.kommun))
        self.ingress.setText(
            self.tr(
                "Kommunkod {kod}. Siffrorna gäller i dag, {datum} (v. {vecka}), och uppdateras "
                "när du går tillbaka till sidan."
            ).format(kod=o.kommunkod, datum=idag.isoformat(), vecka=idag.isocalendar()[1])
        )
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
        """A list's link: ``avvikelse:ID``, ``forsenade``, ``delegering:ID``, ``delegeringar``."""
        slag, _, nummer = adress.partition(":")
        if slag == "avvikelse":
            self.avvikelse_vald.emit(int(nummer))
        elif slag == "forsenade":
            self.forsenade_atgarder_valda.emit()
        elif slag == "delegering":
            self.delegering_vald.emit(int(nummer))
        elif slag == "delegeringar":
            self.delegeringar_valda.emit()

    def _visa_diagram(self, o: oversikt.Oversikt, idag: date) -> None:
        self.diagram_rubrik.setText(self.tr("Avvikelser per månad"))
        self.diagram.satt(idag.year, o.per_manad.i_ar, o.per_manad.forra_aret)
        self.diagram_forklaring.setText(
            f"<span style='color: {BLA}'>■</span> {idag.year} (t.o.m. i dag) &nbsp; "
            f"<span style='color: {BLEK}'>■</span> {idag.year - 1}"
        )
