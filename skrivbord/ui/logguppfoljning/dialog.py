"""Formuläret för ett protokoll för logguppföljning: ny granskning eller ändring av en.

Varje regel som tjänsten vägrar visas vid sitt fält (också vakten mot personnummer i
fritexterna), och markören ställs i det första.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from skrivbord.fel import OgiltigUppgift, SamtidigAndring
from skrivbord.tjanster import enheter, personal
from skrivbord.tjanster.databasfil import Databas
from skrivbord.tjanster.logguppfoljning import journalsystem, protokoll
from skrivbord.tjanster.logguppfoljning.uppgifter import LoggAtgard, Logguppgifter
from skrivbord.typer import Loggkontrolltyp, Loggresultat
from skrivbord.ui.gemensamt.formular import (
    Datumfalt,
    ctrl_retur_sparar,
    fellabel,
    fran_date,
    spara_avbryt,
    till_date,
)
from skrivbord.ui.gemensamt.samtidig import SamtidigRuta
from skrivbord.ui.gemensamt.sida import ROD
from skrivbord.ui.logguppfoljning.atgarder import Atgardslista


def _text(hojd: int = 56) -> QPlainTextEdit:
    falt = QPlainTextEdit(tabChangesFocus=True)
    falt.setFixedHeight(hojd)
    return falt


def _antal() -> QSpinBox:
    return QSpinBox(minimum=0, maximum=10_000_000, groupSeparatorShown=True)


class LogguppfoljningDialog(QDialog):
    def __init__(
        self,
        databas: Databas,
        parent: QWidget | None = None,
        idag: date | None = None,
        logguppfoljning_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._databas = databas
        self._idag = idag or date.today()
        self._id = logguppfoljning_id
        self.sparat_id: int | None = None
        self._version: int | None = None  # the protocol's, as opened (samtidighet)
        self._hennes_steg: tuple[LoggAtgard, ...] = ()
        self._falt: dict[str, tuple[QWidget, QLabel]] = {}
        self.setWindowTitle(
            self.tr("Ny logguppföljning")
            if logguppfoljning_id is None
            else self.tr("Logguppföljning {id}").format(id=logguppfoljning_id)
        )
        kolumner = QHBoxLayout()
        kolumner.addWidget(self._bygg_granskning(), 1)
        kolumner.addWidget(self._bygg_resultat(), 1)
        self.felrad = fellabel()
        layout = QVBoxLayout(self)
        varning = QLabel(
            self.tr(
                "Skriv inga uppgifter som kan identifiera en patient: inga namn, personnummer "
                "eller samordningsnummer."
            ),
            wordWrap=True,
        )
        varning.setStyleSheet("font-weight: 600;")
        layout.addWidget(varning)
        layout.addLayout(kolumner)
        layout.addWidget(self._bygg_atgarder())
        layout.addWidget(self._bygg_signering())
        layout.addWidget(self.felrad)
        self.samtidig = SamtidigRuta(self.tr("Protokollet ändrades medan du skrev"))
        self.samtidig.hamta_sparad.connect(self._hamta_sparad)
        layout.addWidget(self.samtidig)
        layout.addWidget(spara_avbryt(self, self.spara))
        ctrl_retur_sparar(self, self.spara)
        self.resultat.currentIndexChanged.connect(self._visa_avvikelsefalt)
        if logguppfoljning_id is not None:
            detalj = protokoll.hamta(databas, logguppfoljning_id)
            self._fyll(detalj.uppgifter)
            self._version = detalj.version
        self._visa_avvikelsefalt()
        self.datum.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- building ---------------------------------------------------------------------

    def _rad(self, form: QFormLayout, etikett: str, falt: str, widget: QWidget) -> None:
        """A form row whose refused rule shows right under the field."""
        fel = QLabel(wordWrap=True)
        fel.setStyleSheet(f"color: {ROD};")
        fel.hide()
        ruta = QWidget()
        inre = QVBoxLayout(ruta)
        inre.setContentsMargins(0, 0, 0, 0)
        inre.setSpacing(2)
        inre.addWidget(widget)
        inre.addWidget(fel)
        form.addRow(etikett, ruta)
        widget.setObjectName(f"falt_{falt}")
        self._falt[falt] = (widget, fel)

    def _bygg_granskning(self) -> QGroupBox:
        ruta = QGroupBox(self.tr("Granskningen"))
        form = QFormLayout(ruta)
        self.datum = Datumfalt()
        self.datum.setDate(fran_date(self._idag))
        self.typ = QComboBox()
        for varde in Loggkontrolltyp:
            self.typ.addItem(varde.etikett, varde.value)
        forra_slut = self._idag.replace(day=1) - timedelta(days=1)
        self.period_fran = Datumfalt()
        self.period_fran.setDate(fran_date(forra_slut.replace(day=1)))
        self.period_fran.setAccessibleName(self.tr("Granskad period från"))
        self.period_till = Datumfalt()
        self.period_till.setDate(fran_date(forra_slut))
        self.period_till.setAccessibleName(self.tr("Granskad period till"))
        period = QWidget()
        rad = QHBoxLayout(period)
        rad.setContentsMargins(0, 0, 0, 0)
        rad.addWidget(self.period_fran)
        rad.addWidget(QLabel("–"))
        rad.addWidget(self.period_till)
        rad.addStretch()
        self.system = QComboBox(editable=True)
        self.system.setToolTip(self.tr("Välj ur listan eller skriv ett nytt system."))
        for system in journalsystem.lista(self._databas, bara_aktiva=True):
            self.system.addItem(system.namn)
        self.enhet = QComboBox()
        self.enhet.addItem(self.tr("Hela kommunen"), None)
        for enhet in sorted(enheter.lista(self._databas, bara_aktiva=True), key=lambda e: e.namn):
            self.enhet.addItem(enhet.namn, enhet.id)
        self.granskare = self._personval()
        self.antal_anvandare = _antal()
        self.antal_atkomster = _antal()
        self.metod = _text(64)
        self.metod.setPlaceholderText(
            self.tr("Till exempel: loggrapport för månaden, granskad mot vårdrelation och schema.")
        )
        self._rad(form, self.tr("&Datum"), "datum", self.datum)
        self._rad(form, self.tr("&Slag av kontroll"), "typ", self.typ)
        self._rad(form, self.tr("Granskad &period"), "period_till", period)
        self._rad(form, self.tr("&Journalsystem"), "system", self.system)
        self._rad(form, self.tr("&Enhet"), "enhet_id", self.enhet)
        self._rad(form, self.tr("&Granskare"), "utford_av_id", self.granskare)
        self._rad(form, self.tr("Antal &användare"), "antal_anvandare", self.antal_anvandare)
        self._rad(form, self.tr("Antal journal&åtkomster"), "antal_atkomster", self.antal_atkomster)
        self._rad(form, self.tr("&Metod"), "metod", self.metod)
        return ruta

    def _personval(self) -> QComboBox:
        val = QComboBox()
        val.addItem(self.tr("Välj …"), None)
        for person in personal.lista(self._databas):
            val.addItem(f"{person.namn} ({person.roll.etikett})", person.id)
        return val

    def _bygg_resultat(self) -> QGroupBox:
        ruta = QGroupBox(self.tr("Resultat"))
        form = QFormLayout(ruta)
        self.resultat = QComboBox()
        for varde in Loggresultat:
            self.resultat.addItem(varde.etikett, varde.value)
        self.antal_avvikande = _antal()
        self.beskrivning = _text(64)
        self.beskrivning.setPlaceholderText(
            self.tr("Vad som avvek, i allmänna termer, utan uppgifter om patienten.")
        )
        self.iakttagelser = _text()
        self._rad(form, self.tr("&Resultat"), "resultat", self.resultat)
        self._rad(form, self.tr("Avvikande å&tkomster"), "antal_avvikande", self.antal_avvikande)
        self._rad(
            form, self.tr("&Beskrivning av avvikelsen"), "avvikelse_beskrivning", self.beskrivning
        )
        self._rad(form, self.tr("Övriga &iakttagelser"), "iakttagelser", self.iakttagelser)
        return ruta

    def _bygg_atgarder(self) -> QGroupBox:
        """The steps after a deviation, the width of the dialog."""
        ruta = QGroupBox(self.tr("Vidtagna åtgärder (vid avvikelse)"))
        self.atgarder = Atgardslista(self._idag)
        fel = QLabel(wordWrap=True)
        fel.setStyleSheet(f"color: {ROD};")
        fel.hide()
        layout = QVBoxLayout(ruta)
        layout.addWidget(self.atgarder)
        layout.addWidget(fel)
        self.atgarder.setObjectName("falt_atgarder")
        self._falt["atgarder"] = (self.atgarder, fel)
        return ruta

    def _bygg_signering(self) -> QGroupBox:
        ruta = QGroupBox(self.tr("Signering"))
        form = QFormLayout(ruta)
        self.signerad = QCheckBox(self.tr("Signerat av"))
        self.signerad_av = self._personval()
        self.signerad_datum = Datumfalt()
        self.signerad_datum.setDate(fran_date(self._idag))
        rad = QWidget()
        inre = QHBoxLayout(rad)
        inre.setContentsMargins(0, 0, 0, 0)
        inre.addWidget(self.signerad)
        inre.addWidget(self.signerad_av, 1)
        inre.addWidget(QLabel(self.tr("den")))
        inre.addWidget(self.signerad_datum)
        self._rad(form, self.tr("Si&gnering"), "signerad_av_id", rad)
        self._falt["signerad_datum"] = (self.signerad_datum, self._falt["signerad_av_id"][1])
        self.signerad.toggled.connect(self.signerad_av.setEnabled)
        self.signerad.toggled.connect(self.signerad_datum.setEnabled)
        self.signerad.setChecked(False)
        self.signerad_av.setEnabled(False)
        self.signerad_datum.setEnabled(False)
        return ruta

    # --- data -------------------------------------------------------------------------

    def _avvikelse(self) -> bool:
        return self.resultat.currentData() == Loggresultat.AVVIKELSE.value

    def _visa_avvikelsefalt(self) -> None:
        for widget in (self.antal_avvikande, self.beskrivning, self.atgarder):
            widget.setEnabled(self._avvikelse())

    def _fyll(self, u: Logguppgifter) -> None:
        self.datum.setDate(fran_date(u.datum))
        self.typ.setCurrentIndex(self.typ.findData(u.typ.value))
        self.period_fran.setDate(fran_date(u.period_fran))
        self.period_till.setDate(fran_date(u.period_till))
        self.system.setCurrentText(u.system)
        self.enhet.setCurrentIndex(max(0, self.enhet.findData(u.enhet_id)))
        self._valj_person(self.granskare, u.utford_av_id)
        self.antal_anvandare.setValue(u.antal_anvandare)
        self.antal_atkomster.setValue(u.antal_atkomster)
        self.metod.setPlainText(u.metod)
        self.resultat.setCurrentIndex(self.resultat.findData(u.resultat.value))
        self.antal_avvikande.setValue(u.antal_avvikande)
        self.beskrivning.setPlainText(u.avvikelse_beskrivning)
        self.iakttagelser.setPlainText(u.iakttagelser)
        self.atgarder.tabell.setRowCount(0)
        for atgard in u.atgarder:
            self.atgarder.lagg_till_rad(atgard)
        self.signerad.setChecked(u.signerad_datum is not None)
        if u.signerad_datum is not None:
            self._valj_person(self.signerad_av, u.signerad_av_id)
            self.signerad_datum.setDate(fran_date(u.signerad_datum))

    def _valj_person(self, val: QComboBox, person_id: int | None) -> None:
        """An inactive person (no longer offered) still shows on an old protocol."""
        if person_id is not None and val.findData(person_id) < 0:
            namn = personal.hamta(self._databas, person_id).namn
            val.addItem(self.tr("{namn} (inaktiv)").format(namn=namn), person_id)
        val.setCurrentIndex(max(0, val.findData(person_id)))

    def uppgifter(self) -> Logguppgifter:
        avvikelse = self._avvikelse()
        signerad = self.signerad.isChecked()
        return Logguppgifter(
            datum=till_date(self.datum.date()),
            typ=Loggkontrolltyp(self.typ.currentData()),
            period_fran=till_date(self.period_fran.date()),
            period_till=till_date(self.period_till.date()),
            system=self.system.currentText(),
            utford_av_id=self.granskare.currentData(),
            antal_anvandare=self.antal_anvandare.value(),
            antal_atkomster=self.antal_atkomster.value(),
            metod=self.metod.toPlainText(),
            resultat=Loggresultat(self.resultat.currentData()),
            # What is greyed out for "no deviation" is not saved.
            antal_avvikande=self.antal_avvikande.value() if avvikelse else 0,
            enhet_id=self.enhet.currentData(),
            avvikelse_beskrivning=self.beskrivning.toPlainText() if avvikelse else "",
            iakttagelser=self.iakttagelser.toPlainText(),
            atgarder=self.atgarder.atgarder() if avvikelse else (),
            signerad_av_id=self.signerad_av.currentData() if signerad else None,
            signerad_datum=till_date(self.signerad_datum.date()) if signerad else None,
        )

    def _rensa_fel(self) -> None:
        for widget, fel in self._falt.values():
            fel.hide()
            widget.setStyleSheet("")
        self.felrad.hide()

    def visa_fel(self, fel: OgiltigUppgift) -> None:
        """Each sentence at its field (several for one field one under the other)."""
        self._rensa_fel()
        texter: dict[str, list[str]] = {}
        utan_falt = []
        for falt, text in fel.alla:
            if falt in self._falt:
                texter.setdefault(falt, []).append(text)
            else:
                utan_falt.append(text)
        for falt, rader in texter.items():
            widget, etikett = self._falt[falt]
            etikett.setText("\n".join(rader))
            etikett.show()
            widget.setStyleSheet(f"#{widget.objectName()} {{ border: 1px solid {ROD}; }}")
        if utan_falt:
            self.felrad.setText("\n".join(utan_falt))
            self.felrad.show()
        forsta = next((f for f, _ in fel.alla if f in self._falt), None)
        if forsta is not None:
            self._falt[forsta][0].setFocus(Qt.FocusReason.OtherFocusReason)

    def fel_vid(self, falt: str) -> str:
        """The text shown at a field ('' when none; tests, accessibility)."""
        etikett = self._falt[falt][1]
        return etikett.text() if etikett.isVisibleTo(self) else ""

    def spara(self) -> None:
        uppgifter = self.uppgifter()
        try:
            self.sparat_id = protokoll.spara(
                self._databas, uppgifter, self._id, self._idag, version=self._version
            )
        except OgiltigUppgift as fel:
            self.visa_fel(fel)
            return
        except SamtidigAndring as fel:
            self._rensa_fel()
            self._hennes_steg = uppgifter.atgarder
            self.samtidig.visa(fel, self._texter(uppgifter), self._anvand)
            return
        self.accept()

    # --- someone else saved first ---------------------------------------------------------

    def _texter(self, u: Logguppgifter) -> dict[str, tuple[str, str]]:
        """Her free text, and her steps as lines, by field."""
        steg = "\n".join(
            f"{a.typ.etikett} {a.datum.isoformat()}" + (f": {a.anteckning}" if a.anteckning else "")
            for a in u.atgarder
        )
        return {
            "metod": (self.tr("Metod"), u.metod),
            "avvikelse_beskrivning": (
                self.tr("Beskrivning av avvikelsen"),
                u.avvikelse_beskrivning,
            ),
            "iakttagelser": (self.tr("Övriga iakttagelser"), u.iakttagelser),
            "atgarder": (self.tr("Vidtagna åtgärder"), steg),
        }

    def _hamta_sparad(self) -> None:
        """The form shows the saved protocol; her text stays in the box."""
        assert self._id is not None
        detalj = protokoll.hamta(self._databas, self._id)
        self._fyll(detalj.uppgifter)
        self._visa_avvikelsefalt()
        self._version = detalj.version
        self.samtidig.sparad_hamtad(
            {falt: text for falt, (_, text) in self._texter(detalj.uppgifter).items()}
        )

    def _anvand(self, falt: str, text: str) -> None:
        if falt == "atgarder":  # her steps as rows again, not as text
            self.atgarder.tabell.setRowCount(0)
            for atgard in self._hennes_steg:
                self.atgarder.lagg_till_rad(atgard)
            return
        {
            "metod": self.metod,
            "avvikelse_beskrivning": self.beskrivning,
            "iakttagelser": self.iakttagelser,
        }[falt].setPlainText(text)
