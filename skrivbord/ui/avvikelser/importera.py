"""Import avvikelser from CSV or Excel: choose the file, map its columns (with a fixed
value for a field the file lacks, and what the file's own names of units, categories
and the like mean), preview with the row-by-row error report, then import all or
nothing. The mapping is remembered per file layout. Reading, preview and import run in
the background; once previewed, every change of the mapping previews again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
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
from skrivbord.ui.gemensamt.sida import DAMPAD, ROD

INGEN = QT_TRANSLATE_NOOP("ImportDialog", "(ingen kolumn)")
INGET_FAST = QT_TRANSLATE_NOOP("ImportDialog", "(inget)")
VALJ = QT_TRANSLATE_NOOP("ImportDialog", "(välj vad det betyder)")
STATUS = {
    "ny": QT_TRANSLATE_NOOP("ImportDialog", "Ny"),
    "dubblett": QT_TRANSLATE_NOOP("ImportDialog", "Redan importerad"),
    "fel": QT_TRANSLATE_NOOP("ImportDialog", "Fel"),
}
# Values of one field offered for a value map; more means a wrong column, most likely.
MAX_VARDEN_PER_FALT = 15
FELFARG = QColor("#fde7e9")


class ImportDialog(QDialog):
    def __init__(self, databas: Databas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._databas = databas
        self.tabell: imp.Tabell | None = None
        self.granskning: imp.Forhandsgranskning | None = None
        self.resultat: imp.Importresultat | None = None
        self._granskad = False  # previewed once: every change previews again
        self._vardemappning: dict[str, dict[str, str]] = {}
        self._valbara = imp.valbara_varden(databas)
        self.setWindowTitle(self.tr("Importera avvikelser"))
        self.resize(1180, 680)

        delning = QSplitter(Qt.Orientation.Horizontal, childrenCollapsible=False)
        delning.addWidget(self._bygg_mappning())
        delning.addWidget(self._bygg_granskning())
        delning.setStretchFactor(1, 1)
        delning.setSizes([480, 700])
        filrad = self._bygg_filrad()
        nederst = self._bygg_nederst()

        layout = QVBoxLayout(self)
        layout.addLayout(filrad)
        layout.addWidget(delning, 1)
        layout.addWidget(self.hoppa_over)
        layout.addWidget(self.fel)
        layout.addLayout(nederst)
        self._uppdatera_knappar()

    def _bygg_filrad(self) -> QHBoxLayout:
        """The file chosen, and the button to choose one."""
        filrad = QHBoxLayout()
        self.fil = QLineEdit(
            readOnly=True, placeholderText=self.tr("Välj en CSV-fil eller Excel-arbetsbok (.xlsx)")
        )
        self.fil.setAccessibleName(self.tr("Fil att importera"))
        self.valj_knapp = QPushButton(self.tr("Välj fil …"))
        self.valj_knapp.clicked.connect(self._valj_fil)
        filrad.addWidget(self.fil, 1)
        filrad.addWidget(self.valj_knapp)
        return filrad

    def _bygg_mappning(self) -> QScrollArea:
        """Left: the unknown values first (what stands between the user and the import),
        then the columns and fixed values; scrolls on a low screen."""
        kolumnruta = self._bygg_kolumner()
        self._bygg_okanda()
        vanster = QWidget()
        vansterlayout = QVBoxLayout(vanster)
        vansterlayout.setContentsMargins(0, 0, 6, 0)
        # The unknown values first: they are what stands between the user and the import.
        vansterlayout.addWidget(self.okanda_ruta)
        vansterlayout.addWidget(kolumnruta)
        vansterlayout.addStretch()
        self._rulla = rulla = QScrollArea(widgetResizable=True)
        rulla.setFrameShape(QScrollArea.Shape.NoFrame)
        rulla.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rulla.setWidget(vanster)
        rulla.setMinimumWidth(
            vanster.sizeHint().width() + rulla.verticalScrollBar().sizeHint().width()
        )
        return rulla

    def _bygg_kolumner(self) -> QGroupBox:
        """One row per field: the file's column and, where it can have one, a fixed value."""
        kolumnruta = QGroupBox(self.tr("Kolumner"))
        kolumnlayout = QVBoxLayout(kolumnruta)
        forklaring = QLabel(
            self.tr(
                "Välj vilken kolumn i filen varje uppgift står i. Ett fast värde gäller "
                "alla rader där kolumnen saknas eller cellen är tom. * krävs."
            ),
            wordWrap=True,
            styleSheet=f"color: {DAMPAD};",
        )
        kolumnlayout.addWidget(forklaring)
        rutnat = QGridLayout()
        rutnat.setHorizontalSpacing(8)
        rutnat.addWidget(QLabel(self.tr("<b>Uppgift</b>")), 0, 0)
        rutnat.addWidget(QLabel(self.tr("<b>Kolumn i filen</b>")), 0, 1)
        rutnat.addWidget(QLabel(self.tr("<b>Fast värde</b>")), 0, 2)
        self.kolumnval: dict[str, QComboBox] = {}
        self.fastval: dict[str, QComboBox] = {}
        for rad, falt in enumerate(imp.MALFALT, start=1):
            etikett = QLabel(falt.etikett + (" *" if falt.obligatoriskt else ""))
            val = QComboBox()
            val.setToolTip(falt.forklaring)
            val.setMinimumContentsLength(14)
            val.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            val.currentIndexChanged.connect(self._mappning_andrad)
            etikett.setBuddy(val)
            self.kolumnval[falt.namn] = val
            rutnat.addWidget(etikett, rad, 0)
            rutnat.addWidget(val, rad, 1)
            if falt.fast_varde:
                fast = QComboBox()
                fast.setAccessibleName(self.tr("Fast värde för {falt}").format(falt=falt.etikett))
                fast.setToolTip(self.tr("Gäller rader där kolumnen saknas eller cellen är tom."))
                fast.setMinimumContentsLength(12)
                fast.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                fast.addItem(self.tr(INGET_FAST), None)
                for varde in self._valbara.get(falt.namn, ()):
                    fast.addItem(varde, varde)
                fast.currentIndexChanged.connect(self._mappning_andrad)
                self.fastval[falt.namn] = fast
                rutnat.addWidget(fast, rad, 2)
        rutnat.setColumnStretch(1, 1)
        rutnat.setColumnStretch(2, 1)
        kolumnlayout.addLayout(rutnat)
        return kolumnruta

    def _bygg_okanda(self) -> None:
        """The box of file values no unit or category matches (filled by the preview)."""
        self.okanda_ruta = QGroupBox(self.tr("Värden som Skrivbord inte känner igen"))
        okandalayout = QVBoxLayout(self.okanda_ruta)
        okandalayout.addWidget(
            QLabel(
                self.tr(
                    "Välj vad filens namn betyder i Skrivbord, så behöver filen inte ändras. "
                    "Valen sparas till nästa fil med samma kolumner."
                ),
                wordWrap=True,
                styleSheet=f"color: {DAMPAD};",
            )
        )
        self._okanda_rutnat = QGridLayout()
        self._okanda_rutnat.setColumnStretch(1, 1)
        okandalayout.addLayout(self._okanda_rutnat)
        self.vardeval: dict[tuple[str, str], QComboBox] = {}
        self.okanda_ruta.hide()

    def _bygg_granskning(self) -> QWidget:
        """Right: what the preview found, the rows, and the errors row by row."""
        self.granska_knapp = QPushButton(self.tr("Förhandsgranska"))
        self.granska_knapp.clicked.connect(self.forhandsgranska)
        self.sammanfattning = QLabel(wordWrap=True)
        self.forhandsvisning = QTableWidget(0, 0)
        self.forhandsvisning.setAccessibleName(self.tr("Förhandsgranskning"))
        self.forhandsvisning.verticalHeader().hide()
        self.forhandsvisning.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.forhandsvisning.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive
        )
        self.felrapport = QPlainTextEdit(readOnly=True)
        self.felrapport.setAccessibleName(self.tr("Fel rad för rad"))
        self.felrapport.setMaximumHeight(110)
        felrubrik = QLabel(self.tr("Fel rad för rad (radnummer som i Excel):"))
        felrubrik.setBuddy(self.felrapport)

        hoger = QWidget()
        hogerlayout = QVBoxLayout(hoger)
        hogerlayout.setContentsMargins(6, 0, 0, 0)
        overst = QHBoxLayout()
        overst.addWidget(self.sammanfattning, 1)
        overst.addWidget(self.granska_knapp, 0, Qt.AlignmentFlag.AlignTop)
        hogerlayout.addLayout(overst)
        hogerlayout.addWidget(self.forhandsvisning, 1)
        hogerlayout.addWidget(felrubrik)
        hogerlayout.addWidget(self.felrapport)
        return hoger

    def _bygg_nederst(self) -> QHBoxLayout:
        """Skipping rows with errors, why Importera waits, and the buttons."""
        self.hoppa_over = QCheckBox(
            self.tr("Importera raderna utan fel och hoppa över raderna med fel")
        )
        self.hoppa_over.toggled.connect(self._uppdatera_knappar)
        self.orsak = QLabel(wordWrap=True)
        self.orsak.setAccessibleName(self.tr("Vad som importeras"))
        self.fel = QLabel(wordWrap=True, styleSheet=f"color: {ROD}; font-weight: 600;")
        self.fel.hide()

        knappar = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.importera_knapp = knappar.button(QDialogButtonBox.StandardButton.Ok)
        self.importera_knapp.setText(self.tr("Importera"))
        knappar.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        knappar.accepted.connect(self.importera)
        knappar.rejected.connect(self.reject)
        nederst = QHBoxLayout()
        nederst.addWidget(self.orsak, 1)
        nederst.addWidget(knappar)
        return nederst

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
        assert isinstance(tabell, imp.Tabell)
        self.tabell = tabell
        # The whole mapping when a file with these headers was imported before.
        forslag = imp.foreslaget(tabell, imp.senaste_mappning(tabell.rubriker))
        for falt in imp.MALFALT:
            val = self.kolumnval[falt.namn]
            val.blockSignals(True)
            val.clear()
            val.addItem(self.tr(INGEN), None)
            for rubrik in tabell.rubriker:
                val.addItem(rubrik, rubrik)
            val.setCurrentIndex(max(0, val.findData(forslag.kolumn(falt.namn))))
            val.blockSignals(False)
        for namn, fast in self.fastval.items():
            fast.blockSignals(True)
            varde = forslag.fast_varde(namn)
            if varde and fast.findData(varde) < 0:  # e.g. a unit made inactive since
                fast.addItem(varde, varde)
            fast.setCurrentIndex(max(0, fast.findData(varde or None)))
            fast.blockSignals(False)
        self._vardemappning = {f: dict(v) for f, v in forslag.vardemappning.items()}
        self._granskad = False
        anmarkningar = " ".join(tabell.anmarkningar)
        self.sammanfattning.setText(
            self.tr("{n} rader i {namn}.").format(n=len(tabell.rader), namn=tabell.filnamn)
            + (f" {anmarkningar}" if anmarkningar else "")
        )
        self.granskning = None
        self._visa_okanda()
        self._uppdatera_knappar()

    def mappning_nu(self) -> imp.Mappning:
        kolumner = {
            namn: val.currentData() for namn, val in self.kolumnval.items() if val.currentData()
        }
        fasta = {namn: val.currentData() for namn, val in self.fastval.items() if val.currentData()}
        varden = {f: dict(v) for f, v in self._vardemappning.items() if v}
        return imp.Mappning(kolumner, fasta, varden)

    def _mappning_andrad(self) -> None:
        self.granskning = None
        if self._granskad:
            self.forhandsgranska()
        else:
            self._uppdatera_knappar()

    def forhandsgranska(self) -> None:
        if self.tabell is None:
            return
        self._granskad = True
        self.granskning = None
        self._uppdatera_knappar()
        self._kor(
            self.tr("Granskar raderna …"),
            som_jobb(imp.forhandsgranska, self._databas, self.tabell, self.mappning_nu()),
            self._visa_granskning,
        )

    def _visa_granskning(self, granskning: object) -> None:
        assert isinstance(granskning, imp.Forhandsgranskning)
        self.granskning = g = granskning
        falt = [
            f
            for f in imp.MALFALT
            if self.kolumnval[f.namn].currentData()
            or (f.namn in self.fastval and self.fastval[f.namn].currentData())
            or f.namn == "handelsetid"  # shows "tid okänd" where the file has no time
        ]
        self.forhandsvisning.clear()
        self.forhandsvisning.setColumnCount(len(falt) + 2)
        self.forhandsvisning.setHorizontalHeaderLabels(
            [self.tr("Rad"), self.tr("Status")] + [f.etikett for f in falt]
        )
        self.forhandsvisning.setRowCount(len(g.rader))
        for i, rad in enumerate(g.rader):
            status = self.tr(STATUS.get(rad.status, rad.status))
            for j, text in enumerate(
                [str(rad.rad), status] + [rad.varden.get(f.namn, "") for f in falt]
            ):
                cell = QTableWidgetItem(text)
                if rad.status == "fel":
                    cell.setBackground(QBrush(FELFARG))
                self.forhandsvisning.setItem(i, j, cell)
        self.forhandsvisning.resizeColumnsToContents()
        for j in range(self.forhandsvisning.columnCount()):
            if self.forhandsvisning.columnWidth(j) > 260:
                self.forhandsvisning.setColumnWidth(j, 260)
        self.felrapport.setPlainText("\n".join(r.text for r in g.fel) or self.tr("Inga fel."))
        text = self.tr(
            "{rader} rader: {nya} nya, {dubbletter} redan importerade, {fel} med fel."
        ).format(
            rader=g.antal_rader,
            nya=g.antal_nya,
            dubbletter=g.antal_dubbletter,
            fel=g.antal_rader_med_fel,
        )
        if g.antal_utan_tid:
            text += " " + self.tr(
                "{n} av de nya saknar klockslag och sparas med tid okänd."
            ).format(n=g.antal_utan_tid)
        self.sammanfattning.setText(text)
        self._visa_okanda()
        self._uppdatera_knappar()

    # --- values the database does not know --------------------------------------------------

    def _visa_okanda(self) -> None:
        """One choice per value of the file that matches nothing (and per value already
        mapped, so a choice can be changed back), grouped by field. A choice that stays
        is the same widget (a user may be choosing in it while the preview reruns)."""
        g = self.granskning
        per_falt: dict[str, list[imp.Filvarde]] = {}
        for v in (*g.mappade, *g.okanda) if g is not None else ():
            varden = per_falt.setdefault(v.falt, [])
            if all(imp.vardenyckel(v.varde) != imp.vardenyckel(t.varde) for t in varden):
                varden.append(v)
        visas = {
            (falt, imp.vardenyckel(v.varde))
            for falt, varden in per_falt.items()
            for v in varden[:MAX_VARDEN_PER_FALT]
        }
        gamla, self.vardeval = self.vardeval, {}
        while self._okanda_rutnat.count():
            post = self._okanda_rutnat.takeAt(0)
            widget = post.widget() if post is not None else None
            nyckel = next((k for k, v in gamla.items() if v is widget), None)
            if widget is not None and nyckel not in visas:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
        rad = 0
        for falt in imp.MALFALT:
            varden = per_falt.get(falt.namn, [])
            if not varden:
                continue
            self._okanda_rutnat.addWidget(QLabel(f"<b>{falt.etikett}</b>"), rad, 0, 1, 2)
            rad += 1
            for v in varden[:MAX_VARDEN_PER_FALT]:
                nyckel = (falt.namn, imp.vardenyckel(v.varde))
                val = gamla.get(nyckel) or self._vardeval(falt, v)
                self.vardeval[nyckel] = val
                etikett = QLabel(
                    self.tr("”{varde}” ({n} rader)").format(varde=v.varde, n=v.antal_rader)
                    if v.antal_rader != 1
                    else self.tr("”{varde}” (1 rad)").format(varde=v.varde)
                )
                etikett.setBuddy(val)
                self._okanda_rutnat.addWidget(etikett, rad, 0)
                self._okanda_rutnat.addWidget(val, rad, 1)
                rad += 1
            if len(varden) > MAX_VARDEN_PER_FALT:
                fler = QLabel(
                    self.tr("… och {n} värden till. Är rätt kolumn vald för {falt}?").format(
                        n=len(varden) - MAX_VARDEN_PER_FALT, falt=falt.etikett
                    ),
                    wordWrap=True,
                    styleSheet=f"color: {DAMPAD};",
                )
                self._okanda_rutnat.addWidget(fler, rad, 0, 1, 2)
                rad += 1
        self.okanda_ruta.setVisible(rad > 0)
        if visas - gamla.keys():  # new values to choose for: show them
            self._rulla.verticalScrollBar().setValue(0)

    def _vardeval(self, falt: imp.Malfalt, v: imp.Filvarde) -> QComboBox:
        nyckel = imp.vardenyckel(v.varde)
        val = QComboBox()
        val.setAccessibleName(
            self.tr("Vad ”{varde}” betyder ({falt})").format(varde=v.varde, falt=falt.etikett)
        )
        val.setMinimumContentsLength(14)
        val.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        val.addItem(self.tr(VALJ), None)
        for varde in self._valbara.get(falt.namn, ()):
            val.addItem(varde, varde)
        valt = next(
            (
                till
                for fran, till in self._vardemappning.get(falt.namn, {}).items()
                if imp.vardenyckel(fran) == nyckel
            ),
            None,
        )
        if valt is not None and val.findData(valt) < 0:
            val.addItem(valt, valt)
        val.setCurrentIndex(max(0, val.findData(valt)))
        val.currentIndexChanged.connect(
            lambda _i, f=falt.namn, fil=v.varde, ruta=val: self._varde_valt(f, fil, ruta)
        )
        return val

    def _varde_valt(self, falt: str, varde: str, val: QComboBox) -> None:
        varden = self._vardemappning.setdefault(falt, {})
        nyckel = imp.vardenyckel(varde)
        for fran in [f for f in varden if imp.vardenyckel(f) == nyckel]:
            del varden[fran]
        if val.currentData():
            varden[varde] = val.currentData()
        self._mappning_andrad()

    # --- the Importera button ------------------------------------------------------------------

    def _uppdatera_knappar(self) -> None:
        g = self.granskning
        self.granska_knapp.setEnabled(self.tabell is not None)
        self.hoppa_over.setVisible(bool(g and not g.kan_importeras))
        orsak, kan = self._orsak(g)
        self.importera_knapp.setEnabled(kan)
        self.orsak.setText(orsak)
        self.orsak.setStyleSheet("" if kan else f"color: {DAMPAD};")

    def _orsak(self, g: imp.Forhandsgranskning | None) -> tuple[str, bool]:
        """What Importera would do, or why it cannot; and whether it can."""
        if self.tabell is None:
            return self.tr("Välj en fil att importera."), False
        if g is None:
            return self.tr("Förhandsgranska raderna innan du importerar."), False
        if g.antal_rader == 0:
            return self.tr("Ingen rad kan importeras: filen har inga rader."), False
        if g.antal_rader_med_fel == g.antal_rader:
            text = self.tr(
                "Ingen rad kan importeras: alla {n} rader har fel. Rätta filen eller mappningen."
            ).format(n=g.antal_rader)
            if g.okanda:
                text += " " + self.tr(
                    "Välj först vad värdena som Skrivbord inte känner igen betyder."
                )
            return text, False
        if g.antal_nya == 0:
            if g.antal_rader_med_fel:
                text = self.tr(
                    "Ingen ny rad att importera: {d} rader är redan importerade och {fel} har fel."
                ).format(d=g.antal_dubbletter, fel=g.antal_rader_med_fel)
            else:
                text = self.tr(
                    "Ingen ny rad att importera: alla {d} rader är redan importerade."
                ).format(d=g.antal_dubbletter)
            return text, False
        if g.antal_rader_med_fel and not self.hoppa_over.isChecked():
            return (
                self.tr(
                    "{fel} av {rader} rader har fel. Rätta dem, i filen eller med "
                    "mappningen, eller kryssa i att raderna med fel hoppas över."
                ).format(fel=g.antal_rader_med_fel, rader=g.antal_rader),
                False,
            )
        text = (
            self.tr("1 avvikelse importeras.")
            if g.antal_nya == 1
            else self.tr("{n} avvikelser importeras.").format(n=g.antal_nya)
        )
        if g.antal_rader_med_fel:
            text += " " + self.tr("{n} rader med fel hoppas över.").format(n=g.antal_rader_med_fel)
        return text, True

    def importera(self) -> None:
        if self.tabell is None or self.granskning is None or not self.importera_knapp.isEnabled():
            return
        mappning = self.mappning_nu()
        rubriker = list(self.tabell.rubriker)
        self._kor(
            self.tr("Importerar avvikelser …"),
            imp.importera(
                self._databas, self.tabell, mappning, hoppa_over_fel=self.hoppa_over.isChecked()
            ),
            lambda resultat: self._klar(resultat, mappning, rubriker),
        )

    def _klar(self, resultat: object, mappning: imp.Mappning, rubriker: list[str]) -> None:
        assert isinstance(resultat, imp.Importresultat)
        self.resultat = resultat
        imp.kom_ihag_mappning(mappning, rubriker)
        self.accept()

    def slutmeddelande(self) -> str:
        """What happened, for the message after the dialog closes."""
        r = self.resultat
        if r is None:
            return ""
        delar = [
            self.tr("1 avvikelse importerades.")
            if r.antal_importerade == 1
            else self.tr("{n} avvikelser importerades.").format(n=r.antal_importerade)
        ]
        if r.antal_overhoppade_rader:
            delar.append(
                self.tr("1 rad med fel hoppades över.")
                if r.antal_overhoppade_rader == 1
                else self.tr("{n} rader med fel hoppades över.").format(n=r.antal_overhoppade_rader)
            )
        if r.antal_dubbletter:
            delar.append(
                self.tr("1 rad fanns redan och hoppades över.")
                if r.antal_dubbletter == 1
                else self.tr("{n} rader fanns redan och hoppades över.").format(
                    n=r.antal_dubbletter
                )
            )
        return " ".join(delar)
