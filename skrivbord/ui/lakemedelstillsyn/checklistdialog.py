"""MAS checklistor för läkemedelstillsyn, en per tillsynstyp: lägga till, ändra text,
ta bort och aktivera. En punkt som en sparad tillsyn har besvarat inaktiveras i stället
för att tas bort, och en ändrad text blir en ny punkt (tjanster/lakemedelstillsyn/
checklista.py), så gamla protokoll behåller sina frågor."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
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
from skrivbord.tjanster.lakemedelstillsyn import checklista
from skrivbord.typer import Tillsynstyp
from skrivbord.ui.gemensamt.sida import DAMPAD


class ChecklistDialog(QDialog):
    def __init__(self, databas: Databas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._databas = databas
        self.setWindowTitle(self.tr("Checklistor för läkemedelstillsyn"))
        self.resize(760, 520)
        self.typ = QComboBox()
        for t in Tillsynstyp:
            self.typ.addItem(t.etikett, t.value)
        self.typ.currentIndexChanged.connect(self.lasa)
        etikett = QLabel(self.tr("&Tillsyn"))
        etikett.setBuddy(self.typ)
        self.lista = QListWidget()
        self.lista.setAccessibleName(self.tr("Checklistans punkter"))
        self.lista.setWordWrap(True)
        hjalp = QLabel(
            self.tr(
                "En punkt som en sparad tillsyn har besvarat tas inte bort utan blir inaktiv, "
                "och en ändrad text blir en ny punkt, så att gamla protokoll behåller sina "
                "frågor."
            ),
            wordWrap=True,
        )
        hjalp.setStyleSheet(f"color: {DAMPAD};")
        knappar = QHBoxLayout()
        for text, metod in (
            (self.tr("&Ny punkt …"), self.ny),
            (self.tr("Ändra &text …"), self.andra),
            (self.tr("Ta &bort"), self.ta_bort),
            (self.tr("&Aktivera"), self.aktivera),
        ):
            knapp = QPushButton(text)
            knapp.clicked.connect(metod)
            knappar.addWidget(knapp)
        knappar.addStretch()
        stang = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        stang.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        stang.rejected.connect(self.reject)
        topp = QHBoxLayout()
        topp.addWidget(etikett)
        topp.addWidget(self.typ, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(topp)
        layout.addWidget(hjalp)
        layout.addWidget(self.lista, 1)
        layout.addLayout(knappar)
        layout.addWidget(stang)
        self.lasa()

    def _typ(self) -> Tillsynstyp:
        return Tillsynstyp(self.typ.currentData())

    def lasa(self) -> None:
        self.lista.clear()
        for p in checklista.punkter(self._databas, self._typ(), bara_aktiva=False):
            text = p.text if p.aktiv else self.tr("{text} (inaktiv)").format(text=p.text)
            item = QListWidgetItem(text)
            item.setData(256, p.id)
            item.setData(257, p.text)
            if not p.aktiv:
                item.setForeground(self.palette().placeholderText())
            self.lista.addItem(item)

    def _vald(self) -> QListWidgetItem | None:
        return self.lista.currentItem()

    def _gor(self, titel: str, atgard: object) -> None:
        try:
            if callable(atgard):
                atgard()
        except OgiltigUppgift as fel:
            QMessageBox.warning(self, titel, str(fel))
        self.lasa()

    def ny(self) -> None:
        text, ok = QInputDialog.getText(self, self.tr("Ny punkt"), self.tr("Punktens fråga:"))
        if ok:
            self._gor(
                self.tr("Ny punkt"), lambda: checklista.lagg_till(self._databas, self._typ(), text)
            )

    def andra(self) -> None:
        item = self._vald()
        if item is None:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Ändra punkt"), self.tr("Punktens fråga:"), text=item.data(257)
        )
        if ok:
            punkt_id = item.data(256)
            self._gor(
                self.tr("Ändra punkt"), lambda: checklista.andra_text(self._databas, punkt_id, text)
            )

    def ta_bort(self) -> None:
        item = self._vald()
        if item is not None:
            punkt_id = item.data(256)
            self._gor(self.tr("Ta bort"), lambda: checklista.ta_bort(self._databas, punkt_id))

    def aktivera(self) -> None:
        item = self._vald()
        if item is not None:
            punkt_id = item.data(256)
            self._gor(
                self.tr("Aktivera"), lambda: checklista.satt_aktiv(self._databas, punkt_id, True)
            )
