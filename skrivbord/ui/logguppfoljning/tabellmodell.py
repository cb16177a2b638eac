"""Protokollen i en tabell: en rad per granskning, ingen fritext."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from skrivbord.tjanster.logguppfoljning.protokoll import LogguppfoljningRad
from skrivbord.typer import Loggresultat
from skrivbord.ui.gemensamt.sida import ROD

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("LogguppfoljningModell", text)


class LogguppfoljningModell(QAbstractTableModel):
    DATUM, TYP, SYSTEM, ENHET, GRANSKARE, RESULTAT, ATGARDER, SIGNERAD = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rader: list[LogguppfoljningRad] = []
        self._rubriker = [
            _tr("Datum"),
            _tr("Slag"),
            _tr("Journalsystem"),
            _tr("Enhet"),
            _tr("Granskare"),
            _tr("Resultat"),
            _tr("Åtgärder"),
            _tr("Signerat"),
        ]

    def satt(self, rader: list[LogguppfoljningRad]) -> None:
        self.beginResetModel()
        self._rader = rader
        self.endResetModel()

    def rad(self, nummer: int) -> LogguppfoljningRad:
        return self._rader[nummer]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rader)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rubriker)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._rubriker[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        rad = self._rader[index.row()]
        kolumn = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(rad, kolumn)
        avvikelse = rad.resultat is Loggresultat.AVVIKELSE
        if role == Qt.ItemDataRole.ForegroundRole and kolumn == self.RESULTAT and avvikelse:
            return QColor(ROD)
        if role == Qt.ItemDataRole.TextAlignmentRole and kolumn == self.ATGARDER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return rad.id
        return None

    def _text(self, rad: LogguppfoljningRad, kolumn: int) -> str:
        texter = {
            self.DATUM: rad.datum.isoformat(),
            self.TYP: rad.typ.etikett,
            self.SYSTEM: rad.system,
            self.ENHET: rad.enhet_namn,
            self.GRANSKARE: rad.granskare,
            self.RESULTAT: rad.resultat.etikett,
            self.ATGARDER: str(rad.antal_atgarder) if rad.antal_atgarder else "",
            self.SIGNERAD: _tr("Ja") if rad.signerad else _tr("Nej"),
        }
        return texter[kolumn]
