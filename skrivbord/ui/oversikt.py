"""Översikt: what needs attention this week, in a few calm figures."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from skrivbord.tjanster import oversikt
from skrivbord.tjanster.databasfil import Databas
from skrivbord.typer import Enhetstyp, Genomgangstyp
from skrivbord.ui.gemensamt.sida import DAMPAD, KANT, Ruta, ingress, rubrik, sidlayout, tal_text

KOLUMNER = 4
VISADE_ENHETER = 8
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
    def __init__(
        self, databas: Databas, parent: QWidget | None = None, idag: date | None = None
    ) -> None:
        super().__init__(parent)
        self._databas = databas
        self._idag = idag
        self.oversikt: oversikt.Oversikt | None = None
        self.rubrik = rubrik()
        self.ingress = ingress()
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

        self.saknade_ram = QFrame()
        self.saknade_ram.setObjectName("saknade")
        self.saknade_ram.setStyleSheet(
            f"#saknade {{ border: 1px solid {KANT}; border-radius: 6px; }}"
        )
        self.saknade_rubrik = QLabel()
        self.saknade_rubrik.setStyleSheet("font-weight: 600;")
        self.saknade = QLabel(wordWrap=True)
        self.saknade.setTextFormat(Qt.TextFormat.RichText)
        self.saknade.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ram_layout = QVBoxLayout(self.saknade_ram)
        ram_layout.setContentsMargins(14, 10, 14, 12)
        ram_layout.addWidget(self.saknade_rubrik)
        ram_layout.addWidget(self.saknade)

        layout = sidlayout(self)
        layout.addWidget(self.rubrik)
        layout.addWidget(self.ingress)
        layout.addSpacing(8)
        layout.addLayout(rutnat)
        layout.addSpacing(8)
        layout.addWidget(self.saknade_ram)
        layout.addStretch(1)
        self.uppdatera()

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
            self.tr("{n} kontroller i planen").format(n=o.egenkontroller_i_planen),
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


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
