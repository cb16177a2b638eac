"""A new or changed plan item: area, description, scope, frequency (friendly presets
that become an iCalendar rule), source, responsible role, to whom it is reported, the
record that documents it, active."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
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
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from skrivbord import kodlista
from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster import enheter
from skrivbord.tjanster.egenkontroller import plan, regler
from skrivbord.tjanster.egenkontroller.regler import Forval
from skrivbord.typer import Dokumentkalla, Enhetstyp, Omfang, Roll
from skrivbord.ui.gemensamt.formular import ctrl_retur_sparar, fellabel, spara_avbryt, visa_fel
from skrivbord.ui.gemensamt.sida import DAMPAD

if TYPE_CHECKING:
    from skrivbord.tjanster.databasfil import Databas

_MANADER = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
_ROLLER = (Roll.MAS, Roll.ENHETSCHEF, Roll.SJUKSKOTERSKA, Roll.FYSIOTERAPEUT, Roll.ARBETSTERAPEUT)


class PlanDialog(QDialog):
    """Emits ``sparad(id)`` and closes when the service has saved the plan item."""

    sparad = Signal(int)

    def __init__(
        self, databas: Databas, post_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._databas = databas
        self._post_id = post_id
        self.setWindowTitle(
            self.tr("Ny egenkontroll") if post_id is None else self.tr("Ändra egenkontroll")
        )
        self.felrad = fellabel()
        layout = QVBoxLayout(self)
        layout.addLayout(self._bygg_formular())
        layout.addWidget(self.felrad)
        layout.addWidget(spara_avbryt(self, self.spara))
        ctrl_retur_sparar(self, self.spara)
        self._fyll(plan.hamta(databas, post_id) if post_id is not None else None)
        self.omrade.setFocus()

    def _bygg_formular(self) -> QFormLayout:
        self.omrade = QLineEdit()
        self.omrade.setMaxLength(120)
        # The national area the export to the region counts the item under.
        self.omradeskod = QComboBox()
        for kod in kodlista.koder("egenkontrollomrade"):
            self.omradeskod.addItem(kod.namn, kod.kod)
        self.omradeskod.setToolTip(
            self.tr("Vad exporten till regionen räknar egenkontrollen som (kodlista {v})").format(
                v=kodlista.version()
            )
        )
        self.beskrivning = QPlainTextEdit()
        self.beskrivning.setFixedHeight(64)
        self.beskrivning.setTabChangesFocus(True)
        self.omfang = QComboBox()
        for omfang in Omfang:
            self.omfang.addItem(omfang.etikett, omfang.value)
        self.typer = {typ: QCheckBox(typ.etikett) for typ in Enhetstyp}
        self.typruta = QWidget()
        typrutnat = QGridLayout(self.typruta)
        typrutnat.setContentsMargins(0, 0, 0, 0)
        for i, ruta in enumerate(self.typer.values()):
            typrutnat.addWidget(ruta, i // 2, i % 2)
        self.valda = QListWidget()
        self.valda.setAccessibleName(self.tr("Valda enheter"))
        self.valda.setFixedHeight(110)
        for enhet in enheter.lista(self._databas, bara_aktiva=True):
            rad = QListWidgetItem(enhet.namn)
            rad.setData(Qt.ItemDataRole.UserRole, enhet.id)
            rad.setFlags(rad.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            rad.setCheckState(Qt.CheckState.Unchecked)
            self.valda.addItem(rad)
        self.omfang.currentIndexChanged.connect(self._visa_omfang)

        self.forval = QComboBox()
        for forval in Forval:
            self.forval.addItem(forval.etikett, forval.value)
        self.manader = [QCheckBox(namn) for namn in _MANADER]
        self.manadsruta = QWidget()
        manadsrutnat = QGridLayout(self.manadsruta)
        manadsrutnat.setContentsMargins(0, 0, 0, 0)
        for i, ruta in enumerate(self.manader):
            ruta.setAccessibleName(self.tr("Månad {n}").format(n=i + 1))
            manadsrutnat.addWidget(ruta, i // 6, i % 6)
        self.forval.currentIndexChanged.connect(self._visa_manader)
        self.manadstext = QLabel(wordWrap=True)
        self.manadstext.setStyleSheet(f"color: {DAMPAD};")

        self.kalla = QLineEdit()
        self.kalla.setMaxLength(200)
        self.ansvarig = QComboBox()
        for roll in _ROLLER:
            self.ansvarig.addItem(roll.etikett, roll.value)
        self.till_namnden = QRadioButton(
            self.tr("Nämnden ({namnd})").format(namnd=plan.namnd(self._databas))
        )
        self.till_annan = QRadioButton(self.tr("Annan:"))
        self.rapporteras_till = QLineEdit()
        self.rapporteras_till.setMaxLength(120)
        self.rapporteras_till.setAccessibleName(self.tr("Rapporteras till"))
        self.till_annan.toggled.connect(self.rapporteras_till.setEnabled)
        mottagare = QHBoxLayout()
        mottagare.addWidget(self.till_namnden)
        mottagare.addWidget(self.till_annan)
        mottagare.addWidget(self.rapporteras_till, 1)
        self.dokumenteras_i = QComboBox()
        for kalla in Dokumentkalla:
            self.dokumenteras_i.addItem(kalla.etikett, kalla.value)
        self.aktiv = QCheckBox(self.tr("&Aktiv (ger tillfällen i kalendern)"))

        formular = QFormLayout()
        formular.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, falt in (
            (self.tr("&Område"), self.omrade),
            (self.tr("Nationellt områd&e"), self.omradeskod),
            (self.tr("&Beskrivning"), self.beskrivning),
            (self.tr("O&mfång"), self.omfang),
        ):
            etikett = QLabel(text)
            etikett.setBuddy(falt)
            formular.addRow(etikett, falt)
        formular.addRow("", self.typruta)
        formular.addRow("", self.valda)
        etikett = QLabel(self.tr("&Frekvens"))
        etikett.setBuddy(self.forval)
        formular.addRow(etikett, self.forval)
        formular.addRow("", self.manadsruta)
        formular.addRow("", self.manadstext)
        for text, falt in (
            (self.tr("&Källa"), self.kalla),
            (self.tr("A&nsvarig"), self.ansvarig),
        ):
            etikett = QLabel(text)
            etikett.setBuddy(falt)
            formular.addRow(etikett, falt)
        formular.addRow(self.tr("Rapporteras till"), mottagare)
        etikett = QLabel(self.tr("&Dokumenteras i"))
        etikett.setBuddy(self.dokumenteras_i)
        formular.addRow(etikett, self.dokumenteras_i)
        formular.addRow("", self.aktiv)
        return formular

    def _visa_omfang(self) -> None:
        omfang = Omfang(self.omfang.currentData())
        self.typruta.setVisible(omfang == Omfang.ENHETSTYPER)
        self.valda.setVisible(omfang == Omfang.VALDA)

    def _visa_manader(self) -> None:
        forval = Forval(self.forval.currentData())
        antal = forval.antal_manader
        self.manadsruta.setVisible(antal != 0)
        self.manadstext.setText(
            {
                Forval.VECKOVIS: self.tr("Klar senast söndag varje vecka."),
                Forval.MANADSVIS: self.tr("Klar senast sista dagen varje månad."),
                Forval.KVARTALSVIS: self.tr("Klar senast sista mars, juni, september, december."),
                Forval.HALVARSVIS: self.tr("Välj de två månader då den ska vara klar."),
                Forval.ARLIGEN: self.tr("Välj den månad då den ska vara klar."),
                Forval.MANADER: self.tr("Välj månaderna då den ska vara klar."),
            }[forval]
        )

    def _fyll(self, post: plan.PlanPost | None) -> None:
        if post is None:
            self.omfang.setCurrentIndex(self.omfang.findData(Omfang.ALLA.value))
            self.forval.setCurrentIndex(self.forval.findData(Forval.MANADSVIS.value))
            self.ansvarig.setCurrentIndex(self.ansvarig.findData(Roll.SJUKSKOTERSKA.value))
            self.till_annan.setChecked(True)
            self.rapporteras_till.setText("MAS")
            self.aktiv.setChecked(True)
            self.omradeskod.setCurrentIndex(self.omradeskod.findData(kodlista.ANNAT))
        else:
            self.omrade.setText(post.omrade)
            self.omradeskod.setCurrentIndex(max(0, self.omradeskod.findData(post.omradeskod)))
            self.beskrivning.setPlainText(post.beskrivning)
            self.omfang.setCurrentIndex(self.omfang.findData(post.omfang.value))
            for typ in post.enhetstyper:
                self.typer[typ].setChecked(True)
            for i in range(self.valda.count()):
                rad = self.valda.item(i)
                if rad.data(Qt.ItemDataRole.UserRole) in post.valda_enheter:
                    rad.setCheckState(Qt.CheckState.Checked)
            frekvens = regler.tolka(post.regel) or regler.Frekvens(Forval.MANADSVIS)
            self.forval.setCurrentIndex(self.forval.findData(frekvens.forval.value))
            for manad in frekvens.manader:
                self.manader[manad - 1].setChecked(True)
            self.kalla.setText(post.kalla)
            self.ansvarig.setCurrentIndex(max(0, self.ansvarig.findData(post.ansvarig.value)))
            (self.till_namnden if post.till_namnden else self.till_annan).setChecked(True)
            if not post.till_namnden:
                self.rapporteras_till.setText(post.rapporteras_till)
            self.dokumenteras_i.setCurrentIndex(
                self.dokumenteras_i.findData(post.dokumenteras_i.value)
            )
            self.aktiv.setChecked(post.aktiv)
        self.rapporteras_till.setEnabled(self.till_annan.isChecked())
        self._visa_omfang()
        self._visa_manader()

    def utkast(self) -> plan.Utkast:
        """What the form says (the service checks it)."""
        forval = Forval(self.forval.currentData())
        manader = tuple(i + 1 for i, ruta in enumerate(self.manader) if ruta.isChecked())
        valda = tuple(
            self.valda.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.valda.count())
            if self.valda.item(i).checkState() == Qt.CheckState.Checked
        )
        return plan.Utkast(
            omrade=self.omrade.text(),
            regel=regler.regel_for(forval, manader),
            ansvarig=Roll(self.ansvarig.currentData()),
            omfang=Omfang(self.omfang.currentData()),
            beskrivning=self.beskrivning.toPlainText(),
            enhetstyper=tuple(t for t, ruta in self.typer.items() if ruta.isChecked()),
            valda_enheter=valda,
            kalla=self.kalla.text(),
            rapporteras_till=self.rapporteras_till.text(),
            till_namnden=self.till_namnden.isChecked(),
            dokumenteras_i=Dokumentkalla(self.dokumenteras_i.currentData()),
            aktiv=self.aktiv.isChecked(),
            omradeskod=self.omradeskod.currentData(),
        )

    def spara(self) -> None:
        try:
            post_id = plan.spara(self._databas, self.utkast(), self._post_id)
        except OgiltigUppgift as fel:
            visa_fel(self.felrad, str(fel))
            return
        self.sparad.emit(post_id)
        self.accept()
