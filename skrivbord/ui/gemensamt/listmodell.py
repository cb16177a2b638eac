"""A read-only table of rows held in a list: the part every such model repeats (rows,
headers, counts). A subclass gives its headers and ``data``."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


class Listmodell(QAbstractTableModel, Generic[R]):
    def __init__(self, rubriker: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rader: list[R] = []
        self._rubriker = rubriker

    def satt(self, rader: list[R]) -> None:
        self.beginResetModel()
        self._rader = rader
        self.endResetModel()

    def rad(self, nummer: int) -> R:
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
