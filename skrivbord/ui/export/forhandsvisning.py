"""The preview table: every cell of every table exactly as it will be written, the
hidden ones marked (``<5`` for a small count, ``x`` for a cell hidden to protect it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from skrivbord.oversattning import oversatt
from skrivbord.tjanster.aggregat import koder
from skrivbord.tjanster.aggregat.forhandsvisning import Aggregat
from skrivbord.ui.gemensamt.tabell import lastabell

DOLD_BAKGRUND = QColor("#fdecea")
DOLD_TEXT = QColor("#b3261e")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Forhandsvisning", text)


def forhandsvisningstabell() -> QTableWidget:
    tabell = lastabell(
        [_tr("Tabell"), _tr("Grupp"), _tr("Kod"), _tr("Antal")], _tr("Förhandsvisning")
    )
    huvud = tabell.horizontalHeader()
    huvud.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    huvud.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    huvud.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
    huvud.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
    tabell.verticalHeader().setDefaultSectionSize(22)
    return tabell


def fyll(tabell: QTableWidget, aggregat: Aggregat) -> None:
    """One row per cell in the order of the files (a table's name on its first row);
    the totals in bold."""
    rader = [(t, c) for t in aggregat.tabeller for c in t.celler]
    tabell.setRowCount(len(rader))
    fet = QFont()
    fet.setBold(True)
    for i, (t, c) in enumerate(rader):
        forsta = i == 0 or rader[i - 1][0] is not t
        varden = (
            oversatt(koder.RUBRIKER.get(t.namn, t.namn)) if forsta else "",
            koder.namn(t.namn, c.kod),
            c.kod,
            c.text,
        )
        for kolumn, text in enumerate(varden):
            cell = QTableWidgetItem(text)
            if kolumn == 3:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c is t.total:
                cell.setFont(fet)
            if c.dold:
                cell.setBackground(QBrush(DOLD_BAKGRUND))
                if kolumn == 3:
                    cell.setForeground(QBrush(DOLD_TEXT))
                    cell.setFont(fet)
                    cell.setToolTip(
                        _tr("Litet tal (1 till {n}), visas inte.").format(n=aggregat.troskel - 1)
                        if c.markning.startswith("<")
                        else _tr("Dolt så att de små talen inte går att räkna fram.")
                    )
            tabell.setItem(i, kolumn, cell)
