"""A page whose area a later release fills: its heading, what it will hold, and what
the database already has for it (cheap counts from tjanster.oversikt).

Subclasses give ``RUBRIK``/``beskrivning()`` and turn the counts into figure cards
with ``rutor()``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from skrivbord.tjanster import oversikt
from skrivbord.tjanster.databasfil import Databas
from skrivbord.ui.gemensamt.sida import DAMPAD, Ruta, ingress, rubrik, sidlayout

# (card heading, number, line under it, warn)
Rutdata = tuple[str, int, str, bool]


class EnkelSida(QWidget):
    def __init__(
        self, databas: Databas, parent: QWidget | None = None, idag: date | None = None
    ) -> None:
        super().__init__(parent)
        self._databas = databas
        self._idag = idag
        self.rubrik = rubrik(self.rubriktext())
        self.text = ingress(self.beskrivning())
        self.text.setStyleSheet("")
        self._rutor: list[Ruta] = []
        self._rad = QHBoxLayout()
        self._rad.setSpacing(12)
        self._rad.addStretch()
        self.kommer = QLabel(self.senare(), wordWrap=True)
        self.kommer.setStyleSheet(f"color: {DAMPAD};")
        layout = sidlayout(self)
        layout.addWidget(self.rubrik)
        layout.addWidget(self.text)
        layout.addSpacing(8)
        layout.addLayout(self._rad)
        layout.addSpacing(4)
        layout.addWidget(self.kommer)
        layout.addStretch(1)
        self.uppdatera()

    def rubriktext(self) -> str:
        raise NotImplementedError

    def beskrivning(self) -> str:
        raise NotImplementedError

    def senare(self) -> str:
        return self.tr("Registrering och uppföljning här kommer i en senare version av Skrivbord.")

    def rutor(self, antal: oversikt.Omradesantal) -> list[Rutdata]:
        return []

    def uppdatera(self) -> None:
        data = self.rutor(oversikt.omradesantal(self._databas, self._idag))
        while len(self._rutor) < len(data):
            ruta = Ruta("")
            ruta.setMaximumWidth(280)
            self._rutor.append(ruta)
            self._rad.insertWidget(len(self._rutor) - 1, ruta)
        for ruta, (text, tal, under, varning) in zip(self._rutor, data, strict=False):
            ruta.rubrik.setText(text)
            ruta.satt(tal, under, varning)

    def siffertext(self) -> str:
        """The figures as one line (tests, accessibility)."""
        return " · ".join(r.accessibleName() for r in self._rutor)
