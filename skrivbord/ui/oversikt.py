"""Översikt: what needs attention this week, in a few calm figures."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from skrivbord.tjanster import oversikt
from skrivbord.tjanster.databasfil import Databas
from skrivbord.typer import Enhetstyp, Genomgangstyp
from skrivbord.ui.gemensamt.manadsdiagram import BLEK, Manadsdiagram
from skrivbord.ui.gemensamt.sida import (
    BLA,
    DAMPAD,
    KANT,
    ROD,
    Ruta,
    ingress,
    rubrik,
    sidlayout,
    tal_text,
)

KOLUMNER = 4
VISADE_ENHETER = 8
SMAL_SIDA = 1000  # the page's width below which the panels take two rows
PANELHOJD = 240  # the least height of a panel row: below it the page scrolls instead
ATGARDSTEXT_HOGST = 48  # characters of an åtgärd's text in the list; the rest in a tooltip
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
        rullning = _genomskinlig(QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame))
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
        self.saknade_rubrik = _panelrubrik()
        self.saknade = _lista()
        self.atgarder_rubrik = _panelrubrik()
        self.atgarder = _lista()
        self.atgarder.linkActivated.connect(self._lank)
        self.diagram_rubrik = _panelrubrik()
        self.diagram = Manadsdiagram()
        self.diagram_forklaring = QLabel(styleSheet=f"color: {DAMPAD};")

        # Below the figures, three panels side by side: how the year runs, what is
        # overdue by name, and which weekly reviews are missing.
        self.paneler = [
            _panel(self.diagram_rubrik, self.diagram, self.diagram_forklaring),
            _panel(self.atgarder_rubrik, _rullbar(self.atgarder)),
            _panel(self.saknade_rubrik, _rullbar(self.saknade)),
        ]
        self._panelrutnat = QGridLayout()
        self._panelrutnat.setSpacing(12)
        self._panelkolumner = 0
        self._ordna_paneler(3)

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
        r["delegeringar"].satt(
            o.delegeringar_som_gar_ut,
            self.tr("förnya dem i tid") if o.delegeringar_som_gar_ut else self.tr("inga just nu"),
            o.delegeringar_som_gar_ut > 0,
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
        self._visa_saknade(o)
        self._visa_atgarder(o, idag)
        self._visa_diagram(o, idag)

    def resizeEvent(self, handelse: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        # Three panels side by side where there is room, else two and the third below.
        self._ordna_paneler(3 if handelse.size().width() >= SMAL_SIDA else 2)
        super().resizeEvent(handelse)

    def _ordna_paneler(self, kolumner: int) -> None:
        if kolumner == self._panelkolumner:
            return
        self._panelkolumner = kolumner
        for panel in self.paneler:
            self._panelrutnat.removeWidget(panel)
        if kolumner == 3:
            platser = [(0, 0, 1), (0, 1, 1), (0, 2, 1)]  # (row, column, columns spanned)
        else:
            platser = [(0, 0, 1), (0, 1, 1), (1, 0, 2)]
        for panel, (rad, kolumn, bredd) in zip(self.paneler, platser, strict=True):
            self._panelrutnat.addWidget(panel, rad, kolumn, 1, bredd)
        rader = 1 if kolumner == 3 else 2
        for kolumn in range(3):
            self._panelrutnat.setColumnStretch(kolumn, 1 if kolumn < kolumner else 0)
        for rad in range(2):
            self._panelrutnat.setRowStretch(rad, 1 if rad < rader else 0)
            self._panelrutnat.setRowMinimumHeight(rad, PANELHOJD if rad < rader else 0)

    def _lank(self, adress: str) -> None:
        if adress == "forsenade":
            self.forsenade_atgarder_valda.emit()
        else:
            self.avvikelse_vald.emit(int(adress))

    def _visa_diagram(self, o: oversikt.Oversikt, idag: date) -> None:
        self.diagram_rubrik.setText(self.tr("Avvikelser per månad"))
        self.diagram.satt(idag.year, o.per_manad.i_ar, o.per_manad.forra_aret)
        self.diagram_forklaring.setText(
            f"<span style='color: {BLA}'>■</span> {idag.year} (t.o.m. i dag) &nbsp; "
            f"<span style='color: {BLEK}'>■</span> {idag.year - 1}"
        )

    def _visa_atgarder(self, o: oversikt.Oversikt, idag: date) -> None:
        self.atgarder_rubrik.setText(
            self.tr("Åtgärder efter sista datum ({n})").format(n=tal_text(o.forsenade_atgarder))
        )
        if not o.forsenade_atgarder_lista:
            self.atgarder.setText(self.tr("Inga åtgärder är försenade."))
            return
        rader = []
        for a in o.forsenade_atgarder_lista:
            dagar = (idag - a.deadline).days
            ansvarig = _html(a.ansvarig) if a.ansvarig else self.tr("ingen ansvarig")
            text = (
                a.atgard
                if len(a.atgard) <= ATGARDSTEXT_HOGST
                else (a.atgard[: ATGARDSTEXT_HOGST - 1].rstrip() + "…")
            )
            # An avvikelse's åtgärd opens it; another source is named.
            lank = (
                f"<a href='{a.avvikelse_id}'>{a.avvikelse_id}</a>"
                if a.avvikelse_id is not None
                else _html(a.kalla.etikett)
            )
            enhet = _html(a.enhet) if a.enhet else self.tr("Hela kommunen")
            rader.append(
                f"<tr><td style='padding-right: 10px'>{lank}</td>"
                f"<td>{_html(text)}<br><span style='color: {DAMPAD}'>{enhet} · "
                f"{ansvarig}</span></td>"
                f"<td style='padding-left: 10px; color: {ROD}' align='right'>"
                + self.tr("{n}\u00a0d").format(n=dagar)
                + "</td></tr>"
            )
        mer = o.forsenade_atgarder_avvikelser - sum(
            1 for a in o.forsenade_atgarder_lista if a.avvikelse_id is not None
        )
        slut = (
            f"<p><a href='forsenade'>{self.tr('Visa alla {n} på sidan Avvikelser').format(n=tal_text(o.forsenade_atgarder_avvikelser))}</a></p>"
            if mer > 0
            else ""
        )
        self.atgarder.setToolTip(
            self.tr("Numret är avvikelsens; klicka för att öppna den. d = dagar efter sista datum.")
        )
        self.atgarder.setText(
            f"<table cellspacing='0' cellpadding='2'>{''.join(rader)}</table>{slut}"
        )

    def _visa_saknade(self, o: oversikt.Oversikt) -> None:
        if not o.saknade_veckogenomgangar:
            self.saknade_rubrik.setText(self.tr("Veckogenomgångar"))
            self.saknade.setText(
                self.tr("Alla veckogenomgångar de två senaste veckorna är gjorda.")
            )
            return
        per_enhet: dict[str, list[str]] = defaultdict(list)
        for s in o.saknade_veckogenomgangar:
            typ = self.tr("fall") if s.typ is Genomgangstyp.FALL else self.tr("läkemedel")
            per_enhet[s.enhet_namn].append(
                self.tr("{typ} v.\u00a0{vecka}").format(typ=typ, vecka=s.vecka)
            )
        self.saknade_rubrik.setText(
            self.tr("Saknade veckogenomgångar, de två senaste veckorna ({n} enheter)").format(
                n=len(per_enhet)
            )
        )
        alla = list(per_enhet.items())
        # Never "… and 1 more": then that one fits as well.
        visade = alla if len(alla) <= VISADE_ENHETER + 1 else alla[:VISADE_ENHETER]
        rader = [
            f"<tr><td style='padding-right: 16px'>{_html(namn)}</td>"
            f"<td style='color: {DAMPAD}'>{_html(', '.join(luckor))}</td></tr>"
            for namn, luckor in visade
        ]
        mer = len(alla) - len(visade)
        slut = (
            "<p style='color: {f}'>{t}</p>".format(
                f=DAMPAD,
                t=self.tr("… och {n} enheter till. Se sidan Veckogenomgångar.").format(n=mer),
            )
            if mer
            else ""
        )
        self.saknade.setText(
            f"<table cellspacing='0' cellpadding='1'>{''.join(rader)}</table>{slut}"
        )


def _lista() -> QLabel:
    lista = QLabel(wordWrap=True)
    lista.setTextFormat(Qt.TextFormat.RichText)
    lista.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    lista.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    return lista


def _panelrubrik() -> QLabel:
    return QLabel(styleSheet="font-weight: 600;", wordWrap=True)


def _genomskinlig(yta: QScrollArea) -> QScrollArea:
    """A scroll area that shows the page's background, not a white sheet."""
    yta.setStyleSheet("QScrollArea { background: transparent; }")
    yta.viewport().setAutoFillBackground(False)
    return yta


def _rullbar(lista: QLabel) -> QScrollArea:
    """A list that scrolls when its panel is too low for it (a 1280×720 laptop)."""
    yta = _genomskinlig(QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame))
    yta.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    yta.setWidget(lista)
    lista.setAutoFillBackground(False)
    return yta


def _panel(rubrik: QLabel, *innehall: QWidget) -> QFrame:
    ram = QFrame()
    ram.setObjectName("panel")
    ram.setStyleSheet(f"#panel {{ border: 1px solid {KANT}; border-radius: 6px; }}")
    layout = QVBoxLayout(ram)
    layout.setContentsMargins(14, 10, 14, 12)
    layout.addWidget(rubrik)
    for widget in innehall:
        layout.addWidget(widget, 1 if isinstance(widget, (Manadsdiagram, QScrollArea)) else 0)
    # As narrow as the others, whatever its title: the three share the width evenly.
    ram.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return ram


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
