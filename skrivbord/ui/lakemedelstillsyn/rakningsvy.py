"""Narkotikaräkningen i tillsynsformuläret: en rad per preparat (namn, styrka, form),
saldot i narkotikajournalen och det räknade. Differensen räknas medan man skriver och
markeras i rött; en rad med differens kräver en kommentar och blir en avvikelse när
tillsynen sparas."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster.lakemedelstillsyn.protokoll import Rakningsrad
from skrivbord.tjanster.lakemedelstillsyn.uppgifter import Rakning, differens, saldo
from skrivbord.ui.gemensamt.sida import DAMPAD, ROD

MARKERAD = "#fde7e5"
PREPARAT, STYRKA, FORM, JOURNAL, RAKNAT, DIFFERENS, KOMMENTAR = range(7)


def _tal(text: str) -> float | None:
    try:
        return float(text.strip().replace(",", ".").replace("\u2212", "-"))
    except ValueError:
        return None


class Rakningsvy(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabell = QTableWidget(0, 7)
        self.tabell.setHorizontalHeaderLabels(
            [
                self.tr("Preparat"),
                self.tr("Styrka"),
                self.tr("Form"),
                self.tr("Journal"),
                self.tr("Räknat"),
                self.tr("Differens"),
                self.tr("Kommentar (krävs vid differens)"),
            ]
        )
        self.tabell.setAccessibleName(self.tr("Narkotikaräkning"))
        self.tabell.setTabKeyNavigation(True)
        self.tabell.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.tabell.verticalHeader().hide()
        huvud = self.tabell.horizontalHeader()
        huvud.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        huvud.setSectionResizeMode(PREPARAT, QHeaderView.ResizeMode.Stretch)
        huvud.setSectionResizeMode(KOMMENTAR, QHeaderView.ResizeMode.Stretch)
        self.tabell.itemChanged.connect(self._andrad)
        self.ny_rad = QPushButton(self.tr("&Lägg till preparat"))
        self.ny_rad.clicked.connect(self._ny_rad)
        self.ta_bort = QPushButton(self.tr("Ta &bort rad"))
        self.ta_bort.clicked.connect(self._ta_bort)
        self.summa = QLabel()
        self.summa.setStyleSheet(f"color: {DAMPAD};")
        knappar = QHBoxLayout()
        knappar.addWidget(self.ny_rad)
        knappar.addWidget(self.ta_bort)
        knappar.addStretch()
        knappar.addWidget(self.summa)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabell)
        layout.addLayout(knappar)

    def _ny_rad(self) -> None:
        self.lagg_till("", "", "", "", "")
        self.tabell.setCurrentCell(self.tabell.rowCount() - 1, PREPARAT)
        self.tabell.editItem(self.tabell.item(self.tabell.rowCount() - 1, PREPARAT))

    def lagg_till(
        self, preparat: str, styrka: str, form: str, journal: str, raknat: str, kommentar: str = ""
    ) -> None:
        rad = self.tabell.rowCount()
        self.tabell.blockSignals(True)
        self.tabell.insertRow(rad)
        for kolumn, text in enumerate((preparat, styrka, form, journal, raknat, "", kommentar)):
            cell = QTableWidgetItem(text)
            if kolumn in (JOURNAL, RAKNAT, DIFFERENS):
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if kolumn == DIFFERENS:
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.tabell.setItem(rad, kolumn, cell)
        self.tabell.blockSignals(False)
        self._rakna(rad)

    def _ta_bort(self) -> None:
        rad = self.tabell.currentRow()
        if rad >= 0:
            self.tabell.removeRow(rad)
            self._summera()

    def _andrad(self, cell: QTableWidgetItem) -> None:
        if cell.column() in (JOURNAL, RAKNAT):
            self._rakna(cell.row())

    def _text(self, rad: int, kolumn: int) -> str:
        cell = self.tabell.item(rad, kolumn)
        return cell.text() if cell is not None else ""

    def _rakna(self, rad: int) -> None:
        journal, raknat = _tal(self._text(rad, JOURNAL)), _tal(self._text(rad, RAKNAT))
        skillnad = None if journal is None or raknat is None else round(raknat - journal, 2)
        self.tabell.blockSignals(True)
        cell = self.tabell.item(rad, DIFFERENS)
        cell.setText("" if skillnad is None else differens(skillnad))
        farg = QBrush(QColor(MARKERAD)) if skillnad else QBrush()
        for kolumn in range(self.tabell.columnCount()):
            item = self.tabell.item(rad, kolumn)
            if item is not None:
                item.setBackground(farg)
        cell.setForeground(QBrush(QColor(ROD)) if skillnad else QBrush())
        self.tabell.blockSignals(False)
        self._summera()

    def antal_differenser(self) -> int:
        return sum(
            1
            for rad in range(self.tabell.rowCount())
            if self._text(rad, DIFFERENS) not in ("", "0")
        )

    def _summera(self) -> None:
        antal = self.antal_differenser()
        if not antal:
            text = self.tr("Alla räknade saldon stämmer.")
        elif antal == 1:
            text = self.tr("1 saldo stämmer inte och blir en avvikelse när tillsynen sparas.")
        else:
            text = self.tr(
                "{n} saldon stämmer inte; vart och ett blir en avvikelse när tillsynen sparas."
            ).format(n=antal)
        self.summa.setText(text)
        self.summa.setStyleSheet(f"color: {ROD if antal else DAMPAD};")

    def rakningar(self) -> tuple[Rakning, ...]:
        """Rows with a name or a number; a number that cannot be read is refused here."""
        ut = []
        for rad in range(self.tabell.rowCount()):
            texter = [self._text(rad, k) for k in range(7)]
            if not any(t.strip() for t in texter[:5]):
                continue
            journal, raknat = _tal(texter[JOURNAL]), _tal(texter[RAKNAT])
            if journal is None or raknat is None:
                raise OgiltigUppgift(
                    self.tr(
                        "Räkning rad {nr}: skriv saldona som tal, till exempel 12 eller 12,5."
                    ).format(nr=rad + 1),
                    "rakningar",
                )
            ut.append(
                Rakning(
                    texter[PREPARAT],
                    texter[STYRKA],
                    texter[FORM],
                    journal,
                    raknat,
                    texter[KOMMENTAR],
                )
            )
        return tuple(ut)

    def visa(self, rader: tuple[Rakningsrad, ...]) -> None:
        """A saved count, read-only; a difference names its avvikelse."""
        self.tabell.setRowCount(0)
        for r in rader:
            k = r.rakning
            kommentar = k.kommentar
            if r.avvikelse_id is not None:
                kommentar = self.tr("{kommentar} (avvikelse nr {id})").format(
                    kommentar=kommentar, id=r.avvikelse_id
                )
            self.lagg_till(
                k.preparat,
                k.styrka,
                k.form,
                saldo(k.journal_saldo),
                saldo(k.raknat_saldo),
                kommentar,
            )
        self.tabell.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ny_rad.hide()
        self.ta_bort.hide()
        if self.antal_differenser():
            self.summa.setText(self.tr("Varje differens är registrerad som en avvikelse."))
