"""The form's group for an avvikelse between caregivers (seeds 000, 001, 004): which
way it went, the other caregiver and its unit, the agreement not followed (the MAS's
list), when the other party was told and answered, and a disagreement's step on the
regional escalation ladder."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from skrivbord.tjanster.avvikelser import overenskommelser
from skrivbord.tjanster.avvikelser.registrering import AvvikelseUppgifter
from skrivbord.tjanster.databasfil import Databas
from skrivbord.typer import Motpart, Oenighet, Riktning
from skrivbord.ui.gemensamt.formular import (
    Datumfalt,
    fran_date,
    fyll_kombination,
    till_date,
    valj_data,
    valt_som,
)


class MellanVardgivareGrupp(QGroupBox):
    def __init__(self, databas: Databas, idag: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mellan vårdgivare"), parent)
        self._databas = databas
        self._idag = idag
        self.motpart = QComboBox()
        self.motpart_enhet = QLineEdit(placeholderText=self.tr("T.ex. avdelning eller vårdcentral"))
        self.overenskommelse = QComboBox()
        self.overenskommelse_text = QLineEdit()
        self.underrattad = QCheckBox(self.tr("Motparten underrättad"))
        self.underrattad_datum = Datumfalt()
        self.underrattad_datum.setAccessibleName(self.tr("Datum då motparten underrättades"))
        self.motpart_svar = QLineEdit()
        self.riktning = QComboBox()
        self.svar = QCheckBox(self.tr("Motparten har svarat"))
        self.svar_datum = Datumfalt()
        self.svar_datum.setAccessibleName(self.tr("Datum för motpartens svar"))
        self.oenighet = QComboBox()
        self.oenighet.setToolTip(
            self.tr("Eskaleringstrappan: första linjens chefer, nästa ledningsnivå, tvist")
        )
        formular = QFormLayout(self)
        formular.addRow(self.tr("Riktning"), self.riktning)
        formular.addRow(self.tr("Vårdgivare"), self.motpart)
        formular.addRow(self.tr("Motpartens enhet"), self.motpart_enhet)
        formular.addRow(self.tr("Överenskommelse"), self.overenskommelse)
        formular.addRow(self.tr("Vad följdes inte"), self.overenskommelse_text)
        formular.addRow("", _rad(self.underrattad, self.underrattad_datum))
        formular.addRow(self.tr("Motpartens svar"), self.motpart_svar)
        formular.addRow("", _rad(self.svar, self.svar_datum))
        formular.addRow(self.tr("Oenighet"), self.oenighet)
        self.underrattad.toggled.connect(self.underrattad_datum.setEnabled)
        self.svar.toggled.connect(self.svar_datum.setEnabled)

    def fyll_val(self) -> None:
        valj = self.tr("Välj …")
        fyll_kombination(self.motpart, [(m.etikett, m) for m in Motpart], valj)
        # Active entries; one since deactivated is added when an avvikelse has it (visa).
        self._overenskommelser = overenskommelser.lista(self._databas)
        fyll_kombination(
            self.overenskommelse,
            [(o.namn, o.kod) for o in self._overenskommelser if o.aktiv],
            valj,
        )
        fyll_kombination(self.riktning, [(r.etikett, r) for r in Riktning], valj)
        fyll_kombination(
            self.oenighet, [(o.etikett, o) for o in Oenighet], self.tr("Ingen oenighet")
        )

    def standardvarden(self) -> None:
        for ruta, datum in (
            (self.underrattad, self.underrattad_datum),
            (self.svar, self.svar_datum),
        ):
            ruta.setChecked(False)
            datum.setDate(fran_date(self._idag))
            datum.setEnabled(False)

    def visa(self, u: AvvikelseUppgifter) -> None:
        valj_data(self.motpart, u.motpart)
        self.motpart_enhet.setText(u.motpart_enhet or "")
        if u.overenskommelse and self.overenskommelse.findData(u.overenskommelse) < 0:
            for o in self._overenskommelser:
                if o.kod == u.overenskommelse:
                    self.overenskommelse.addItem(o.namn, o.kod)
        valj_data(self.overenskommelse, u.overenskommelse)
        self.overenskommelse_text.setText(u.overenskommelse_text)
        for ruta, datum, varde in (
            (self.underrattad, self.underrattad_datum, u.motpart_underrattad_datum),
            (self.svar, self.svar_datum, u.motpart_svar_datum),
        ):
            ruta.setChecked(varde is not None)
            datum.setEnabled(varde is not None)
            datum.setDate(fran_date(varde or self._idag))
        self.motpart_svar.setText(u.motpart_svar)
        valj_data(self.riktning, u.riktning)
        valj_data(self.oenighet, u.oenighet)

    def varden(self) -> dict[str, object]:
        """The group's AvvikelseUppgifter fields as the form shows them."""
        return {
            "motpart": valt_som(self.motpart, Motpart),
            "motpart_enhet": self.motpart_enhet.text().strip() or None,
            "overenskommelse": self.overenskommelse.currentData(),
            "overenskommelse_text": self.overenskommelse_text.text().strip(),
            "motpart_underrattad_datum": (
                till_date(self.underrattad_datum.date()) if self.underrattad.isChecked() else None
            ),
            "motpart_svar": self.motpart_svar.text().strip(),
            "riktning": valt_som(self.riktning, Riktning),
            "motpart_svar_datum": (
                till_date(self.svar_datum.date()) if self.svar.isChecked() else None
            ),
            "oenighet": valt_som(self.oenighet, Oenighet),
        }

    def faltens_widgetar(self) -> dict[str, QWidget]:
        """The widget of each field a rule may name, in the order of the group."""
        return {
            "riktning": self.riktning,
            "motpart": self.motpart,
            "overenskommelse": self.overenskommelse,
            "motpart_underrattad_datum": self.underrattad_datum,
            "motpart_svar_datum": self.svar_datum,
        }


def _rad(ruta: QCheckBox, datum: Datumfalt) -> QHBoxLayout:
    rad = QHBoxLayout()
    rad.addWidget(ruta)
    rad.addWidget(datum)
    rad.addStretch()
    return rad
