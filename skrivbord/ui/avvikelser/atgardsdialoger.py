"""Small dialogs of the follow-up workflow: a new åtgärd, a follow-up, a reopening reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
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
    Datumfalt,
    fellabel,
    fran_date,
    spara_avbryt,
    till_date,
)


class _Formdialog(QDialog):
    """A form with Spara/Avbryt and an inline error line; ``utfor`` does the work.

    It opens with the first field in focus (not on Spara), Ctrl+Retur saves, and an
    error line goes away as soon as the user edits a field.
    """

    def __init__(self, titel: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(titel)
        self.setMinimumWidth(440)
        self.formular = QFormLayout()
        self.felrad = fellabel()
        knappar = spara_avbryt(self, self._spara)
        for tangent in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(tangent), self, activated=self._spara)
        layout = QVBoxLayout(self)
        layout.addLayout(self.formular)
        layout.addWidget(self.felrad)
        layout.addWidget(knappar)
        self._forsta_gangen = True

    def showEvent(self, handelse: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(handelse)
        if self._forsta_gangen:
            self._forsta_gangen = False
            for rad in self.findChildren(QLineEdit):
                rad.textEdited.connect(self.felrad.hide)
            for text in self.findChildren(QPlainTextEdit):
                text.textChanged.connect(self.felrad.hide)
            for val in self.findChildren(QComboBox):
                val.currentIndexChanged.connect(self.felrad.hide)
            forsta = self.formular.itemAt(0, QFormLayout.ItemRole.FieldRole)
            if forsta is not None and forsta.widget() is not None:
                forsta.widget().setFocus(Qt.FocusReason.OtherFocusReason)

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
        self.deadline = Datumfalt()
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
        self.datum = Datumfalt()
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
