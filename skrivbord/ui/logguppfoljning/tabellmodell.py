"""Protokollen i en tabell: en rad per granskning, ingen fritext."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor

from skrivbord.tjanster.logguppfoljning.protokoll import LogguppfoljningRad
from skrivbord.typer import Loggresultat
from skrivbord.ui.gemensamt.listmodell import Index, Listmodell
from skrivbord.ui.gemensamt.sida import ROD


def _tr(text: str) -> str:
    return QCoreApplication.translate("LogguppfoljningModell", text)


class LogguppfoljningModell(Listmodell[LogguppfoljningRad]):
    DATUM, TYP, SYSTEM, ENHET, GRANSKARE, RESULTAT, ATGARDER, SIGNERAD = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                _tr("Datum"),
                _tr("Slag"),
                _tr("Journalsystem"),
                _tr("Enhet"),
                _tr("Granskare"),
                _tr("Resultat"),
                _tr("Åtgärder"),
                _tr("Signerat"),
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
