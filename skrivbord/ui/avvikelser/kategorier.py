"""The MAS edits the avvikelse taxonomy: add, rename, deactivate (never delete one in use)."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
from skrivbord.tjanster.avvikelser import kategorier
from skrivbord.tjanster.databasfil import Databas


class KategoriDialog(QDialog):
    def __init__(self, databas: Databas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._databas = databas
        self.setWindowTitle(self.tr("Avvikelsekategorier"))
        self.setMinimumSize(460, 420)
        forklaring = QLabel(
            self.tr(
                "Bocka ur en kategori för att sluta erbjuda den i formuläret. En kategori som "
                "används kan inte tas bort, så statistiken bakåt stämmer."
            ),
            wordWrap=True,
        )
        self.lista = QListWidget()
        self.lista.setAccessibleName(self.tr("Kategorier"))
        self.lista.itemChanged.connect(self._aktiv_andrad)
        knappar = QHBoxLayout()
        for text, slot in (
            (self.tr("Ny kategori …"), self._ny),
            (self.tr("Byt namn …"), self._byt_namn),
            (self.tr("Ta bort"), self._ta_bort),
        ):
            knapp = QPushButton(text)
            knapp.clicked.connect(slot)
            knappar.addWidget(knapp)
        knappar.addStretch()
        stang = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        stang.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        stang.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(forklaring)
        layout.addWidget(self.lista)
        layout.addLayout(knappar)
        layout.addWidget(stang)
        self.lasa()

    def lasa(self) -> None:
        self.lista.blockSignals(True)
        self.lista.clear()
        for kategori in kategorier.lista(self._databas):
            post = QListWidgetItem(kategori.namn)
            post.setData(Qt.ItemDataRole.UserRole, kategori.id)
            post.setFlags(post.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            post.setCheckState(Qt.CheckState.Checked if kategori.aktiv else Qt.CheckState.Unchecked)
            self.lista.addItem(post)
        self.lista.blockSignals(False)

    def _vald(self) -> int | None:
        post = self.lista.currentItem()
        return post.data(Qt.ItemDataRole.UserRole) if post else None

    def _utfor(self, atgard) -> None:
        try:
            atgard()
        except OgiltigUppgift as fel:
            QMessageBox.warning(self, self.tr("Det gick inte"), fel.meddelande)
        self.lasa()

    def _aktiv_andrad(self, post: QListWidgetItem) -> None:
        aktiv = post.checkState() == Qt.CheckState.Checked
        kategori_id = post.data(Qt.ItemDataRole.UserRole)
        self._utfor(lambda: kategorier.satt_aktiv(self._databas, kategori_id, aktiv))

    def _ny(self) -> None:
        namn, ok = QInputDialog.getText(self, self.tr("Ny kategori"), self.tr("Namn:"))
        if ok:
            self._utfor(lambda: kategorier.lagg_till(self._databas, namn))

    def _byt_namn(self) -> None:
        kategori_id = self._vald()
        if kategori_id is None:
            return
        namn, ok = QInputDialog.getText(
            self, self.tr("Byt namn"), self.tr("Nytt namn:"), text=self.lista.currentItem().text()
        )
        if ok:
            self._utfor(lambda: kategorier.byt_namn(self._databas, kategori_id, namn))

    def _ta_bort(self) -> None:
        kategori_id = self._vald()
        if kategori_id is not None:
            self._utfor(lambda: kategorier.ta_bort(self._databas, kategori_id))
