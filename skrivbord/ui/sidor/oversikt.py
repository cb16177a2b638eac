"""Översikt: what needs attention this week, in a few calm figures."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from skrivbord.lagring.databas import Databas
from skrivbord.tjanster import oversikt


def tal_text(n: int) -> str:
    """Swedish thousands separator (a narrow no-break space)."""
    return f"{n:,}".replace(",", "\u202f")


class _Ruta(QFrame):
    def __init__(self, rubrik: str) -> None:
        super().__init__()
        self.setObjectName("ruta")
        self.setStyleSheet(
            "#ruta { background: palette(base); border: 1px solid #d5dbe1; border-radius: 6px; }"
        )
        self.tal = QLabel()
        self.tal.setStyleSheet("font-size: 22pt; font-weight: 600; color: #1f4e79;")
        self.rubrik = QLabel(rubrik, wordWrap=True)
        self.rubrik.setStyleSheet("font-weight: 600;")
        self.under = QLabel(wordWrap=True)
        self.under.setStyleSheet("color: #5f6b76;")
        layout = QVBoxLayout(self)
        for widget in (self.tal, self.rubrik, self.under):
            layout.addWidget(widget)
        layout.addStretch()

    def satt(self, tal: int | str, under: str = "", varning: bool = False) -> None:
        self.tal.setText(tal_text(tal) if isinstance(tal, int) else tal)
        farg = "#b3261e" if varning else "#1f4e79"
        self.tal.setStyleSheet(f"font-size: 22pt; font-weight: 600; color: {farg};")
        self.under.setText(under)


class OversiktSida(QWidget):
    def __init__(
        self, databas: Databas, parent: QWidget | None = None, idag: date | None = None
    ) -> None:
        super().__init__(parent)
        self._databas = databas
        self._idag = idag
        self.rubrik = QLabel()
        self.rubrik.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.ingress = QLabel(wordWrap=True)
        self.ingress.setStyleSheet("color: #5f6b76;")
        rutnat = QGridLayout()
        rutnat.setSpacing(12)
        self.rutor = {
            "avvikelser": _Ruta(self.tr("Avvikelser i år")),
            "oppna": _Ruta(self.tr("Öppna avvikelser")),
            "atgarder": _Ruta(self.tr("Åtgärder efter sista datum")),
            "genomgangar": _Ruta(self.tr("Saknade veckogenomgångar")),
            "delegeringar": _Ruta(self.tr("Delegeringar som går ut inom 30 dagar")),
            "egenkontroller": _Ruta(self.tr("Egenkontroller som passerat planerat datum")),
            "enheter": _Ruta(self.tr("Aktiva enheter")),
            "personal": _Ruta(self.tr("Personal")),
        }
        for i, ruta in enumerate(self.rutor.values()):
            rutnat.addWidget(ruta, i // 4, i % 4)
        self.saknade = QLabel(wordWrap=True)
        self.saknade.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.rubrik)
        layout.addWidget(self.ingress)
        layout.addSpacing(8)
        layout.addLayout(rutnat)
        layout.addSpacing(8)
        layout.addWidget(self.saknade)
        layout.addStretch()
        self.uppdatera()

    def uppdatera(self) -> None:
        o = oversikt.hamta(self._databas, self._idag)
        self.rubrik.setText(self.tr("Översikt – {kommun}").format(kommun=o.kommun))
        self.ingress.setText(
            self.tr(
                "Kommunkod {kod}. Siffrorna gäller i dag och uppdateras när du ändrar något."
            ).format(kod=o.kommunkod)
        )
        r = self.rutor
        r["avvikelser"].satt(
            o.avvikelser_i_ar,
            self.tr("{n} samma period i fjol").format(
                n=tal_text(o.avvikelser_forra_aret_samma_period)
            ),
        )
        r["oppna"].satt(o.oppna_avvikelser, self.tr("inte avslutade"))
        r["atgarder"].satt(
            o.forsenade_atgarder, self.tr("planerade eller pågående"), o.forsenade_atgarder > 0
        )
        antal_saknade = len(o.saknade_veckogenomgangar)
        r["genomgangar"].satt(
            antal_saknade, self.tr("fall och läkemedel, två senaste veckorna"), antal_saknade > 0
        )
        r["delegeringar"].satt(
            o.delegeringar_som_gar_ut, self.tr("förnya i tid"), o.delegeringar_som_gar_ut > 0
        )
        r["egenkontroller"].satt(
            o.forsenade_egenkontroller,
            self.tr("{n} kontroller i planen").format(n=o.egenkontroller_i_planen),
            o.forsenade_egenkontroller > 0,
        )
        r["enheter"].satt(
            sum(o.enheter_per_typ.values()),
            ", ".join(f"{typ}: {antal}" for typ, antal in sorted(o.enheter_per_typ.items())),
        )
        r["personal"].satt(o.personal, self.tr("aktiva"))
        if o.saknade_veckogenomgangar:
            rader = [
                f"{s.enhet_namn}: {s.typ.etikett.lower()} v. {s.vecka}"
                for s in o.saknade_veckogenomgangar[:12]
            ]
            mer = len(o.saknade_veckogenomgangar) - len(rader)
            self.saknade.setText(
                "<b>"
                + self.tr("Saknade veckogenomgångar")
                + "</b><br>"
                + "<br>".join(rader)
                + (f"<br>… {self.tr('och')} {mer} {self.tr('till')}" if mer > 0 else "")
            )
        else:
            self.saknade.setText(
                self.tr("Alla veckogenomgångar de två senaste veckorna är gjorda.")
            )
