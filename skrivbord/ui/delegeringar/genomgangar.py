"""The yearly reviews of the units' delegations: the list and the form. Each one
completes its unit's egenkontroll occurrence "Tillsyn av delegeringar"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skrivbord.tjanster.databasfil import Databas
from skrivbord.tjanster.delegeringar import genomgang
from skrivbord.ui.delegeringar.genomgangsdialog import GenomgangDialog
from skrivbord.ui.gemensamt.sida import DAMPAD
from skrivbord.ui.gemensamt.tabell import lastabell


class Genomgangsflik(QWidget):
    def __init__(self, databas: Databas, idag: date) -> None:
        super().__init__()
        self._databas = databas
        self._idag = idag
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        text = QLabel(
            self.tr(
                "En gång per år går ansvarig sjuksköterska igenom enhetens delegeringar. "
                "Genomgången gör egenkontrollen Tillsyn av delegeringar klar för enheten."
            ),
            wordWrap=True,
        )
        text.setStyleSheet(f"color: {DAMPAD};")
        layout.addWidget(text)
        rad = QHBoxLayout()
        self.ny = QPushButton(self.tr("&Ny genomgång …"))
        self.ny.clicked.connect(self.ny_genomgang)
        self.oppna = QPushButton(self.tr("Ö&ppna …"))
        self.oppna.clicked.connect(self.oppna_markerad)
        rad.addWidget(self.ny)
        rad.addWidget(self.oppna)
        rad.addStretch()
        layout.addLayout(rad)
        self.tabell = lastabell(
            [
                self.tr("Datum"),
                self.tr("Enhet"),
                self.tr("Genomförd av"),
                self.tr("Resultat"),
                self.tr("Kommentar"),
            ],
            self.tr("Årliga genomgångar"),
        )
        self.tabell.cellActivated.connect(lambda _r, _k: self.oppna_markerad())
        layout.addWidget(self.tabell, 1)

    def lasa(self) -> None:
        rader = genomgang.lista(self._databas)
        self.tabell.setRowCount(len(rader))
        for i, g in enumerate(rader):
            celler = [g.datum.isoformat(), g.enhet, g.granskad_av, g.resultat.etikett, g.kommentar]
            for k, text in enumerate(celler):
                post = QTableWidgetItem(text)
                post.setData(Qt.ItemDataRole.UserRole, g.id)
                self.tabell.setItem(i, k, post)
        huvud = self.tabell.horizontalHeader()
        huvud.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        huvud.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.oppna.setEnabled(bool(rader))
        if rader:
            self.tabell.selectRow(0)

    def ny_genomgang(self) -> None:
        self._kor(GenomgangDialog(self._databas, self, self._idag))

    def oppna_markerad(self) -> None:
        post = self.tabell.item(self.tabell.currentRow(), 0)
        if post is not None:
            g_id = int(post.data(Qt.ItemDataRole.UserRole))
            self._kor(GenomgangDialog(self._databas, self, self._idag, genomgang_id=g_id))

    def _kor(self, dialog: GenomgangDialog) -> None:
        sparad = dialog.exec()
        dialog.deleteLater()
        if sparad:
            self.lasa()
