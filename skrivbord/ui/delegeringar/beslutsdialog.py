"""The form for a new delegation decision, or the renewal of one (prefilled from it,
the person fixed). Every rule is the service's (tjanster/delegeringar/regler.py); a
refused rule shows on the error line and puts the cursor in its field."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster import enheter, personal
from skrivbord.tjanster.databasfil import Databas
from skrivbord.tjanster.delegeringar import beslut, katalog
from skrivbord.tjanster.delegeringar.listor import Delegeringsrad
from skrivbord.tjanster.delegeringar.regler import Beslutsuppgifter, sista_giltiga_dag
from skrivbord.typer import Kunskapstest
from skrivbord.ui.gemensamt.formular import (
    Datumfalt,
    ctrl_retur_sparar,
    fellabel,
    fran_date,
    spara_avbryt,
    till_date,
    visa_fel,
)


class ValfrittDatum(QWidget):
    """A date that may be left out: a box to tick, then the date."""

    def __init__(self, text: str, dag: date) -> None:
        super().__init__()
        self.ifylld = QCheckBox(text)
        self.datum = Datumfalt()
        self.datum.setDate(fran_date(dag))
        self.datum.setEnabled(False)
        self.ifylld.toggled.connect(self.datum.setEnabled)
        rad = QHBoxLayout(self)
        rad.setContentsMargins(0, 0, 0, 0)
        rad.addWidget(self.ifylld)
        rad.addWidget(self.datum)
        rad.addStretch()

    def satt(self, dag: date | None) -> None:
        self.ifylld.setChecked(dag is not None)
        if dag is not None:
            self.datum.setDate(fran_date(dag))

    def varde(self) -> date | None:
        return till_date(self.datum.date()) if self.ifylld.isChecked() else None


class BeslutDialog(QDialog):
    def __init__(
        self,
        databas: Databas,
        parent: QWidget | None,
        idag: date,
        fornyar: Delegeringsrad | None = None,
    ) -> None:
        super().__init__(parent)
        self._databas = databas
        self._idag = idag
        self._fornyar = fornyar
        self.sparat_id: int | None = None
        self.setWindowTitle(
            self.tr("Förnya delegering {nr}").format(nr=fornyar.id)
            if fornyar
            else self.tr("Ny delegering")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self._bygg_parter())
        layout.addWidget(self._bygg_uppgifter())
        layout.addWidget(self._bygg_enheter())
        layout.addLayout(self._bygg_villkor())
        self.fel = fellabel()
        layout.addWidget(self.fel)
        layout.addWidget(spara_avbryt(self, self.spara))
        ctrl_retur_sparar(self, self.spara)
        if fornyar is not None:
            self._fyll_fran(fornyar)

    def _bygg_parter(self) -> QFormLayout:
        formular = QFormLayout()
        self.delegerad = QComboBox()
        self.delegerande = QComboBox()
        self.delegerad.addItem(self.tr("Välj person …"), None)
        self.delegerande.addItem(self.tr("Välj legitimerad personal …"), None)
        for p in personal.lista(self._databas):
            text = f"{p.namn} ({p.roll.etikett.lower()})"
            self.delegerad.addItem(text, p.id)
            if p.roll.far_delegera:
                self.delegerande.addItem(text, p.id)
        formular.addRow(self.tr("Delegeringen ges &till"), self.delegerad)
        formular.addRow(self.tr("&Delegerande"), self.delegerande)
        self.fran = Datumfalt()
        self.fran.setDate(fran_date(self._idag))
        self.till = Datumfalt()
        self.till.setDate(fran_date(sista_giltiga_dag(self._idag)))
        self.fran.dateChanged.connect(self._foresla_slut)
        datum = QHBoxLayout()
        datum.addWidget(self.fran)
        datum.addWidget(QLabel(self.tr("till och med")))
        datum.addWidget(self.till)
        datum.addStretch()
        etikett = QLabel(self.tr("&Gäller från"))
        etikett.setBuddy(self.fran)
        formular.addRow(etikett, datum)
        return formular

    def _foresla_slut(self) -> None:
        self.till.setDate(fran_date(sista_giltiga_dag(till_date(self.fran.date()))))

    def _bygg_uppgifter(self) -> QGroupBox:
        ruta = QGroupBox(self.tr("Arbetsuppgifter"))
        rutnat = QGridLayout(ruta)
        self.uppgifter: dict[str, QCheckBox] = {}
        for i, u in enumerate(katalog.lista(self._databas, bara_aktiva=True)):
            self.uppgifter[u.kod] = QCheckBox(u.namn)
            rutnat.addWidget(self.uppgifter[u.kod], i // 2, i % 2)
        return ruta

    def _bygg_enheter(self) -> QGroupBox:
        ruta = QGroupBox(self.tr("Enheter där delegeringen gäller"))
        rutnat = QGridLayout(ruta)
        self.enheter: dict[int, QCheckBox] = {}
        for i, e in enumerate(enheter.lista(self._databas, bara_aktiva=True)):
            self.enheter[e.id] = QCheckBox(e.namn)
            rutnat.addWidget(self.enheter[e.id], i // 3, i % 3)
        return ruta

    def _bygg_villkor(self) -> QFormLayout:
        formular = QFormLayout()
        self.utbildning = ValfrittDatum(self.tr("Genomförd"), self._idag)
        formular.addRow(self.tr("&Utbildning"), self.utbildning)
        self.kunskapstest = QComboBox()
        self.kunskapstest.addItem(self.tr("Inte registrerat"), None)
        for resultat in Kunskapstest:
            self.kunskapstest.addItem(resultat.etikett, resultat.value)
        self.testdatum = Datumfalt()
        self.testdatum.setDate(fran_date(self._idag))
        test = QHBoxLayout()
        test.addWidget(self.kunskapstest)
        test.addWidget(self.testdatum)
        test.addStretch()
        self.testdatum.setEnabled(False)
        self.kunskapstest.currentIndexChanged.connect(
            lambda: self.testdatum.setEnabled(self.kunskapstest.currentData() is not None)
        )
        etikett = QLabel(self.tr("&Kunskapstest"))
        etikett.setBuddy(self.kunskapstest)
        formular.addRow(etikett, test)
        self.mas = ValfrittDatum(self.tr("Informerad"), self._idag)
        formular.addRow(self.tr("&MAS"), self.mas)
        self.villkor = QPlainTextEdit()
        self.villkor.setTabChangesFocus(True)
        self.villkor.setFixedHeight(self.fontMetrics().height() * 4)
        self.villkor.setPlaceholderText(
            self.tr("Till exempel: gäller endast insulinpenna med förfylld dos.")
        )
        formular.addRow(self.tr("&Villkor och begränsningar"), self.villkor)
        return formular

    def _fyll_fran(self, rad: Delegeringsrad) -> None:
        self.delegerad.setCurrentIndex(max(0, self.delegerad.findData(rad.delegerad_id)))
        self.delegerad.setEnabled(False)
        self.delegerande.setCurrentIndex(max(0, self.delegerande.findData(rad.delegerande_id)))
        # The renewal takes over the day after the old one ends (today if that has passed).
        start = max(self._idag, rad.giltig_till + timedelta(days=1))
        self.fran.setDate(fran_date(start))
        for kod in rad.uppgifter:
            if kod in self.uppgifter:
                self.uppgifter[kod].setChecked(True)
        for e in rad.enhet_ids:
            if e in self.enheter:
                self.enheter[e].setChecked(True)
        self.villkor.setPlainText(rad.villkor)

    def uppgifterna(self) -> Beslutsuppgifter:
        test = self.kunskapstest.currentData()
        return Beslutsuppgifter(
            delegerad_id=self.delegerad.currentData(),
            delegerande_id=self.delegerande.currentData(),
            uppgifter=tuple(k for k, ruta in self.uppgifter.items() if ruta.isChecked()),
            enhet_ids=tuple(e for e, ruta in self.enheter.items() if ruta.isChecked()),
            giltig_fran=till_date(self.fran.date()),
            giltig_till=till_date(self.till.date()),
            utbildning_datum=self.utbildning.varde(),
            kunskapstest_datum=till_date(self.testdatum.date()) if test else None,
            kunskapstest=Kunskapstest(test) if test else None,
            mas_informerad_datum=self.mas.varde(),
            villkor=self.villkor.toPlainText(),
        )

    def _falt(self, namn: str | None) -> QWidget | None:
        falt: dict[str, QWidget] = {
            "delegerad_id": self.delegerad,
            "delegerande_id": self.delegerande,
            "giltig_fran": self.fran,
            "giltig_till": self.till,
            "utbildning_datum": self.utbildning.datum,
            "kunskapstest": self.kunskapstest,
            "kunskapstest_datum": self.testdatum,
            "villkor": self.villkor,
        }
        if namn == "uppgifter" and self.uppgifter:
            return next(iter(self.uppgifter.values()))
        if namn == "enhet_ids" and self.enheter:
            return next(iter(self.enheter.values()))
        return falt.get(namn or "")

    def spara(self) -> None:
        u = self.uppgifterna()
        try:
            if self._fornyar is not None:
                self.sparat_id = beslut.fornya(self._databas, self._fornyar.id, u)
            else:
                self.sparat_id = beslut.skapa(self._databas, u)
        except OgiltigUppgift as fel:
            visa_fel(self.fel, fel.meddelande, self._falt(fel.falt))
            return
        self.accept()
