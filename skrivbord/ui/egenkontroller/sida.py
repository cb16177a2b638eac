"""Egenkontroller: the plan (what is checked, where, how often, from which source, by
whom, and to whom it is reported), which the MAS edits, and the year's calendar of
occurrences with their results."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster import kommun
from skrivbord.tjanster.databasfil import Databas
from skrivbord.tjanster.egenkontroller import plan as egenkontroller
from skrivbord.ui.egenkontroller.arshjulsvy import Arshjulsvy
from skrivbord.ui.egenkontroller.kalendervy import Kalendervy
from skrivbord.ui.egenkontroller.plandialog import PlanDialog
from skrivbord.ui.gemensamt.sida import DAMPAD, ingress, rubrik, sidlayout
from skrivbord.ui.gemensamt.tabell import lastabell


class EgenkontrollSida(QWidget):
    OMRADE, OMFATTNING, FREKVENS, KALLA, ANSVARIG, RAPPORTERAS_TILL = range(6)

    def __init__(self, databas: Databas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._databas = databas
        self._poster: list[egenkontroller.PlanPost] = []
        self.dialog: PlanDialog | None = None
        self.flikar = QTabWidget()
        self.flikar.addTab(self._bygg_plan(), self.tr("Plan"))
        self.kalender = Kalendervy(databas)
        self.flikar.addTab(self.kalender, self.tr("Kalender och resultat"))
        self.arshjul = Arshjulsvy(databas)
        self.flikar.addTab(self.arshjul, self.tr("Årshjul"))
        # Read when shown: a result recorded in the calendar shows here at once.
        self.flikar.currentChanged.connect(self._flik_bytt)
        layout = sidlayout(self)
        layout.addWidget(rubrik(self.tr("Egenkontroller")))
        layout.addWidget(
            ingress(
                self.tr(
                    "Planen för egenkontroll: vad som kontrolleras, var, hur ofta och av vem. "
                    "Planen ger tillfällen per enhet i kalendern, där resultaten registreras. "
                    "Veckogenomgångar, läkemedelstillsyn och logguppföljning gör sina "
                    "tillfällen klara själva."
                )
            )
        )
        layout.addSpacing(4)
        layout.addWidget(self.flikar, 1)
        self.uppdatera()

    def _bygg_plan(self) -> QWidget:
        kolumner = (
            self.tr("Område"),
            self.tr("Omfattning"),
            self.tr("Frekvens"),
            self.tr("Källa"),
            self.tr("Ansvarig"),
            self.tr("Rapporteras till"),
        )
        self.tabell = lastabell(kolumner, self.tr("Egenkontrollplanen"))
        self.tabell.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
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
            (self.FREKVENS, 130),
            (self.KALLA, 170),
            (self.ANSVARIG, 115),
            (self.RAPPORTERAS_TILL, 140),
        ):
            self.tabell.setColumnWidth(kolumn, bredd)
        self.tabell.doubleClicked.connect(self.andra)
        self.tabell.itemSelectionChanged.connect(self._valt)

        self.ny = QPushButton(self.tr("&Ny egenkontroll …"))
        self.ny.clicked.connect(self.lagg_till)
        self.andra_knapp = QPushButton(self.tr("Ä&ndra …"))
        self.andra_knapp.clicked.connect(self.andra)
        self.visa_vilande = QCheckBox(self.tr("Visa &vilande"))
        self.visa_vilande.toggled.connect(self.uppdatera)
        self.antal = QLabel()
        self.antal.setStyleSheet(f"color: {DAMPAD};")
        # The kommun's own committee, which "Nämnden" in the plan stands for.
        self.namnd_knapp = QPushButton(self.tr("N&ämnden …"))
        self.namnd_knapp.setToolTip(
            self.tr("Nämnden (eller utskottet) som egenkontrollerna redovisas för")
        )
        self.namnd_knapp.clicked.connect(self.byt_namnd)
        knappar = QHBoxLayout()
        knappar.addWidget(self.ny)
        knappar.addWidget(self.andra_knapp)
        knappar.addWidget(self.namnd_knapp)
        knappar.addWidget(self.visa_vilande)
        knappar.addStretch()
        knappar.addWidget(self.antal)

        flik = QWidget()
        layout = QVBoxLayout(flik)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.tabell, 1)
        layout.addLayout(knappar)
        return flik

    def uppdatera(self) -> None:
        plan = egenkontroller.plan(self._databas, med_inaktiva=self.visa_vilande.isChecked())
        self._poster = plan
        self.tabell.setRowCount(len(plan))
        for rad, post in enumerate(plan):
            ansvarig = "MAS" if post.ansvarig.value == "mas" else post.ansvarig.etikett
            for kolumn, text in enumerate(
                (
                    post.omrade
                    if post.aktiv
                    else self.tr("{omrade} (vilande)").format(omrade=post.omrade),
                    f"{post.omfang_text}. {post.beskrivning}".strip(),
                    post.frekvens,
                    post.kalla,
                    ansvarig,
                    post.rapporteras_till,
                )
            ):
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if kolumn == self.OMRADE:
                    cell.setData(Qt.ItemDataRole.UserRole, post.id)
                if not post.aktiv:
                    cell.setForeground(QBrush(QColor(DAMPAD)))
                self.tabell.setItem(rad, kolumn, cell)
        aktiva = sum(1 for p in plan if p.aktiv)
        self.antal.setText(self.tr("{n} kontroller i planen.").format(n=aktiva))
        self._valt()
        if hasattr(self, "kalender"):
            self.kalender.uppdatera()
        if hasattr(self, "arshjul") and self.flikar.currentWidget() is self.arshjul:
            self.arshjul.uppdatera()

    def _flik_bytt(self) -> None:
        if self.flikar.currentWidget() is self.arshjul:
            self.arshjul.uppdatera()

    def _valt(self) -> None:
        self.andra_knapp.setEnabled(bool(self.tabell.selectionModel().selectedRows()))

    def byt_namnd(self) -> None:
        namn, ok = QInputDialog.getText(
            self,
            self.tr("Nämnden"),
            self.tr("Nämnden (eller utskottet) som egenkontrollerna redovisas för:"),
            text=kommun.namnd(self._databas),
        )
        if not ok:
            return
        try:
            kommun.spara_namnd(self._databas, namn)
        except OgiltigUppgift as fel:
            QMessageBox.warning(self, self.tr("Det gick inte"), fel.meddelande)
            return
        self.uppdatera()

    def lagg_till(self) -> None:
        self._oppna(PlanDialog(self._databas, parent=self))

    def andra(self) -> None:
        rader = self.tabell.selectionModel().selectedRows()
        if rader:
            self._oppna(PlanDialog(self._databas, self._poster[rader[0].row()].id, self))

    def _oppna(self, dialog: PlanDialog) -> None:
        """Window-modal, not a nested event loop; the page follows when it is saved."""
        self.dialog = dialog
        dialog.sparad.connect(lambda _id: self.uppdatera())
        dialog.open()
