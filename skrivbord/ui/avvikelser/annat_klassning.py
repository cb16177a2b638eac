"""The MAS classes the explanations of avvikelser under "Annat": each group of equal
explanations becomes one of her reasons, or moves to an existing category.

The explanations are free text and stay inside the app (internal); the sammanställning
counts only the reasons (see tjanster/avvikelser/annat_skal.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster.avvikelser import annat_skal, kategorier
from skrivbord.tjanster.avvikelser.registrering import ANNAT_KOD
from skrivbord.tjanster.databasfil import Databas
from skrivbord.ui.avvikelser.kategorier import AnnatSkalDialog


class AnnatKlassningDialog(QDialog):
    def __init__(self, databas: Databas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._databas = databas
        self._forklaringar: list[annat_skal.Forklaring] = []
        self.setWindowTitle(self.tr("Klassa Annat"))
        self.setMinimumSize(620, 480)
        forklaring = QLabel(
            self.tr(
                "Förklaringarna som skrivits under Annat, lika förklaringar samlade. Välj en "
                "eller flera och klassa dem efter skäl, eller flytta dem till en befintlig "
                "kategori. Sammanställningen räknar skälen; förklaringarna själva lämnar "
                "aldrig programmet. Avvikelser utan förklaring klassar du i formuläret."
            ),
            wordWrap=True,
        )
        self.tabell = QTableWidget(0, 2)
        self.tabell.setHorizontalHeaderLabels([self.tr("Förklaring"), self.tr("Antal")])
        self.tabell.setAccessibleName(self.tr("Förklaringar som inte är klassade"))
        self.tabell.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabell.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabell.verticalHeader().hide()
        rubrik = self.tabell.horizontalHeader()
        rubrik.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rubrik.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.mal = QComboBox()
        self.mal.setAccessibleName(self.tr("Klassa som"))
        self.klassa_knapp = QPushButton(self.tr("&Klassa valda"))
        self.klassa_knapp.clicked.connect(self._klassa)
        mal_etikett = QLabel(self.tr("Klassa &som:"))
        mal_etikett.setBuddy(self.mal)
        rad = QHBoxLayout()
        rad.addWidget(mal_etikett)
        rad.addWidget(self.mal, 1)
        rad.addWidget(self.klassa_knapp)
        self.status = QLabel(wordWrap=True)
        self.status.setAccessibleName(self.tr("Resultat"))
        knappar = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        knappar.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        knappar.rejected.connect(self.reject)
        skal_knapp = knappar.addButton(
            self.tr("&Redigera skälen …"), QDialogButtonBox.ButtonRole.ActionRole
        )
        skal_knapp.clicked.connect(self._redigera_skal)
        layout = QVBoxLayout(self)
        layout.addWidget(forklaring)
        layout.addWidget(self.tabell, 1)
        layout.addLayout(rad)
        layout.addWidget(self.status)
        layout.addWidget(knappar)
        self.tabell.itemSelectionChanged.connect(self._uppdatera_knapp)
        self._fyll_mal()
        self.lasa()

    def lasa(self) -> None:
        self._forklaringar = annat_skal.oklassade(self._databas)
        # The rows change under a selection: never carry it over to other explanations.
        self.tabell.clearSelection()
        self.tabell.setRowCount(len(self._forklaringar))
        for rad, f in enumerate(self._forklaringar):
            self.tabell.setItem(rad, 0, QTableWidgetItem(f.text))
            antal = QTableWidgetItem(str(f.antal))
            antal.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tabell.setItem(rad, 1, antal)
        if not self._forklaringar:
            self.status.setText(self.tr("Alla förklaringar under Annat är klassade."))
        self._uppdatera_knapp()

    def _fyll_mal(self) -> None:
        """The active reasons, then "move to" every other active category."""
        self.mal.clear()
        for skal in annat_skal.SKAL.lista(self._databas, bara_aktiva=True):
            self.mal.addItem(skal.namn, ("skal", skal.id))
        self.mal.insertSeparator(self.mal.count())
        for kategori in kategorier.lista(self._databas, bara_aktiva=True):
            if kategori.kod != ANNAT_KOD:
                text = self.tr("Flytta till kategorin %1").replace("%1", kategori.namn)
                self.mal.addItem(text, ("kategori", kategori.id))

    def _valda(self) -> list[annat_skal.Forklaring]:
        rader = sorted({i.row() for i in self.tabell.selectedIndexes()})
        return [self._forklaringar[r] for r in rader]

    def _uppdatera_knapp(self) -> None:
        self.klassa_knapp.setEnabled(bool(self._valda()) and self.mal.currentData() is not None)

    def _klassa(self) -> None:
        valda = self._valda()
        slag, mal_id = self.mal.currentData()
        former = [form for f in valda for form in f.former]
        try:
            if slag == "skal":
                antal = annat_skal.klassa(self._databas, former, skal_id=mal_id)
            else:
                antal = annat_skal.klassa(self._databas, former, kategori_id=mal_id)
        except OgiltigUppgift as fel:
            QMessageBox.warning(self, self.tr("Det gick inte"), fel.meddelande)
            return
        namn = self.mal.currentText()
        if slag == "skal":
            text = self.tr("%1 avvikelser klassades som %2.")
        else:
            namn = next(k.namn for k in kategorier.lista(self._databas) if k.id == mal_id)
            text = self.tr("%1 avvikelser flyttades till kategorin %2.")
        self.lasa()
        self.status.setText(text.replace("%1", str(antal)).replace("%2", namn))

    def _redigera_skal(self) -> None:
        AnnatSkalDialog(self._databas, self).exec()
        self._fyll_mal()
        self._uppdatera_knapp()
