"""Formuläret för en läkemedelstillsyn: enhet, tillsynstyp, datum, vem som gjorde den,
checklistan och (för narkotikakontrollen och MAS tillsyn) narkotikaräkningen.

En ny tillsyn sparas en gång och blir sedan ett protokoll som bara läses: fynden följs
upp genom sina åtgärder och differenserna som avvikelser. En regel som tjänsten vägrar
visas överst och markören ställs i fältet.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster import enheter, personal
from skrivbord.tjanster.databasfil import Databas
from skrivbord.tjanster.lakemedelstillsyn import checklista, protokoll
from skrivbord.tjanster.lakemedelstillsyn.uppgifter import Tillsynsuppgifter
from skrivbord.typer import Tillsynstyp
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
from skrivbord.ui.lakemedelstillsyn.checklistvy import Checklistvy
from skrivbord.ui.lakemedelstillsyn.rakningsvy import Rakningsvy

# The kinds whose checklist counts narkotika: their form has the count table.
MED_RAKNING = (Tillsynstyp.NARKOTIKA, Tillsynstyp.MAS_INTERN)


class TillsynDialog(QDialog):
    def __init__(
        self,
        databas: Databas,
        parent: QWidget | None = None,
        idag: date | None = None,
        tillsyn_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._databas = databas
        self._idag = idag or date.today()
        self.sparat_id: int | None = None
        self.resize(1000, 760)
        self.felrad = fellabel()
        self.checklista = Checklistvy()
        self.rakning = Rakningsvy()
        layout = QVBoxLayout(self)
        layout.addWidget(self._bygg_huvud())
        layout.addWidget(self.felrad)
        layout.addWidget(self._bygg_checklista(), 3)
        self.rakningsruta = QGroupBox(self.tr("Narkotikaräkning mot narkotikajournalen"))
        QVBoxLayout(self.rakningsruta).addWidget(self.rakning)
        layout.addWidget(self.rakningsruta, 2)
        if tillsyn_id is None:
            self._ny()
            layout.addWidget(spara_avbryt(self, self.spara))
            ctrl_retur_sparar(self, self.spara)
        else:
            self._visa(tillsyn_id, layout)

    def _bygg_huvud(self) -> QWidget:
        ruta = QWidget()
        form = QFormLayout(ruta)
        self.enhet = QComboBox()
        for e in enheter.lista(self._databas, bara_aktiva=True):
            self.enhet.addItem(e.namn, e.id)
        self.typ = QComboBox()
        for t in Tillsynstyp:
            self.typ.addItem(t.etikett, t.value)
        self.datum = Datumfalt()
        self.datum.setDate(fran_date(self._idag))
        self.datum.setMaximumDate(fran_date(self._idag))
        self.utford_av = QComboBox()
        self.utford_av.addItem(self.tr("Välj …"), None)
        self._personer = personal.lista(self._databas)
        for p in self._personer:
            self.utford_av.addItem(f"{p.namn} ({p.roll.etikett})", p.id)
        self.deltagare = QLineEdit(placeholderText=self.tr("t.ex. farmaceut, annan sjuksköterska"))
        self.kommentar = QLineEdit()
        for text, falt in (
            (self.tr("&Enhet"), self.enhet),
            (self.tr("&Tillsyn"), self.typ),
            (self.tr("&Datum"), self.datum),
            (self.tr("&Utförd av"), self.utford_av),
            (self.tr("Övriga &deltagare"), self.deltagare),
            (self.tr("&Kommentar"), self.kommentar),
        ):
            form.addRow(text, falt)
        return ruta

    def _bygg_checklista(self) -> QWidget:
        ruta = QGroupBox(self.tr("Checklista"))
        layout = QVBoxLayout(ruta)
        self.alla_ja = QPushButton(self.tr("Besvara obesvarade med &Ja"))
        self.alla_ja.clicked.connect(self.checklista.alla_ja)
        hjalp = QLabel(
            self.tr("Varje punkt besvaras. Ett nej blir ett fynd med en åtgärd som följs upp.")
        )
        hjalp.setStyleSheet(f"color: {DAMPAD};")
        layout.addWidget(hjalp)
        rulla = QScrollArea(widgetResizable=True)
        rulla.setWidget(self.checklista)
        layout.addWidget(rulla)
        layout.addWidget(self.alla_ja)
        return ruta

    # --- a new inspection -------------------------------------------------------------

    def _ny(self) -> None:
        self.setWindowTitle(self.tr("Ny läkemedelstillsyn"))
        self.typ.currentIndexChanged.connect(self._typ_andrad)
        self.datum.dateChanged.connect(lambda q: self.checklista.satt_datum(till_date(q)))
        self._typ_andrad()

    def valj(self, enhet_id: int | None, typ: Tillsynstyp, datum: date | None = None) -> None:
        """Prefill (an egenkontroll occurrence opens the form for its unit and kind)."""
        if enhet_id is not None:
            self.enhet.setCurrentIndex(max(0, self.enhet.findData(enhet_id)))
        self.typ.setCurrentIndex(self.typ.findData(typ.value))
        if datum is not None:
            self.datum.setDate(fran_date(min(datum, self._idag)))

    def _typ_andrad(self) -> None:
        typ = Tillsynstyp(self.typ.currentData())
        punkter = checklista.punkter(self._databas, typ)
        self.checklista.satt(punkter, self._personer, till_date(self.datum.date()))
        self.rakningsruta.setVisible(typ in MED_RAKNING)
        if typ in MED_RAKNING and self.rakning.tabell.rowCount() == 0:
            self.rakning.lagg_till("", "", "", "", "")

    def uppgifter(self) -> Tillsynsuppgifter:
        typ = Tillsynstyp(self.typ.currentData())
        return Tillsynsuppgifter(
            enhet_id=self.enhet.currentData(),
            typ=typ,
            datum=till_date(self.datum.date()),
            utford_av_id=self.utford_av.currentData(),
            deltagare=self.deltagare.text(),
            kommentar=self.kommentar.text(),
            svar=self.checklista.svar(),
            rakningar=self.rakning.rakningar() if typ in MED_RAKNING else (),
        )

    def spara(self) -> None:
        falt = {
            "enhet_id": self.enhet,
            "datum": self.datum,
            "utford_av_id": self.utford_av,
            "rakningar": self.rakning.tabell,
        }
        try:
            self.sparat_id = protokoll.spara(self._databas, self.uppgifter(), self._idag)
        except OgiltigUppgift as fel:
            visa_fel(self.felrad, str(fel), falt.get(fel.falt or ""))
            return
        self.accept()

    # --- a saved inspection -----------------------------------------------------------

    def _visa(self, tillsyn_id: int, layout: QVBoxLayout) -> None:
        d = protokoll.hamta(self._databas, tillsyn_id)
        self.sparat_id = d.id
        self.setWindowTitle(self.tr("Läkemedelstillsyn {id}").format(id=d.id))
        u = d.uppgifter
        if self.enhet.findData(d.enhet_id) < 0:
            self.enhet.addItem(d.enhet, d.enhet_id)
        self.enhet.setCurrentIndex(self.enhet.findData(d.enhet_id))
        self.typ.setCurrentIndex(self.typ.findData(u.typ.value))
        self.datum.setMaximumDate(fran_date(max(u.datum, self._idag)))
        self.datum.setDate(fran_date(u.datum))
        if self.utford_av.findData(u.utford_av_id) < 0:
            self.utford_av.addItem(d.utford_av, u.utford_av_id)
        self.utford_av.setCurrentIndex(self.utford_av.findData(u.utford_av_id))
        self.deltagare.setText(u.deltagare)
        self.kommentar.setText(u.kommentar)
        for widget in (self.enhet, self.typ, self.datum, self.utford_av):
            widget.setEnabled(False)
        for rad in (self.deltagare, self.kommentar):
            rad.setReadOnly(True)
        self.checklista.visa(d.svar)
        self.alla_ja.hide()
        self.rakning.visa(d.rakningar)
        self.rakningsruta.setVisible(bool(d.rakningar))
        layout.addWidget(self._fynd(d))
        knappar = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        knappar.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        knappar.rejected.connect(self.reject)
        layout.addWidget(knappar)

    def _fynd(self, d: protokoll.TillsynDetalj) -> QWidget:
        ruta = QGroupBox(self.tr("Fynd och åtgärder"))
        layout = QVBoxLayout(ruta)
        if not d.fynd:
            layout.addWidget(QLabel(self.tr("Inga fynd.")))
        for f in d.fynd:
            if f.tidigare_atgard:
                layout.addWidget(QLabel(f"{f.fraga}: {f.tidigare_atgard}", wordWrap=True))
            for a in f.atgarder:
                senast = a.deadline.isoformat() if a.deadline else "–"
                layout.addWidget(
                    QLabel(
                        self.tr("{fynd}: {atgard} – {ansvarig}, senast {senast} ({status})").format(
                            fynd=f.fraga,
                            atgard=a.beskrivning,
                            ansvarig=a.ansvarig_namn or "–",
                            senast=senast,
                            status=a.status.etikett,
                        ),
                        wordWrap=True,
                    )
                )
        return ruta
