"""Checklistan i tillsynsformuläret: en rad per punkt med svar (ja / nej / ej aktuellt) och
kommentar; ett nej öppnar raden för åtgärden (vad, ansvarig, senast), som tjänsten kräver.
Tab går punkt för punkt; svaret väljs med J, N och E i listan eller piltangenterna."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from skrivbord.tjanster.lakemedelstillsyn.checklista import Punkt
from skrivbord.tjanster.lakemedelstillsyn.protokoll import Svarsrad
from skrivbord.tjanster.lakemedelstillsyn.uppgifter import Punktsvar
from skrivbord.tjanster.personal import PersonRad
from skrivbord.typer import Tillsynssvar
from skrivbord.ui.gemensamt.formular import Datumfalt, fran_date, till_date
from skrivbord.ui.gemensamt.sida import ROD


@dataclass
class _Rad:
    kod: str
    svar: QComboBox
    kommentar: QLineEdit
    atgard_ruta: QWidget
    atgard: QLineEdit
    ansvarig: QComboBox
    senast: Datumfalt


class Checklistvy(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        yttre = QVBoxLayout(self)
        self._rutnat = QGridLayout()
        yttre.addLayout(self._rutnat)
        yttre.addStretch(1)
        self._rutnat.setColumnStretch(1, 3)
        self._rutnat.setColumnStretch(3, 2)
        self.rader: list[_Rad] = []

    def satt(self, punkter: list[Punkt], personer: list[PersonRad], datum: date) -> None:
        """A fresh checklist, every item unanswered."""
        self._tom()
        for nr, punkt in enumerate(punkter, 1):
            self._lagg_till(nr, punkt.kod, punkt.text, personer, datum)

    def visa(self, svar: tuple[Svarsrad, ...]) -> None:
        """A saved inspection's answers, read-only."""
        self._tom()
        for nr, s in enumerate(svar, 1):
            rad = self._lagg_till(nr, s.kod, s.text, [], date.today())
            rad.svar.setCurrentIndex(rad.svar.findData(s.svar.value))
            rad.kommentar.setText(s.kommentar)
            for falt in (rad.svar, rad.kommentar):
                falt.setEnabled(False)
            rad.atgard_ruta.hide()

    def _tom(self) -> None:
        while self._rutnat.count():
            widget = self._rutnat.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.rader = []

    def _lagg_till(
        self, nr: int, kod: str, text: str, personer: list[PersonRad], datum: date
    ) -> _Rad:
        svar = QComboBox()
        svar.addItem("–", None)
        for val in Tillsynssvar:
            svar.addItem(val.etikett, val.value)
        svar.setAccessibleName(self.tr("Svar på punkt {nr}").format(nr=nr))
        kommentar = QLineEdit(placeholderText=self.tr("Kommentar"))
        kommentar.setAccessibleName(self.tr("Kommentar till punkt {nr}").format(nr=nr))
        fraga = QLabel(f"{nr}. {text}", wordWrap=True)
        fraga.setBuddy(svar)
        rad = _Rad(kod, svar, kommentar, *self._atgardsrad(nr, personer, datum))
        i = 2 * (nr - 1)
        self._rutnat.addWidget(fraga, i, 0, 1, 2)
        self._rutnat.addWidget(svar, i, 2)
        self._rutnat.addWidget(kommentar, i, 3)
        self._rutnat.addWidget(rad.atgard_ruta, i + 1, 0, 1, 4)
        rad.atgard_ruta.hide()
        svar.currentIndexChanged.connect(lambda _i, r=rad: self._svar_andrat(r))
        self.rader.append(rad)
        return rad

    def _atgardsrad(
        self, nr: int, personer: list[PersonRad], datum: date
    ) -> tuple[QWidget, QLineEdit, QComboBox, Datumfalt]:
        ruta = QWidget()
        rad = QHBoxLayout(ruta)
        rad.setContentsMargins(24, 0, 0, 6)
        atgard = QLineEdit(placeholderText=self.tr("Åtgärd för bristen"))
        atgard.setAccessibleName(self.tr("Åtgärd för punkt {nr}").format(nr=nr))
        ansvarig = QComboBox()
        ansvarig.setAccessibleName(self.tr("Ansvarig för åtgärden, punkt {nr}").format(nr=nr))
        ansvarig.addItem(self.tr("Välj ansvarig …"), None)
        for p in personer:
            ansvarig.addItem(f"{p.namn} ({p.roll.etikett})", p.id)
        senast = Datumfalt()
        senast.setAccessibleName(self.tr("Åtgärden klar senast, punkt {nr}").format(nr=nr))
        senast.setDate(fran_date(datum + timedelta(30)))
        etikett = QLabel(self.tr("Nej – åtgärd:"))
        etikett.setStyleSheet(f"color: {ROD}; font-weight: 600;")
        rad.addWidget(etikett)
        rad.addWidget(atgard, 3)
        rad.addWidget(ansvarig, 2)
        rad.addWidget(QLabel(self.tr("senast")))
        rad.addWidget(senast)
        return ruta, atgard, ansvarig, senast

    def _svar_andrat(self, rad: _Rad) -> None:
        nej = rad.svar.currentData() == Tillsynssvar.NEJ.value
        rad.atgard_ruta.setVisible(nej)
        if nej:
            rad.atgard.setFocus()

    def satt_datum(self, datum: date) -> None:
        """A new inspection date moves the åtgärder's suggested deadline along."""
        for rad in self.rader:
            if not rad.atgard.text():
                rad.senast.setDate(fran_date(datum + timedelta(30)))

    def alla_ja(self) -> None:
        for rad in self.rader:
            if rad.svar.currentData() is None:
                rad.svar.setCurrentIndex(rad.svar.findData(Tillsynssvar.JA.value))

    def svar(self) -> tuple[Punktsvar, ...]:
        """The answered items (an unanswered one is left out: the service names it)."""
        ut = []
        for rad in self.rader:
            varde = rad.svar.currentData()
            if varde is None:
                continue
            svar = Tillsynssvar(varde)
            nej = svar == Tillsynssvar.NEJ
            ut.append(
                Punktsvar(
                    rad.kod,
                    svar,
                    rad.kommentar.text(),
                    rad.atgard.text() if nej else "",
                    rad.ansvarig.currentData() if nej else None,
                    till_date(rad.senast.date()) if nej else None,
                )
            )
        return tuple(ut)
