"""Logguppföljning: protokollen över granskade åtkomstloggar, ett formulär för en ny
eller ändrad granskning, och PDF:erna (ifyllt protokoll, tom mall, årssammanställning),
som skrivs på arbetstråden (ui/bakgrund)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from skrivbord.jobb import Jobb
from skrivbord.tjanster import kommun
from skrivbord.tjanster.databasfil import Databas
from skrivbord.tjanster.logguppfoljning import protokoll, utskrift
from skrivbord.ui import bakgrund
from skrivbord.ui.gemensamt import pdfspara
from skrivbord.ui.gemensamt.sida import DAMPAD, ingress, rubrik, sidlayout, tal_text
from skrivbord.ui.gemensamt.tabell import radvy
from skrivbord.ui.logguppfoljning.dialog import LogguppfoljningDialog
from skrivbord.ui.logguppfoljning.journalsystem import JournalsystemDialog
from skrivbord.ui.logguppfoljning.tabellmodell import LogguppfoljningModell


class LogguppfoljningSida(QWidget):
    def __init__(
        self, databas: Databas, parent: QWidget | None = None, idag: date | None = None
    ) -> None:
        super().__init__(parent)
        self._databas = databas
        self._idag = idag or date.today()
        self.senaste_pdf: Path | None = None
        layout = sidlayout(self)
        self.rubrik = rubrik(self.tr("Logguppföljning"))
        layout.addWidget(self.rubrik)
        layout.addWidget(
            ingress(
                self.tr(
                    "Uppföljningen av journalsystemets åtkomstloggar: systematiska kontroller "
                    "varje månad, stickprov och riktade kontroller vid misstanke. Varje "
                    "granskning dokumenteras i ett protokoll utan uppgifter som kan "
                    "identifiera en patient."
                )
            )
        )
        layout.addLayout(self._bygg_knappar())
        layout.addLayout(self._bygg_filter())
        layout.addWidget(self._bygg_tabell(), 1)
        self.tom = QLabel(wordWrap=True)
        self.tom.setStyleSheet(f"color: {DAMPAD};")
        layout.addWidget(self.tom)
        self.uppdatera()

    def _knapp(self, text: str, metod: Callable[[], None]) -> QPushButton:
        knapp = QPushButton(text)
        knapp.clicked.connect(metod)
        return knapp

    def _bygg_knappar(self) -> QHBoxLayout:
        self.ny = self._knapp(self.tr("&Ny logguppföljning …"), self.registrera)
        self.oppna = self._knapp(self.tr("Ö&ppna …"), self.oppna_markerad)
        self.protokoll_pdf = self._knapp(self.tr("Protokoll som &PDF …"), self._valj_protokoll_pdf)
        self.mall_pdf = self._knapp(self.tr("Tom protokoll-&mall …"), self._valj_mall_pdf)
        self.ar_pdf = self._knapp(self.tr("Års&sammanställning …"), self._valj_ar_pdf)
        self.system = self._knapp(self.tr("&Journalsystem …"), self.journalsystem)
        rad = QHBoxLayout()
        for knapp in (self.ny, self.oppna, self.protokoll_pdf):
            rad.addWidget(knapp)
        rad.addStretch()
        rad.addWidget(self.system)
        rad.addWidget(self.mall_pdf)
        rad.addWidget(self.ar_pdf)
        return rad

    def _bygg_filter(self) -> QHBoxLayout:
        self.ar = QComboBox()
        etikett = QLabel(self.tr("&År"))
        etikett.setBuddy(self.ar)
        self.ar.currentIndexChanged.connect(self.lasa)
        self.antal = QLabel()
        self.antal.setStyleSheet(f"color: {DAMPAD};")
        rad = QHBoxLayout()
        rad.addWidget(etikett)
        rad.addWidget(self.ar)
        rad.addStretch()
        rad.addWidget(self.antal)
        return rad

    def _bygg_tabell(self) -> QTableView:
        self.modell = LogguppfoljningModell(self)
        self.tabell = radvy(self.modell, self.tr("Logguppföljningar"), LogguppfoljningModell.SYSTEM)
        self.tabell.activated.connect(self._oppna_rad)
        return self.tabell

    # --- the list ---------------------------------------------------------------------

    def _fyll_ar(self) -> None:
        valt = self.ar.currentData() if self.ar.count() else self._idag.year
        ar = sorted({self._idag.year, *protokoll.ar_med_uppfoljningar(self._databas)})
        self.ar.blockSignals(True)
        self.ar.clear()
        self.ar.addItem(self.tr("Alla år"), None)
        for varde in reversed(ar):
            self.ar.addItem(str(varde), varde)
        self.ar.setCurrentIndex(max(0, self.ar.findData(valt)))
        self.ar.blockSignals(False)

    def uppdatera(self) -> None:
        self._fyll_ar()
        self.lasa()

    def lasa(self) -> None:
        rader = protokoll.lista(self._databas, ar=self.ar.currentData())
        self.modell.satt(rader)
        self.antal.setText(
            self.tr("1 granskning")
            if len(rader) == 1
            else self.tr("{antal} granskningar").format(antal=tal_text(len(rader)))
        )
        self.tom.setText(self.tr("Inga logguppföljningar med det här urvalet."))
        self.tom.setVisible(not rader)
        valbar = bool(rader)
        self.oppna.setEnabled(valbar)
        self.protokoll_pdf.setEnabled(valbar)
        if rader:
            self.tabell.selectRow(0)

    def markerad(self) -> int | None:
        rader = self.tabell.selectionModel().selectedRows()
        return self.modell.rad(rader[0].row()).id if rader else None

    # --- the form ---------------------------------------------------------------------

    def registrera(self) -> None:
        self._kor(LogguppfoljningDialog(self._databas, self, idag=self._idag))

    def oppna_markerad(self) -> None:
        valt = self.markerad()
        if valt is not None:
            self._kor(LogguppfoljningDialog(self._databas, self, self._idag, valt))

    def _oppna_rad(self, index: QModelIndex) -> None:
        if index.isValid():
            self.tabell.selectRow(index.row())
            self.oppna_markerad()

    def _kor(self, dialog: LogguppfoljningDialog) -> None:
        sparad = dialog.exec()
        sparat_id = dialog.sparat_id
        dialog.deleteLater()
        if sparad:
            self.uppdatera()
            for rad in range(self.modell.rowCount()):
                if self.modell.rad(rad).id == sparat_id:
                    self.tabell.selectRow(rad)

    def journalsystem(self) -> None:
        """MAS lista; ett namnbyte syns genast i listan här."""
        dialog = JournalsystemDialog(self._databas, self)
        dialog.exec()
        dialog.deleteLater()
        self.lasa()

    # --- PDF:s ------------------------------------------------------------------------

    def _fil(self, titel: str, namn: str) -> Path | None:
        return pdfspara.fraga_fil(self, titel, namn)

    def _valj_protokoll_pdf(self) -> None:
        valt = self.markerad()
        if valt is None:
            return
        fil = self._fil(
            self.tr("Spara protokollet (internt)"), f"logguppfoljning-{valt}-intern.pdf"
        )
        if fil is not None:
            self.skriv_protokoll(valt, fil)

    def _valj_mall_pdf(self) -> None:
        fil = self._fil(self.tr("Spara protokoll-mallen"), "logguppfoljning-protokollmall.pdf")
        if fil is not None:
            self.skriv_mall(fil)

    def _valj_ar_pdf(self) -> None:
        ar = self.ar.currentData() or self._idag.year
        fil = self._fil(self.tr("Spara årssammanställningen"), f"logguppfoljning-{ar}.pdf")
        if fil is not None:
            self.skriv_ar(ar, fil)

    def skriv_protokoll(self, logguppfoljning_id: int, ut: Path) -> None:
        titel = self.tr("Protokoll för logguppföljning {id}").format(id=logguppfoljning_id)
        self._skriv(titel, utskrift.skriv_protokoll(self._databas, logguppfoljning_id, ut))

    def skriv_mall(self, ut: Path) -> None:
        installning = kommun.hamta(self._databas)
        jobb = utskrift.skriv_mall(ut, installning.namn if installning else "")
        self._skriv(self.tr("Protokoll-mall"), jobb)

    def skriv_ar(self, ar: int, ut: Path) -> None:
        jobb = utskrift.skriv_arssammanstallning(self._databas, ar, ut, self._idag)
        self._skriv(self.tr("Logguppföljning {ar}").format(ar=ar), jobb)

    def _skriv(self, titel: str, jobb: Jobb[Path]) -> None:
        bakgrund.kor(self, titel, jobb, self._pdf_klar)

    def _pdf_klar(self, resultat: object) -> None:
        self.senaste_pdf = Path(str(resultat))
        pdfspara.visa_sparad(self, self.senaste_pdf)
