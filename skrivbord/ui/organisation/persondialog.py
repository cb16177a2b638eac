"""A new or changed person: names, role, licensed, units, active. Opened from the
register and from the new-åtgärd dialog's "+" beside Ansvarig."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster import enheter, personal
from skrivbord.typer import Roll
from skrivbord.ui.gemensamt.formular import ctrl_retur_sparar, fellabel, spara_avbryt, visa_fel
from skrivbord.ui.organisation.tabellmodeller import sorteringsnyckel

if TYPE_CHECKING:
    from skrivbord.tjanster.databasfil import Databas
    from skrivbord.tjanster.personal import PersonRad


class PersonDialog(QDialog):
    """Emits ``sparad(id)`` and closes when the service has saved the person."""

    sparad = Signal(int)

    def __init__(
        self, databas: Databas, person_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._databas = databas
        self._person_id = person_id
        self._person: PersonRad | None = personal.hamta(databas, person_id) if person_id else None
        self._legitimerad_rord = False  # set by the user: the role no longer proposes it
        self.setWindowTitle(self.tr("Ny person") if person_id is None else self.tr("Ändra person"))
        self.setMinimumWidth(520)

        self.fornamn = QLineEdit()
        self.efternamn = QLineEdit()
        for falt in (self.fornamn, self.efternamn):
            falt.setMaxLength(personal.NAMN_HOGST)
        self.roll = QComboBox()
        for roll in Roll:
            self.roll.addItem(roll.etikett, roll.value)
        self.legitimerad = QCheckBox(self.tr("&Legitimerad (får delegera)"))
        self.legitimerad.clicked.connect(self._legitimerad_klickad)
        self.enheter = QListWidget()
        self.enheter.setMinimumHeight(150)
        self.aktiv = QCheckBox(self.tr("&Aktiv (kan väljas i formulären)"))

        formular = QFormLayout()
        formular.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, falt in (
            (self.tr("&Förnamn"), self.fornamn),
            (self.tr("&Efternamn"), self.efternamn),
            (self.tr("&Roll"), self.roll),
        ):
            etikett = QLabel(text)
            etikett.setBuddy(falt)
            formular.addRow(etikett, falt)
        formular.addRow("", self.legitimerad)
        enhetsetikett = QLabel(self.tr("E&nheter"))
        enhetsetikett.setBuddy(self.enheter)
        enhetsetikett.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.enheter.setAccessibleName(self.tr("Enheter"))
        formular.addRow(enhetsetikett, self.enheter)
        formular.addRow("", self.aktiv)

        self.felrad = fellabel()
        knappar = spara_avbryt(self, self.spara)
        ctrl_retur_sparar(self, self.spara)
        layout = QVBoxLayout(self)
        layout.addLayout(formular, 1)
        layout.addWidget(self.felrad)
        layout.addWidget(knappar)

        self._fyll()
        self.roll.currentIndexChanged.connect(self._roll_andrad)
        self.fornamn.setFocus()

    def _fyll(self) -> None:
        person = self._person
        valda = set(person.enhet_ids) if person else set()
        for enhet in sorted(enheter.lista(self._databas), key=lambda e: sorteringsnyckel(e.namn)):
            if not enhet.aktiv and enhet.id not in valda:
                continue
            text = (
                enhet.namn if enhet.aktiv else self.tr("{namn} (inaktiv)").format(namn=enhet.namn)
            )
            rad = QListWidgetItem(text)
            rad.setData(Qt.ItemDataRole.UserRole, enhet.id)
            rad.setFlags(rad.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            rad.setCheckState(
                Qt.CheckState.Checked if enhet.id in valda else Qt.CheckState.Unchecked
            )
            self.enheter.addItem(rad)
        if person is None:
            self.roll.setCurrentIndex(self.roll.findData(Roll.UNDERSKOTERSKA.value))
            self.legitimerad.setChecked(Roll.UNDERSKOTERSKA.legitimerad)
            self.aktiv.setChecked(True)
            return
        self.fornamn.setText(person.fornamn)
        self.efternamn.setText(person.efternamn)
        self.roll.setCurrentIndex(self.roll.findData(person.roll.value))
        self.legitimerad.setChecked(person.legitimerad)
        self.aktiv.setChecked(person.aktiv)

    def _legitimerad_klickad(self) -> None:
        self._legitimerad_rord = True

    def _roll_andrad(self) -> None:
        """The role proposes legitimerad, until the user has set it."""
        if not self._legitimerad_rord:
            self.legitimerad.setChecked(Roll(self.roll.currentData()).legitimerad)

    def valda_enheter(self) -> list[int]:
        return [
            self.enheter.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.enheter.count())
            if self.enheter.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _falt(self, namn: str) -> QWidget:
        return {
            "fornamn": self.fornamn,
            "efternamn": self.efternamn,
            "roll": self.roll,
            "enhet_ids": self.enheter,
        }.get(namn, self.fornamn)

    def spara(self) -> None:
        varden = {
            "legitimerad": self.legitimerad.isChecked(),
            "enhet_ids": self.valda_enheter(),
            "aktiv": self.aktiv.isChecked(),
        }
        try:
            if self._person_id is None:
                rad = personal.skapa(
                    self._databas,
                    self.fornamn.text(),
                    self.efternamn.text(),
                    self.roll.currentData(),
                    **varden,
                )
            else:
                rad = personal.andra(
                    self._databas,
                    self._person_id,
                    self.fornamn.text(),
                    self.efternamn.text(),
                    self.roll.currentData(),
                    **varden,
                )
        except OgiltigUppgift as fel:
            visa_fel(self.felrad, fel.meddelande, self._falt(fel.falt))
            return
        self.sparad.emit(rad.id)
        self.accept()
