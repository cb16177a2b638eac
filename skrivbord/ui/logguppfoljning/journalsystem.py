"""MAS lista över journalsystem vars loggar följs upp: lägga till, byta namn, och
bocka ur ett system som inte längre används (det finns kvar i sina protokoll)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster.databasfil import Databas
from skrivbord.tjanster.logguppfoljning import journalsystem
from skrivbord.ui.gemensamt.formular import fellabel, visa_fel


class JournalsystemDialog(QDialog):
    def __init__(self, databas: Databas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._databas = databas
        self.setWindowTitle(self.tr("Journalsystem"))
        self.setMinimumWidth(480)
        forklaring = QLabel(
            self.tr(
                "Systemen vars åtkomstloggar följs upp. Ett urbockat system erbjuds inte "
                "längre i formuläret men finns kvar i sina protokoll."
            ),
            wordWrap=True,
        )
        self.lista = QListWidget()
        self.lista.setAccessibleName(self.tr("Journalsystem"))
        self.lista.itemChanged.connect(self._aktiv_andrad)
        self.ny = QPushButton(self.tr("&Lägg till …"))
        self.ny.clicked.connect(self._lagg_till)
        self.byt = QPushButton(self.tr("&Byt namn …"))
        self.byt.clicked.connect(self._byt_namn)
        knappar = QHBoxLayout()
        knappar.addWidget(self.ny)
        knappar.addWidget(self.byt)
        knappar.addStretch()
        self.felrad = fellabel()
        stang = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        stang.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        stang.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(forklaring)
        layout.addWidget(self.lista)
        layout.addLayout(knappar)
        layout.addWidget(self.felrad)
        layout.addWidget(stang)
        self.lasa()

    def lasa(self, valj: int | None = None) -> None:
        self.lista.blockSignals(True)
        self.lista.clear()
        for system in journalsystem.lista(self._databas):
            post = QListWidgetItem(
                self.tr("{namn} ({antal} protokoll)").format(
                    namn=system.namn, antal=system.antal_uppfoljningar
                )
            )
            post.setData(Qt.ItemDataRole.UserRole, system.id)
            post.setData(Qt.ItemDataRole.UserRole + 1, system.namn)
            post.setFlags(post.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            post.setCheckState(Qt.CheckState.Checked if system.aktiv else Qt.CheckState.Unchecked)
            self.lista.addItem(post)
            if system.id == valj:
                self.lista.setCurrentItem(post)
        self.lista.blockSignals(False)
        self.byt.setEnabled(self.lista.count() > 0)

    def _aktiv_andrad(self, post: QListWidgetItem) -> None:
        aktiv = post.checkState() == Qt.CheckState.Checked
        journalsystem.satt_aktiv(self._databas, post.data(Qt.ItemDataRole.UserRole), aktiv)

    def _fraga(self, titel: str, text: str = "") -> str | None:
        namn, ok = QInputDialog.getText(self, titel, self.tr("Namn"), text=text)
        return namn if ok else None

    def _lagg_till(self) -> None:
        namn = self._fraga(self.tr("Nytt journalsystem"))
        if namn is not None:
            self._gor(lambda: journalsystem.lagg_till(self._databas, namn))

    def _byt_namn(self) -> None:
        post = self.lista.currentItem() or self.lista.item(0)
        if post is None:
            return
        system_id = post.data(Qt.ItemDataRole.UserRole)
        namn = self._fraga(self.tr("Byt namn"), post.data(Qt.ItemDataRole.UserRole + 1))
        if namn is not None:

            def byt() -> int:
                journalsystem.byt_namn(self._databas, system_id, namn)
                return int(system_id)

            self._gor(byt)

    def _gor(self, andring: Callable[[], int]) -> None:
        try:
            system_id = andring()
        except OgiltigUppgift as fel:
            visa_fel(self.felrad, fel.meddelande)
            return
        self.felrad.hide()
        self.lasa(system_id)
