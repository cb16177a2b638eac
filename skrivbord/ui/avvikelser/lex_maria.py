"""The lex Maria box of the detail panel: the assessment, and beside an anmälan what
the law and IVO ask for (tjanster/avvikelser/lex_maria.py holds the rules).

Only what applies shows: the anmälan's date, IVO's reference and decision with
"Anmäld till IVO"; who was informed and the nämnd with every assessment that found a
case to investigate.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from skrivbord.tjanster.avvikelser.lex_maria import MED_UTREDNING
from skrivbord.tjanster.avvikelser.registrering import Anmalan, LexMariaBedomning
from skrivbord.typer import Informerad, IvoBeslut, LexMaria
from skrivbord.ui.gemensamt.formular import Datumfalt, fran_date, till_date


def _rad(*widgets: QWidget) -> QWidget:
    rad = QWidget()
    layout = QHBoxLayout(rad)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch()
    return rad


class LexMariaRuta(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Lex Maria"), parent)
        self._idag = date.today()
        self.bedomning = QComboBox()
        for varde in LexMaria:
            self.bedomning.addItem(varde.etikett, varde.value)
        self.datum = Datumfalt()
        self.datum.setAccessibleName(self.tr("Datum för lex Maria-bedömningen"))
        self.motivering = QLineEdit()
        self.anmald_datum = Datumfalt()
        self.anmald_datum.setAccessibleName(self.tr("Datum då anmälan skickades till IVO"))
        self.ivo = QLineEdit(placeholderText=self.tr("IVO:s diarienummer"))
        self.ivo_beslut = QComboBox()
        self.ivo_beslut.setAccessibleName(self.tr("IVO:s beslut"))
        self.ivo_beslut.addItem(self.tr("Inget beslut ännu"), None)
        for beslut in IvoBeslut:
            self.ivo_beslut.addItem(beslut.etikett, beslut.value)
        self.ivo_beslut_datum = Datumfalt()
        self.ivo_beslut_datum.setAccessibleName(self.tr("Datum för IVO:s beslut"))
        self.informerad = QComboBox()
        self.informerad.setAccessibleName(self.tr("Informerad"))
        self.informerad.setToolTip(
            self.tr("Vem som informerades om vårdskadan och anmälan (PSL 3 kap. 8 §), och när")
        )
        self.informerad.addItem(self.tr("Ingen ännu"), None)
        for vem in Informerad:
            self.informerad.addItem(vem.etikett, vem.value)
        self.informerad_datum = Datumfalt()
        self.informerad_datum.setAccessibleName(self.tr("Datum då de informerades"))
        self.namnd = QCheckBox(self.tr("Nämnden informerad"))
        self.namnd_datum = Datumfalt()
        self.namnd_datum.setAccessibleName(self.tr("Datum då nämnden informerades"))
        self.spara = QPushButton(self.tr("Spara &bedömningen"))
        self.spara.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

        self._form = QFormLayout(self)
        self._form.addRow(self.tr("Bedömning"), self.bedomning)
        self._form.addRow(self.tr("Datum"), self.datum)
        self._form.addRow(self.tr("Motivering"), self.motivering)
        self._anmalan = [
            self._lagg_till(self.tr("Anmälan skickad"), self.anmald_datum),
            self._lagg_till(self.tr("IVO-referens"), self.ivo),
            self._lagg_till(self.tr("IVO:s beslut"), _rad(self.ivo_beslut, self.ivo_beslut_datum)),
        ]
        self._utredning = [
            self._lagg_till(self.tr("Informerad"), _rad(self.informerad, self.informerad_datum)),
            self._lagg_till("", _rad(self.namnd, self.namnd_datum)),
        ]
        self._form.addRow("", self.spara)
        self.bedomning.currentIndexChanged.connect(self._uppdatera)
        self.ivo_beslut.currentIndexChanged.connect(self._uppdatera)
        self.informerad.currentIndexChanged.connect(self._uppdatera)
        self.namnd.toggled.connect(self._uppdatera)
        self._uppdatera()

    def _lagg_till(self, etikett: str, widget: QWidget) -> int:
        self._form.addRow(etikett, widget)
        return self._form.rowCount() - 1

    def vald(self) -> LexMaria:
        return LexMaria(self.bedomning.currentData())

    def _uppdatera(self) -> None:
        """Show what applies to the chosen assessment; a date only beside its answer."""
        for rad in self._anmalan:
            self._form.setRowVisible(rad, self.vald() == LexMaria.ANMALD)
        for rad in self._utredning:
            self._form.setRowVisible(rad, self.vald() in MED_UTREDNING)
        self.ivo_beslut_datum.setEnabled(self.ivo_beslut.currentData() is not None)
        self.informerad_datum.setEnabled(self.informerad.currentData() is not None)
        self.namnd_datum.setEnabled(self.namnd.isChecked())

    def visa(self, lex: LexMariaBedomning, idag: date) -> None:
        self._idag = idag
        a = lex.anmalan
        self.bedomning.setCurrentIndex(self.bedomning.findData(lex.bedomning.value))
        self.datum.setDate(fran_date(lex.datum or idag))
        self.motivering.setText(lex.motivering)
        self.ivo.setText(lex.ivo_referens or "")
        self.anmald_datum.setDate(fran_date(a.anmald_datum or lex.datum or idag))
        self.ivo_beslut.setCurrentIndex(
            max(0, self.ivo_beslut.findData(a.ivo_beslut.value if a.ivo_beslut else None))
        )
        self.ivo_beslut_datum.setDate(fran_date(a.ivo_beslut_datum or idag))
        self.informerad.setCurrentIndex(
            max(0, self.informerad.findData(a.informerad.value if a.informerad else None))
        )
        self.informerad_datum.setDate(fran_date(a.informerad_datum or idag))
        self.namnd.setChecked(a.namnd_informerad_datum is not None)
        self.namnd_datum.setDate(fran_date(a.namnd_informerad_datum or idag))
        self._uppdatera()

    def uppgifter(self) -> tuple[LexMaria, date | None, str, str, Anmalan]:
        """(assessment, its date, motivering, IVO reference, the rest) as entered."""
        bedomning = self.vald()
        datum = None if bedomning == LexMaria.EJ_BEDOMD else till_date(self.datum.date())
        beslut = self.ivo_beslut.currentData()
        vem = self.informerad.currentData()
        anmalan = Anmalan(
            anmald_datum=till_date(self.anmald_datum.date()),
            informerad=Informerad(vem) if vem else None,
            informerad_datum=till_date(self.informerad_datum.date()) if vem else None,
            ivo_beslut=IvoBeslut(beslut) if beslut else None,
            ivo_beslut_datum=till_date(self.ivo_beslut_datum.date()) if beslut else None,
            namnd_informerad_datum=(
                till_date(self.namnd_datum.date()) if self.namnd.isChecked() else None
            ),
        )
        return bedomning, datum, self.motivering.text(), self.ivo.text(), anmalan
