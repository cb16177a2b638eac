"""The MAS's list of the server database's users, and a form to add one
(tjanster/serveranvandare.py; only shown on a server database)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skrivbord.fel import OgiltigUppgift, SkrivbordFel
from skrivbord.tjanster import enheter, serveranvandare
from skrivbord.tjanster.databasfil import Databas
from skrivbord.tjanster.serveranvandare import Roll
from skrivbord.ui.gemensamt.formular import fellabel, visa_fel


class ServeranvandareDialog(QDialog):
    def __init__(self, databas: Databas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._databas = databas
        self.setWindowTitle(self.tr("Användare i serverdatabasen"))
        self.setMinimumSize(620, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "De som kan logga in i den delade databasen. En enhetschef ser och "
                    "ändrar bara sina enheters uppgifter, en läsare ser antal men ingen "
                    "fritext; det håller databasservern själv."
                ),
                wordWrap=True,
            )
        )
        self.tabell = QTableWidget(0, 3)
        self.tabell.setHorizontalHeaderLabels(
            [self.tr("Inloggning"), self.tr("Roll"), self.tr("Enheter")]
        )
        self.tabell.setAccessibleName(self.tr("Användare"))
        self.tabell.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabell.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabell.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabell.verticalHeader().hide()
        self.tabell.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.tabell, 1)
        self.ta_bort_knapp = QPushButton(self.tr("Ta &bort vald användare"))
        self.ta_bort_knapp.setAutoDefault(False)
        self.ta_bort_knapp.clicked.connect(self._ta_bort)
        rad = QHBoxLayout()
        rad.addWidget(self.ta_bort_knapp)
        rad.addStretch()
        layout.addLayout(rad)

        ny = QGroupBox(self.tr("Ny användare"))
        form = QFormLayout(ny)
        self.login = QLineEdit()
        self.login.setPlaceholderText(self.tr("till exempel anna.andersson"))
        form.addRow(self.tr("&Inloggning:"), self.login)
        self.roll = QComboBox()
        for roll in Roll:
            self.roll.addItem(roll.etikett, roll)
        self.roll.setCurrentIndex(list(Roll).index(Roll.ENHETSCHEF))
        self.roll.currentIndexChanged.connect(self._roll_andrad)
        form.addRow(self.tr("&Roll:"), self.roll)
        self.enheter = QListWidget()
        self.enheter.setMaximumHeight(110)
        self.enheter.setAccessibleName(self.tr("Enhetschefens enheter"))
        for enhet in enheter.lista(databas, bara_aktiva=True):
            post = QListWidgetItem(enhet.namn)
            post.setFlags(post.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            post.setCheckState(Qt.CheckState.Unchecked)
            self.enheter.addItem(post)
        form.addRow(self.tr("&Enheter:"), self.enheter)
        self.losenord = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Lösenord:"), self.losenord)
        self.losenord_igen = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Lösenordet &igen:"), self.losenord_igen)
        self.felrad = fellabel()
        form.addRow(self.felrad)
        self.lagg_till_knapp = QPushButton(self.tr("&Lägg till"))
        self.lagg_till_knapp.setAutoDefault(False)
        self.lagg_till_knapp.clicked.connect(self.lagg_till)
        form.addRow(self.lagg_till_knapp)
        layout.addWidget(ny)

        knappar = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        knappar.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Stäng"))
        knappar.rejected.connect(self.reject)
        layout.addWidget(knappar)
        self.uppdatera()

    def uppdatera(self) -> None:
        rader = serveranvandare.lista(self._databas)
        self.tabell.setRowCount(len(rader))
        for i, a in enumerate(rader):
            for kolumn, text in enumerate((a.login, a.roll.etikett, ", ".join(a.enheter))):
                self.tabell.setItem(i, kolumn, QTableWidgetItem(text))
        self.tabell.resizeColumnsToContents()
        self.ta_bort_knapp.setEnabled(bool(rader))

    def _roll_andrad(self) -> None:
        self.enheter.setEnabled(self.roll.currentData() is Roll.ENHETSCHEF)

    def valda_enheter(self) -> list[str]:
        if self.roll.currentData() is not Roll.ENHETSCHEF:
            return []
        return [
            self.enheter.item(i).text()
            for i in range(self.enheter.count())
            if self.enheter.item(i).checkState() == Qt.CheckState.Checked
        ]

    def lagg_till(self) -> None:
        login = self.login.text().strip()
        try:
            if self.losenord.text() != self.losenord_igen.text():
                raise OgiltigUppgift(self.tr("Lösenorden är inte lika."), "losenord")
            serveranvandare.lagg_till(
                self._databas,
                login,
                self.roll.currentData(),
                self.valda_enheter(),
                self.losenord.text(),
            )
        except OgiltigUppgift as exc:
            falt = {"login": self.login, "losenord": self.losenord, "enheter": self.enheter}
            visa_fel(self.felrad, exc.meddelande, falt.get(exc.falt or ""))
            return
        except SkrivbordFel as exc:
            visa_fel(self.felrad, exc.meddelande)
            return
        self.felrad.hide()
        for falt in (self.login, self.losenord, self.losenord_igen):
            falt.clear()
        for i in range(self.enheter.count()):
            self.enheter.item(i).setCheckState(Qt.CheckState.Unchecked)
        self.uppdatera()

    def _ta_bort(self) -> None:
        rad = self.tabell.currentRow()
        if rad < 0:
            return
        login = self.tabell.item(rad, 0).text()
        svar = QMessageBox.question(
            self,
            self.tr("Ta bort användare"),
            self.tr(
                "Ta bort inloggningen {login}? Det hon skrivit finns kvar, men hon kan inte "
                "logga in längre."
            ).format(login=login),
        )
        if svar != QMessageBox.StandardButton.Yes:
            return
        try:
            serveranvandare.ta_bort(self._databas, login)
        except SkrivbordFel as exc:
            QMessageBox.warning(self, "Skrivbord", exc.meddelande)
            return
        self.uppdatera()
