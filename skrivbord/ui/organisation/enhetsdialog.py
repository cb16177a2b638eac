"""A new or changed unit: name, type, enhetschef, läkemedelsförråd, weekly reviews, start
date, and the least number of staff with a valid delegation per task."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster import enheter, enhetstyper, personal
from skrivbord.typer import Enhetstyp, Roll
from skrivbord.ui.gemensamt.formular import (
    Datumfalt,
    ctrl_retur_sparar,
    fellabel,
    fran_date,
    spara_avbryt,
    till_date,
    visa_fel,
)
from skrivbord.ui.gemensamt.sida import DAMPAD

if TYPE_CHECKING:
    from skrivbord.tjanster.databasfil import Databas
    from skrivbord.tjanster.enheter import EnhetRad

# The roles offered first as enhetschef (anyone may be chosen).
_CHEFSROLLER = (Roll.ENHETSCHEF, Roll.MAS)


def _hjalptext(text: str) -> QLabel:
    etikett = QLabel(text, wordWrap=True)
    etikett.setStyleSheet(f"color: {DAMPAD};")
    return etikett


class EnhetDialog(QDialog):
    """Emits ``sparad(id)`` and closes when the service has saved the unit."""

    sparad = Signal(int)

    def __init__(
        self, databas: Databas, enhet_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._databas = databas
        self._veckogenomgangstyper = enhetstyper.veckogenomgangstyper(databas)
        self._enhet_id = enhet_id
        self._enhet: EnhetRad | None = enheter.hamta(databas, enhet_id) if enhet_id else None
        self._rorda: set[QCheckBox] = set()  # boxes the user has set (the type no longer does)
        self.setWindowTitle(self.tr("Ny enhet") if enhet_id is None else self.tr("Ändra enhet"))

        formular = self._bygg_formular()
        delegeringar = self._bygg_delegeringar()
        self.felrad = fellabel()
        knappar = spara_avbryt(self, self.spara)
        ctrl_retur_sparar(self, self.spara)
        layout = QVBoxLayout(self)
        layout.addLayout(formular)
        layout.addWidget(delegeringar)
        layout.addWidget(self.felrad)
        layout.addStretch()
        layout.addWidget(knappar)

        self._fyll()
        self.typ.currentIndexChanged.connect(self._typ_andrad)
        self.namn.setFocus()

    def _bygg_formular(self) -> QFormLayout:
        """Name, type, manager, what the unit has, and when it started."""
        self.namn = QLineEdit()
        self.namn.setMaxLength(enheter.NAMN_HOGST)
        self.typ = QComboBox()
        for typ in Enhetstyp:
            self.typ.addItem(typ.etikett, typ.value)
        self.enhetschef = QComboBox()
        self.enhetschef.setMinimumContentsLength(28)
        self.lakemedelsforrad = QCheckBox(self.tr("Enheten har ett &läkemedelsförråd"))
        self.lakemedelsforrad.setToolTip(
            self.tr("Med förråd ingår enheten i läkemedelstillsynen (narkotika varje månad).")
        )
        self.veckogenomgangar = QCheckBox(
            self.tr("Enhetschefen gör &veckogenomgångar av fall- och läkemedelsavvikelser")
        )
        for ruta in (self.lakemedelsforrad, self.veckogenomgangar):
            ruta.clicked.connect(lambda _=False, r=ruta: self._rorda.add(r))
        self.standardtext = _hjalptext("")
        self.har_start = QCheckBox(self.tr("Enheten &startade"))
        self.startdatum = Datumfalt()
        self.startdatum.setAccessibleName(self.tr("Startdatum"))
        self.startdatum.setDate(fran_date(date.today()))
        self.har_start.toggled.connect(self.startdatum.setEnabled)
        startrad = QHBoxLayout()
        startrad.addWidget(self.har_start)
        startrad.addWidget(self.startdatum)
        startrad.addStretch()

        formular = QFormLayout()
        formular.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, falt in (
            (self.tr("&Namn"), self.namn),
            (self.tr("&Typ"), self.typ),
            (self.tr("Enhets&chef"), self.enhetschef),
        ):
            etikett = QLabel(text)
            etikett.setBuddy(falt)
            formular.addRow(etikett, falt)
        formular.addRow("", self.lakemedelsforrad)
        formular.addRow("", self.veckogenomgangar)
        formular.addRow("", self.standardtext)
        formular.addRow(self.tr("Startdatum"), startrad)
        formular.addRow(
            "",
            _hjalptext(
                self.tr(
                    "Veckogenomgångar räknas från startdatum; utan datum från att databasen "
                    "skapades."
                )
            ),
        )

        return formular

    def _bygg_delegeringar(self) -> QGroupBox:
        """The least number of the unit's staff with a valid delegation, per task."""
        self.behov: dict[str, QSpinBox] = {}
        delegeringar = QGroupBox(self.tr("Delegeringar"))
        rutnat = QGridLayout(delegeringar)
        rutnat.addWidget(
            _hjalptext(
                self.tr(
                    "Minsta antal i enhetens personal som ska ha en giltig delegering för "
                    "uppgiften. Lämna 0 där det inte finns något krav."
                )
            ),
            0,
            0,
            1,
            4,
        )
        uppgifter = enheter.delegeringsuppgifter(self._databas)
        halva = (len(uppgifter) + 1) // 2
        for i, uppgift in enumerate(uppgifter):
            ruta = QSpinBox(minimum=0, maximum=enheter.MINSTA_ANTAL_HOGST)
            ruta.setAccessibleName(uppgift.namn)
            etikett = QLabel(uppgift.namn)
            etikett.setBuddy(ruta)
            rad, kolumn = 1 + i % halva, 2 * (i // halva)
            rutnat.addWidget(etikett, rad, kolumn)
            rutnat.addWidget(ruta, rad, kolumn + 1)
            self.behov[uppgift.kod] = ruta
        rutnat.setColumnStretch(0, 1)
        rutnat.setColumnStretch(2, 1)
        rutnat.setHorizontalSpacing(12)

        return delegeringar

    def _fyll(self) -> None:
        enhet = self._enhet
        chef_id = enhet.enhetschef_id if enhet else None
        self.enhetschef.addItem(self.tr("Ingen vald"), None)
        personer = personal.lista(self._databas, bara_aktiva=True)
        if chef_id is not None and chef_id not in {p.id for p in personer}:
            personer.append(personal.hamta(self._databas, chef_id))  # inactive, still chosen
        forst = [p for p in personer if p.roll in _CHEFSROLLER]
        sedan = [p for p in personer if p.roll not in _CHEFSROLLER]
        for grupp in (forst, sedan):
            if grupp and self.enhetschef.count() > 1:
                self.enhetschef.insertSeparator(self.enhetschef.count())
            for person in grupp:
                self.enhetschef.addItem(f"{person.namn} ({person.roll.etikett})", person.id)
        if enhet is None:
            self.typ.setCurrentIndex(0)
            self._typ_andrad()
            return
        self.namn.setText(enhet.namn)
        self.typ.setCurrentIndex(self.typ.findData(enhet.typ.value))
        self.enhetschef.setCurrentIndex(max(0, self.enhetschef.findData(chef_id)))
        self.lakemedelsforrad.setChecked(enhet.har_lakemedelsforrad)
        self.veckogenomgangar.setChecked(enhet.gor_veckogenomgangar)
        self.har_start.setChecked(enhet.startdatum is not None)
        if enhet.startdatum is not None:
            self.startdatum.setDate(fran_date(enhet.startdatum))
        self.startdatum.setEnabled(enhet.startdatum is not None)
        for kod, ruta in self.behov.items():
            ruta.setValue(enhet.delegeringsbehov.get(kod, 0))
        self.standardtext.hide()

    def _typ_andrad(self) -> None:
        """For a new unit the type proposes the two boxes, unless the user has set them."""
        if self._enhet is not None:
            return
        val = enheter.standardval(Enhetstyp(self.typ.currentData()), self._veckogenomgangstyper)
        for ruta, varde in (
            (self.lakemedelsforrad, val.har_lakemedelsforrad),
            (self.veckogenomgangar, val.gor_veckogenomgangar),
        ):
            if ruta not in self._rorda:
                ruta.setChecked(varde)
        self.startdatum.setEnabled(self.har_start.isChecked())
        self.standardtext.setText(
            self.tr("Förvalt efter typen {typ}; ändra om enheten är annorlunda.").format(
                typ=self.typ.currentText().lower()
            )
        )

    def _falt(self, namn: str) -> QWidget:
        return {
            "namn": self.namn,
            "typ": self.typ,
            "enhetschef_id": self.enhetschef,
            "delegeringsbehov": next(iter(self.behov.values())),
        }.get(namn, self.namn)

    def spara(self) -> None:
        varden = {
            "har_lakemedelsforrad": self.lakemedelsforrad.isChecked(),
            "gor_veckogenomgangar": self.veckogenomgangar.isChecked(),
            "startdatum": till_date(self.startdatum.date()) if self.har_start.isChecked() else None,
            "enhetschef_id": self.enhetschef.currentData(),
            "delegeringsbehov": {kod: r.value() for kod, r in self.behov.items()},
        }
        try:
            if self._enhet_id is None:
                rad = enheter.skapa(
                    self._databas, self.namn.text(), self.typ.currentData(), **varden
                )
            else:
                rad = enheter.andra(
                    self._databas,
                    self._enhet_id,
                    self.namn.text(),
                    self.typ.currentData(),
                    **varden,
                )
        except OgiltigUppgift as fel:
            visa_fel(self.felrad, fel.meddelande, self._falt(fel.falt))
            return
        self.sparad.emit(rad.id)
        self.accept()
