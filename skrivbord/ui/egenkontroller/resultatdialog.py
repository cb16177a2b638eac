"""Recording the result of an occurrence: date done, by whom, OK or brister, comment, and
for brister the åtgärder decided (responsible, last date), the same åtgärd as an
avvikelse's. It hands back the occurrence's version: if someone saved it meanwhile,
nothing is saved, her input stays and the saved result can be fetched beside her
comment (ui/gemensamt/samtidig.py)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from skrivbord.fel import OgiltigUppgift, SamtidigAndring
from skrivbord.tjanster import atgarder, personal
from skrivbord.tjanster.egenkontroller import tillfallen
from skrivbord.ui.gemensamt.formular import (
    Datumfalt,
    ctrl_retur_sparar,
    fellabel,
    fran_date,
    spara_avbryt,
    till_date,
    valj_data,
    visa_fel,
)
from skrivbord.ui.gemensamt.samtidig import SamtidigRuta

if TYPE_CHECKING:
    from skrivbord.tjanster.databasfil import Databas


class ResultatDialog(QDialog):
    def __init__(
        self,
        databas: Databas,
        tillfalle: tillfallen.Tillfalle,
        parent: QWidget | None = None,
        idag: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._databas = databas
        self._tillfalle = tillfalle
        self._version = tillfalle.version
        self._hennes_brister = False  # her choice when someone else saved first
        self._idag = idag or date.today()
        self._atgarder: list[atgarder.NyAtgard] = []
        self.setWindowTitle(self.tr("Resultat av egenkontroll"))
        self.setMinimumWidth(560)
        plats = tillfalle.enhet or self.tr("Hela kommunen")
        rubrik = QLabel(
            self.tr("<b>{omrade}</b><br>{plats} · klar senast {datum}").format(
                omrade=tillfalle.omrade, plats=plats, datum=tillfalle.planerat_datum.isoformat()
            )
        )
        self.personer = personal.lista(databas, bara_aktiva=True)
        self.felrad = fellabel()
        self.samtidig = SamtidigRuta(self.tr("Tillfället ändrades medan du skrev"))
        self.samtidig.hamta_sparad.connect(self._hamta_sparad)
        layout = QVBoxLayout(self)
        layout.addWidget(rubrik)
        layout.addLayout(self._bygg_formular())
        layout.addWidget(self._bygg_atgarder())
        layout.addWidget(self.felrad)
        layout.addWidget(self.samtidig)
        layout.addWidget(spara_avbryt(self, self.spara))
        ctrl_retur_sparar(self, self.spara)
        self._brister_andrat()

    def _personval(self) -> QComboBox:
        val = QComboBox()
        val.addItem(self.tr("Ingen vald"), None)
        for person in self.personer:
            val.addItem(f"{person.namn} ({person.roll.etikett})", person.id)
        return val

    def _bygg_formular(self) -> QFormLayout:
        self.datum = Datumfalt()
        self.datum.setAccessibleName(self.tr("Utförd datum"))
        self.datum.setDate(fran_date(min(self._idag, self._tillfalle.planerat_datum)))
        self.utford_av = self._personval()
        self.utford_av.setAccessibleName(self.tr("Utförd av"))
        self.ok = QRadioButton(self.tr("&OK"))
        self.brister = QRadioButton(self.tr("&Brister"))
        grupp = QButtonGroup(self)
        grupp.addButton(self.ok)
        grupp.addButton(self.brister)
        self.ok.setChecked(True)
        self.brister.toggled.connect(self._brister_andrat)
        resultat = QHBoxLayout()
        resultat.addWidget(self.ok)
        resultat.addWidget(self.brister)
        resultat.addStretch()
        self.kommentar = QPlainTextEdit()
        self.kommentar.setTabChangesFocus(True)
        self.kommentar.setFixedHeight(70)
        self.kommentar.setAccessibleName(self.tr("Kommentar"))
        formular = QFormLayout()
        formular.addRow(self.tr("Utförd"), self.datum)
        formular.addRow(self.tr("Utförd av"), self.utford_av)
        formular.addRow(self.tr("Resultat"), resultat)
        formular.addRow(self.tr("Kommentar"), self.kommentar)
        return formular

    def _bygg_atgarder(self) -> QGroupBox:
        self.atgardsruta = QGroupBox(self.tr("Åtgärder för bristerna"))
        self.atgardslista = QListWidget()
        self.atgardslista.setFixedHeight(70)
        self.atgardslista.setAccessibleName(self.tr("Åtgärder"))
        self.atgard_text = QLineEdit()
        self.atgard_text.setPlaceholderText(self.tr("Vad ska göras?"))
        self.atgard_text.setAccessibleName(self.tr("Åtgärd"))
        self.atgard_ansvarig = self._personval()
        self.atgard_ansvarig.setAccessibleName(self.tr("Ansvarig för åtgärden"))
        self.atgard_deadline = Datumfalt()
        self.atgard_deadline.setAccessibleName(self.tr("Sista datum"))
        self.atgard_deadline.setDate(fran_date(self._idag + timedelta(days=30)))
        lagg_till = QPushButton(self.tr("&Lägg till åtgärd"))
        lagg_till.clicked.connect(self._lagg_till_atgard)
        rad = QHBoxLayout()
        rad.addWidget(QLabel(self.tr("Ansvarig")))
        rad.addWidget(self.atgard_ansvarig, 1)
        rad.addWidget(QLabel(self.tr("Senast")))
        rad.addWidget(self.atgard_deadline)
        rad.addWidget(lagg_till)
        layout = QVBoxLayout(self.atgardsruta)
        layout.addWidget(self.atgardslista)
        layout.addWidget(self.atgard_text)
        layout.addLayout(rad)
        return self.atgardsruta

    def _brister_andrat(self) -> None:
        self.atgardsruta.setEnabled(self.brister.isChecked())

    def _lagg_till_atgard(self) -> None:
        if not self.atgard_text.text().strip():
            visa_fel(self.felrad, self.tr("Beskriv åtgärden."), self.atgard_text)
            return
        ny = atgarder.NyAtgard(
            self.atgard_text.text().strip(),
            self.atgard_ansvarig.currentData(),
            till_date(self.atgard_deadline.date()),
        )
        self._atgarder.append(ny)
        ansvarig = (
            self.atgard_ansvarig.currentText() if ny.ansvarig_id else self.tr("ingen ansvarig")
        )
        self.atgardslista.addItem(
            self.tr("{text} · {ansvarig} · senast {datum}").format(
                text=ny.beskrivning,
                ansvarig=ansvarig,
                datum=ny.deadline.isoformat() if ny.deadline else "",
            )
        )
        self.atgard_text.clear()
        self.felrad.hide()

    def resultat(self) -> tillfallen.Resultat:
        brister = self.brister.isChecked()
        return tillfallen.Resultat(
            till_date(self.datum.date()),
            self.utford_av.currentData(),
            brister,
            self.kommentar.toPlainText(),
            tuple(self._atgarder) if brister else (),
        )

    def spara(self) -> None:
        try:
            tillfallen.registrera(
                self._databas,
                self._tillfalle.id,
                self.resultat(),
                self._idag,
                version=self._version,
            )
        except OgiltigUppgift as fel:
            visa_fel(self.felrad, str(fel))
            return
        except SamtidigAndring as fel:
            self.felrad.hide()
            self._hennes_brister = self.brister.isChecked()
            self.samtidig.visa(
                fel,
                {"kommentar": (self.tr("Kommentar"), self.kommentar.toPlainText())},
                self._anvand,
            )
            return
        self.accept()

    # --- someone else saved first ---------------------------------------------------------

    def _hamta_sparad(self) -> None:
        """Show the saved result; her comment stays in the box, her åtgärder in the list."""
        t = tillfallen.hamta_ett(self._databas, self._tillfalle.id, self._idag)
        self._tillfalle, self._version = t, t.version
        if t.utfort_datum is not None:
            self.datum.setDate(fran_date(t.utfort_datum))
        if t.utford_av_id is not None and self.utford_av.findData(t.utford_av_id) < 0:
            self.utford_av.addItem(t.utford_av, t.utford_av_id)  # no longer active
        valj_data(self.utford_av, t.utford_av_id)
        (self.brister if t.brister else self.ok).setChecked(True)
        self.kommentar.setPlainText(t.kommentar)
        tillagg = self.tr("Sparat nu: {lage}.").format(lage=t.lage.etikett.lower())
        if t.orsak:
            tillagg = self.tr("Sparat nu: {lage} ({orsak}).").format(
                lage=t.lage.etikett.lower(), orsak=t.orsak
            )
        if self._hennes_brister != t.brister:
            tillagg += " " + (
                self.tr("Du hade valt Brister.")
                if self._hennes_brister
                else self.tr("Du hade valt OK.")
            )
        self.samtidig.sparad_hamtad({"kommentar": t.kommentar}, tillagg)

    def _anvand(self, falt: str, text: str) -> None:
        assert falt == "kommentar"
        self.kommentar.setPlainText(text)
