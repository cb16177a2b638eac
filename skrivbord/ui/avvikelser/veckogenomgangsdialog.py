"""Register the weekly fall or medication review of one unit (ISO week)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from skrivbord import installningar
from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster import enheter
from skrivbord.tjanster.avvikelser import veckogenomgangar as vg
from skrivbord.tjanster.databasfil import Databas
from skrivbord.typer import Genomgangstyp
from skrivbord.ui.gemensamt.formular import (
    Datumfalt,
    ctrl_retur_sparar,
    fellabel,
    fran_date,
    spara_avbryt,
    till_date,
)

DELTAGARROLLER = [
    "Enhetschef",
    "Sjuksköterska",
    "Fysioterapeut",
    "Arbetsterapeut",
    "Undersköterska",
    "Vårdbiträde",
]


class VeckogenomgangDialog(QDialog):
    def __init__(
        self,
        databas: Databas,
        parent: QWidget | None = None,
        idag: date | None = None,
        enhet_id: int | None = None,
        typ: Genomgangstyp = Genomgangstyp.FALL,
    ) -> None:
        super().__init__(parent)
        self._databas = databas
        self._idag = idag or date.today()
        self._nya_atgarder: list[vg.NyAtgard] = []
        self.setWindowTitle(self.tr("Veckogenomgång"))
        self.setMinimumWidth(620)
        form = QFormLayout()
        self._bygg_vecka(form, enhet_id, typ)
        self._bygg_deltagare(form)
        self._bygg_genomgang(form)
        self.felrad = fellabel()
        knappar = spara_avbryt(self, self.spara)
        ctrl_retur_sparar(self, self.spara)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.felrad)
        layout.addWidget(knappar)
        for signal in (
            self.enhet.currentIndexChanged,
            self.typ.currentIndexChanged,
            self.ar.valueChanged,
            self.vecka.valueChanged,
        ):
            signal.connect(self.lasa_kandidater)
        self.lasa_kandidater()
        self.enhet.setFocus(Qt.FocusReason.OtherFocusReason)

    def _bygg_vecka(self, form: QFormLayout, enhet_id: int | None, typ: Genomgangstyp) -> None:
        """Which unit, which kind, which week, and when it was held. The unit is the one
        asked for, else the one reviewed last time (an enhetschef reviews her own)."""
        self.enhet = QComboBox()
        for enhet in enheter.lista(self._databas, bara_aktiva=True):
            self.enhet.addItem(enhet.namn, enhet.id)
        if enhet_id is None:
            enhet_id = installningar.lasa(installningar.GENOMGANG_ENHET)
        self.enhet.setCurrentIndex(max(0, self.enhet.findData(enhet_id)))
        self.typ = QComboBox()
        for varde in Genomgangstyp:
            self.typ.addItem(varde.etikett, varde.value)
        self.typ.setCurrentIndex(self.typ.findData(typ.value))
        forra = (self._idag - timedelta(days=7)).isocalendar()
        self.ar = QSpinBox(minimum=2000, maximum=2100, value=forra[0])
        self.ar.setAccessibleName(self.tr("År"))
        self.vecka = QSpinBox(minimum=1, maximum=53, value=forra[1], prefix="v. ")
        self.vecka.setAccessibleName(self.tr("Vecka"))
        veckorad = QHBoxLayout()
        veckorad.addWidget(self.ar)
        veckorad.addWidget(self.vecka)
        veckorad.addStretch()
        self.datum = Datumfalt()
        self.datum.setDate(fran_date(self._idag))
        form.addRow(self.tr("&Enhet"), self.enhet)
        form.addRow(self.tr("&Genomgång"), self.typ)
        form.addRow(self.tr("Vecka"), veckorad)
        form.addRow(self.tr("&Hölls den"), self.datum)

    def _bygg_deltagare(self, form: QFormLayout) -> None:
        """The roles that took part, in a grid so every label shows in full."""
        roller = QGridLayout()
        self.deltagare: list[QCheckBox] = []
        for nummer, roll in enumerate(DELTAGARROLLER):
            ruta = QCheckBox(roll)
            ruta.setChecked(roll == "Enhetschef")
            self.deltagare.append(ruta)
            roller.addWidget(ruta, nummer // 3, nummer % 3)
        form.addRow(self.tr("Deltagare"), roller)

    def _bygg_genomgang(self, form: QFormLayout) -> None:
        """The avvikelser gone through, the decisions, and new åtgärder."""
        self.kandidater = QListWidget()
        self.kandidater.setMinimumHeight(140)
        form.addRow(self.tr("&Avvikelser som gicks igenom"), self.kandidater)
        self.beslut = QPlainTextEdit(tabChangesFocus=True)
        self.beslut.setFixedHeight(64)
        form.addRow(self.tr("&Beslut"), self.beslut)
        atgardsrad = QHBoxLayout()
        self.ny_atgard = QLineEdit(placeholderText=self.tr("Ny åtgärd för markerad avvikelse"))
        self.ny_atgard.setAccessibleName(self.tr("Ny åtgärd"))
        self.ny_deadline = Datumfalt()
        self.ny_deadline.setAccessibleName(self.tr("Ny åtgärd klar senast"))
        self.ny_deadline.setDate(fran_date(self._idag + timedelta(days=14)))
        lagg_till = QPushButton(self.tr("&Lägg till"))
        lagg_till.clicked.connect(self._lagg_till_atgard)
        atgardsrad.addWidget(self.ny_atgard, 1)
        atgardsrad.addWidget(self.ny_deadline)
        atgardsrad.addWidget(lagg_till)
        form.addRow(self.tr("Nya åtgärder"), atgardsrad)
        self.atgardslista = QLabel(self.tr("Inga nya åtgärder."), wordWrap=True)
        form.addRow("", self.atgardslista)

    def _typ(self) -> Genomgangstyp:
        return Genomgangstyp(self.typ.currentData())

    def lasa_kandidater(self) -> None:
        self.kandidater.clear()
        try:
            rader = vg.kandidater(
                self._databas,
                self.enhet.currentData(),
                self.ar.value(),
                self.vecka.value(),
                self._typ(),
            )
        except OgiltigUppgift as fel:
            self.felrad.setText(fel.meddelande)
            self.felrad.show()
            return
        self.felrad.hide()
        for rad in rader:
            text = (
                f"{rad.handelse_tid:%Y-%m-%d %H:%M} · {rad.status.etikett} · {rad.beskrivning[:80]}"
            )
            post = QListWidgetItem(text)
            post.setData(Qt.ItemDataRole.UserRole, rad.id)
            post.setFlags(post.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # Ticked: not yet covered by an earlier review; older open ones unticked.
            post.setCheckState(Qt.CheckState.Checked if rad.forvald else Qt.CheckState.Unchecked)
            if not rad.forvald:
                post.setToolTip(self.tr("Äldre öppen avvikelse, från före förra genomgången."))
            self.kandidater.addItem(post)
        if not rader:
            self.kandidater.addItem(self.tr("Inga avvikelser av det här slaget för veckan."))

    def valda(self) -> list[int]:
        return [
            post.data(Qt.ItemDataRole.UserRole)
            for post in (self.kandidater.item(i) for i in range(self.kandidater.count()))
            if post.data(Qt.ItemDataRole.UserRole) is not None
            and post.checkState() == Qt.CheckState.Checked
        ]

    def _lagg_till_atgard(self) -> None:
        post = self.kandidater.currentItem()
        avvikelse_id = post.data(Qt.ItemDataRole.UserRole) if post else None
        if avvikelse_id is None or not self.ny_atgard.text().strip():
            self.felrad.setText(self.tr("Markera en avvikelse i listan och skriv åtgärden."))
            self.felrad.show()
            return
        self._nya_atgarder.append(
            vg.NyAtgard(
                avvikelse_id, self.ny_atgard.text(), None, till_date(self.ny_deadline.date())
            )
        )
        self.ny_atgard.clear()
        self.atgardslista.setText(
            "<br>".join(
                self.tr("{atgard} (avvikelse {id}, senast {datum})").format(
                    atgard=a.beskrivning, id=a.avvikelse_id, datum=a.deadline.isoformat()
                )
                for a in self._nya_atgarder
            )
        )

    def spara(self) -> None:
        genomgang = vg.Genomgang(
            enhet_id=self.enhet.currentData(),
            ar=self.ar.value(),
            vecka=self.vecka.value(),
            typ=self._typ(),
            datum=till_date(self.datum.date()),
            deltagare=[r.text() for r in self.deltagare if r.isChecked()],
            beslut=self.beslut.toPlainText(),
            avvikelse_ids=self.valda(),
            nya_atgarder=list(self._nya_atgarder),
        )
        try:
            vg.registrera(self._databas, genomgang, self._idag)
        except OgiltigUppgift as fel:
            self.felrad.setText(fel.meddelande)
            self.felrad.show()
            return
        installningar.spara(installningar.GENOMGANG_ENHET, genomgang.enhet_id)
        self.accept()
