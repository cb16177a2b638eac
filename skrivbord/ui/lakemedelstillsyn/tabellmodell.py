"""Tillsynerna i en tabell: en rad per tillsyn, ingen fritext."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from skrivbord.tjanster.lakemedelstillsyn.lista import TillsynRad
from skrivbord.ui.gemensamt.listmodell import Index, Listmodell
from skrivbord.ui.gemensamt.sida import ROD


def _tr(text: str) -> str:
    return QCoreApplication.translate("TillsynModell", text)


class TillsynModell(Listmodell[TillsynRad]):
    DATUM, TYP, ENHET, UTFORD_AV, NEJ, DIFFERENSER, OPPNA = range(7)
    _TAL = (NEJ, DIFFERENSER, OPPNA)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                _tr("Datum"),
                _tr("Tillsyn"),
                _tr("Enhet"),
                _tr("Utförd av"),
                _tr("Nej-svar"),
                _tr("Saldodifferenser"),
                _tr("Öppna åtgärder"),
            ],
            parent,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        rad = self._rader[index.row()]
        kolumn = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(rad, kolumn)
        if role == Qt.ItemDataRole.ForegroundRole and kolumn == self.DIFFERENSER:
            return QColor(ROD) if rad.differenser else None
        if role == Qt.ItemDataRole.TextAlignmentRole and kolumn in self._TAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return rad.id
        return None

    def _text(self, rad: TillsynRad, kolumn: int) -> str:
        texter = {
            self.DATUM: rad.datum.isoformat(),
            self.TYP: rad.typ.etikett,
            self.ENHET: rad.enhet,
            self.UTFORD_AV: rad.utford_av,
            self.NEJ: str(rad.nej_svar) if rad.nej_svar else "",
            self.DIFFERENSER: str(rad.differenser) if rad.differenser else "",
            self.OPPNA: str(rad.oppna_atgarder) if rad.oppna_atgarder else "",
        }
        return texter[kolumn]
