"""Small dialogs of the follow-up workflow: a new åtgärd, a follow-up, a reopening reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster.personal import PersonRad
from skrivbord.ui.gemensamt.formular import (
    DATUMFORMAT,
    fellabel,
    fran_date,
    spara_avbryt,
    till_date,
)


class _Formdialog(QDialog):
    """A form with Spara/Avbryt and an inline error line; ``utfor`` does the work."""

    def __init__(self, titel: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(titel)
        self.setMinimumWidth(440)
        self.formular = QFormLayout()
        self.felrad = fellabel()
        knappar = spara_avbryt(self, self._spara)
        layout = QVBoxLayout(self)
        layout.addLayout(self.formular)
        layout.addWidget(self.felrad)
        layout.addWidget(knappar)

    def utfor(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _spara(self) -> None:
        try:
            self.utfor()
        except OgiltigUppgift as fel:
            self.felrad.setText(fel.meddelande)
            self.felrad.show()
            return
        self.accept()


class NyAtgardDialog(_Formdialog):
    def __init__(self, personal: list[PersonRad], utfor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ny åtgärd"), parent)
        self._utfor = utfor
        self.beskrivning = QLineEdit()
        self.ansvarig = QComboBox()
        self.ansvarig.addItem(self.tr("Ingen vald"), None)
        for person in personal:
            self.ansvarig.addItem(f"{person.namn} ({person.roll.etikett})", person.id)
        self.deadline = QDateEdit(calendarPopup=True, displayFormat=DATUMFORMAT)
        self.deadline.setDate(fran_date(date.today()).addDays(30))
        self.formular.addRow(self.tr("Åtgärd"), self.beskrivning)
        self.formular.addRow(self.tr("Ansvarig"), self.ansvarig)
        self.formular.addRow(self.tr("Klar senast"), self.deadline)

    def utfor(self) -> None:
        self._utfor(
            self.beskrivning.text(), self.ansvarig.currentData(), till_date(self.deadline.date())
        )


class UppfoljningDialog(_Formdialog):
    EFFEKT = {"ja": True, "nej": False, "vet_ej": None}

    def __init__(self, utfor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ny uppföljning"), parent)
        self._utfor = utfor
        self.datum = QDateEdit(calendarPopup=True, displayFormat=DATUMFORMAT)
        self.datum.setDate(fran_date(date.today()))
        self.effekt = QComboBox()
        self.effekt.addItem(self.tr("Ja, effekten uppnåddes"), "ja")
        self.effekt.addItem(self.tr("Nej, inte ännu"), "nej")
        self.effekt.addItem(self.tr("Kan inte bedömas"), "vet_ej")
        self.nasta_steg = QPlainTextEdit(tabChangesFocus=True)
        self.nasta_steg.setFixedHeight(70)
        self.formular.addRow(self.tr("Datum"), self.datum)
        self.formular.addRow(self.tr("Uppnåddes effekten?"), self.effekt)
        self.formular.addRow(self.tr("Nästa steg"), self.nasta_steg)

    def utfor(self) -> None:
        self._utfor(
            till_date(self.datum.date()),
            self.EFFEKT[self.effekt.currentData()],
            self.nasta_steg.toPlainText(),
        )


class AteroppnaDialog(_Formdialog):
    def __init__(self, utfor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Öppna avvikelsen igen"), parent)
        self._utfor = utfor
        self.orsak = QLineEdit()
        self.formular.addRow(self.tr("Varför?"), self.orsak)

    def utfor(self) -> None:
        self._utfor(self.orsak.text())
