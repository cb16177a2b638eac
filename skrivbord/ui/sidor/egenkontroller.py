"""Egenkontroller: the plan (what is checked, where, how often, by whom)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skrivbord.lagring.databas import Databas
from skrivbord.tjanster import oversikt


class EgenkontrollSida(QWidget):
    KOLUMNER = ("Område", "Omfattning", "Frekvens", "Källa", "Ansvarig", "Rapporteras till")

    def __init__(self, databas: Databas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._databas = databas
        rubrik = QLabel(self.tr("Egenkontroller"))
        rubrik.setStyleSheet("font-size: 18pt; font-weight: 600;")
        ingress = QLabel(
            self.tr(
                "Planen för egenkontroll: vad som kontrolleras, var, hur ofta och av vem. "
                "Utförda kontroller och resultat registreras här."
            ),
            wordWrap=True,
        )
        self.tabell = QTableWidget(0, len(self.KOLUMNER))
        self.tabell.setHorizontalHeaderLabels([self.tr(k) for k in self.KOLUMNER])
        self.tabell.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tabell.verticalHeader().hide()
        self.tabell.setWordWrap(True)
        self.tabell.setAlternatingRowColors(True)
        huvud = self.tabell.horizontalHeader()
        huvud.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        huvud.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for kolumn, bredd in ((0, 220), (2, 110), (3, 200), (4, 110), (5, 170)):
            self.tabell.setColumnWidth(kolumn, bredd)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(rubrik)
        layout.addWidget(ingress)
        layout.addWidget(self.tabell, 1)
        self.uppdatera()

    def uppdatera(self) -> None:
        plan = oversikt.egenkontrollplan(self._databas)
        self.tabell.setRowCount(len(plan))
        for rad, post in enumerate(plan):
            for kolumn, text in enumerate(
                (
                    post.omrade,
                    post.omfattning,
                    post.frekvens,
                    post.kalla,
                    post.ansvarig,
                    post.rapporteras_till,
                )
            ):
                self.tabell.setItem(rad, kolumn, QTableWidgetItem(text))
        self.tabell.resizeRowsToContents()
