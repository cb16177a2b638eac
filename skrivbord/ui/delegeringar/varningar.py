"""What needs acting on: delegations ending within 30 days, ended without renewal, and
those still in force for a person marked inactive. Activating a row opens the person."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from skrivbord.tjanster.databasfil import Databas
from skrivbord.tjanster.delegeringar import listor
from skrivbord.ui.gemensamt.sida import DAMPAD, ROD
from skrivbord.ui.gemensamt.tabell import lastabell


class Varningsflik(QWidget):
    def __init__(self, databas: Databas, idag: date, oppna_person: Callable[[int], None]) -> None:
        super().__init__()
        self._databas = databas
        self._idag = idag
        self._oppna_person = oppna_person
        self.varningar: list[listor.Varning] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.tabell = lastabell(
            [
                self.tr("Att åtgärda"),
                self.tr("Namn"),
                self.tr("Enheter"),
                self.tr("Arbetsuppgifter"),
                self.tr("Till och med"),
                self.tr("Nr"),
            ],
            self.tr("Delegeringar att åtgärda"),
        )
        self.tabell.cellActivated.connect(self._aktiverad)
        layout.addWidget(self.tabell, 1)
        self.tom = QLabel(self.tr("Inget att åtgärda just nu."))
        self.tom.setStyleSheet(f"color: {DAMPAD};")
        layout.addWidget(self.tom)

    def lasa(self) -> None:
        self.varningar = listor.varningar(self._databas, self._idag)
        self.tabell.setRowCount(len(self.varningar))
        for i, v in enumerate(self.varningar):
            r = v.rad
            celler = [
                v.slag.etikett,
                r.delegerad,
                ", ".join(r.enheter),
                ", ".join(r.uppgiftsnamn),
                r.giltig_till.isoformat(),
                str(r.id),
            ]
            for k, text in enumerate(celler):
                post = QTableWidgetItem(text)
                post.setData(Qt.ItemDataRole.UserRole, r.delegerad_id)
                if k == 0:
                    post.setForeground(QColor(ROD))
                self.tabell.setItem(i, k, post)
        huvud = self.tabell.horizontalHeader()
        huvud.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        huvud.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tom.setVisible(not self.varningar)

    def _aktiverad(self, rad: int, _kolumn: int) -> None:
        post = self.tabell.item(rad, 0)
        if post is not None:
            self._oppna_person(int(post.data(Qt.ItemDataRole.UserRole)))
