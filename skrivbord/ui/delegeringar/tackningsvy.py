"""The coverage view: per unit and ISO week of a chosen period (the summer weeks
24–34 by default), how many active staff hold a valid delegation for each task; a week
below the unit's minimum is marked. The figures come from one grouped query
(tjanster/delegeringar/tackning.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster import enheter
from skrivbord.tjanster.databasfil import Databas
from skrivbord.tjanster.delegeringar import tackning
from skrivbord.ui.gemensamt.sida import DAMPAD, ROD
from skrivbord.ui.gemensamt.tabell import lastabell

UNDER_BAKGRUND = "#f9dedc"


class Tackningsvy(QWidget):
    def __init__(self, databas: Databas, idag: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._databas = databas
        self._idag = idag
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(self._bygg_val())
        self.sammanfattning = QLabel(wordWrap=True)
        layout.addWidget(self.sammanfattning)
        self.tabell = lastabell([], self.tr("Täckning per enhet och vecka"))
        self.tabell.setSelectionMode(self.tabell.SelectionMode.NoSelection)
        layout.addWidget(self.tabell, 1)
        forklaring = QLabel(
            self.tr(
                "Antal aktiva i personalen med en delegering som gäller hela veckan. Rött: "
                "färre än enhetens minsta antal (Register → Enheter och personal)."
            ),
            wordWrap=True,
        )
        forklaring.setStyleSheet(f"color: {DAMPAD};")
        layout.addWidget(forklaring)

    def _bygg_val(self) -> QHBoxLayout:
        self.ar = QSpinBox(minimum=2000, maximum=2100, value=self._idag.year)
        self.fran = QSpinBox(minimum=1, maximum=53, value=tackning.SOMMARVECKOR[0])
        self.till = QSpinBox(minimum=1, maximum=53, value=tackning.SOMMARVECKOR[1])
        self.enhet = QComboBox()
        self.enhet.addItem(self.tr("Alla enheter"), None)
        for e in enheter.lista(self._databas, bara_aktiva=True):
            self.enhet.addItem(e.namn, e.id)
        rad = QHBoxLayout()
        for text, falt in (
            (self.tr("&År"), self.ar),
            (self.tr("&Vecka"), self.fran),
            (self.tr("till"), self.till),
            (self.tr("E&nhet"), self.enhet),
        ):
            etikett = QLabel(text)
            etikett.setBuddy(falt)
            rad.addWidget(etikett)
            rad.addWidget(falt)
        rad.addStretch()
        for spin in (self.ar, self.fran, self.till):
            spin.valueChanged.connect(self.lasa)
        self.enhet.currentIndexChanged.connect(self.lasa)
        return rad

    def lasa(self) -> None:
        try:
            svar = tackning.berakna(
                self._databas,
                self.ar.value(),
                self.fran.value(),
                self.till.value(),
                self.enhet.currentData(),
            )
        except OgiltigUppgift as fel:
            self.sammanfattning.setText(fel.meddelande)
            self.sammanfattning.setStyleSheet(f"color: {ROD};")
            self.tabell.setRowCount(0)
            return
        self.svar = svar
        self._fyll(svar)

    def _fyll(self, svar: tackning.Tackning) -> None:
        rubriker = [self.tr("Enhet / arbetsuppgift"), self.tr("Minst")]
        rubriker += [self.tr("v. {n}").format(n=v) for v in svar.veckor]
        self.tabell.clear()
        self.tabell.setColumnCount(len(rubriker))
        self.tabell.setHorizontalHeaderLabels(rubriker)
        rader = sum(1 + len(e.rader) for e in svar.enheter)
        self.tabell.setRowCount(rader)
        fet = QFont(self.font())
        fet.setBold(True)
        rad = 0
        for enhet in svar.enheter:
            post = QTableWidgetItem(enhet.namn)
            post.setFont(fet)
            self.tabell.setItem(rad, 0, post)
            self.tabell.setSpan(rad, 0, 1, len(rubriker))
            rad += 1
            for u in enhet.rader:
                self.tabell.setItem(rad, 0, QTableWidgetItem("   " + u.namn))
                self.tabell.setItem(rad, 1, self._tal(str(u.minsta) if u.minsta else "–"))
                for i, antal in enumerate(u.antal):
                    cell = self._tal(str(antal))
                    if u.under(i):
                        cell.setBackground(QColor(UNDER_BAKGRUND))
                        cell.setForeground(QColor(ROD))
                        cell.setFont(fet)
                        cell.setToolTip(
                            self.tr("{antal} av minst {minsta}").format(
                                antal=antal, minsta=u.minsta
                            )
                        )
                    self.tabell.setItem(rad, 2 + i, cell)
                rad += 1
        huvud = self.tabell.horizontalHeader()
        huvud.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        huvud.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        under = [e for e in svar.enheter if e.veckor_under]
        if len(svar.enheter) == 1 and under:
            self.sammanfattning.setText(
                self.tr("{n} av {alla} veckor har någon uppgift under minsta antal.").format(
                    n=under[0].veckor_under, alla=len(svar.veckor)
                )
            )
            self.sammanfattning.setStyleSheet(f"color: {ROD}; font-weight: 600;")
        elif under:
            self.sammanfattning.setText(
                self.tr("{n} av {alla} enheter har veckor under minsta antal: {namn}.").format(
                    n=len(under), alla=len(svar.enheter), namn=", ".join(e.namn for e in under)
                )
            )
            self.sammanfattning.setStyleSheet(f"color: {ROD}; font-weight: 600;")
        else:
            self.sammanfattning.setText(self.tr("Alla veckor når enheternas minsta antal."))
            self.sammanfattning.setStyleSheet("")

    def _tal(self, text: str) -> QTableWidgetItem:
        cell = QTableWidgetItem(text)
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return cell
