"""A read-only table of whole rows, as the pages' lists are: not editable, one row
chosen at a time, no row numbers."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QTableWidget


def lastabell(kolumner: Sequence[str], namn: str) -> QTableWidget:
    tabell = QTableWidget(0, len(kolumner))
    tabell.setAccessibleName(namn)
    tabell.setHorizontalHeaderLabels(list(kolumner))
    tabell.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tabell.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tabell.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tabell.verticalHeader().hide()
    return tabell
