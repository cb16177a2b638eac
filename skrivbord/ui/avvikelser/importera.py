"""Import avvikelser from CSV or Excel: choose the file, map its columns (the last mapping
is remembered), preview with the row-by-row error report, then import all or nothing.
Reading, preview and import run in the background."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skrivbord.fel import SkrivbordFel
from skrivbord.jobb import Jobb, som_jobb
from skrivbord.tjanster.avvikelser import importera as imp
from skrivbord.tjanster.databasfil import Databas
from skrivbord.ui import bakgrund

INGEN = QT_TRANSLATE_NOOP("ImportDialog", "(ingen kolumn)")


class ImportDialog(QDialog):
    def __init__(self, databas: Databas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._databas = databas
        self.tabell: imp.Tabell | None = None
        self.granskning: imp.Forhandsgranskning | None = None
        self.resultat: imp.Importresultat | None = None
        self.setWindowTitle(self.tr("Importera avvikelser"))
        self.resize(960, 840)

        filrad = QHBoxLayout()
        self.fil = QLineEdit(
            readOnly=True, placeholderText=self.tr("Välj en CSV-fil eller Excel-arbetsbok (.xlsx)")
        )
        self.fil.setAccessibleName(self.tr("Fil att importera"))
        valj = QPushButton(self.tr("Välj fil …"))
        valj.clicked.connect(self._valj_fil)
        filrad.addWidget(self.fil, 1)
        filrad.addWidget(valj)

        self.mappning = QFormLayout()
        self.kolumnval: dict[str, QComboBox] = {}
        for falt in imp.MALFALT:
            val = QComboBox()
            val.setToolTip(falt.forklaring)
            val.currentIndexChanged.connect(self._mappning_andrad)
            self.kolumnval[falt.namn] = val
            self.mappning.addRow(falt.etikett + (" *" if falt.obligatoriskt else ""), val)
        mappruta = QWidget()
        mappruta.setLayout(self.mappning)

        self.granska_knapp = QPushButton(self.tr("Förhandsgranska"))
        self.granska_knapp.clicked.connect(self.forhandsgranska)
        self.sammanfattning = QLabel(wordWrap=True)
        self.forhandsvisning = QTableWidget(0, 0)
        self.forhandsvisning.setAccessibleName(self.tr("Förhandsgranskning"))
        self.forhandsvisning.verticalHeader().hide()
        self.forhandsvisning.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive
        )
        self.felrapport = QPlainTextEdit(readOnly=True)
        self.felrapport.setAccessibleName(self.tr("Fel rad för rad"))
        self.felrapport.setMaximumHeight(120)
        self.hoppa_over = QCheckBox(
            self.tr("Importera raderna utan fel och hoppa över raderna med fel")
        )
        self.hoppa_over.toggled.connect(self._uppdatera_knappar)
        self.fel = QLabel(wordWrap=True, styleSheet="color: #b3261e; font-weight: 600;")
        self.fel.hide()

        knappar = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.importera_knapp = knappar.button(QDialogButtonBox.StandardButton.Ok)
        self.importera_knapp.setText(self.tr("Importera"))
        knappar.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        knappar.accepted.connect(self.importera)
        knappar.rejected.connect(self.reject)

        overst = QHBoxLayout()
        overst.addWidget(mappruta, 1)
        hoger = QVBoxLayout()
        hoger.addWidget(self.granska_knapp)
        hoger.addWidget(self.sammanfattning)
        hoger.addStretch()
        overst.addLayout(hoger, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filrad)
        layout.addLayout(overst)
        layout.addWidget(self.forhandsvisning, 1)
        layout.addWidget(QLabel(self.tr("Fel rad för rad (radnummer som i Excel):")))
        layout.addWidget(self.felrapport)
        layout.addWidget(self.hoppa_over)
        layout.addWidget(self.fel)
        layout.addWidget(knappar)
        self._uppdatera_knappar()

    # --- steps --------------------------------------------------------------------------------

    def _kor(self, titel: str, jobb: Jobb[object], klar: Callable[[Any], None]) -> None:
        def lyckades(resultat: object) -> None:
            self.fel.hide()
            klar(resultat)

        bakgrund.kor(self, titel, jobb, lyckades, self._visa_fel)

    def _visa_fel(self, fel: BaseException) -> bool:
        """Typed errors go to the dialog's own error line (it stays open); others not."""
        if not isinstance(fel, SkrivbordFel):
            return False
        if isinstance(fel, imp.ImportenStoppad):
            self.felrapport.setPlainText("\n".join(r.text for r in fel.fel))
        self.fel.setText(fel.meddelande)
        self.fel.show()
        return True

    def _valj_fil(self) -> None:
        fil, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Importera avvikelser"),
            str(Path.home()),
            self.tr("CSV eller Excel (*.csv *.txt *.xlsx);;Alla filer (*)"),
        )
        if fil:
            self.lasa(Path(fil))

    def lasa(self, sokvag: Path) -> None:
        self.fil.setText(str(sokvag))
        self._kor(self.tr("Läser filen …"), som_jobb(imp.lasa_fil, sokvag), self._fil_last)

    def _fil_last(self, tabell: object) -> None:
        self.tabell = tabell
        forslag = imp.foreslaget(tabell, imp.senaste_mappning())
        for falt in imp.MALFALT:
            val = self.kolumnval[falt.namn]
            val.blockSignals(True)
            val.clear()
            val.addItem(self.tr(INGEN), None)
            for rubrik in tabell.rubriker:
                val.addItem(rubrik, rubrik)
            val.setCurrentIndex(max(0, val.findData(forslag.kolumn(falt.namn))))
            val.blockSignals(False)
        self._fasta = dict(forslag.fasta_varden)
        anmarkningar = " ".join(tabell.anmarkningar)
        self.sammanfattning.setText(
            self.tr("{n} rader i {namn}.").format(n=len(tabell.rader), namn=tabell.filnamn)
            + (f" {anmarkningar}" if anmarkningar else "")
        )
        self.granskning = None
        self._uppdatera_knappar()

    def mappning_nu(self) -> imp.Mappning:
        kolumner = {
            namn: val.currentData() for namn, val in self.kolumnval.items() if val.currentData()
        }
        return imp.Mappning(kolumner, getattr(self, "_fasta", {}))

    def _mappning_andrad(self) -> None:
        self.granskning = None
        self._uppdatera_knappar()

    def forhandsgranska(self) -> None:
        if self.tabell is None:
            return
        self._kor(
            self.tr("Granskar raderna …"),
            som_jobb(imp.forhandsgranska, self._databas, self.tabell, self.mappning_nu()),
            self._visa_granskning,
        )

    def _visa_granskning(self, granskning: object) -> None:
        self.granskning = g = granskning
        falt = [f for f in imp.MALFALT if self.kolumnval[f.namn].currentData()]
        self.forhandsvisning.setColumnCount(len(falt) + 2)
        self.forhandsvisning.setHorizontalHeaderLabels(
            [self.tr("Rad"), self.tr("Status")] + [f.etikett for f in falt]
        )
        self.forhandsvisning.setRowCount(len(g.rader))
        for i, rad in enumerate(g.rader):
            for j, text in enumerate(
                [str(rad.rad), rad.status] + [rad.varden.get(f.namn, "") for f in falt]
            ):
                self.forhandsvisning.setItem(i, j, QTableWidgetItem(text))
        self.felrapport.setPlainText("\n".join(r.text for r in g.fel) or self.tr("Inga fel."))
        self.sammanfattning.setText(
            self.tr(
                "{rader} rader: {nya} nya, {dubbletter} redan importerade, {fel} med fel."
            ).format(
                rader=g.antal_rader,
                nya=g.antal_nya,
                dubbletter=g.antal_dubbletter,
                fel=g.antal_rader_med_fel,
            )
        )
        self._uppdatera_knappar()

    def _uppdatera_knappar(self) -> None:
        g = self.granskning
        self.granska_knapp.setEnabled(self.tabell is not None)
        self.hoppa_over.setVisible(bool(g and not g.kan_importeras))
        self.importera_knapp.setEnabled(
            bool(g and (g.kan_importeras or self.hoppa_over.isChecked()))
        )

    def importera(self) -> None:
        if self.tabell is None or self.granskning is None:
            return
        mappning = self.mappning_nu()
        self._kor(
            self.tr("Importerar avvikelser …"),
            imp.importera(
                self._databas, self.tabell, mappning, hoppa_over_fel=self.hoppa_over.isChecked()
            ),
            lambda resultat: self._klar(resultat, mappning),
        )

    def _klar(self, resultat: object, mappning: imp.Mappning) -> None:
        self.resultat = resultat
        imp.kom_ihag_mappning(mappning)
        self.accept()
