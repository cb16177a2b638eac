"""The export log on the Export page: every aggregate saved, newest first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from skrivbord.tid import lokal_tid
from skrivbord.tjanster.aggregat.filer import Loggrad
from skrivbord.ui.gemensamt.tabell import lastabell


def _tr(text: str) -> str:
    return QCoreApplication.translate("Exportlogg", text)


def loggtabell() -> QTableWidget:
    tabell = lastabell(
        [_tr("Sparad"), _tr("Period"), _tr("Gräns"), _tr("Dolda"), _tr("Mapp"), _tr("SHA-256")],
        _tr("Exportlogg"),
    )
    tabell.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tabell.horizontalHeader().setStretchLastSection(True)
    return tabell


def fyll(tabell: QTableWidget, rader: list[Loggrad]) -> None:
    tabell.setRowCount(len(rader))
    for i, r in enumerate(rader):
        varden = (
            lokal_tid(r.skapad).strftime("%Y-%m-%d %H:%M"),
            r.period,
            f"<{r.troskel}",
            f"{r.antal_dolda} / {r.antal_celler}",
            r.sokvag,
            r.manifest_sha256[:16] + "…",
        )
        for kolumn, text in enumerate(varden):
            cell = QTableWidgetItem(text)
            if kolumn == 5:
                cell.setToolTip(r.manifest_sha256)
            tabell.setItem(i, kolumn, cell)
