"""The intake form for one avvikelse: quick to fill, keyboard-only possible.

The fields come in the order a report is written: when and where, the category and
its own fields (fall, läkemedel, annat) right after it, what happened, the risk, and
last what rarely changes (the reporter, the report date, a reference). Tab moves
through them in that order and leaves a date or time in one press; the form opens
on the date. Ctrl+Retur saves; Esc closes, and asks first if anything was changed.
Every rule the service refuses is listed with its field named, the first such field
gets focus, and the list goes away as soon as the user edits the form.
When someone else saved the avvikelse while this form was open, nothing is lost: a
side panel (samtidig.py) says who, loads the saved version on request and keeps the
user's own text beside the form to copy back, and then she saves again.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from skrivbord import installningar
from skrivbord.fel import OgiltigUppgift, SamtidigAndring
from skrivbord.tjanster import enheter
from skrivbord.tjanster.avvikelser import annat_skal, kategorier, risk
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
    Rapportorgrupp,
    Roll,
)
from skrivbord.ui.avvikelser.mellan_vardgivare import MellanVardgivareGrupp
from skrivbord.ui.avvikelser.samtidig import SamtidigAndringPanel
from skrivbord.ui.gemensamt.formular import (
    Datumfalt,
    Tidsfalt,
    ctrl_retur_sparar,
    fellabel,
    fran_date,
    fyll_kombination,
    spara_avbryt,
    valj_data,
    valt_som,
)


def _text(falt: QPlainTextEdit) -> str:
    return falt.toPlainText().strip()


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
        self._version: int | None = None  # the loaded one, handed back on save
        self.setWindowTitle(
            self.tr("Ny avvikelse") if avvikelse_id is None else self.tr("Ändra avvikelse")
        )
        self.setMinimumWidth(640)
        self._bygg()
        self._fyll_val()
        if avvikelse_id is None:
            self._standardvarden()
        else:
            detalj = avvikelser.hamta(databas, avvikelse_id)
            self._visa(detalj.uppgifter)
            self._version = detalj.version
        self._uppdatera_synlighet()
        self._uppdatera_risk()
        self._utgangslage = self.uppgifter()  # to tell whether Esc would lose anything
        self._oppna_i_ratt_storlek()
        self.datum.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- construction -------------------------------------------------------------------

    def _bygg(self) -> None:
        innehall = QWidget()
        layout = QVBoxLayout(innehall)
        layout.addLayout(self._bygg_handelse())
        layout.addWidget(self._bygg_fall())
        layout.addWidget(self._bygg_lakemedel())
        layout.addWidget(self._bygg_annat())
        layout.addLayout(self._bygg_beskrivning())
        layout.addWidget(self._bygg_riskbedomning())
        self.mellan = QCheckBox(self.tr("Avvikelse mellan vårdgivare (kommun ↔ region m.fl.)"))
        layout.addWidget(self.mellan)
        layout.addWidget(self._bygg_mellan_vardgivare())
        layout.addWidget(self._bygg_rapport())
        layout.addStretch()
        self._bygg_ram(innehall)
        self._koppla()

    def _bygg_handelse(self) -> QFormLayout:
        """When and where, and which category: the fields every avvikelse starts with."""
        handelse = QFormLayout()
        self.datum = Datumfalt()
        self.datum.setAccessibleName(self.tr("Händelsedatum"))
        self.tid = Tidsfalt()
        self.tid.setAccessibleName(self.tr("Klockslag för händelsen"))
        tidrad = QHBoxLayout()
        tidrad.addWidget(self.datum)
        klockslag = QLabel(self.tr("kl."))
        klockslag.setBuddy(self.tid)
        tidrad.addWidget(klockslag)
        tidrad.addWidget(self.tid)
        # Imported without a time of day: it stays unknown until a time is entered.
        self._tid_okand = False
        self.tid_okand_etikett = QLabel(self.tr("tid okänd"))
        self.tid_okand_etikett.setToolTip(
            self.tr("Importerad utan klockslag. Ange klockslaget om du vet det.")
        )
        self.tid_okand_etikett.hide()
        self.tid.timeChanged.connect(
            lambda _t: self.tid_okand_etikett.setVisible(self._tid_okand_nu())
        )
        tidrad.addWidget(self.tid_okand_etikett)
        tidrad.addStretch()
        datumetikett = QLabel(self.tr("&Händelsedatum"))
        datumetikett.setBuddy(self.datum)
        handelse.addRow(datumetikett, tidrad)
        self.enhet = QComboBox()
        handelse.addRow(self.tr("&Enhet"), self.enhet)
        self.kategori = QComboBox()
        handelse.addRow(self.tr("&Kategori"), self.kategori)
        self.underkategori = QComboBox(editable=True)
        self.underkategori_etikett = QLabel(self.tr("Underkategori"))
        self.underkategori_etikett.setBuddy(self.underkategori)
        handelse.addRow(self.underkategori_etikett, self.underkategori)
        return handelse

    def _bygg_beskrivning(self) -> QFormLayout:
        """What happened, what was done at once, and what it meant for the patient."""
        beskrivning = QFormLayout()
        self.beskrivning = QPlainTextEdit(tabChangesFocus=True)
        self.beskrivning.setPlaceholderText(
            self.tr("Vad hände? Skriv inga namn eller personnummer.")
        )
        self.beskrivning.setFixedHeight(80)
        beskrivning.addRow(self.tr("&Vad hände"), self.beskrivning)
        self.omedelbar = QPlainTextEdit(tabChangesFocus=True)
        self.omedelbar.setFixedHeight(52)
        beskrivning.addRow(self.tr("&Omedelbar åtgärd"), self.omedelbar)
        self.konsekvens = QComboBox()
        beskrivning.addRow(self.tr("Faktisk konsekvens för &patienten"), self.konsekvens)
        return beskrivning

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
        # The MAS's classing (annat_skal.py): what the sammanställning counts.
        self.annat_skal = QComboBox()
        self.annat_skal.setToolTip(
            self.tr("Sammanställningen räknar skälet, aldrig förklaringen. Klassas av MAS.")
        )
        annat.addRow(self.tr("Skäl"), self.annat_skal)
        return self.annatgrupp

    def _bygg_riskbedomning(self) -> QGroupBox:
        riskgrupp = QGroupBox(self.tr("Riskbedömning"))
        riskform = QFormLayout(riskgrupp)
        self.risk_konsekvens = QComboBox()
        self.risk_sannolikhet = QComboBox()
        self.risketikett = QLabel()
        self.risketikett.setObjectName("risketikett")
        riskform.addRow(self.tr("Möjlig konsekvens"), self.risk_konsekvens)
        riskform.addRow(self.tr("Sannolikhet"), self.risk_sannolikhet)
        riskform.addRow(self.tr("Risk"), self.risketikett)
        return riskgrupp

    def _bygg_mellan_vardgivare(self) -> QGroupBox:
        self.vardgivargrupp = MellanVardgivareGrupp(self._databas, self._idag)
        return self.vardgivargrupp

    def _bygg_rapport(self) -> QGroupBox:
        """Who reported it and when, and a reference: usually right as they are."""
        rapportgrupp = QGroupBox(self.tr("Rapporten"))
        rapport = QFormLayout(rapportgrupp)
        self.rapporterad = Datumfalt()
        rapportrad = QHBoxLayout()
        rapportrad.addWidget(self.rapporterad)
        rapportrad.addStretch()
        rapportetikett = QLabel(self.tr("Rapporterad"))
        rapportetikett.setBuddy(self.rapporterad)
        rapport.addRow(rapportetikett, rapportrad)
        self.roll = QComboBox()
        rapport.addRow(self.tr("Rapportörens roll"), self.roll)
        self.namn = QLineEdit(placeholderText=self.tr("Frivilligt, syns bara internt"))
        rapport.addRow(self.tr("Rapportörens namn"), self.namn)
        self.extern_referens = QLineEdit(
            # One honest label for what is kept here: the journal system's number, or
            # the region's reference of an avvikelse between caregivers.
            placeholderText=self.tr(
                "Ärendenummer i journalsystemet eller regionens referens (exporteras aldrig)"
            )
        )
        rapport.addRow(self.tr("Extern referens"), self.extern_referens)
        return rapportgrupp

    def _bygg_ram(self, innehall: QWidget) -> None:
        """The fields scroll; the error line and the buttons stay in view below them."""
        rulla = QScrollArea(widgetResizable=True)
        rulla.setWidget(innehall)
        rulla.setFrameShape(QScrollArea.Shape.NoFrame)
        rulla.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
        self._rulla = rulla

        self.felrad = fellabel()
        self.felrad.setObjectName("felrad")
        knappar = spara_avbryt(self, self.spara)
        self.spara_knapp = knappar.button(QDialogButtonBox.StandardButton.Save)
        self.spara_knapp.setToolTip(self.tr("Spara (Ctrl+Retur)"))
        ctrl_retur_sparar(self, self.spara)

        self.samtidig = SamtidigAndringPanel()
        self.samtidig.hamta_sparad.connect(self._hamta_sparad)
        mitt = QHBoxLayout()
        mitt.addWidget(rulla, 1)
        mitt.addWidget(self.samtidig)

        yttre = QVBoxLayout(self)
        yttre.addLayout(mitt)
        yttre.addWidget(self.felrad)
        yttre.addWidget(knappar)

    def _koppla(self) -> None:
        self._koppla_andringar()
        self.kategori.currentIndexChanged.connect(self._uppdatera_synlighet)
        self.mellan.toggled.connect(self._uppdatera_synlighet)
        self.risk_konsekvens.currentIndexChanged.connect(self._uppdatera_risk)
        self.risk_sannolikhet.currentIndexChanged.connect(self._uppdatera_risk)

    def _koppla_andringar(self) -> None:
        """Any edit takes the list of refused rules away: it may no longer be true."""
        for kombination in self.findChildren(QComboBox):
            kombination.currentIndexChanged.connect(self.felrad.hide)
            kombination.editTextChanged.connect(self.felrad.hide)
        for rad in self.findChildren(QLineEdit):
            rad.textEdited.connect(self.felrad.hide)
        for text in self.findChildren(QPlainTextEdit):
            text.textChanged.connect(self.felrad.hide)
        for datum in (
            self.datum,
            self.tid,
            self.rapporterad,
            self.vardgivargrupp.underrattad_datum,
            self.vardgivargrupp.svar_datum,
        ):
            datum.dateTimeChanged.connect(self.felrad.hide)
        for ruta in self.findChildren(QCheckBox):
            ruta.toggled.connect(self.felrad.hide)

    def _faltens_widgetar(self) -> dict[str, QWidget]:
        """The widget of each AvvikelseUppgifter field, to focus the one an error names."""
        return {  # in the order of the form
            "handelse_tid": self.datum,
            "enhet_id": self.enhet,
            "kategori_id": self.kategori,
            "fall_plats": self.fall_plats,
            "fall_aktivitet": self.fall_aktivitet,
            "fall_skada": self.fall_skada,
            "lakemedel_feltyp": self.feltyp,
            "lakemedel_upptackt_av": self.upptackt_av,
            "annat_orsak": self.annat_orsak,
            "annat_skal_id": self.annat_skal,
            "beskrivning": self.beskrivning,
            "konsekvens": self.konsekvens,
            "risk_konsekvens": self.risk_konsekvens,
            "risk_sannolikhet": self.risk_sannolikhet,
            **self.vardgivargrupp.faltens_widgetar(),
            "rapporterad_datum": self.rapporterad,
            "rapportor_roll": self.roll,
        }

    def _oppna_i_ratt_storlek(self) -> None:
        """Tall enough to show the fields without scrolling, where the screen allows."""
        skarm = self.screen().availableGeometry() if self.screen() else None
        hojd = 900 if skarm is None else min(900, skarm.height() - 60)
        self.resize(max(self.width(), 700), max(hojd, 420))

    def _fyll_val(self) -> None:
        fyll_kombination(
            self.enhet, [(e.namn, e.id) for e in enheter.lista(self._databas, bara_aktiva=True)]
        )
        fyll_kombination(self.roll, [(r.etikett, r) for r in Roll])
        alla = kategorier.lista(self._databas)
        self._kategorikoder = {k.id: k.kod for k in alla}
        fyll_kombination(self.kategori, [(k.namn, k.id) for k in alla if k.aktiv])
        fyll_kombination(self.konsekvens, [(k.etikett, k) for k in Konsekvens])
        # Every reason, so an avvikelse classed under one since deactivated keeps it.
        fyll_kombination(
            self.annat_skal,
            [(s.namn, s.id) for s in annat_skal.SKAL.lista(self._databas)],
            self.tr("Ej klassad ännu"),
        )
        ej_bedomd = self.tr("Ej bedömd")
        fyll_kombination(
            self.risk_konsekvens,
            [(f"{n} – {t}", n) for n, t in risk.RISK_KONSEKVENS.items()],
            ej_bedomd,
        )
        fyll_kombination(
            self.risk_sannolikhet,
            [(f"{n} – {t}", n) for n, t in risk.RISK_SANNOLIKHET.items()],
            ej_bedomd,
        )
        valj = self.tr("Välj …")
        fyll_kombination(
            self.fall_plats, [(p["namn"], p["kod"]) for p in self._faltval["fall_plats"]], valj
        )
        fyll_kombination(
            self.fall_aktivitet,
            [(p["namn"], p["kod"]) for p in self._faltval["fall_aktivitet"]],
            valj,
        )
        fyll_kombination(self.fall_skada, [(s.etikett, s) for s in Fallskada], valj)
        fyll_kombination(self.feltyp, [(f.etikett, f) for f in Lakemedelsfel], valj)
        fyll_kombination(self.upptackt_av, [(g.etikett, g) for g in Rapportorgrupp], valj)
        self.vardgivargrupp.fyll_val()

    def _standardvarden(self) -> None:
        nu = QDateTime.currentDateTime()
        self.datum.setDate(fran_date(self._idag))
        self.tid.setTime(QTime(nu.time().hour(), nu.time().minute()))
        self.rapporterad.setDate(fran_date(self._idag))
        self.vardgivargrupp.standardvarden()
        # The unit and role last used: most reports come from the same person and unit.
        valj_data(self.enhet, installningar.lasa(installningar.SENASTE_ENHET))
        senaste_roll = installningar.lasa(installningar.SENASTE_ROLL)
        # Most reports are written by care staff.
        roll = Roll(senaste_roll) if senaste_roll in set(Roll) else Roll.UNDERSKOTERSKA
        valj_data(self.roll, roll)

    # --- reading and writing the fields ----------------------------------------------------

    def _visa(self, u: AvvikelseUppgifter) -> None:
        self.datum.setDate(fran_date(u.handelse_tid.date()))
        self._tid_okand = u.tid_okand
        self.tid.setTime(QTime(u.handelse_tid.hour, u.handelse_tid.minute))
        self.tid_okand_etikett.setVisible(self._tid_okand_nu())
        self.rapporterad.setDate(fran_date(u.rapporterad_datum))
        valj_data(self.enhet, u.enhet_id)
        valj_data(self.roll, u.rapportor_roll)
        self.namn.setText(u.rapportor_namn or "")
        if self.kategori.findData(u.kategori_id) < 0:  # a since deactivated category
            self.kategori.addItem(self.tr("(inaktiv kategori)"), u.kategori_id)
        valj_data(self.kategori, u.kategori_id)
        self._uppdatera_underkategorier()
        self.underkategori.setEditText(u.underkategori)
        self.beskrivning.setPlainText(u.beskrivning)
        self.omedelbar.setPlainText(u.omedelbar_atgard)
        valj_data(self.konsekvens, u.konsekvens)
        valj_data(self.risk_konsekvens, u.risk_konsekvens)
        valj_data(self.risk_sannolikhet, u.risk_sannolikhet)
        valj_data(self.fall_plats, u.fall_plats)
        valj_data(self.fall_aktivitet, u.fall_aktivitet)
        valj_data(self.fall_skada, u.fall_skada)
        valj_data(self.feltyp, u.lakemedel_feltyp)
        valj_data(self.upptackt_av, u.lakemedel_upptackt_av)
        self.annat_orsak.setText(u.annat_orsak)
        valj_data(self.annat_skal, u.annat_skal_id)
        self.mellan.setChecked(u.mellan_vardgivare)
        self.vardgivargrupp.visa(u)
        self.extern_referens.setText(u.extern_referens or "")

    def _tid_okand_nu(self) -> bool:
        """Still unknown: imported without a time, and 00:00 not changed since."""
        return self._tid_okand and self.tid.time() == QTime(0, 0)

    def uppgifter(self) -> AvvikelseUppgifter:
        d, t = self.datum.date(), self.tid.time()
        r = self.rapporterad.date()
        return AvvikelseUppgifter(
            handelse_tid=datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()),
            rapporterad_datum=date(r.year(), r.month(), r.day()),
            enhet_id=self.enhet.currentData(),
            rapportor_roll=valt_som(self.roll, Roll),
            rapportor_namn=self.namn.text().strip() or None,
            kategori_id=self.kategori.currentData(),
            underkategori=self.underkategori.currentText().strip(),
            beskrivning=_text(self.beskrivning),
            omedelbar_atgard=_text(self.omedelbar),
            konsekvens=valt_som(self.konsekvens, Konsekvens),
            risk_konsekvens=self.risk_konsekvens.currentData(),
            risk_sannolikhet=self.risk_sannolikhet.currentData(),
            extern_referens=self.extern_referens.text().strip() or None,
            annat_orsak=self.annat_orsak.text().strip(),
            annat_skal_id=self.annat_skal.currentData(),
            fall_plats=self.fall_plats.currentData(),
            fall_aktivitet=self.fall_aktivitet.currentData(),
            fall_skada=valt_som(self.fall_skada, Fallskada),
            lakemedel_feltyp=valt_som(self.feltyp, Lakemedelsfel),
            lakemedel_upptackt_av=valt_som(self.upptackt_av, Rapportorgrupp),
            mellan_vardgivare=self.mellan.isChecked(),
            **self.vardgivargrupp.varden(),  # type: ignore[arg-type]
            tid_okand=self._tid_okand_nu(),
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
        # Only categories with subcategories show the box (falls and medication have
        # their own fields instead), unless an older avvikelse already holds one.
        har_underkategori = bool(self._faltval["underkategorier"].get(kod)) or bool(
            self.underkategori.currentText().strip()
        )
        self.underkategori.setVisible(har_underkategori)
        self.underkategori_etikett.setVisible(har_underkategori)

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

    def visa_fel(self, fel: OgiltigUppgift) -> None:
        """Every refused rule in the order of the form; focus (and scroll to) the first
        field named."""
        widgetar = self._faltens_widgetar()
        ordning = list(widgetar)

        def plats(regel: tuple[str | None, str]) -> int:
            return ordning.index(regel[0]) if regel[0] in ordning else len(ordning)

        regler = sorted(fel.alla, key=plats)
        self.felrad.setText("\n".join(text for _, text in regler))
        self.felrad.show()
        widget = widgetar.get(regler[0][0] or "")
        if widget is not None and widget.isVisibleTo(self):
            self._rulla.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        """Esc or Avbryt: ask before throwing away what was written."""
        if self.uppgifter() != self._utgangslage:
            svar = QMessageBox.question(
                self,
                self.tr("Stäng utan att spara?"),
                self.tr("Du har ändrat i avvikelsen. Vill du stänga utan att spara?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if svar != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def spara(self) -> None:
        uppgifter = self.uppgifter()
        try:
            if self._avvikelse_id is None:
                self._avvikelse_id = avvikelser.registrera(self._databas, uppgifter, self._idag)
            else:
                avvikelser.uppdatera(
                    self._databas, self._avvikelse_id, uppgifter, self._idag, version=self._version
                )
        except OgiltigUppgift as fel:
            self.visa_fel(fel)
            return
        except SamtidigAndring as fel:
            self._visa_samtidig_andring(fel, uppgifter)
            return
        installningar.spara_flera(
            {
                installningar.SENASTE_ENHET: uppgifter.enhet_id,
                installningar.SENASTE_ROLL: uppgifter.rapportor_roll.value,
            }
        )
        self.sparad.emit(self._avvikelse_id)
        self.accept()

    # --- someone else saved first ---------------------------------------------------------

    def _visa_samtidig_andring(self, fel: SamtidigAndring, din: AvvikelseUppgifter) -> None:
        """Nothing was saved; her text stays in the form and in the side panel."""
        assert self._avvikelse_id is not None
        sparad = avvikelser.hamta(self._databas, self._avvikelse_id).uppgifter
        if not self.samtidig.isVisible():
            self.resize(self.width() + self.samtidig.minimumWidth() + 20, self.height())
        self.samtidig.visa(fel.meddelande, din, sparad, self._anvand_din_text)
        self.samtidig.hamta.setFocus(Qt.FocusReason.OtherFocusReason)

    def _hamta_sparad(self) -> None:
        """Fill the form with the saved version; her own stays in the side panel."""
        assert self._avvikelse_id is not None
        detalj = avvikelser.hamta(self._databas, self._avvikelse_id)
        self._visa(detalj.uppgifter)
        self._uppdatera_synlighet()
        self._uppdatera_risk()
        self._version = detalj.version
        self.felrad.hide()
        self.samtidig.sparad_hamtad(
            self.tr(
                "Formuläret visar nu den sparade versionen. Din version finns kvar här: "
                "för över det du vill ha kvar och spara igen."
            )
        )

    def _anvand_din_text(self, falt: str, text: str) -> None:
        """Put her version of one text field back into the form."""
        satt = {
            "underkategori": self.underkategori.setEditText,
            "annat_orsak": self.annat_orsak.setText,
            "beskrivning": self.beskrivning.setPlainText,
            "omedelbar_atgard": self.omedelbar.setPlainText,
            "motpart_enhet": self.vardgivargrupp.motpart_enhet.setText,
            "overenskommelse_text": self.vardgivargrupp.overenskommelse_text.setText,
            "motpart_svar": self.vardgivargrupp.motpart_svar.setText,
            "rapportor_namn": self.namn.setText,
            "extern_referens": self.extern_referens.setText,
        }
        satt[falt](text)
        widget = self._faltens_widgetar().get(falt)
        if widget is not None and widget.isVisibleTo(self):
            self._rulla.ensureWidgetVisible(widget)

    @property
    def avvikelse_id(self) -> int | None:
        return self._avvikelse_id
