"""Small dialogs of the follow-up workflow: a new åtgärd, why no åtgärd is needed, a
follow-up, a reopening reason. Those that change the avvikelse itself keep what was
typed when someone else saved it first (ui/gemensamt/samtidig.py)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from skrivbord.fel import OgiltigUppgift, SamtidigAndring
from skrivbord.tjanster import personal as personaltjanst
from skrivbord.tjanster.personal import PersonRad
from skrivbord.ui.gemensamt.formular import (
    Datumfalt,
    ctrl_retur_sparar,
    fellabel,
    fran_date,
    spara_avbryt,
    till_date,
)
from skrivbord.ui.gemensamt.samtidig import SamtidigRuta
from skrivbord.ui.organisation.persondialog import PersonDialog

if TYPE_CHECKING:
    from skrivbord.tjanster.databasfil import Databas


def _databas_hos(widget: QWidget | None) -> Databas | None:
    """The open database of the nearest parent that holds one. The detail panel
    (detalj.py) does not pass its database to NyAtgardDialog yet; when it does
    (``databas=``), this fallback can go."""
    while widget is not None:
        databas = getattr(widget, "_databas", None)
        if databas is not None:
            return databas
        widget = widget.parentWidget()
    return None


class _Formdialog(QDialog):
    """A form with Spara/Avbryt and an inline error line; ``utfor`` does the work.

    It opens with the first field in focus (not on Spara), Ctrl+Retur saves, and an
    error line goes away as soon as the user edits a field.
    """

    def __init__(
        self,
        titel: str,
        parent: QWidget | None = None,
        hamta_sparad: Callable[[], Mapping[str, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(titel)
        self.setMinimumWidth(440)
        self.formular = QFormLayout()
        self.felrad = fellabel()
        # ``hamta_sparad``: reload the avvikelse; its saved texts by field.
        self._hamta_sparad = hamta_sparad
        self.samtidig = SamtidigRuta(self.tr("Avvikelsen ändrades medan du skrev"))
        self.samtidig.hamta_sparad.connect(self._hamta)
        knappar = spara_avbryt(self, self._spara)
        ctrl_retur_sparar(self, self._spara)
        layout = QVBoxLayout(self)
        layout.addLayout(self.formular)
        layout.addWidget(self.felrad)
        layout.addWidget(self.samtidig)
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

    def texter(self) -> dict[str, tuple[str, str]]:
        """Her text by field, with its label: kept when someone else saved first."""
        return {}

    def visa_sparad(self, sparad: Mapping[str, str]) -> None:
        """Fill the fields with the saved version (``texter``'s fields)."""

    def anvand(self, falt: str, text: str) -> None:
        """Put her text back into the field."""

    def _spara(self) -> None:
        try:
            self.utfor()
        except OgiltigUppgift as fel:
            self.felrad.setText(fel.meddelande)
            self.felrad.show()
            return
        except SamtidigAndring as fel:
            self.felrad.hide()
            self.samtidig.visa(fel, self.texter(), self.anvand)
            self.samtidig.hamta.setVisible(self._hamta_sparad is not None)
            return
        self.accept()

    def _hamta(self) -> None:
        assert self._hamta_sparad is not None
        sparad = self._hamta_sparad()
        self.visa_sparad(sparad)
        self.samtidig.sparad_hamtad(sparad)


class NyAtgardDialog(_Formdialog):
    """A new åtgärd. The "+" beside Ansvarig adds a person to the register (a new kommun
    has no staff yet) and chooses them."""

    def __init__(
        self,
        personal: list[PersonRad],
        utfor,
        parent: QWidget | None = None,
        databas: Databas | None = None,
    ) -> None:
        super().__init__(self.tr("Ny åtgärd"), parent)
        self._utfor = utfor
        self._databas = databas or _databas_hos(parent)
        self.persondialog: QDialog | None = None
        self.beskrivning = QLineEdit()
        self.ansvarig = QComboBox()
        self._fyll_ansvariga(personal)
        self.ny_person = QToolButton(text="+")
        self.ny_person.setAccessibleName(self.tr("Lägg till person"))
        self.ny_person.setToolTip(self.tr("Lägg till en person i personalen …"))
        self.ny_person.clicked.connect(self._lagg_till_person)
        self.ny_person.setVisible(self._databas is not None)
        ansvarigrad = QHBoxLayout()
        ansvarigrad.addWidget(self.ansvarig, 1)
        ansvarigrad.addWidget(self.ny_person)
        self.deadline = Datumfalt()
        self.deadline.setDate(fran_date(date.today()).addDays(30))
        self.formular.addRow(self.tr("Åtgärd"), self.beskrivning)
        etikett = QLabel(self.tr("&Ansvarig"))
        etikett.setBuddy(self.ansvarig)  # the row holds a layout, so Qt sets no buddy itself
        self.formular.addRow(etikett, ansvarigrad)
        self.formular.addRow(self.tr("Klar senast"), self.deadline)

    def _fyll_ansvariga(self, personal: list[PersonRad]) -> None:
        self.ansvarig.clear()
        self.ansvarig.addItem(self.tr("Ingen vald"), None)
        for person in personal:
            self.ansvarig.addItem(f"{person.namn} ({person.roll.etikett})", person.id)

    def _lagg_till_person(self) -> None:
        if self._databas is None:
            return
        dialog = PersonDialog(self._databas, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sparad.connect(self._person_tillagd)
        dialog.finished.connect(self._persondialog_stangd)
        self.persondialog = dialog
        dialog.open()

    def _persondialog_stangd(self) -> None:
        self.persondialog = None
        self.ansvarig.setFocus()

    def _person_tillagd(self, person_id: int) -> None:
        assert self._databas is not None
        self._fyll_ansvariga(personaltjanst.lista(self._databas))
        index = self.ansvarig.findData(person_id)
        if index < 0:  # saved as inactive: offered all the same, since it was just chosen
            person = personaltjanst.hamta(self._databas, person_id)
            self.ansvarig.addItem(f"{person.namn} ({person.roll.etikett})", person_id)
            index = self.ansvarig.count() - 1
        self.ansvarig.setCurrentIndex(index)

    def utfor(self) -> None:
        self._utfor(
            self.beskrivning.text(), self.ansvarig.currentData(), till_date(self.deadline.date())
        )


class IngaAtgarderDialog(_Formdialog):
    """Why no åtgärd is needed: the alternative to an åtgärd for "åtgärder beslutade"."""

    def __init__(
        self,
        utfor,
        parent: QWidget | None = None,
        motivering: str = "",
        hamta_sparad: Callable[[], Mapping[str, str]] | None = None,
    ) -> None:
        super().__init__(self.tr("Inga åtgärder behövs"), parent, hamta_sparad)
        self._utfor = utfor
        self.motivering = QPlainTextEdit(motivering, tabChangesFocus=True)
        self.motivering.setPlaceholderText(
            self.tr("Till exempel: en engångshändelse där rutinen följdes.")
        )
        self.motivering.setFixedHeight(70)
        self.formular.addRow(self.tr("&Varför behövs inga åtgärder?"), self.motivering)

    def utfor(self) -> None:
        self._utfor(self.motivering.toPlainText())

    def texter(self) -> dict[str, tuple[str, str]]:
        return {
            "motivering": (self.tr("Varför behövs inga åtgärder?"), self.motivering.toPlainText())
        }

    def visa_sparad(self, sparad: Mapping[str, str]) -> None:
        self.motivering.setPlainText(sparad.get("motivering", ""))

    def anvand(self, falt: str, text: str) -> None:
        self.motivering.setPlainText(text)


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
    """The reason stays in its field when someone else saved first: the saved avvikelse
    (its state) shows in the panel behind."""

    def __init__(
        self,
        utfor,
        parent: QWidget | None = None,
        hamta_sparad: Callable[[], Mapping[str, str]] | None = None,
    ) -> None:
        super().__init__(self.tr("Öppna avvikelsen igen"), parent, hamta_sparad)
        self._utfor = utfor
        self.orsak = QLineEdit()
        self.formular.addRow(self.tr("Varför?"), self.orsak)

    def utfor(self) -> None:
        self._utfor(self.orsak.text())
