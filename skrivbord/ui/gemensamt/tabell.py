"""A read-only table of whole rows, as the pages' lists are: not editable, one row
chosen at a time, no row numbers; ``lastabell`` holds its own items, ``radvy`` shows a
model (the register pages: Läkemedelstillsyn, Delegeringar, Logguppföljning,
Veckogenomgångar)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget


def lastabell(kolumner: Sequence[str], namn: str) -> QTableWidget:
    tabell = QTableWidget(0, len(kolumner))
    tabell.setAccessibleName(namn)
    tabell.setHorizontalHeaderLabels(list(kolumner))
    tabell.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tabell.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tabell.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tabell.verticalHeader().hide()
    return tabell


def radvy(modell: QAbstractItemModel, namn: str, strackt: int | None = None) -> QTableView:
    """A list of rows from ``modell``: Tab leaves it (the arrow keys walk the rows), the
    columns as wide as their contents and column ``strackt`` taking the rest, rows as
    high as a line of text and a little air."""
    tabell = QTableView()
    tabell.setModel(modell)
    tabell.setAccessibleName(namn)
    tabell.setTabKeyNavigation(False)
    tabell.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tabell.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tabell.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tabell.setAlternatingRowColors(True)
    tabell.setWordWrap(False)
    tabell.verticalHeader().hide()
    tabell.verticalHeader().setDefaultSectionSize(tabell.fontMetrics().height() + 10)
    huvud = tabell.horizontalHeader()
    huvud.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if strackt is not None:
        huvud.setSectionResizeMode(strackt, QHeaderView.ResizeMode.Stretch)
    return tabell
