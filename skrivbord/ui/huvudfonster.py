"""The main window: navigation between the areas, menus, status bar."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from skrivbord import sokvagar
from skrivbord.lagring import fel, nyckelring, sakerhetskopia
from skrivbord.tjanster import kommun, oversikt
from skrivbord.ui import databasval, installningar
from skrivbord.ui.avvikelser.sida import AvvikelseSida
from skrivbord.ui.databasval import OppenDatabas
from skrivbord.ui.dialoger import InstallningarDialog, OmDialog
from skrivbord.ui.guide import ForstaStartGuide
from skrivbord.ui.sidor.egenkontroller import EgenkontrollSida
from skrivbord.ui.sidor.enkel import EnkelSida
from skrivbord.ui.sidor.oversikt import OversiktSida
from skrivbord.ui.sidor.veckogenomgangar import VeckogenomgangSida

log = logging.getLogger(__name__)

SIDOR = (
    "Översikt",
    "Egenkontroller",
    "Läkemedelstillsyn",
    "Delegeringar",
    "Avvikelser",
    "Veckogenomgångar",
    "Logguppföljning",
    "Export",
)
KOPIA_HOGST_VAR = timedelta(days=1)


class Huvudfonster(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.oppen: OppenDatabas | None = None
        self.setWindowTitle("Skrivbord")
        self.resize(1280, 800)
        self.navigering = QListWidget()
        self.navigering.setObjectName("navigering")
        self.navigering.setFixedWidth(190)
        self.navigering.setStyleSheet(
            "#navigering { font-size: 11pt; border: none; background: palette(window); }"
            "#navigering::item { padding: 8px 12px; }"
            "#navigering::item:selected { background: #1f4e79; color: white; border-radius: 4px; }"
        )
        for namn in SIDOR:
            self.navigering.addItem(self.tr(namn))
        self.stapel = QStackedWidget()
        self.navigering.currentRowChanged.connect(self.stapel.setCurrentIndex)
        self.navigering.setEnabled(False)
        self.stapel.addWidget(self._tom_sida())
        mitt = QWidget()
        layout = QHBoxLayout(mitt)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.navigering)
        layout.addWidget(self.stapel, 1)
        self.setCentralWidget(mitt)
        self.statusfalt = QLabel()
        self.statusBar().addPermanentWidget(self.statusfalt, 1)
        self._menyer()
        geometri = installningar.installningar().value("fonster/geometri")
        if isinstance(geometri, QByteArray):
            self.restoreGeometry(geometri)
        self._visa_status()

    # --- construction ---------------------------------------------------------------------------

    def _tom_sida(self) -> QWidget:
        sida = QWidget()
        layout = QVBoxLayout(sida)
        text = QLabel(self.tr("Ingen databas är öppen."))
        text.setStyleSheet("font-size: 14pt;")
        ny = QPushButton(self.tr("Skapa eller öppna en databas …"))
        ny.clicked.connect(self.kor_guiden)
        layout.addStretch()
        layout.addWidget(text, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(ny, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addStretch()
        return sida

    def _menyer(self) -> None:
        arkiv = self.menuBar().addMenu(self.tr("&Arkiv"))
        self._atgard(arkiv, self.tr("Ny databas …"), self.kor_guiden)
        self._atgard(
            arkiv, self.tr("Öppna databas …"), self.oppna_dialog, QKeySequence.StandardKey.Open
        )
        self.senaste_meny = arkiv.addMenu(self.tr("Senast använda"))
        self.senaste_meny.aboutToShow.connect(self._fyll_senaste)
        arkiv.addSeparator()
        self.kopia_atgard = self._atgard(
            arkiv, self.tr("Säkerhetskopiera nu"), self.sakerhetskopiera
        )
        self._atgard(arkiv, self.tr("Inställningar …"), lambda: InstallningarDialog(self).exec())
        arkiv.addSeparator()
        self._atgard(arkiv, self.tr("Avsluta"), self.close, QKeySequence.StandardKey.Quit)
        hjalp = self.menuBar().addMenu(self.tr("&Hjälp"))
        self._atgard(hjalp, self.tr("Om Skrivbord"), self.om)
        for nummer in range(len(SIDOR)):
            genvag = QAction(self)
            genvag.setShortcut(QKeySequence(f"Ctrl+{nummer + 1}"))
            genvag.triggered.connect(lambda _=False, n=nummer: self.ga_till(n))
            self.addAction(genvag)

    def _atgard(self, meny, text: str, slot, genvag=None) -> QAction:
        atgard = meny.addAction(text)
        atgard.triggered.connect(slot)
        if genvag is not None:
            atgard.setShortcut(QKeySequence(genvag))
        return atgard

    def _fyll_senaste(self) -> None:
        self.senaste_meny.clear()
        for sokvag in installningar.senaste():
            atgard = self.senaste_meny.addAction(str(sokvag))
            atgard.triggered.connect(lambda _=False, s=sokvag: self.oppna(s))
        if self.senaste_meny.isEmpty():
            self.senaste_meny.addAction(self.tr("(inga)")).setEnabled(False)

    # --- databases --------------------------------------------------------------------------------

    def starta(self, sokvag: Path | None = None) -> None:
        """At start: the given file, else the last used, else the first-start wizard."""
        sokvag = sokvag or installningar.senaste_databas()
        if sokvag is not None:
            self.oppna(sokvag)
        else:
            self.kor_guiden()

    def kor_guiden(self) -> None:
        guide = ForstaStartGuide(self)
        guide.exec()
        if guide.resultat is not None:
            self.satt_databas(guide.resultat)

    def oppna_dialog(self) -> None:
        fil, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Öppna databas"),
            str(sokvagar.datamapp()),
            self.tr("Skrivbord-databas (*.db);;Alla filer (*)"),
        )
        if fil:
            self.oppna(Path(fil))

    def oppna(self, sokvag: Path) -> None:
        if self.oppen is not None and self.oppen.databas.sokvag.resolve() == sokvag.resolve():
            return
        oppen = databasval.oppna(self, sokvag)
        if oppen is not None:
            self.satt_databas(oppen)

    def satt_databas(self, oppen: OppenDatabas) -> None:
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

        def antal(nyckel: str, text: str):
            return lambda: text.format(n=oversikt.antal(databas)[nyckel])

        self.sidor = [
            OversiktSida(databas),
            EgenkontrollSida(databas),
            EnkelSida(
                self.tr("Läkemedelstillsyn"),
                self.tr(
                    "Narkotikakontroll varje månad, övriga läkemedel fyra gånger per år och MAS interna tillsyn två gånger per år, med checklista, fynd och åtgärder."
                ),
                antal("lakemedelstillsyn", self.tr("{n} tillsyner registrerade.")),
            ),
            EnkelSida(
                self.tr("Delegeringar"),
                self.tr(
                    "Personliga, tidsbegränsade och återkallbara delegeringar av hälso- och sjukvårdsuppgifter, med påminnelser innan de går ut."
                ),
                antal("delegeringar", self.tr("{n} delegeringar registrerade.")),
            ),
            AvvikelseSida(databas),
            VeckogenomgangSida(databas),
            EnkelSida(
                self.tr("Logguppföljning"),
                self.tr(
                    "Systematiska månadskontroller och stickprov av journalsystemets åtkomstloggar, dokumenterade i ett protokoll utan uppgifter som identifierar patienten."
                ),
                antal("logguppfoljningar", self.tr("{n} logguppföljningar registrerade.")),
            ),
            EnkelSida(
                self.tr("Export"),
                self.tr(
                    "Anonymiserade sammanställningar till regionens samverkansråd: antal per period och kategori, utan fritext, namn eller enheter, med små antal undertryckta."
                ),
            ),
        ]
        for sida in self.sidor:
            self.stapel.addWidget(sida)
        self.sidor[4].databasen_andrad.connect(self.sidor[0].uppdatera)
        self.navigering.setEnabled(True)
        self.navigering.setCurrentRow(0)
        self.stapel.setCurrentIndex(0)

    def ga_till(self, nummer: int) -> None:
        if self.navigering.isEnabled():
            self.navigering.setCurrentRow(nummer)

    def _visa_status(self) -> None:
        ring = nyckelring.aktuell()
        if self.oppen is None:
            self.statusfalt.setText(self.tr("Ingen databas öppen"))
            self.setWindowTitle("Skrivbord")
            self.kopia_atgard.setEnabled(False)
            return
        uppgifter = kommun.hamta(self.oppen.databas)
        kommuntext = f"{uppgifter.namn} ({uppgifter.kommunkod})" if uppgifter else "–"
        nyckel = self.tr("nyckelring") if ring.tillganglig else self.tr("ingen nyckelring")
        self.statusfalt.setText(
            f"{self.tr('Databas')}: {self.oppen.databas.sokvag.name}  ·  {self.tr('Kommun')}: {kommuntext}  ·  {self.tr('Nyckel')}: {nyckel}"
        )
        self.statusfalt.setToolTip(str(self.oppen.databas.sokvag))
        self.setWindowTitle(f"Skrivbord – {uppgifter.namn if uppgifter else ''}")
        self.kopia_atgard.setEnabled(True)

    def sakerhetskopiera(self) -> None:
        if self.oppen is None:
            return
        try:
            kopia = sakerhetskopia.skapa(self.oppen.databas, orsak="manuell")
        except fel.SkrivbordFel as exc:
            databasval.visa_fel(self, exc)
            return
        self.statusBar().showMessage(
            self.tr("Säkerhetskopia sparad: {namn}").format(namn=kopia.name), 8000
        )

    def _kopia_vid_stangning(self) -> None:
        databas = self.oppen.databas
        kopior = sakerhetskopia.kopior(sakerhetskopia.kopiemapp(databas), databas.sokvag.stem)
        if (
            kopior
            and datetime.now() - datetime.fromtimestamp(kopior[0].stat().st_mtime) < KOPIA_HOGST_VAR
        ):
            return
        try:
            sakerhetskopia.skapa(databas, orsak="stangning")
        except fel.SkrivbordFel:
            log.warning("säkerhetskopian vid stängning misslyckades")

    def stang_databas(self) -> None:
        if self.oppen is None:
            return
        if installningar.sakerhetskopiera_vid_stangning():
            self._kopia_vid_stangning()
        self.oppen.stang()
        self.oppen = None
        self.navigering.setEnabled(False)

    def om(self) -> None:
        OmDialog(
            self.oppen.databas.sokvag if self.oppen else None,
            nyckelring.aktuell().beskrivning,
            self,
        ).exec()

    def closeEvent(self, handelse: QCloseEvent) -> None:  # noqa: N802
        installningar.installningar().setValue("fonster/geometri", self.saveGeometry())
        self.stang_databas()
        super().closeEvent(handelse)
