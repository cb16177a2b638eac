"""Egenkontroller: the plan (what is checked, where, how often, from which source,
by whom, and to whom it is reported). Read-only until the plan editor arrives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from skrivbord.tjanster.databasfil import Databas
from skrivbord.tjanster.egenkontroller import plan as egenkontroller
from skrivbord.ui.gemensamt.sida import DAMPAD, ingress, rubrik, sidlayout


class EgenkontrollSida(QWidget):
    OMRADE, OMFATTNING, FREKVENS, KALLA, ANSVARIG, RAPPORTERAS_TILL = range(6)

    def __init__(self, databas: Databas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._databas = databas
        kolumner = (
            self.tr("Område"),
            self.tr("Omfattning"),
            self.tr("Frekvens"),
            self.tr("Källa"),
            self.tr("Ansvarig"),
            self.tr("Rapporteras till"),
        )
        self.tabell = QTableWidget(0, len(kolumner))
        self.tabell.setAccessibleName(self.tr("Egenkontrollplanen"))
        self.tabell.setHorizontalHeaderLabels(kolumner)
        self.tabell.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabell.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabell.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tabell.verticalHeader().hide()
        # Row heights follow the wrapped text whenever the width changes (a few rows only).
        self.tabell.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tabell.setWordWrap(True)
        self.tabell.setAlternatingRowColors(True)
        # Air above and below each row's text (counted in the row heights).
        self.tabell.setStyleSheet("QTableWidget::item { padding-top: 3px; padding-bottom: 3px; }")
        huvud = self.tabell.horizontalHeader()
        huvud.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        huvud.setSectionResizeMode(self.OMFATTNING, QHeaderView.ResizeMode.Stretch)
        huvud.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for kolumn, bredd in (
            (self.OMRADE, 180),
            (self.FREKVENS, 110),
            (self.KALLA, 185),
            (self.ANSVARIG, 115),
            (self.RAPPORTERAS_TILL, 140),
        ):
            self.tabell.setColumnWidth(kolumn, bredd)
        self.antal = QLabel()
        self.antal.setStyleSheet(f"color: {DAMPAD};")
        layout = sidlayout(self)
        layout.addWidget(rubrik(self.tr("Egenkontroller")))
        layout.addWidget(
            ingress(
                self.tr(
                    "Planen för egenkontroll: vad som kontrolleras, var, hur ofta och av vem. "
                    "Här kommer du också att registrera utförda kontroller och deras resultat."
                )
            )
        )
        layout.addSpacing(4)
        layout.addWidget(self.tabell, 1)
        layout.addWidget(self.antal)
        self.uppdatera()

    def uppdatera(self) -> None:
        plan = egenkontroller.plan(self._databas)
        self.tabell.setRowCount(len(plan))
        for rad, post in enumerate(plan):
            for kolumn, text in enumerate(
                (
                    post.omrade,
                    f"{post.omfang_text}. {post.beskrivning}".strip(),
                    post.frekvens,
                    post.kalla,
                    post.ansvarig.etikett,
                    post.rapporteras_till,
                )
            ):
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if kolumn == self.OMRADE:
                    cell.setData(Qt.ItemDataRole.UserRole, post.id)
                self.tabell.setItem(rad, kolumn, cell)
        self.antal.setText(self.tr("{n} kontroller i planen.").format(n=len(plan)))
