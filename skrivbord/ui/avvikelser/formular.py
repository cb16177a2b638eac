"""The intake form for one avvikelse: quick to fill, keyboard-only possible.

Tab moves through the fields in reading order, Ctrl+Retur saves, Esc closes.
Category-specific groups appear only for their category. Rule breaches come
back from the service as Swedish sentences and are shown in the form; nothing
is saved until the whole form is valid.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from skrivbord import installningar
from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster import enheter
from skrivbord.tjanster.avvikelser import kategorier, risk
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.tjanster.avvikelser.registrering import (
    ANNAT_KOD,
    FALL_KOD,
    LAKEMEDEL_KOD,
    AvvikelseUppgifter,
)
from skrivbord.tjanster.databasfil import Databas
from skrivbord.typer import (
    Fallskada,
    Konsekvens,
    Lakemedelsfel,
    Motpart,
    Overenskommelse,
    Rapportorgrupp,
    Roll,
)
from skrivbord.ui.gemensamt.formular import DATUMFORMAT, fellabel, spara_avbryt


def _text(falt: QPlainTextEdit) -> str:
    return falt.toPlainText().strip()


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _fyll(
    kombination: QComboBox, poster: list[tuple[str, object]], tomt: str | None = None
) -> None:
    kombination.clear()
    if tomt is not None:
        kombination.addItem(tomt, None)
    for text, data in poster:
        kombination.addItem(text, data)


def _data(kombination: QComboBox, typ: type) -> object:
    """The chosen item's data as ``typ`` (Qt hands enums back as plain str/int)."""
    varde = kombination.currentData()
    return None if varde is None else typ(varde)


def _valj(kombination: QComboBox, data: object) -> None:
    index = kombination.findData(data)
    kombination.setCurrentIndex(max(index, 0))


class AvvikelseFormular(QDialog):
    """New avvikelse (``avvikelse_id=None``) or edit an existing one."""

    sparad = Signal(int)

    def __init__(
        self,
        databas: Databas,
        avvikelse_id: int | None = None,
        parent: QWidget | None = None,
        idag: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._databas = databas
        self._avvikelse_id = avvikelse_id
        self._idag = idag or date.today()
        self._faltval = kategorier.faltval()
        self.setWindowTitle(
            self.tr("Ny avvikelse") if avvikelse_id is None else self.tr("Ändra avvikelse")
        )
        self.setMinimumWidth(640)
        self._bygg()
        self._fyll_val()
        if avvikelse_id is None:
            self._standardvarden()
        else:
            self._visa(avvikelser.hamta(databas, avvikelse_id).uppgifter)
        self._uppdatera_synlighet()
        self._uppdatera_risk()

    # --- construction -------------------------------------------------------------------

    def _bygg(self) -> None:
        innehall = QWidget()
        layout = QVBoxLayout(innehall)
        layout.addLayout(self._bygg_handelse())
        layout.addWidget(self._bygg_fall())
        layout.addWidget(self._bygg_lakemedel())
        layout.addWidget(self._bygg_annat())
        layout.addWidget(self._bygg_riskbedomning())
        self.mellan = QCheckBox(self.tr("Avvikelse mellan vårdgivare (kommun ↔ region m.fl.)"))
        layout.addWidget(self.mellan)
        layout.addWidget(self._bygg_mellan_vardgivare())
        layout.addLayout(self._bygg_ovrigt())
        layout.addStretch()
        self._bygg_ram(innehall)
        self._koppla()

    def _bygg_handelse(self) -> QFormLayout:
        """What happened, where, who reported it: the fields every avvikelse has."""
        handelse = QFormLayout()
        self.datum = QDateEdit(calendarPopup=True, displayFormat=DATUMFORMAT)
        self.tid = QTimeEdit(displayFormat="HH:mm")
        tidrad = QHBoxLayout()
        tidrad.addWidget(self.datum)
        tidrad.addWidget(QLabel(self.tr("kl.")))
        tidrad.addWidget(self.tid)
        tidrad.addStretch()
        handelse.addRow(self.tr("Händelsedatum"), tidrad)
        self.rapporterad = QDateEdit(calendarPopup=True, displayFormat=DATUMFORMAT)
        rapportrad = QHBoxLayout()
        rapportrad.addWidget(self.rapporterad)
        rapportrad.addStretch()
        handelse.addRow(self.tr("Rapporterad"), rapportrad)
        self.enhet = QComboBox()
        handelse.addRow(self.tr("Enhet"), self.enhet)
        self.roll = QComboBox()
        handelse.addRow(self.tr("Rapportörens roll"), self.roll)
        self.namn = QLineEdit(placeholderText=self.tr("Frivilligt, syns bara internt"))
        handelse.addRow(self.tr("Rapportörens namn"), self.namn)
        self.kategori = QComboBox()
        handelse.addRow(self.tr("Kategori"), self.kategori)
        self.underkategori = QComboBox(editable=True)
        handelse.addRow(self.tr("Underkategori"), self.underkategori)
        self.beskrivning = QPlainTextEdit(tabChangesFocus=True)
        self.beskrivning.setPlaceholderText(
            self.tr("Vad hände? Skriv inga namn eller personnummer.")
        )
        self.beskrivning.setFixedHeight(80)
        handelse.addRow(self.tr("Vad hände"), self.beskrivning)
        self.omedelbar = QPlainTextEdit(tabChangesFocus=True)
        self.omedelbar.setFixedHeight(52)
        handelse.addRow(self.tr("Omedelbar åtgärd"), self.omedelbar)
        self.konsekvens = QComboBox()
        handelse.addRow(self.tr("Konsekvens för patienten"), self.konsekvens)
        return handelse

    def _bygg_fall(self) -> QGroupBox:
        self.fallgrupp = QGroupBox(self.tr("Fall"))
        fall = QFormLayout(self.fallgrupp)
        self.fall_plats = QComboBox()
        self.fall_aktivitet = QComboBox()
        self.fall_skada = QComboBox()
        fall.addRow(self.tr("Plats"), self.fall_plats)
        fall.addRow(self.tr("Aktivitet"), self.fall_aktivitet)
        fall.addRow(self.tr("Skada"), self.fall_skada)
        return self.fallgrupp

    def _bygg_lakemedel(self) -> QGroupBox:
        self.lakemedelsgrupp = QGroupBox(self.tr("Läkemedel"))
        lakemedel = QFormLayout(self.lakemedelsgrupp)
        self.feltyp = QComboBox()
        self.upptackt_av = QComboBox()
        lakemedel.addRow(self.tr("Typ av fel"), self.feltyp)
        lakemedel.addRow(self.tr("Upptäckt av"), self.upptackt_av)
        return self.lakemedelsgrupp

    def _bygg_annat(self) -> QGroupBox:
        self.annatgrupp = QGroupBox(self.tr("Annat"))
        annat = QFormLayout(self.annatgrupp)
        self.annat_orsak = QLineEdit(
            placeholderText=self.tr("Kort: vad gäller avvikelsen? (krävs för Annat)")
        )
        annat.addRow(self.tr("Förklaring"), self.annat_orsak)
        return self.annatgrupp

    def _bygg_riskbedomning(self) -> QGroupBox:
        riskgrupp = QGroupBox(self.tr("Riskbedömning"))
        riskform = QFormLayout(riskgrupp)
        self.risk_konsekvens = QComboBox()
        self.risk_sannolikhet = QComboBox()
        self.risketikett = QLabel()
        self.risketikett.setObjectName("risketikett")
        riskform.addRow(self.tr("Konsekvens"), self.risk_konsekvens)
        riskform.addRow(self.tr("Sannolikhet"), self.risk_sannolikhet)
        riskform.addRow(self.tr("Risk"), self.risketikett)
        return riskgrupp

    def _bygg_mellan_vardgivare(self) -> QGroupBox:
        self.vardgivargrupp = QGroupBox(self.tr("Mellan vårdgivare"))
        vard = QFormLayout(self.vardgivargrupp)
        self.motpart = QComboBox()
        self.motpart_enhet = QLineEdit(placeholderText=self.tr("T.ex. avdelning eller vårdcentral"))
        self.overenskommelse = QComboBox()
        self.overenskommelse_text = QLineEdit()
        self.underrattad = QCheckBox(self.tr("Motparten underrättad"))
        self.underrattad_datum = QDateEdit(calendarPopup=True, displayFormat=DATUMFORMAT)
        underrattadrad = QHBoxLayout()
        underrattadrad.addWidget(self.underrattad)
        underrattadrad.addWidget(self.underrattad_datum)
        underrattadrad.addStretch()
        self.motpart_svar = QLineEdit()
        vard.addRow(self.tr("Vårdgivare"), self.motpart)
        vard.addRow(self.tr("Motpartens enhet"), self.motpart_enhet)
        vard.addRow(self.tr("Överenskommelse"), self.overenskommelse)
        vard.addRow(self.tr("Vad följdes inte"), self.overenskommelse_text)
        vard.addRow("", underrattadrad)
        vard.addRow(self.tr("Motpartens svar"), self.motpart_svar)
        return self.vardgivargrupp

    def _bygg_ovrigt(self) -> QFormLayout:
        ovrigt = QFormLayout()
        self.extern_referens = QLineEdit(
            placeholderText=self.tr("Journalsystemets ärendenummer (exporteras aldrig)")
        )
        ovrigt.addRow(self.tr("Extern referens"), self.extern_referens)
        return ovrigt

    def _bygg_ram(self, innehall: QWidget) -> None:
        """The fields scroll; the error line and the buttons stay in view below them."""
        rulla = QScrollArea(widgetResizable=True)
        rulla.setWidget(innehall)
        rulla.setFrameShape(QScrollArea.Shape.NoFrame)

        self.felrad = fellabel()
        self.felrad.setObjectName("felrad")
        knappar = spara_avbryt(self, self.spara)
        self.spara_knapp = knappar.button(QDialogButtonBox.StandardButton.Save)
        self.spara_knapp.setToolTip(self.tr("Spara (Ctrl+Retur)"))
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.spara)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.spara)

        yttre = QVBoxLayout(self)
        yttre.addWidget(rulla)
        yttre.addWidget(self.felrad)
        yttre.addWidget(knappar)

    def _koppla(self) -> None:
        self.kategori.currentIndexChanged.connect(self._uppdatera_synlighet)
        self.mellan.toggled.connect(self._uppdatera_synlighet)
        self.underrattad.toggled.connect(self.underrattad_datum.setEnabled)
        self.risk_konsekvens.currentIndexChanged.connect(self._uppdatera_risk)
        self.risk_sannolikhet.currentIndexChanged.connect(self._uppdatera_risk)

    def _fyll_val(self) -> None:
        _fyll(self.enhet, [(e.namn, e.id) for e in enheter.lista(self._databas, bara_aktiva=True)])
        _fyll(self.roll, [(r.etikett, r) for r in Roll])
        alla = kategorier.lista(self._databas)
        self._kategorikoder = {k.id: k.kod for k in alla}
        _fyll(self.kategori, [(k.namn, k.id) for k in alla if k.aktiv])
        _fyll(self.konsekvens, [(k.etikett, k) for k in Konsekvens])
        ej_bedomd = self.tr("Ej bedömd")
        _fyll(
            self.risk_konsekvens,
            [(f"{n} – {t}", n) for n, t in risk.RISK_KONSEKVENS.items()],
            ej_bedomd,
        )
        _fyll(
            self.risk_sannolikhet,
            [(f"{n} – {t}", n) for n, t in risk.RISK_SANNOLIKHET.items()],
            ej_bedomd,
        )
        valj = self.tr("Välj …")
        _fyll(self.fall_plats, [(p["namn"], p["kod"]) for p in self._faltval["fall_plats"]], valj)
        _fyll(
            self.fall_aktivitet,
            [(p["namn"], p["kod"]) for p in self._faltval["fall_aktivitet"]],
            valj,
        )
        _fyll(self.fall_skada, [(s.etikett, s) for s in Fallskada], valj)
        _fyll(self.feltyp, [(f.etikett, f) for f in Lakemedelsfel], valj)
        _fyll(self.upptackt_av, [(g.etikett, g) for g in Rapportorgrupp], valj)
        _fyll(self.motpart, [(m.etikett, m) for m in Motpart], valj)
        _fyll(self.overenskommelse, [(o.etikett, o) for o in Overenskommelse], valj)

    def _standardvarden(self) -> None:
        nu = QDateTime.currentDateTime()
        self.datum.setDate(_qdate(self._idag))
        self.tid.setTime(QTime(nu.time().hour(), nu.time().minute()))
        self.rapporterad.setDate(_qdate(self._idag))
        self.underrattad_datum.setDate(_qdate(self._idag))
        self.underrattad_datum.setEnabled(False)
        # The unit and role last used: most reports come from the same person and unit.
        _valj(self.enhet, installningar.lasa(installningar.SENASTE_ENHET))
        senaste_roll = installningar.lasa(installningar.SENASTE_ROLL)
        # Most reports are written by care staff.
        roll = Roll(senaste_roll) if senaste_roll in set(Roll) else Roll.UNDERSKOTERSKA
        _valj(self.roll, roll)

    # --- reading and writing the fields ----------------------------------------------------

    def _visa(self, u: AvvikelseUppgifter) -> None:
        self.datum.setDate(_qdate(u.handelse_tid.date()))
        self.tid.setTime(QTime(u.handelse_tid.hour, u.handelse_tid.minute))
        self.rapporterad.setDate(_qdate(u.rapporterad_datum))
        _valj(self.enhet, u.enhet_id)
        _valj(self.roll, u.rapportor_roll)
        self.namn.setText(u.rapportor_namn or "")
        if self.kategori.findData(u.kategori_id) < 0:  # a since deactivated category
            self.kategori.addItem(self.tr("(inaktiv kategori)"), u.kategori_id)
        _valj(self.kategori, u.kategori_id)
        self._uppdatera_underkategorier()
        self.underkategori.setEditText(u.underkategori)
        self.beskrivning.setPlainText(u.beskrivning)
        self.omedelbar.setPlainText(u.omedelbar_atgard)
        _valj(self.konsekvens, u.konsekvens)
        _valj(self.risk_konsekvens, u.risk_konsekvens)
        _valj(self.risk_sannolikhet, u.risk_sannolikhet)
        _valj(self.fall_plats, u.fall_plats)
        _valj(self.fall_aktivitet, u.fall_aktivitet)
        _valj(self.fall_skada, u.fall_skada)
        _valj(self.feltyp, u.lakemedel_feltyp)
        _valj(self.upptackt_av, u.lakemedel_upptackt_av)
        self.annat_orsak.setText(u.annat_orsak)
        self.mellan.setChecked(u.mellan_vardgivare)
        _valj(self.motpart, u.motpart)
        self.motpart_enhet.setText(u.motpart_enhet or "")
        _valj(self.overenskommelse, u.overenskommelse)
        self.overenskommelse_text.setText(u.overenskommelse_text)
        self.underrattad.setChecked(u.motpart_underrattad_datum is not None)
        self.underrattad_datum.setEnabled(u.motpart_underrattad_datum is not None)
        self.underrattad_datum.setDate(_qdate(u.motpart_underrattad_datum or self._idag))
        self.motpart_svar.setText(u.motpart_svar)
        self.extern_referens.setText(u.extern_referens or "")

    def uppgifter(self) -> AvvikelseUppgifter:
        d, t = self.datum.date(), self.tid.time()
        r = self.rapporterad.date()
        underrattad = self.underrattad_datum.date()
        return AvvikelseUppgifter(
            handelse_tid=datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()),
            rapporterad_datum=date(r.year(), r.month(), r.day()),
            enhet_id=self.enhet.currentData(),
            rapportor_roll=_data(self.roll, Roll),
            rapportor_namn=self.namn.text().strip() or None,
            kategori_id=self.kategori.currentData(),
            underkategori=self.underkategori.currentText().strip(),
            beskrivning=_text(self.beskrivning),
            omedelbar_atgard=_text(self.omedelbar),
            konsekvens=_data(self.konsekvens, Konsekvens),
            risk_konsekvens=self.risk_konsekvens.currentData(),
            risk_sannolikhet=self.risk_sannolikhet.currentData(),
            extern_referens=self.extern_referens.text().strip() or None,
            annat_orsak=self.annat_orsak.text().strip(),
            fall_plats=self.fall_plats.currentData(),
            fall_aktivitet=self.fall_aktivitet.currentData(),
            fall_skada=_data(self.fall_skada, Fallskada),
            lakemedel_feltyp=_data(self.feltyp, Lakemedelsfel),
            lakemedel_upptackt_av=_data(self.upptackt_av, Rapportorgrupp),
            mellan_vardgivare=self.mellan.isChecked(),
            motpart=_data(self.motpart, Motpart),
            motpart_enhet=self.motpart_enhet.text().strip() or None,
            overenskommelse=_data(self.overenskommelse, Overenskommelse),
            overenskommelse_text=self.overenskommelse_text.text().strip(),
            motpart_underrattad_datum=(
                date(underrattad.year(), underrattad.month(), underrattad.day())
                if self.underrattad.isChecked()
                else None
            ),
            motpart_svar=self.motpart_svar.text().strip(),
        )

    # --- behaviour ----------------------------------------------------------------------------

    def _kategorikod(self) -> str:
        return self._kategorikoder.get(self.kategori.currentData(), "")

    def _uppdatera_underkategorier(self) -> None:
        text = self.underkategori.currentText()
        self.underkategori.clear()
        self.underkategori.addItems(
            ["", *self._faltval["underkategorier"].get(self._kategorikod(), [])]
        )
        self.underkategori.setEditText(text)

    def _uppdatera_synlighet(self) -> None:
        kod = self._kategorikod()
        self.fallgrupp.setVisible(kod == FALL_KOD)
        self.lakemedelsgrupp.setVisible(kod == LAKEMEDEL_KOD)
        self.annatgrupp.setVisible(kod == ANNAT_KOD)
        self.vardgivargrupp.setVisible(self.mellan.isChecked())
        self._uppdatera_underkategorier()

    def _uppdatera_risk(self) -> None:
        konsekvens = self.risk_konsekvens.currentData()
        sannolikhet = self.risk_sannolikhet.currentData()
        poang = risk.poang(konsekvens, sannolikhet)
        if poang is None:
            self.risketikett.setText(self.tr("Välj konsekvens och sannolikhet"))
            self.risketikett.setStyleSheet("")
            return
        niva = risk.niva(poang)
        text = f"{poang} – {niva.namn}"
        if risk.kraver_mas_beslut(konsekvens, sannolikhet):
            text += self.tr(" · MAS beslutar om händelseanalys och lex Maria")
        self.risketikett.setText(text)
        self.risketikett.setStyleSheet(f"color: {niva.farg}; font-weight: 600;")

    def visa_fel(self, text: str) -> None:
        self.felrad.setText(text)
        self.felrad.show()

    def spara(self) -> None:
        uppgifter = self.uppgifter()
        try:
            if self._avvikelse_id is None:
                self._avvikelse_id = avvikelser.registrera(self._databas, uppgifter, self._idag)
            else:
                avvikelser.uppdatera(self._databas, self._avvikelse_id, uppgifter, self._idag)
        except OgiltigUppgift as fel:
            self.visa_fel(fel.meddelande)
            return
        installningar.spara_flera(
            {
                installningar.SENASTE_ENHET: uppgifter.enhet_id,
                installningar.SENASTE_ROLL: uppgifter.rapportor_roll.value,
            }
        )
        self.sparad.emit(self._avvikelse_id)
        self.accept()

    @property
    def avvikelse_id(self) -> int | None:
        return self._avvikelse_id
