"""The main window: navigation between the areas, menus, status bar, and the one open
database (with its instance lock)."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from skrivbord import fel, sokvagar
from skrivbord.lagring import nyckelring, sakerhetskopia
from skrivbord.tjanster import kommun
from skrivbord.ui import bakgrund, databasval, installningar
from skrivbord.ui.databasval import OppenDatabas
from skrivbord.ui.dialoger import InstallningarDialog, OmDialog
from skrivbord.ui.guide import ForstaStartGuide
from skrivbord.ui.sidor.delegeringar import DelegeringSida
from skrivbord.ui.sidor.egenkontroller import EgenkontrollSida
from skrivbord.ui.sidor.export import ExportSida
from skrivbord.ui.sidor.gemensamt import BLA, ingress, rubrik, sidlayout
from skrivbord.ui.sidor.lakemedelstillsyn import LakemedelstillsynSida
from skrivbord.ui.sidor.logguppfoljning import LogguppfoljningSida
from skrivbord.ui.sidor.oversikt import OversiktSida
from skrivbord.ui.sidor.veckogenomgangar import VeckogenomgangSida

log = logging.getLogger(__name__)


# Marked for translation here, translated where they are shown (self.tr).
SIDOR = (
    QT_TRANSLATE_NOOP("Huvudfonster", "Översikt"),
    QT_TRANSLATE_NOOP("Huvudfonster", "Egenkontroller"),
    QT_TRANSLATE_NOOP("Huvudfonster", "Läkemedelstillsyn"),
    QT_TRANSLATE_NOOP("Huvudfonster", "Delegeringar"),
    QT_TRANSLATE_NOOP("Huvudfonster", "Avvikelser"),
    QT_TRANSLATE_NOOP("Huvudfonster", "Veckogenomgångar"),
    QT_TRANSLATE_NOOP("Huvudfonster", "Logguppföljning"),
    QT_TRANSLATE_NOOP("Huvudfonster", "Export"),
)
OVERSIKT, EGENKONTROLLER, LAKEMEDELSTILLSYN, DELEGERINGAR, AVVIKELSER = range(5)
VECKOGENOMGANGAR, LOGGUPPFOLJNING, EXPORT = range(5, 8)
KOPIA_HOGST_VAR = timedelta(days=1)
DATABASFILTER = "Skrivbord-databas (*.db);;Alla filer (*)"

_NAVIGERING_STIL = f"""
#navigering {{ font-size: 11pt; border: none; border-right: 1px solid #d5dbe1;
               background: palette(window); outline: 0; padding-right: 8px; }}
#navigering::item {{ padding: 7px 12px; border-radius: 4px; margin: 1px 0; }}
#navigering::item:hover:!selected {{ background: #e4ebf2; }}
#navigering::item:selected {{ background: {BLA}; color: white; }}
#navigering:disabled {{ color: #9aa3ab; }}
"""


class Huvudfonster(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.oppen: OppenDatabas | None = None
        self.sidor: list[QWidget] = []
        self.setWindowTitle("Skrivbord")
        self.resize(1200, 760)
        self.setMinimumSize(900, 560)

        self.navigering = QListWidget()
        self.navigering.setObjectName("navigering")
        self.navigering.setAccessibleName(self.tr("Navigering"))
        self.navigering.setFixedWidth(196)
        self.navigering.setStyleSheet(_NAVIGERING_STIL)
        for nummer, namn in enumerate(SIDOR, start=1):
            rad = QListWidgetItem(self.tr(namn))
            rad.setToolTip(f"{self.tr(namn)} (Ctrl+{nummer})")
            self.navigering.addItem(rad)
        self.stapel = QStackedWidget()
        self.navigering.currentRowChanged.connect(self._visa_sida)
        self.navigering.setEnabled(False)
        self.stapel.addWidget(self._tom_sida())

        mitt = QWidget()
        layout = QHBoxLayout(mitt)
        layout.setContentsMargins(8, 8, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigering)
        layout.addWidget(self.stapel, 1)
        self.setCentralWidget(mitt)

        self.status_databas = QLabel()
        self.status_kommun = QLabel()
        self.status_nyckel = QLabel()
        self._statusdelare: list[QFrame] = []
        for nummer, etikett in enumerate(
            (self.status_databas, self.status_kommun, self.status_nyckel)
        ):
            if nummer:
                delare = QFrame()
                delare.setFrameShape(QFrame.Shape.VLine)
                delare.setStyleSheet("color: #c3cad1;")
                self._statusdelare.append(delare)
                self.statusBar().addPermanentWidget(delare)
            etikett.setContentsMargins(6, 0, 6, 0)
            self.statusBar().addPermanentWidget(etikett)
        self.statusBar().setSizeGripEnabled(True)

        self._menyer()
        self._aterstall_fonstret()
        self._visa_status()

    # --- construction ---------------------------------------------------------------------------

    def _tom_sida(self) -> QWidget:
        sida = QWidget()
        ruta = QWidget()
        ruta.setFixedWidth(560)
        text = rubrik(self.tr("Ingen databas är öppen"))
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        forklaring = ingress(
            self.tr(
                "Skapa en ny databas för kommunen, öppna demodatabasen för att prova, "
                "eller öppna en befintlig databasfil."
            )
        )
        forklaring.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        ny = QPushButton(self.tr("Kom igång …"))
        ny.clicked.connect(self.kor_guiden)
        ny.setDefault(True)
        oppna = QPushButton(self.tr("Öppna databas …"))
        oppna.clicked.connect(self.oppna_dialog)
        knappar = QHBoxLayout()
        knappar.addStretch()
        knappar.addWidget(ny)
        knappar.addWidget(oppna)
        knappar.addStretch()
        inre = QVBoxLayout(ruta)
        inre.addWidget(text)
        inre.addWidget(forklaring)
        inre.addSpacing(12)
        inre.addLayout(knappar)
        mitten = QHBoxLayout()
        mitten.addStretch()
        mitten.addWidget(ruta)
        mitten.addStretch()
        layout = sidlayout(sida)
        layout.addStretch(1)
        layout.addLayout(mitten)
        layout.addStretch(2)
        return sida

    def _menyer(self) -> None:
        arkiv = self.menuBar().addMenu(self.tr("&Arkiv"))
        self._atgard(arkiv, self.tr("&Ny databas …"), self.kor_guiden)
        self._atgard(
            arkiv, self.tr("Ö&ppna databas …"), self.oppna_dialog, QKeySequence.StandardKey.Open
        )
        self.senaste_meny = arkiv.addMenu(self.tr("&Senast använda"))
        self.senaste_meny.aboutToShow.connect(self._fyll_senaste)
        arkiv.addSeparator()
        self.kopia_atgard = self._atgard(
            arkiv, self.tr("Säkerhetskopiera &nu"), self.sakerhetskopiera
        )
        self._atgard(arkiv, self.tr("&Inställningar …"), self.installningar)
        arkiv.addSeparator()
        avsluta = self._atgard(arkiv, self.tr("&Avsluta"), self.close, QKeySequence("Ctrl+Q"))
        avsluta.setMenuRole(QAction.MenuRole.QuitRole)

        hjalp = self.menuBar().addMenu(self.tr("&Hjälp"))
        self._atgard(hjalp, self.tr("Öppna &loggmappen"), self.oppna_loggmappen)
        hjalp.addSeparator()
        om = self._atgard(hjalp, self.tr("&Om Skrivbord"), self.om)
        om.setMenuRole(QAction.MenuRole.AboutRole)

        self.genvagar: list[QAction] = []
        for nummer in range(len(SIDOR)):
            genvag = QAction(self)
            genvag.setShortcut(QKeySequence(f"Ctrl+{nummer + 1}"))
            genvag.triggered.connect(lambda _=False, n=nummer: self.ga_till(n))
            self.addAction(genvag)
            self.genvagar.append(genvag)

    def _atgard(
        self,
        meny: QMenu,
        text: str,
        slot,
        genvag: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        atgard = meny.addAction(text)
        atgard.triggered.connect(slot)
        if genvag is not None:
            atgard.setShortcut(QKeySequence(genvag))
        return atgard

    def _fyll_senaste(self) -> None:
        self.senaste_meny.clear()
        for nummer, sokvag in enumerate(installningar.senaste(), start=1):
            atgard = self.senaste_meny.addAction(f"&{nummer}  {sokvag.name}")
            atgard.setToolTip(str(sokvag))
            atgard.setStatusTip(str(sokvag))
            atgard.triggered.connect(lambda _=False, s=sokvag: self.oppna(s))
        if self.senaste_meny.isEmpty():
            self.senaste_meny.addAction(self.tr("Inga databaser ännu")).setEnabled(False)

    def _aterstall_fonstret(self) -> None:
        varden = installningar.installningar()
        geometri = varden.value("fonster/geometri")
        if isinstance(geometri, QByteArray):
            self.restoreGeometry(geometri)
        tillstand = varden.value("fonster/tillstand")
        if isinstance(tillstand, QByteArray):
            self.restoreState(tillstand)

    def _spara_fonstret(self) -> None:
        varden = installningar.installningar()
        varden.setValue("fonster/geometri", self.saveGeometry())
        varden.setValue("fonster/tillstand", self.saveState())
        if self.oppen is not None:
            varden.setValue("fonster/sida", self.navigering.currentRow())

    # --- databases --------------------------------------------------------------------------------

    def starta(self, sokvag: Path | None = None) -> None:
        """At start: the given file, else the last used one, else the first-start wizard."""
        sokvag = sokvag or installningar.senaste_databas()
        if sokvag is not None:
            self.oppna(Path(sokvag))
        else:
            self.kor_guiden()

    def kor_guiden(self) -> None:
        guide = ForstaStartGuide(self)
        guide.exec()
        if guide.resultat is not None:
            self.satt_databas(guide.resultat)

    def oppna_dialog(self) -> None:
        start = self.oppen.databas.sokvag.parent if self.oppen else sokvagar.datamapp()
        fil, _ = QFileDialog.getOpenFileName(
            self, self.tr("Öppna databas"), str(start), self.tr(DATABASFILTER)
        )
        if fil:
            self.oppna(Path(fil))

    def oppna(self, sokvag: Path) -> bool:
        sokvag = Path(sokvag)
        if self.oppen is not None and self.oppen.databas.sokvag.resolve() == sokvag.resolve():
            return True
        if not sokvag.exists():
            installningar.glom(sokvag)
        oppen = databasval.oppna(self, sokvag)
        if oppen is None:
            return False
        self.satt_databas(oppen)
        return True

    def satt_databas(self, oppen: OppenDatabas) -> None:
        """Show ``oppen`` (closing the previous database and releasing its lock first)."""
        if self.oppen is not None and self.oppen is not oppen:
            self.stang_databas()
        self.oppen = oppen
        installningar.anvand(oppen.databas.sokvag)
        log.info("databas vald")
        self._bygg_sidor()
        self._visa_status()

    def _bygg_sidor(self) -> None:
        while self.stapel.count():
            sida = self.stapel.widget(0)
            self.stapel.removeWidget(sida)
            sida.deleteLater()
        databas = self.oppen.databas
        self.sidor = [
            OversiktSida(databas),
            EgenkontrollSida(databas),
            LakemedelstillsynSida(databas),
            DelegeringSida(databas),
            self._skapa_avvikelselista(databas),
            VeckogenomgangSida(databas),
            LogguppfoljningSida(databas),
            ExportSida(databas),
        ]
        for sida in self.sidor:
            self.stapel.addWidget(sida)
        self.navigering.setEnabled(True)
        sparad = installningar.installningar().value("fonster/sida", OVERSIKT, type=int)
        rad = sparad if 0 <= sparad < len(SIDOR) else OVERSIKT
        self.navigering.setCurrentRow(rad)
        self._visa_sida(rad)

    def _skapa_avvikelselista(self, databas) -> QWidget:
        """The Avvikelser page: the paged list (ui/avvikelsetabell.py) with filters and the
        detail panel (ui/avvikelser/). Should that part fail to import, the rest of the
        window still works and the page says so."""
        try:
            from skrivbord.ui.avvikelser.sida import AvvikelseSida
        except ImportError:
            log.exception("avvikelsesidan kunde inte laddas")
            sida = QWidget()
            layout = sidlayout(sida)
            layout.addWidget(rubrik(self.tr("Avvikelser")))
            layout.addWidget(
                ingress(self.tr("Avvikelselistan kunde inte laddas. Se loggfilen för detaljer."))
            )
            layout.addStretch()
            return sida
        # Its changes reach the other pages' figures when they are next shown (_visa_sida).
        return AvvikelseSida(databas)

    def _visa_sida(self, rad: int) -> None:
        if rad < 0 or not self.sidor:
            return
        self.stapel.setCurrentIndex(rad)
        sida = self.sidor[rad]
        uppdatera = getattr(sida, "uppdatera", None)
        if callable(uppdatera):
            # Cheap counts: refresh whenever a page is shown, so figures are never stale.
            uppdatera()

    def ga_till(self, nummer: int) -> None:
        if self.navigering.isEnabled() and 0 <= nummer < len(SIDOR):
            self.navigering.setCurrentRow(nummer)
            self.navigering.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _visa_status(self) -> None:
        if self.oppen is None:
            self.status_databas.setText(self.tr("Ingen databas är öppen"))
            self.status_databas.setToolTip("")
            self.status_kommun.clear()
            self.status_nyckel.clear()
            for widget in (self.status_kommun, self.status_nyckel, *self._statusdelare):
                widget.hide()
            self.setWindowTitle("Skrivbord")
            self.kopia_atgard.setEnabled(False)
            return
        sokvag = self.oppen.databas.sokvag
        uppgifter = kommun.hamta(self.oppen.databas)
        kommuntext = f"{uppgifter.namn} ({uppgifter.kommunkod})" if uppgifter else "–"
        self.status_databas.setText(self.tr("Databas: {namn}").format(namn=sokvag.name))
        self.status_databas.setToolTip(str(sokvag))
        self.status_kommun.setText(self.tr("Kommun: {kommun}").format(kommun=kommuntext))
        kort, lang = self._nyckelplats()
        self.status_nyckel.setText(self.tr("Nyckel: {plats}").format(plats=kort))
        self.status_nyckel.setToolTip(lang)
        for widget in (self.status_kommun, self.status_nyckel, *self._statusdelare):
            widget.show()
        self.setWindowTitle(f"Skrivbord – {uppgifter.namn}" if uppgifter else "Skrivbord")
        self.kopia_atgard.setEnabled(True)

    def _nyckelplats(self) -> tuple[str, str]:
        """Where the key is kept: a few words for the status bar and the full sentence."""
        ring = nyckelring.aktuell()
        if not ring.tillganglig:
            return self.tr("bara i minnet (ingen nyckelring)"), ring.beskrivning
        return ring.beskrivning.split(" (")[0], ring.beskrivning

    def statustext(self) -> str:
        return "  ·  ".join(
            e.text() for e in (self.status_databas, self.status_kommun, self.status_nyckel)
        ).strip(" ·")

    # --- backups ----------------------------------------------------------------------------------

    def _gor_kopia(self, databas, orsak: str) -> Path:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            kopia = sakerhetskopia.skapa(
                databas, orsak=orsak, behall=installningar.behall_antal_kopior()
            )
        finally:
            QApplication.restoreOverrideCursor()
        return kopia

    def sakerhetskopiera(self) -> None:
        if self.oppen is None:
            return
        try:
            kopia = self._gor_kopia(self.oppen.databas, "manuell")
        except fel.SkrivbordFel as exc:
            databasval.visa_fel(self, exc)
            return
        self.statusBar().showMessage(
            self.tr("Säkerhetskopian är sparad: {namn}").format(namn=kopia.name), 8000
        )

    def _kopia_vid_stangning(self, databas) -> None:
        """At most one automatic copy a day; a failure must not stop the window closing."""
        kopior = sakerhetskopia.kopior(sakerhetskopia.kopiemapp(databas), databas.sokvag.stem)
        senast = max((k.stat().st_mtime for k in kopior), default=None)
        if senast is not None and datetime.now() - datetime.fromtimestamp(senast) < KOPIA_HOGST_VAR:
            return
        try:
            self._gor_kopia(databas, "stangning")
        except fel.SkrivbordFel as exc:
            log.warning("säkerhetskopian vid stängning misslyckades (%s)", type(exc).__name__)

    def stang_databas(self) -> None:
        """Close the open database (after the daily backup, if wanted) and release its lock."""
        if self.oppen is None:
            return
        oppen, self.oppen = self.oppen, None
        self.navigering.setEnabled(False)
        try:
            if installningar.sakerhetskopiera_vid_stangning():
                self._kopia_vid_stangning(oppen.databas)
        finally:
            oppen.stang()
            log.info("databas stängd")

    # --- dialogs ----------------------------------------------------------------------------------

    def installningar(self) -> None:
        InstallningarDialog(self).exec()

    def om(self) -> None:
        OmDialog(
            self.oppen.databas.sokvag if self.oppen else None,
            self._nyckelplats()[1],
            self,
        ).exec()

    def oppna_loggmappen(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(sokvagar.loggmapp())))

    def closeEvent(self, handelse: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._spara_fonstret()
        bakgrund.avbryt_alla()
        bakgrund.vanta_tills_klart(30_000)
        QCoreApplication.processEvents()  # deliver the cancelled jobs' callbacks
        self.stang_databas()
        self.sidor = []
        super().closeEvent(handelse)
