"""Export: the anonymised aggregate for the region's samverkansråd. Choose the period,
the small-count limit and the breakdowns; the preview shows exactly the tables that will
be written, hidden cells marked, how much is hidden and coarser choices that hide less;
saving writes the folder in the background and adds a line to the export log."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from skrivbord import perioder
from skrivbord.fel import OgiltigUppgift, SkrivbordFel
from skrivbord.perioder import Period
from skrivbord.tjanster.aggregat import bygg, filer
from skrivbord.tjanster.aggregat.forhandsvisning import Alternativ, Forhandsvisning, forhandsvisa
from skrivbord.tjanster.aggregat.undertryckning import (
    MINSTA_TROSKEL,
    STANDARDTROSKEL,
    STORSTA_TROSKEL,
)
from skrivbord.tjanster.databasfil import Databas
from skrivbord.ui import bakgrund
from skrivbord.ui.avvikelser.sammanstallning import forslag
from skrivbord.ui.export import forhandsvisning, logg
from skrivbord.ui.export.lan import LanDialog
from skrivbord.ui.gemensamt.sida import DAMPAD, ingress, rubrik, sidlayout

ROD = "#b3261e"
# The breakdowns' short names on the check boxes (translated where shown).
UPPDELNINGAR = {
    "kategori": QT_TRANSLATE_NOOP("ExportSida", "Kategori"),
    "konsekvens": QT_TRANSLATE_NOOP("ExportSida", "Konsekvens"),
    "enhetstyp": QT_TRANSLATE_NOOP("ExportSida", "Enhetstyp"),
    "mellan_vardgivare": QT_TRANSLATE_NOOP("ExportSida", "Mellan vårdgivare ja/nej"),
    "motpart": QT_TRANSLATE_NOOP("ExportSida", "Motpart"),
    "riktning": QT_TRANSLATE_NOOP("ExportSida", "Mottagen eller skickad"),
    "overenskommelse": QT_TRANSLATE_NOOP("ExportSida", "Överenskommelse"),
    "orsaksomrade": QT_TRANSLATE_NOOP("ExportSida", "Orsaksområde"),
    "lex_maria": QT_TRANSLATE_NOOP("ExportSida", "Lex Maria-anmälningar"),
}


def perioder_att_valja(idag: date) -> list[Period]:
    """The sammanställning's periods, then last year's quarters."""
    lista = forslag(idag)
    forra = idag.year - 1
    lista += [perioder.kvartal(forra, k) for k in (4, 3, 2, 1)]
    return lista


class ExportSida(QWidget):
    def __init__(
        self, databas: Databas, parent: QWidget | None = None, idag: date | None = None
    ) -> None:
        super().__init__(parent)
        self._databas = databas
        self._idag = idag or date.today()
        self.visning: Forhandsvisning | None = None
        self.senaste: Path | None = None
        layout = sidlayout(self)
        self.rubrik = rubrik(self.tr("Export"))
        layout.addWidget(self.rubrik)
        layout.addWidget(
            ingress(
                self.tr(
                    "Aggregatet till regionens samverkansråd: antal avvikelser per nationell "
                    "kod för en period, utan fritext, namn, enheter eller datum. Små tal "
                    "visas som <5 och fler celler döljs (x) så att de inte går att räkna fram. "
                    "Förhandsvisningen visar exakt det som sparas."
                )
            )
        )
        layout.addLayout(self._bygg_val())
        self.sammanfattning = QLabel(wordWrap=True)
        self.sammanfattning.setAccessibleName(self.tr("Hur mycket som döljs"))
        layout.addWidget(self.sammanfattning)
        self.overlapp = QLabel(wordWrap=True)
        self.overlapp.setAccessibleName(self.tr("Tidigare exporter som överlappar"))
        self.overlapp.setStyleSheet(f"color: {ROD};")
        self.overlapp.hide()
        layout.addWidget(self.overlapp)
        self._alternativ = QVBoxLayout()
        layout.addLayout(self._alternativ)
        self.tabell = forhandsvisning.forhandsvisningstabell()
        layout.addWidget(self.tabell, 3)
        rad = QHBoxLayout()
        self.spara = QPushButton(self.tr("Spara aggregatet …"))
        self.spara.clicked.connect(self.valj_och_spara)
        rad.addWidget(self.spara)
        rad.addStretch()
        lan = QPushButton(self.tr("Länets sammanställning …"))
        lan.setToolTip(self.tr("För regionen: lägg ihop kommunernas exporter"))
        lan.clicked.connect(self.oppna_lan)
        rad.addWidget(lan)
        layout.addLayout(rad)
        loggrubrik = QLabel(self.tr("Exporter som gjorts"))
        loggrubrik.setStyleSheet("font-weight: 600;")
        layout.addWidget(loggrubrik)
        self.logg = logg.loggtabell()
        layout.addWidget(self.logg, 1)
        self.uppdatera()

    def _bygg_val(self) -> QGridLayout:
        self.period = QComboBox(editable=True)
        self.period.setAccessibleName(self.tr("Period"))
        for p in perioder_att_valja(self._idag):
            self.period.addItem(p.kod, p.kod)
        self.period.setCurrentIndex(min(1, self.period.count() - 1))
        self.troskel = QSpinBox(minimum=MINSTA_TROSKEL, maximum=STORSTA_TROSKEL)
        self.troskel.setValue(STANDARDTROSKEL)
        self.troskel.setAccessibleName(self.tr("Gräns för små tal"))
        self.uppdelningar: dict[str, QCheckBox] = {}
        for namn in bygg.ALLA_TABELLER:
            ruta = QCheckBox(self.tr(UPPDELNINGAR[namn]))
            ruta.setChecked(True)
            ruta.setEnabled(namn != "kategori")
            ruta.toggled.connect(self._uppdelning_andrad)
            self.uppdelningar[namn] = ruta
        rutnat = QGridLayout()
        rutnat.addWidget(QLabel(self.tr("Period")), 0, 0)
        rutnat.addWidget(self.period, 0, 1)
        rutnat.addWidget(QLabel(self.tr("Gräns för små tal")), 0, 2)
        rutnat.addWidget(self.troskel, 0, 3)
        visa = QPushButton(self.tr("Förhandsvisa"))
        visa.clicked.connect(self.forhandsvisa)
        rutnat.addWidget(visa, 0, 4)
        rutnat.setColumnStretch(5, 1)
        uppdelning = QGridLayout()
        for i, ruta in enumerate(self.uppdelningar.values()):
            uppdelning.addWidget(ruta, i // 3, i % 3)
        rutnat.addWidget(QLabel(self.tr("Uppdelningar")), 1, 0)
        rutnat.addLayout(uppdelning, 1, 1, 1, 5)
        self.fel = QLabel(wordWrap=True, styleSheet=f"color: {ROD}; font-weight: 600;")
        self.fel.hide()
        rutnat.addWidget(self.fel, 2, 0, 1, 6)
        return rutnat

    def _uppdelning_andrad(self) -> None:
        mellan = self.uppdelningar["mellan_vardgivare"].isChecked()
        for namn in ("motpart", "riktning", "overenskommelse", "orsaksomrade"):
            ruta = self.uppdelningar[namn]
            ruta.setEnabled(mellan)
            if not mellan:
                ruta.setChecked(False)

    def valda(self) -> tuple[str, ...]:
        return tuple(n for n, r in self.uppdelningar.items() if r.isChecked())

    def uppdatera(self) -> None:
        """When the page is shown: the log, and a fresh preview."""
        logg.fyll(self.logg, filer.logg(self._databas))
        self.forhandsvisa()

    def _vald_period(self) -> Period | None:
        text = self.period.currentText().strip()
        i = self.period.findText(text)
        kod = str(self.period.itemData(i)) if i >= 0 else text
        try:
            return perioder.kapa(perioder.tolka(kod), self._idag)
        except OgiltigUppgift as exc:
            self._visa_fel(exc.meddelande)
            return None

    def _visa_fel(self, text: str) -> None:
        self.fel.setText(text)
        self.fel.setVisible(bool(text))

    def forhandsvisa(self) -> None:
        period = self._vald_period()
        if period is None:
            return
        self._visa_fel("")
        bakgrund.kor(
            self,
            self.tr("Förhandsvisning {period}").format(period=period.kod),
            forhandsvisa(self._databas, period, self.troskel.value(), self.valda(), self._idag),
            self._visa,
            self._fel_pa_sidan,
        )

    def _fel_pa_sidan(self, fel: BaseException) -> bool:
        if isinstance(fel, SkrivbordFel):
            self._visa_fel(fel.meddelande)
            return True
        return False

    def _visa(self, resultat: object) -> None:
        assert isinstance(resultat, Forhandsvisning)
        self.visning = resultat
        a = resultat.aggregat
        forhandsvisning.fyll(self.tabell, a)
        andel = round(100 * a.antal_dolda / a.antal_celler) if a.antal_celler else 0
        self.sammanfattning.setText(
            self.tr(
                "{period}: {dolda} av {celler} celler döljs ({andel} %). "
                "<{n} = 1 till {m} händelser; x = dolt för att skydda ett litet tal."
            ).format(
                period=a.period,
                dolda=a.antal_dolda,
                celler=a.antal_celler,
                andel=andel,
                n=a.troskel,
                m=a.troskel - 1,
            )
        )
        self.sammanfattning.setStyleSheet(f"color: {ROD if andel >= 30 else DAMPAD};")
        self.overlapp.setText(
            self.tr(
                "Obs: du har tidigare exporterat {perioder}, som delvis täcker samma dagar. "
                "Skillnaden mellan två sådana exporter kan visa ett dolt tal. Skicka samma "
                "periodlängd som förut (och en pågående period först när den är slut)."
            ).format(perioder=", ".join(resultat.overlappande))
        )
        self.overlapp.setVisible(bool(resultat.overlappande))
        self._visa_alternativ(resultat.alternativ)

    def _visa_alternativ(self, alternativ: tuple[Alternativ, ...]) -> None:
        while self._alternativ.count():
            widget = self._alternativ.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        for alt in alternativ:
            knapp = QPushButton(
                self.tr("{text}: {dolda} av {celler} dolda – använd").format(
                    text=alt.text, dolda=alt.antal_dolda, celler=alt.antal_celler
                )
            )
            knapp.setAccessibleName(alt.text)
            knapp.clicked.connect(lambda _=False, a=alt: self.anvand(a))
            self._alternativ.addWidget(knapp)

    def anvand(self, alt: Alternativ) -> None:
        """Switch to a coarser choice and preview it."""
        kod = alt.period.kod
        if self.period.findText(kod) < 0:
            self.period.addItem(kod, kod)
        self.period.setCurrentText(kod)
        for namn, ruta in self.uppdelningar.items():
            ruta.setChecked(namn in alt.tabeller)
        self.forhandsvisa()

    def oppna_lan(self) -> None:
        LanDialog(self).exec()

    def valj_och_spara(self) -> None:
        mapp = QFileDialog.getExistingDirectory(
            self, self.tr("Välj mappen aggregatet sparas i"), str(Path.home())
        )
        if mapp:
            self.spara_i(Path(mapp))

    def spara_i(self, mapp: Path) -> None:
        """Write exactly the previewed aggregate into a new folder under ``mapp``."""
        if self.visning is None:
            return
        aggregat = self.visning.aggregat
        if not aggregat.kommunkod:
            self._visa_fel(self.tr("Ange kommunens namn och kod innan aggregatet exporteras."))
            return
        bakgrund.kor(
            self,
            self.tr("Sparar aggregatet {period}").format(period=aggregat.period),
            filer.exportera(self._databas, aggregat, mapp),
            self._sparat,
            self._fel_pa_sidan,
        )

    def _sparat(self, resultat: object) -> None:
        assert isinstance(resultat, filer.Sparad)
        self.senaste = resultat.katalog
        logg.fyll(self.logg, filer.logg(self._databas))
        svar = QMessageBox.information(
            self,
            self.tr("Klart"),
            self.tr("Aggregatet sparades i mappen {namn}.").format(namn=resultat.katalog.name),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        )
        if svar == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(resultat.katalog)))
