"""The year's occurrences per unit: due date, area, unit, what became of it; recording a
result or "ej aktuellt" for those that carry their own result."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skrivbord.fel import OgiltigUppgift, SamtidigAndring
from skrivbord.jobb import som_jobb
from skrivbord.tjanster.egenkontroller import kalenderfil, rapport, tillfallen
from skrivbord.tjanster.egenkontroller.utfall import Lage
from skrivbord.typer import Dokumentkalla
from skrivbord.ui import bakgrund
from skrivbord.ui.egenkontroller import filterval, formular
from skrivbord.ui.egenkontroller.resultatdialog import ResultatDialog
from skrivbord.ui.gemensamt.sida import DAMPAD, ROD
from skrivbord.ui.gemensamt.tabell import lastabell

if TYPE_CHECKING:
    from skrivbord.tjanster.databasfil import Databas

_FARG = {Lage.FORSENAD: ROD, Lage.UTFORD_SENT: "#8a5a00", Lage.EJ_AKTUELL: DAMPAD}


class Kalendervy(QWidget):
    DATUM, OMRADE, ENHET, LAGE, UTFORD, AV, RESULTAT = range(7)

    def __init__(
        self, databas: Databas, parent: QWidget | None = None, idag: date | None = None
    ) -> None:
        super().__init__(parent)
        self._databas = databas
        self._idag = idag or date.today()
        self._rader: list[tillfallen.Tillfalle] = []
        self.dialog: QDialog | None = None
        self.ar = filterval.arval(self._idag)
        self.enhet = filterval.enhetsval(databas)
        self.bara_oppna = QComboBox()
        self.bara_oppna.setAccessibleName(self.tr("Visa"))
        self.bara_oppna.addItem(self.tr("Alla tillfällen"), False)
        self.bara_oppna.addItem(self.tr("Försenade och planerade"), True)
        for val in (self.ar, self.enhet, self.bara_oppna):
            val.currentIndexChanged.connect(self.uppdatera)
        filter_ = QHBoxLayout()
        for text, val in (
            (self.tr("&År"), self.ar),
            (self.tr("&Enhet"), self.enhet),
            (self.tr("&Visa"), self.bara_oppna),
        ):
            etikett = QLabel(text)
            etikett.setBuddy(val)
            filter_.addWidget(etikett)
            filter_.addWidget(val)
        filter_.addStretch()

        kolumner = (
            self.tr("Klar senast"),
            self.tr("Område"),
            self.tr("Enhet"),
            self.tr("Läge"),
            self.tr("Utförd"),
            self.tr("Av"),
            self.tr("Resultat"),
        )
        self.tabell = lastabell(kolumner, self.tr("Egenkontrolltillfällen"))
        self.tabell.setAlternatingRowColors(True)
        huvud = self.tabell.horizontalHeader()
        huvud.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        huvud.setSectionResizeMode(self.OMRADE, QHeaderView.ResizeMode.Stretch)
        huvud.setSectionResizeMode(self.RESULTAT, QHeaderView.ResizeMode.Stretch)
        self.tabell.itemSelectionChanged.connect(self._valt)
        # Double-click or Enter: the occurrence opens its form.
        self.tabell.activated.connect(self.oppna)
        self.tabell.doubleClicked.connect(self.oppna)

        self.registrera_knapp = QPushButton(self.tr("&Registrera resultat …"))
        self.registrera_knapp.clicked.connect(self.registrera)
        self.oppna_knapp = QPushButton(self.tr("Ö&ppna formuläret …"))
        self.oppna_knapp.clicked.connect(self.oppna)
        self.ej_aktuellt_knapp = QPushButton(self.tr("E&j aktuellt …"))
        self.ej_aktuellt_knapp.clicked.connect(self.ej_aktuellt)
        self.angra_knapp = QPushButton(self.tr("Å&ngra resultat"))
        self.angra_knapp.clicked.connect(self.angra)
        self.forklaring = QLabel(wordWrap=True)
        self.forklaring.setStyleSheet(f"color: {DAMPAD};")
        knappar = QHBoxLayout()
        for knapp in (
            self.registrera_knapp,
            self.oppna_knapp,
            self.ej_aktuellt_knapp,
            self.angra_knapp,
        ):
            knappar.addWidget(knapp)
        knappar.addWidget(self.forklaring, 1)
        self.rapport_knapp = QPushButton(self.tr("Skriv &rapport (PDF) …"))
        self.rapport_knapp.clicked.connect(self.skriv_rapport)
        self.kalender_knapp = QPushButton(self.tr("E&xportera till kalender (.ics) …"))
        self.kalender_knapp.clicked.connect(self.exportera_kalender)
        knappar.addWidget(self.rapport_knapp)
        knappar.addWidget(self.kalender_knapp)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(filter_)
        layout.addWidget(self.tabell, 1)
        layout.addLayout(knappar)
        self.uppdatera()

    def uppdatera(self) -> None:
        enhet = self.enhet.currentData()
        rader = tillfallen.lista(
            self._databas,
            self.ar.currentData(),
            enhet if enhet not in (None, filterval.KOMMUNEN) else None,
            self._idag,
        )
        if enhet == filterval.KOMMUNEN:
            rader = [t for t in rader if t.enhet_id is None]
        if self.bara_oppna.currentData():
            rader = [t for t in rader if t.lage in (Lage.FORSENAD, Lage.PLANERAD)]
        fore = self.valt()
        self._rader = rader
        # The header measures its columns once, not at every cell (a shown table of a
        # thousand occurrences would otherwise take minutes).
        huvud = self.tabell.horizontalHeader()
        lagen = [huvud.sectionResizeMode(k) for k in range(huvud.count())]
        huvud.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.tabell.clearSelection()
        self.tabell.setRowCount(len(rader))
        self._fyll(rader)
        for kolumn, lage in enumerate(lagen):
            huvud.setSectionResizeMode(kolumn, lage)
        if fore is not None:  # the same occurrence stays chosen
            for rad, t in enumerate(rader):
                if t.id == fore.id:
                    self.tabell.selectRow(rad)
                    break
        self._valt()

    def _fyll(self, rader: list[tillfallen.Tillfalle]) -> None:
        for rad, t in enumerate(rader):
            resultat = t.orsak or t.kommentar
            if t.lage in (Lage.UTFORD, Lage.UTFORD_SENT) and not resultat:
                resultat = (
                    t.dokumenteras_i.etikett
                    if t.dokumenteras_i != Dokumentkalla.RESULTAT
                    else self.tr("OK")
                )
            if t.brister:
                resultat = self.tr("Brister: {text}").format(text=resultat)
            if t.foreslaget_datum:
                resultat = self.tr("Stickprov föreslås {datum}").format(
                    datum=t.foreslaget_datum.isoformat()
                )
            varden = (
                t.planerat_datum.isoformat(),
                t.omrade,
                t.enhet or self.tr("Hela kommunen"),
                t.lage.etikett,
                t.utfort_datum.isoformat() if t.utfort_datum else "",
                t.utford_av,
                resultat,
            )
            for kolumn, text in enumerate(varden):
                cell = QTableWidgetItem(text)
                if kolumn == self.LAGE and t.lage in _FARG:
                    cell.setForeground(QBrush(QColor(_FARG[t.lage])))
                self.tabell.setItem(rad, kolumn, cell)

    def valt(self) -> tillfallen.Tillfalle | None:
        rader = self.tabell.selectionModel().selectedRows()
        return self._rader[rader[0].row()] if rader else None

    def _valt(self) -> None:
        t = self.valt()
        eget = t is not None and t.dokumenteras_i == Dokumentkalla.RESULTAT
        self.registrera_knapp.setEnabled(eget and t.lage != Lage.EJ_AKTUELL)
        self.oppna_knapp.setVisible(t is not None and not eget)
        self.oppna_knapp.setEnabled(t is not None and formular.har_formular(t))
        self.ej_aktuellt_knapp.setEnabled(
            t is not None and t.lage in (Lage.FORSENAD, Lage.PLANERAD)
        )
        self.angra_knapp.setEnabled(
            t is not None
            and (t.lage == Lage.EJ_AKTUELL or (eget and t.lage in (Lage.UTFORD, Lage.UTFORD_SENT)))
        )
        if t is not None and t.dokument_id is not None:
            self.forklaring.setText(
                self.tr("Dokumenterat som {kalla}.").format(kalla=t.dokumenteras_i.etikett.lower())
            )
        elif t is not None and not eget:
            self.forklaring.setText(
                self.tr("Blir klart när det registreras som {kalla}.").format(
                    kalla=t.dokumenteras_i.etikett.lower()
                )
            )
        else:
            self.forklaring.setText("")

    def oppna(self) -> None:
        """The form of the chosen occurrence: its result, or the weekly review or
        logguppföljning that documents it (a new one, prefilled, when none does)."""
        t = self.valt()
        if t is None or (self.dialog is not None and self.dialog.isVisible()):
            return
        if t.dokumenteras_i == Dokumentkalla.RESULTAT:
            self.registrera()
            return
        if not formular.har_formular(t):
            return  # no form for it (ej aktuell, or a kommun-wide occurrence)
        dialog = formular.for_tillfallet(self._databas, t, self, self._idag)
        if dialog is None:
            self.uppdatera()  # the review was removed meanwhile: the list as it is now
            return
        self._visa(dialog)

    def registrera(self) -> None:
        t = self.valt()
        if t is None or not self.registrera_knapp.isEnabled():
            return
        self._visa(ResultatDialog(self._databas, t, self, self._idag))

    def _visa(self, dialog: QDialog) -> None:
        """Window-modal, not a nested event loop; the calendar follows what is saved."""
        self.dialog = dialog
        dialog.accepted.connect(self.uppdatera)
        dialog.open()

    def ej_aktuellt(self) -> None:
        t = self.valt()
        if t is None:
            return
        fraga = self.tr("Varför är tillfället inte aktuellt?")
        orsak = ""
        while True:
            orsak, ok = QInputDialog.getText(self, self.tr("Ej aktuellt"), fraga, text=orsak)
            if not ok:
                return
            try:
                tillfallen.ej_aktuellt(self._databas, t.id, orsak, version=t.version)
            except OgiltigUppgift as fel:
                QMessageBox.warning(self, self.tr("Ej aktuellt"), str(fel))
                return
            except SamtidigAndring as fel:
                # Her reason is asked for again, filled in, against the saved occurrence.
                self._samtidig_andring(fel)
                t = tillfallen.hamta_ett(self._databas, t.id, self._idag)
                fraga = self.tr(
                    "Kalendern visar nu det som är sparat ({lage}). Din text står kvar: "
                    "spara den om tillfället ändå inte är aktuellt."
                ).format(lage=t.lage.etikett.lower())
                continue
            break
        self.uppdatera()

    def _samtidig_andring(self, fel: SamtidigAndring) -> None:
        """Someone else saved the occurrence first: say who; the calendar shows it."""
        self.uppdatera()
        QMessageBox.information(self, self.tr("Tillfället ändrades"), fel.meddelande)

    def _spara_som(self, rubrik: str, namn: str, filter_: str) -> Path | None:
        fil, _ = QFileDialog.getSaveFileName(self, rubrik, str(Path.home() / namn), filter_)
        return Path(fil) if fil else None

    def skriv_rapport(self) -> None:
        ar = self.ar.currentData()
        ut = self._spara_som(
            self.tr("Spara egenkontrollrapporten"), f"egenkontroller-{ar}.pdf", "PDF (*.pdf)"
        )
        if ut is None:
            return
        bakgrund.kor(
            self,
            self.tr("Egenkontroller {ar}").format(ar=ar),
            rapport.berakna_och_skriv(self._databas, ar, ut.with_suffix(".pdf"), self._idag),
            lambda resultat: self._klar(self.tr("Rapporten sparades som {namn}."), resultat),
        )

    def exportera_kalender(self) -> None:
        ar = self.ar.currentData()
        enhet = self.enhet.currentData()
        ut = self._spara_som(
            self.tr("Spara kalendern"), f"egenkontroller-{ar}.ics", self.tr("Kalender (*.ics)")
        )
        if ut is None:
            return
        namn = self.enhet.currentText() if enhet not in (None, filterval.KOMMUNEN) else None
        ut = ut.with_suffix(".ics")
        bakgrund.kor(
            self,
            self.tr("Kalender {ar}").format(ar=ar),
            som_jobb(kalenderfil.skriv, self._databas, ar, ut, namn, self._idag),
            lambda _antal: self._klar(self.tr("Kalendern sparades som {namn}."), ut),
        )

    def _klar(self, text: str, fil: object) -> None:
        QMessageBox.information(self, self.tr("Klart"), text.format(namn=Path(str(fil)).name))

    def angra(self) -> None:
        t = self.valt()
        if t is None:
            return
        try:
            tillfallen.ater_planera(self._databas, t.id, version=t.version)
        except SamtidigAndring as fel:
            self._samtidig_andring(fel)
            return
        self.uppdatera()
