"""The wizard's page ENHETER: the units, each with its type, in a table."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from skrivbord.typer import Enhetstyp
from skrivbord.ui.gemensamt.formular import fellabel


class _EnhetSida(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Enheter"))
        self.setSubTitle(
            self.tr(
                "Verksamhetens enheter, var och en med sin typ. Det räcker med en för att börja; "
                "fler kan läggas till senare."
            )
        )
        self.tabell = QTableWidget(0, 2)
        self.tabell.setHorizontalHeaderLabels([self.tr("Namn"), self.tr("Typ")])
        self.tabell.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tabell.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.tabell.setColumnWidth(1, 230)
        self.tabell.verticalHeader().hide()
        self.tabell.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabell.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabell.setAccessibleName(self.tr("Enheter"))
        # Tab leaves the table for the buttons; the arrow keys move between cells.
        self.tabell.setTabKeyNavigation(False)
        self.ny = QPushButton(self.tr("&Lägg till enhet"))
        self.ny.clicked.connect(self._ny_rad)
        self.bort = QPushButton(self.tr("&Ta bort markerad"))
        self.bort.clicked.connect(self.ta_bort_markerad)
        knappar = QHBoxLayout()
        knappar.addWidget(self.ny)
        knappar.addWidget(self.bort)
        knappar.addStretch()
        self.fel = fellabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabell)
        layout.addLayout(knappar)
        layout.addWidget(self.fel)
        self.lagg_till("", Enhetstyp.SABO)

    def _ny_rad(self) -> None:
        self.lagg_till()
        rad = self.tabell.rowCount() - 1
        self.tabell.setCurrentCell(rad, 0)
        self.tabell.editItem(self.tabell.item(rad, 0))

    def lagg_till(self, namn: str = "", typ: Enhetstyp = Enhetstyp.HEMTJANST) -> None:
        rad = self.tabell.rowCount()
        self.tabell.insertRow(rad)
        self.tabell.setItem(rad, 0, QTableWidgetItem(namn))
        val = QComboBox()
        val.setAccessibleName(self.tr("Enhetstyp"))
        for t in Enhetstyp:
            val.addItem(t.etikett, t.value)
        val.setCurrentIndex(val.findData(typ.value))
        self.tabell.setCellWidget(rad, 1, val)
        self.fel.hide()

    def ta_bort_markerad(self) -> None:
        rad = self.tabell.currentRow()
        if rad >= 0:
            self.tabell.removeRow(rad)

    def enheter(self) -> list[tuple[str, Enhetstyp]]:
        rader = []
        for rad in range(self.tabell.rowCount()):
            cell = self.tabell.item(rad, 0)
            namn = cell.text().strip() if cell else ""
            if namn:
                rader.append((namn, Enhetstyp(self.tabell.cellWidget(rad, 1).currentData())))
        return rader

    def validatePage(self) -> bool:  # noqa: N802
        enheter = self.enheter()
        namn = [n.casefold() for n, _ in enheter]
        if not enheter:
            text = self.tr("Lägg till minst en enhet och skriv dess namn.")
        elif len(set(namn)) != len(namn):
            text = self.tr("Två enheter har samma namn. Ge dem olika namn.")
        else:
            return True
        self.fel.setText(text)
        self.fel.show()
        return False
