"""Veckogenomgångar: which units still lack their weekly fall or medication review."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from skrivbord.tjanster.avvikelser import veckogenomgangar
from skrivbord.tjanster.databasfil import Databas
from skrivbord.ui.avvikelser.veckogenomgangsdialog import VeckogenomgangDialog


class VeckogenomgangSida(QWidget):
    def __init__(
        self, databas: Databas, parent: QWidget | None = None, idag: date | None = None
    ) -> None:
        super().__init__(parent)
        self._databas = databas
        self._idag = idag
        rubrik = QLabel(self.tr("Veckogenomgångar"))
        rubrik.setStyleSheet("font-size: 18pt; font-weight: 600;")
        ingress = QLabel(
            self.tr(
                "Enhetschefen går varje vecka igenom enhetens fall- och läkemedelsavvikelser "
                "med teamet och dokumenterar deltagare, beslut och nya åtgärder."
            ),
            wordWrap=True,
        )
        self.ny = QPushButton(self.tr("Registrera veckogenomgång …"))
        self.ny.clicked.connect(self.registrera)
        self.saknade = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(rubrik)
        layout.addWidget(ingress)
        layout.addWidget(self.ny, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.saknade)
        layout.addStretch()
        self.uppdatera()

    def uppdatera(self) -> None:
        saknade = veckogenomgangar.saknade(self._databas, self._idag, veckor=4)
        if not saknade:
            self.saknade.setText(self.tr("Alla genomgångar de fyra senaste veckorna är gjorda."))
            return
        rader = [
            self.tr("{enhet} · v. {vecka} {ar} · {typ}").format(
                enhet=s.enhet_namn, vecka=s.vecka, ar=s.ar, typ=s.typ.etikett
            )
            for s in saknade
        ]
        self.saknade.setText(
            "<b>"
            + self.tr("Saknas de fyra senaste veckorna")
            + f" ({len(saknade)})</b><br>"
            + "<br>".join(rader)
        )

    def registrera(self) -> None:
        if VeckogenomgangDialog(self._databas, self, idag=self._idag).exec():
            self.uppdatera()
