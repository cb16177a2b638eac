"""The avvikelse list as a Qt table model that stays instant at a million rows.

The model holds the ordered ids of every row that matches the filter (one array, see
tjanster/avvikelselista.py) and loads display rows in pages of 256 by id when the
view asks for them. Loaded pages are kept in a small LRU cache. Only service
functions are called: no SQL here.

``data()`` runs for every visible cell and role on each paint, so it compares
``role`` with plain ints computed once (76 ns a call, against 225 ns comparing with
the Qt enum) and answers display text from tuples prepared when a page loads.

Sorting: only the date column sorts; a view should call
``sortByColumn(AvvikelseTabellModell.DATUM, Qt.SortOrder.DescendingOrder)`` after
``setSortingEnabled(True)`` so the indicator matches the default newest-first order.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from skrivbord.tjanster.avvikelser import lista as avvikelselista
from skrivbord.tjanster.avvikelser.lista import AvvikelseRad, Filter, Sortering
from skrivbord.typer import INGEN_LEX_MARIA

if TYPE_CHECKING:
    from skrivbord.tjanster.databasfil import Databas

_VISA = int(Qt.ItemDataRole.DisplayRole)
_VERKTYGSTIPS = int(Qt.ItemDataRole.ToolTipRole)
_TEXTROLLER = (_VISA, _VERKTYGSTIPS)
_HORISONTELL = Qt.Orientation.Horizontal

SIDA_BITAR = 8
SIDSTORLEK = 1 << SIDA_BITAR  # 256 rows per page, as avvikelselista.SIDSTORLEK
assert SIDSTORLEK == avvikelselista.SIDSTORLEK
_SIDMASK = SIDSTORLEK - 1
_INGEN_SIDA = -(1 << 62)  # no row's page number (an invalid index has row -1)

Index = QModelIndex | QPersistentModelIndex
_Sida = tuple[list[AvvikelseRad | None], list[tuple[str, ...]]]  # rows, display texts


def _tr(text: str) -> str:
    return QCoreApplication.translate("AvvikelseTabellModell", text)


class AvvikelseTabellModell(QAbstractTableModel):
    """Rows of avvikelser for a QTableView; one row per avvikelse, newest first."""

    # Columns.
    DATUM = 0
    ENHET = 1
    KATEGORI = 2
    KONSEKVENS = 3
    STATUS = 4
    MELLAN_VARDGIVARE = 5
    LEX_MARIA = 6
    ANTAL_KOLUMNER = 7

    # Roles beyond Qt's own.
    IdRoll = int(Qt.ItemDataRole.UserRole) + 1  # the avvikelse id (int)
    RadRoll = int(Qt.ItemDataRole.UserRole) + 2  # the whole AvvikelseRad

    def __init__(
        self,
        databas: Databas,
        filter: Filter | None = None,
        parent: QObject | None = None,
        *,
        sortering: Sortering = Sortering.NYAST_FORST,
        max_sidor: int = 64,
    ) -> None:
        super().__init__(parent)
        self._databas = databas
        self._filter = filter or Filter()
        self._sortering = sortering
        self._max_sidor = max(1, max_sidor)
        self._rubriker = [
            _tr("Datum"),
            _tr("Enhet"),
            _tr("Kategori"),
            _tr("Konsekvens"),
            _tr("Status"),
            _tr("Mellan vårdgivare"),
            _tr("Lex Maria"),
        ]
        self._ja = _tr("Ja")
        # After the date of an avvikelse imported without a time of day (not 00:00).
        self._tid_okand = _tr("tid okänd")
        self._borttagen = ("", "", "", "", _tr("Borttagen"), "", "")
        self._sidor: OrderedDict[int, _Sida] = OrderedDict()
        self._senaste_nr = _INGEN_SIDA
        self._senaste_text: list[tuple[str, ...]] = []
        self.sidhamtningar = 0  # pages loaded from the database (tests, bench)
        self._ids = avvikelselista.ordnade_id(databas, self._filter, sortering)

    # -- what is shown ---------------------------------------------------------

    @property
    def filter(self) -> Filter:
        return self._filter

    @property
    def sortering(self) -> Sortering:
        return self._sortering

    def satt_filter(self, filter: Filter) -> None:
        """Show the rows matching ``filter`` (the view starts over from the top)."""
        self._ladda_om(filter, self._sortering)

    def satt_sortering(self, sortering: Sortering) -> None:
        if sortering != self._sortering:
            self._ladda_om(self._filter, sortering)

    def uppdatera(self) -> None:
        """Read the list again, e.g. after an avvikelse was added or changed."""
        self._ladda_om(self._filter, self._sortering)

    def _ladda_om(self, filter: Filter, sortering: Sortering) -> None:
        ids = avvikelselista.ordnade_id(self._databas, filter, sortering)
        self.beginResetModel()
        self._filter, self._sortering, self._ids = filter, sortering, ids
        self._glom_sidor()
        self.endResetModel()

    def _glom_sidor(self) -> None:
        self._sidor.clear()
        self._senaste_nr = _INGEN_SIDA
        self._senaste_text = []

    def id_for_rad(self, rad: int) -> int:
        return self._ids[rad]

    def rad_for_id(self, avvikelse_id: int) -> int | None:
        """The row showing this avvikelse, or None when the filter hides it."""
        try:
            return self._ids.index(avvikelse_id)
        except ValueError:
            return None

    def rad(self, rad: int) -> AvvikelseRad | None:
        """The display row (None if the avvikelse was deleted after the list was read)."""
        return self._sida(rad >> SIDA_BITAR)[0][rad & _SIDMASK]

    # -- paging ------------------------------------------------------------------

    def _sida(self, nr: int) -> _Sida:
        sida = self._sidor.get(nr)
        if sida is None:
            forsta = nr << SIDA_BITAR
            ids = self._ids[forsta : forsta + SIDSTORLEK]
            hamtade = avvikelselista.hamta_sida(self._databas, ids)
            self.sidhamtningar += 1
            rader: list[AvvikelseRad | None] = list(hamtade)
            if len(hamtade) != len(ids):  # deleted meanwhile: keep the positions
                per_id = {r.id: r for r in hamtade}
                rader = [per_id.get(i) for i in ids]
            sida = (rader, [self._texter(r) for r in rader])
            self._sidor[nr] = sida
            while len(self._sidor) > self._max_sidor:
                self._sidor.popitem(last=False)
        else:
            self._sidor.move_to_end(nr)
        self._senaste_nr = nr
        self._senaste_text = sida[1]
        return sida

    def _texter(self, rad: AvvikelseRad | None) -> tuple[str, ...]:
        if rad is None:
            return self._borttagen
        return (
            f"{rad.datum_text} {self._tid_okand}" if rad.tid_okand else rad.datum_text,
            rad.enhet,
            rad.kategori,
            rad.konsekvens.etikett,
            rad.status.etikett,
            self._ja if rad.mellan_vardgivare else "",
            "" if rad.lex_maria in INGEN_LEX_MARIA else rad.lex_maria.etikett,
        )

    @property
    def laddade_sidor(self) -> list[int]:
        return list(self._sidor)

    # -- QAbstractTableModel -----------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.ANTAL_KOLUMNER

    def data(self, index: Index, role: int = _VISA) -> object:
        if role in _TEXTROLLER:
            rad = index.row()
            nr = rad >> SIDA_BITAR
            if nr == self._senaste_nr:
                texter = self._senaste_text
            elif 0 <= rad < len(self._ids):
                texter = self._sida(nr)[1]
            else:
                return None
            return texter[rad & _SIDMASK][index.column()]
        if role == self.IdRoll:
            rad = index.row()
            return self._ids[rad] if 0 <= rad < len(self._ids) else None
        if role == self.RadRoll:
            rad = index.row()
            return self.rad(rad) if 0 <= rad < len(self._ids) else None
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = _VISA
    ) -> object:
        if role == _VISA and orientation == _HORISONTELL and 0 <= section < self.ANTAL_KOLUMNER:
            return self._rubriker[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Only the date column sorts (both ways); the list is always in date order."""
        if column != self.DATUM:
            return
        nyast_forst = order == Qt.SortOrder.DescendingOrder
        self.satt_sortering(Sortering.NYAST_FORST if nyast_forst else Sortering.ALDST_FORST)
