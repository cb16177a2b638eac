"""The årshjul tab: the active plan items (rows) over the months of the chosen year
(columns); a month the item falls due is coloured by what became of its occurrences and
says how many there are when more than one."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skrivbord.oversattning import N_, oversatt
from skrivbord.tjanster.egenkontroller import arshjul
from skrivbord.tjanster.egenkontroller.utfall import Lage
from skrivbord.ui.gemensamt.sida import BLA, DAMPAD, ROD

if TYPE_CHECKING:
    from skrivbord.tjanster.databasfil import Databas
from skrivbord.ui.egenkontroller import filterval

# (background, text) per state: light tints that keep the count readable.
FARGER = {
    Lage.UTFORD: ("#dcefdc", "#1e5e2a"),
    Lage.UTFORD_SENT: ("#f7e8c6", "#7a4f00"),
    Lage.FORSENAD: ("#f7d6d3", ROD),
    Lage.PLANERAD: ("#dde8f3", BLA),
    Lage.EJ_AKTUELL: ("#eceff1", DAMPAD),
}
_MANADER = (
    N_("jan"),
    N_("feb"),
    N_("mar"),
    N_("apr"),
    N_("maj"),
    N_("jun"),
    N_("jul"),
    N_("aug"),
    N_("sep"),
    N_("okt"),
    N_("nov"),
    N_("dec"),
)
_MANADSNAMN = (
    N_("januari"),
    N_("februari"),
    N_("mars"),
    N_("april"),
    N_("maj"),
    N_("juni"),
    N_("juli"),
    N_("augusti"),
    N_("september"),
    N_("oktober"),
    N_("november"),
    N_("december"),
)


class Arshjulsvy(QWidget):
    def __init__(
        self, databas: Databas, parent: QWidget | None = None, idag: date | None = None
    ) -> None:
        super().__init__(parent)
        self._databas = databas
        self._idag = idag or date.today()
        self.rader: list[arshjul.Arshjulsrad] = []
        self.ar = filterval.arval(self._idag)
        self.enhet = filterval.enhetsval(databas)
        filter_ = QHBoxLayout()
        for text, val in ((self.tr("&År"), self.ar), (self.tr("&Enhet"), self.enhet)):
            etikett = QLabel(text)
            etikett.setBuddy(val)
            filter_.addWidget(etikett)
            filter_.addWidget(val)
            val.currentIndexChanged.connect(self.uppdatera)
        filter_.addStretch()

        self.tabell = QTableWidget(0, 13)
        self.tabell.setAccessibleName(self.tr("Årshjul"))
        self.tabell.setHorizontalHeaderLabels([self.tr("Område"), *(oversatt(m) for m in _MANADER)])
        self.tabell.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabell.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabell.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.tabell.verticalHeader().hide()
        self.tabell.setShowGrid(True)
        self.tabell.setWordWrap(False)
        huvud = self.tabell.horizontalHeader()
        huvud.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        huvud.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        huvud.setMinimumSectionSize(40)
        self.tabell.setColumnWidth(0, 300)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(filter_)
        layout.addWidget(self.tabell, 1)
        layout.addLayout(self._forklaring())
        self.uppdatera()

    def _forklaring(self) -> QHBoxLayout:
        rad = QHBoxLayout()
        for lage in (Lage.UTFORD, Lage.UTFORD_SENT, Lage.FORSENAD, Lage.PLANERAD, Lage.EJ_AKTUELL):
            bakgrund, text = FARGER[lage]
            ruta = QLabel(lage.etikett)
            ruta.setStyleSheet(
                f"background: {bakgrund}; color: {text}; padding: 2px 8px; border-radius: 3px;"
            )
            rad.addWidget(ruta)
        info = QLabel(
            self.tr(
                "Siffran är månadens tillfällen när de är fler än ett; "
                "”3/36” är tre försenade av 36."
            ),
            wordWrap=True,
        )
        info.setStyleSheet(f"color: {DAMPAD};")
        rad.addWidget(info, 1)
        return rad

    def uppdatera(self) -> None:
        enhet = self.enhet.currentData()
        ar = self.ar.currentData()
        self.rader = arshjul.berakna(
            self._databas,
            ar,
            enhet if enhet not in (None, filterval.KOMMUNEN) else None,
            bara_kommunen=enhet == filterval.KOMMUNEN,
            idag=self._idag,
        )
        self.tabell.setRowCount(len(self.rader))
        for rad, post in enumerate(self.rader):
            omrade = QTableWidgetItem(post.omrade)
            omrade.setToolTip(post.frekvens)
            self.tabell.setItem(rad, 0, omrade)
            for nummer, manad in enumerate(post.manader):
                self.tabell.setItem(rad, nummer + 1, self._cell(post.omrade, nummer, manad))
        for nummer in range(12):
            rubrik = self.tabell.horizontalHeaderItem(nummer + 1)
            if rubrik is None:
                continue
            font = QFont(rubrik.font())
            font.setBold(ar == self._idag.year and nummer + 1 == self._idag.month)
            rubrik.setFont(font)

    def _cell(self, omrade: str, nummer: int, manad: arshjul.Manad) -> QTableWidgetItem:
        cell = QTableWidgetItem()
        cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        manadsnamn = oversatt(_MANADSNAMN[nummer])
        lage = manad.lage
        if lage is None:
            beskrivning = self.tr("{omrade}, {manad}: inga tillfällen").format(
                omrade=omrade, manad=manadsnamn
            )
        else:
            bakgrund, text = FARGER[lage]
            cell.setBackground(QBrush(QColor(bakgrund)))
            cell.setForeground(QBrush(QColor(text)))
            cell.setText(self._text(manad))
            delar = ", ".join(f"{n} {lage_.etikett.lower()}" for lage_, n in manad.antal)
            beskrivning = self.tr("{omrade}, {manad}: {delar}").format(
                omrade=omrade, manad=manadsnamn, delar=delar
            )
        cell.setToolTip(beskrivning)
        cell.setData(Qt.ItemDataRole.AccessibleTextRole, beskrivning)
        return cell

    def _text(self, manad: arshjul.Manad) -> str:
        """The count when more than one; for a month partly overdue, how many of them."""
        forsenade = dict(manad.antal).get(Lage.FORSENAD, 0)
        if 0 < forsenade < manad.totalt:
            return self.tr("{n}/{totalt}").format(n=forsenade, totalt=manad.totalt)
        return str(manad.totalt) if manad.totalt > 1 else "●"
