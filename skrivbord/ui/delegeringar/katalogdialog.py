"""The MAS's catalogue of tasks that may be delegated: add, rename, take out of use or
back into use. Nothing is deleted: decisions keep pointing at a task's code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster.databasfil import Databas
from skrivbord.tjanster.delegeringar import katalog
from skrivbord.ui.gemensamt.sida import DAMPAD


class KatalogDialog(QDialog):
    def __init__(self, databas: Databas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._databas = databas
        self.setWindowTitle(self.tr("Arbetsuppgifter som kan delegeras"))
        self.resize(560, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Uppgifterna som väljs i ett delegeringsbeslut. En uppgift som inte längre "
                    "delegeras tas ur bruk; den tas aldrig bort, så äldre beslut behåller sitt namn."
                ),
                wordWrap=True,
            )
        )
        self.lista = QListWidget()
        self.lista.setAccessibleName(self.tr("Arbetsuppgifter"))
        self.lista.currentRowChanged.connect(self._uppdatera_knappar)
        layout.addWidget(self.lista)
        rad = QHBoxLayout()
        self.ny = QPushButton(self.tr("&Lägg till …"))
        self.ny.clicked.connect(self.lagg_till)
        self.byt = QPushButton(self.tr("&Byt namn …"))
        self.byt.clicked.connect(self.byt_namn)
        self.bruk = QPushButton(self.tr("&Ta ur bruk"))
        self.bruk.clicked.connect(self.vaxla_bruk)
        for knapp in (self.ny, self.byt, self.bruk):
            rad.addWidget(knapp)
        rad.addStretch()
        layout.addLayout(rad)
        knappar = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        knappar.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        knappar.rejected.connect(self.reject)
        layout.addWidget(knappar)
        self.lasa()

    def lasa(self, valj: str | None = None) -> None:
        self.lista.clear()
        for u in katalog.lista(self._databas):
            text = u.namn if u.aktiv else self.tr("{namn} (ur bruk)").format(namn=u.namn)
            post = QListWidgetItem(text)
            post.setData(Qt.ItemDataRole.UserRole, (u.kod, u.namn, u.aktiv))
            if not u.aktiv:
                post.setForeground(QColor(DAMPAD))
            self.lista.addItem(post)
            if u.kod == valj:
                self.lista.setCurrentItem(post)
        if self.lista.currentRow() < 0 and self.lista.count():
            self.lista.setCurrentRow(0)
        self._uppdatera_knappar()

    def _vald(self) -> tuple[str, str, bool] | None:
        post = self.lista.currentItem()
        return post.data(Qt.ItemDataRole.UserRole) if post else None

    def _uppdatera_knappar(self) -> None:
        vald = self._vald()
        self.byt.setEnabled(vald is not None)
        self.bruk.setEnabled(vald is not None)
        if vald is not None:
            self.bruk.setText(self.tr("&Ta ur bruk") if vald[2] else self.tr("&Ta i bruk igen"))

    def _fraga(self, titel: str, text: str = "") -> str | None:
        svar, ok = QInputDialog.getText(self, titel, self.tr("Uppgiftens namn:"), text=text)
        return svar if ok else None

    def _prova(self, gor: object) -> bool:
        try:
            gor()  # type: ignore[operator]
        except OgiltigUppgift as fel:
            QMessageBox.warning(self, self.tr("Kan inte sparas"), fel.meddelande)
            return False
        return True

    def lagg_till(self) -> None:
        namn = self._fraga(self.tr("Ny arbetsuppgift"))
        if namn is not None:
            ny: list[katalog.Uppgift] = []
            if self._prova(lambda: ny.append(katalog.lagg_till(self._databas, namn))):
                self.lasa(ny[0].kod)

    def byt_namn(self) -> None:
        vald = self._vald()
        if vald is None:
            return
        namn = self._fraga(self.tr("Byt namn"), vald[1])
        if namn is not None and self._prova(lambda: katalog.byt_namn(self._databas, vald[0], namn)):
            self.lasa(vald[0])

    def vaxla_bruk(self) -> None:
        vald = self._vald()
        if vald is not None:
            katalog.satt_aktiv(self._databas, vald[0], not vald[2])
            self.lasa(vald[0])
