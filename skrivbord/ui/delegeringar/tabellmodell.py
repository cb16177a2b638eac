"""The delegation decisions in a table: one row per decision, no free text."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from skrivbord.tjanster.delegeringar.listor import Delegeringsrad, Lage
from skrivbord.ui.gemensamt.listmodell import Index, Listmodell
from skrivbord.ui.gemensamt.sida import DAMPAD, ROD


def _tr(text: str) -> str:
    return QCoreApplication.translate("DelegeringModell", text)


_VARNA = {Lage.GAR_UT, Lage.UTGANGEN}
_HISTORIA = {Lage.ATERKALLAD, Lage.FORNYAD}


class DelegeringModell(Listmodell[Delegeringsrad]):
    NR, NAMN, ROLL, ENHETER, UPPGIFTER, DELEGERANDE, FRAN, TILL, LAGE, MAS = range(10)

    def __init__(self, idag: date, parent: QObject | None = None) -> None:
        super().__init__(
            [
                _tr("Nr"),
                _tr("Namn"),
                _tr("Roll"),
                _tr("Enheter"),
                _tr("Arbetsuppgifter"),
                _tr("Delegerande"),
                _tr("Från"),
                _tr("Till och med"),
                _tr("Läge"),
                _tr("MAS informerad"),
            ],
            parent,
        )
        self.idag = idag

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        rad = self._rader[index.row()]
        kolumn = index.column()
        lage = rad.lage(self.idag)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(rad, kolumn, lage)
        if role == Qt.ItemDataRole.ToolTipRole and kolumn == self.UPPGIFTER:
            return "\n".join(rad.uppgiftsnamn)
        if role == Qt.ItemDataRole.ForegroundRole:
            if kolumn == self.LAGE and (lage in _VARNA or not rad.delegerad_aktiv):
                return QColor(ROD)
            if lage in _HISTORIA:
                return QColor(DAMPAD)
        if role == Qt.ItemDataRole.UserRole:
            return rad.id
        return None

    def _text(self, rad: Delegeringsrad, kolumn: int, lage: Lage) -> str:
        if kolumn == self.LAGE:
            if not rad.delegerad_aktiv and rad.galler(self.idag):
                return _tr("Personen inaktiv – återkalla")
            return lage.etikett
        texter = {
            self.NR: str(rad.id),
            self.NAMN: rad.delegerad,
            self.ROLL: rad.delegerad_roll.etikett,
            self.ENHETER: ", ".join(rad.enheter),
            self.UPPGIFTER: ", ".join(rad.uppgiftsnamn),
            self.DELEGERANDE: rad.delegerande,
            self.FRAN: rad.giltig_fran.isoformat(),
            self.TILL: rad.giltig_till.isoformat(),
            self.MAS: rad.mas_informerad_datum.isoformat() if rad.mas_informerad_datum else "–",
        }
        return texter[kolumn]
