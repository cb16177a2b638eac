"""Stegen efter en avvikelse i loggarna i formuläret: slag, datum och en kort anteckning
per rad, rader läggs till och tas bort."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from skrivbord.tjanster.logguppfoljning.uppgifter import LoggAtgard
from skrivbord.typer import Loggatgardstyp
from skrivbord.ui.gemensamt.formular import Datumfalt, fran_date, till_date


class Atgardslista(QWidget):
    TYP, DATUM, ANTECKNING = range(3)

    def __init__(self, idag: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._idag = idag
        self.tabell = QTableWidget(0, 3)
        self.tabell.setAccessibleName(self.tr("Vidtagna åtgärder"))
        self.tabell.setHorizontalHeaderLabels(
            [self.tr("Åtgärd"), self.tr("Datum"), self.tr("Anteckning (utan patientuppgifter)")]
        )
        self.tabell.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabell.setTabKeyNavigation(False)
        self.tabell.verticalHeader().hide()
        huvud = self.tabell.horizontalHeader()
        huvud.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        huvud.resizeSection(self.TYP, 400)
        huvud.resizeSection(self.DATUM, 130)
        huvud.setStretchLastSection(True)
        self.tabell.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.tabell.setFixedHeight(4 * (self.fontMetrics().height() + 14) + 8)
        self.lagg_till = QPushButton(self.tr("Lägg till åtgärd"))
        self.lagg_till.clicked.connect(self._ny_rad)
        self.ta_bort = QPushButton(self.tr("Ta bort markerad"))
        self.ta_bort.clicked.connect(self._ta_bort_rad)
        knappar = QVBoxLayout()
        knappar.addWidget(self.lagg_till)
        knappar.addWidget(self.ta_bort)
        knappar.addStretch()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabell, 1)
        layout.addLayout(knappar)

    def _ny_rad(self) -> None:
        self.lagg_till_rad(LoggAtgard(Loggatgardstyp.SAMTAL, self._idag))

    def lagg_till_rad(self, atgard: LoggAtgard) -> None:
        rad = self.tabell.rowCount()
        self.tabell.insertRow(rad)
        typ = QComboBox()
        for varde in Loggatgardstyp:
            typ.addItem(varde.etikett, varde.value)
        typ.setCurrentIndex(typ.findData(atgard.typ.value))
        datum = Datumfalt()
        datum.setDate(fran_date(atgard.datum))
        anteckning = QLineEdit(atgard.anteckning)
        anteckning.setAccessibleName(self.tr("Anteckning"))
        self.tabell.setCellWidget(rad, self.TYP, typ)
        self.tabell.setCellWidget(rad, self.DATUM, datum)
        self.tabell.setCellWidget(rad, self.ANTECKNING, anteckning)
        self.tabell.setCurrentCell(rad, self.TYP)

    def _ta_bort_rad(self) -> None:
        rad = self.tabell.currentRow()
        if rad >= 0:
            self.tabell.removeRow(rad)

    def atgarder(self) -> tuple[LoggAtgard, ...]:
        ut = []
        for rad in range(self.tabell.rowCount()):
            typ = self.tabell.cellWidget(rad, self.TYP)
            datum = self.tabell.cellWidget(rad, self.DATUM)
            anteckning = self.tabell.cellWidget(rad, self.ANTECKNING)
            assert isinstance(typ, QComboBox) and isinstance(datum, Datumfalt)
            assert isinstance(anteckning, QLineEdit)
            ut.append(
                LoggAtgard(
                    Loggatgardstyp(typ.currentData()), till_date(datum.date()), anteckning.text()
                )
            )
        return tuple(ut)
