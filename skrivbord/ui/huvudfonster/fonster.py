"""The main window itself: navigation between the pages, status bar, and the one open
database (open, switch, close; with its instance lock). The menus are built in
``menyer``, the pages listed in ``sidor``, the backups made in ``kopior``."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from skrivbord import sokvagar
from skrivbord.fel import SkrivbordFel
from skrivbord.tjanster.serveranslutning import ServerAdress
from skrivbord.ui import bakgrund, installningar
from skrivbord.ui.gemensamt.sida import BLA
from skrivbord.ui.huvudfonster.kopior import kopia_vid_stangning, kopiera_nu
from skrivbord.ui.huvudfonster.menyer import bygg_menyer
from skrivbord.ui.huvudfonster.sidor import (
    AVVIKELSER,
    DELEGERINGAR,
    EGENKONTROLLER,
    OVERSIKT,
    SIDOR,
    sidtyper,
    tom_sida,
)

if TYPE_CHECKING:
    from skrivbord.tjanster.databasfil import OppenDatabas

# Start-up: this module imports only Qt and small modules, so the window paints before
# SQLAlchemy and the pages load. Those are imported where first needed (opening a
# database, the first page shown); docs/prestanda.md has the figures.

log = logging.getLogger(__name__)

DATABASFILTER = QT_TRANSLATE_NOOP("Huvudfonster", "Skrivbord-databas (*.db);;Alla filer (*)")


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
        self._kopia_vid_stangning_klar = False
        self._vantar_pa_kopian = False
        self.sidor: list[QWidget | None] = []
        self.setWindowTitle("Skrivbord")
        self.resize(1200, 760)
        self.setMinimumSize(900, 560)

        self.navigering = QListWidget()
        self.navigering.setObjectName("navigering")
        self.navigering.setAccessibleName(self.tr("Navigering"))
        self.navigering.setFixedWidth(196)
        self.navigering.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigering.setStyleSheet(_NAVIGERING_STIL)
        for nummer, namn in enumerate(SIDOR, start=1):
            rad = QListWidgetItem(self.tr(namn))
            rad.setToolTip(f"{self.tr(namn)} (Ctrl+{nummer})")
            self.navigering.addItem(rad)
        self.stapel = QStackedWidget()
        self.navigering.currentRowChanged.connect(self._visa_sida)
        self.navigering.setEnabled(False)
        self.stapel.addWidget(tom_sida(self.kor_guiden, self.oppna_dialog, self.anslut_dialog))

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

    # --- construction -----------------------------------------------------------------------------

    def _menyer(self) -> None:
        """The menu bar (``menyer``) and Ctrl+1 … Ctrl+8 for the pages."""
        menyer = bygg_menyer(self)
        self.senaste_meny = menyer.senaste
        self.kopia_atgard = menyer.kopia
        self.aterstall_atgard = menyer.aterstall
        self.avvikelsemeny = menyer.avvikelser
        self.ny_avvikelse_atgard = menyer.ny_avvikelse
        self.register_atgard = menyer.register
        self.registerdialog: QDialog | None = None
        self.genvagar: list[QAction] = []
        for nummer in range(len(SIDOR)):
            genvag = QAction(self)
            genvag.setShortcut(QKeySequence(f"Ctrl+{nummer + 1}"))
            genvag.triggered.connect(lambda _=False, n=nummer: self.ga_till(n))
            self.addAction(genvag)
            self.genvagar.append(genvag)

    def _aterstall_fonstret(self) -> None:
        lage = installningar.lasa_fonsterlage()
        if not lage.geometri.isEmpty():
            self.restoreGeometry(lage.geometri)
        if not lage.tillstand.isEmpty():
            self.restoreState(lage.tillstand)

    def _spara_fonstret(self) -> None:
        installningar.spara_fonsterlage(
            self.saveGeometry(),
            self.saveState(),
            self.navigering.currentRow() if self.oppen is not None else None,
        )

    # --- databases --------------------------------------------------------------------------------

    def starta(self, sokvag: Path | None = None) -> None:
        """At start: the given file, else the last used database (a file or a server),
        else the first-start wizard."""
        plats = sokvag or installningar.senaste_databas()
        if plats is None:
            self.kor_guiden()
        else:
            self.oppna_plats(plats)

    def oppna_plats(self, plats: installningar.Plats) -> None:
        """A file, or a server (Arkiv → Senast använda)."""
        if isinstance(plats, ServerAdress):
            self.anslut(plats)
        else:
            self.oppna(Path(plats))

    def kor_guiden(self) -> None:
        from skrivbord.ui.guide import ForstaStartGuide

        guide = ForstaStartGuide(self)
        guide.exec()
        if guide.resultat is not None:
            self.satt_databas(guide.resultat)

    def oppna_dialog(self) -> None:
        fil_oppen = self.oppen is not None and self.oppen.serveradress is None
        start = self.oppen.sokvag.parent if self.oppen and fil_oppen else sokvagar.datamapp()
        fil, _ = QFileDialog.getOpenFileName(
            self, self.tr("Öppna databas"), str(start), self.tr(DATABASFILTER)
        )
        if fil:
            self.oppna(Path(fil))

    def oppna(self, sokvag: Path) -> None:
        """Open ``sokvag`` in the background; the pages follow when it is open. A file
        that cannot be opened leaves the current database as it was."""
        sokvag = Path(sokvag)
        if self.oppen is not None and self.oppen.sokvag.resolve() == sokvag.resolve():
            return
        if not sokvag.exists():
            installningar.glom(sokvag)

        def oppnad(oppen: OppenDatabas | None) -> None:
            if oppen is not None:
                self.satt_databas(oppen)

        from skrivbord.ui import databasval

        databasval.oppna(self, sokvag, oppnad)

    def anslut(self, adress: ServerAdress) -> None:
        """Connect to a server in the background with the keyring's password; when
        that is missing or fails, the connect dialog (filled in, saying why)."""
        if self.oppen is not None and self.oppen.serveradress == adress:
            return
        from skrivbord.tjanster import serveranslutning

        def misslyckades(exc: BaseException) -> bool:
            if isinstance(exc, SkrivbordFel):
                self.anslut_dialog(adress, exc)
                return True
            return False

        bakgrund.kor(
            self,
            self.tr("Ansluter till servern …"),
            serveranslutning.oppna(adress),
            lambda oppen: self.satt_databas(oppen),  # type: ignore[arg-type]
            misslyckades,
        )

    def anslut_dialog(
        self, adress: ServerAdress | None = None, orsak: SkrivbordFel | None = None
    ) -> None:
        """Arkiv → Anslut till server …, filled in with the last server used."""
        from skrivbord.ui.serverdialog import AnslutDialog

        dialog = AnslutDialog(adress or installningar.senaste_server(), orsak, self)
        dialog.exec()
        if dialog.oppen is not None:
            self.satt_databas(dialog.oppen)

    def satt_databas(self, oppen: OppenDatabas) -> None:
        """Show ``oppen`` (closing the previous database and releasing its lock first)."""
        if self.oppen is not None and self.oppen is not oppen:
            self.stang_databas()
        self.oppen = oppen
        installningar.anvand(oppen.serveradress or oppen.sokvag)
        log.info("databas vald")
        self._bygg_sidor()
        self._visa_status()

    def stang_databas(self) -> None:
        """Close the open database and release its lock."""
        if self.oppen is None:
            return
        oppen, self.oppen = self.oppen, None
        self.navigering.setEnabled(False)
        oppen.stang()
        log.info("databas stängd")

    def _bygg_sidor(self) -> None:
        """Empty places for the pages; each page is built the first time it is shown, so
        opening a database costs only the page that is on screen."""
        while self.stapel.count():
            sida = self.stapel.widget(0)
            self.stapel.removeWidget(sida)
            sida.deleteLater()
        self.sidor = [None] * len(SIDOR)
        for _ in SIDOR:
            self.stapel.addWidget(QWidget())
        self.navigering.setEnabled(True)
        sparad = installningar.lasa_fonsterlage().sida
        rad = sparad if 0 <= sparad < len(SIDOR) else OVERSIKT
        if self.navigering.currentRow() == rad:
            self._visa_sida(rad)  # no currentRowChanged for the row already current
        else:
            self.navigering.setCurrentRow(rad)

    def sida(self, rad: int) -> QWidget:
        """The page in row ``rad``, built now if it has not been shown yet."""
        sida = self.sidor[rad]
        if sida is None:
            assert self.oppen is not None
            sida = self.sidor[rad] = sidtyper()[rad](self.oppen.databas)
            self._koppla_lankar(sida)
            plats = self.stapel.widget(rad)
            self.stapel.insertWidget(rad, sida)
            self.stapel.removeWidget(plats)
            plats.deleteLater()
        return sida

    def _koppla_lankar(self, sida: QWidget) -> None:
        """A page that links to an avvikelse (Översikt) leads to the Avvikelser page, one
        that links to delegations to the Delegeringar page."""
        for signal, metod in (
            ("avvikelse_vald", "visa_avvikelse"),
            ("forsenade_atgarder_valda", "visa_forsenade_atgarder"),
        ):
            if hasattr(sida, signal):
                getattr(sida, signal).connect(
                    lambda *varden, m=metod: self.pa_avvikelsesidan(m, *varden)
                )
        if hasattr(sida, "delegeringar_valda"):
            sida.delegeringar_valda.connect(lambda: self.ga_till(DELEGERINGAR))
        if hasattr(sida, "egenkontroller_valda"):
            sida.egenkontroller_valda.connect(lambda: self.ga_till(EGENKONTROLLER))
        if hasattr(sida, "delegering_vald"):
            sida.delegering_vald.connect(self._visa_delegering)

    def _visa_delegering(self, delegering_id: int) -> None:
        """Go to the Delegeringar page with the decision chosen in its register."""
        if self.oppen is None:
            return
        self.ga_till(DELEGERINGAR)
        self.sida(DELEGERINGAR).visa_delegering(delegering_id)

    def pa_avvikelsesidan(self, metod: str, *varden: object) -> None:
        """Go to the Avvikelser page and do ``metod`` there (nothing without a database)."""
        if self.oppen is None:
            return
        self.ga_till(AVVIKELSER)
        getattr(self.sida(AVVIKELSER), metod)(*varden)

    def _visa_sida(self, rad: int) -> None:
        if rad < 0 or not self.sidor:
            return
        ny = self.sidor[rad] is None
        sida = self.sida(rad)
        self.stapel.setCurrentIndex(rad)
        uppdatera = getattr(sida, "uppdatera", None)
        if not ny and callable(uppdatera):
            # Cheap counts: refresh whenever a page is shown again, so figures are never
            # stale (a new page has just counted them).
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
            self.aterstall_atgard.setEnabled(False)
            self.avvikelsemeny.setEnabled(False)
            self.register_atgard.setEnabled(False)
            return
        sokvag = self.oppen.databas.sokvag
        adress = self.oppen.serveradress
        from skrivbord.tjanster import kommun

        uppgifter = kommun.hamta(self.oppen.databas)
        kommuntext = f"{uppgifter.namn} ({uppgifter.kommunkod})" if uppgifter else "–"
        titel = f"Skrivbord – {uppgifter.namn}" if uppgifter else "Skrivbord"
        if adress is None:
            self.status_databas.setText(self.tr("Databas: {namn}").format(namn=sokvag.name))
            self.status_databas.setToolTip(str(sokvag))
            kort, lang = self._nyckelplats()
            self.status_nyckel.setText(self.tr("Nyckel: {plats}").format(plats=kort))
            self.status_nyckel.setToolTip(lang)
        else:
            # A server: its name instead of a file's, the login instead of the key.
            self.status_databas.setText(self.tr("Server: {server}").format(server=adress.visning()))
            self.status_databas.setToolTip(str(adress))
            self.status_nyckel.setText(
                self.tr("Inloggad som: {anvandare}").format(anvandare=adress.anvandare)
            )
            self.status_nyckel.setToolTip(
                self.tr("Lösenordet förvaras i datorns nyckelring, inte i någon fil.")
            )
            titel += f" – {adress.visning()}"
        self.status_kommun.setText(self.tr("Kommun: {kommun}").format(kommun=kommuntext))
        for widget in (self.status_kommun, self.status_nyckel, *self._statusdelare):
            widget.show()
        self.setWindowTitle(titel)
        # Backups and restores of a server are the kommun's IT's, on the server.
        for atgard in (self.kopia_atgard, self.aterstall_atgard):
            atgard.setVisible(adress is None)
            atgard.setEnabled(adress is None)
        self.avvikelsemeny.setEnabled(True)
        self.register_atgard.setEnabled(True)

    def _nyckelplats(self) -> tuple[str, str]:
        """Where the key is kept: a few words for the status bar and the full sentence."""
        from skrivbord.tjanster import databasfil

        plats = databasfil.nyckelplats()
        kort = plats.kort if plats.saker else self.tr("bara i minnet (ingen nyckelring)")
        return kort, plats.beskrivning

    def statustext(self) -> str:
        return "  ·  ".join(
            e.text() for e in (self.status_databas, self.status_kommun, self.status_nyckel)
        ).strip(" ·")

    # --- dialogs ----------------------------------------------------------------------------------

    def installningar(self) -> None:
        from skrivbord.ui.installningsdialog import InstallningarDialog

        InstallningarDialog(self).exec()

    def om(self) -> None:
        from skrivbord.ui.om import OmDialog

        OmDialog(
            self._databasnamn(),
            self._nyckelplats()[1],
            self,
        ).exec()

    def oppna_register(self) -> None:
        if self.oppen is None:
            return
        from skrivbord.ui.organisation.register import RegisterDialog

        dialog = RegisterDialog(self.oppen.databas, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _svar, d=dialog: self._register_stangt(d.andrat))
        self.registerdialog = dialog
        dialog.open()

    def _register_stangt(self, andrat: bool) -> None:
        self.registerdialog = None
        if andrat:
            self._bygg_om_sidorna()

    def _bygg_om_sidorna(self) -> None:
        """Every page is built again when next shown, so its lists of units and staff
        include the register's changes; the page on screen at once."""
        for rad, sida in enumerate(self.sidor):
            if sida is not None:
                self.stapel.insertWidget(rad, QWidget())
                self.stapel.removeWidget(sida)
                sida.deleteLater()
                self.sidor[rad] = None
        if self.sidor:
            self._visa_sida(self.navigering.currentRow())

    def handbok(self) -> None:
        from skrivbord.ui import handbok  # only when asked for: not at start-up

        handbok.visa(self)

    def oppna_loggmappen(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(sokvagar.loggmapp())))

    # --- backups and closing ----------------------------------------------------------------------

    def _databasnamn(self) -> Path | str | None:
        """The open file's path, or the server's address (no password)."""
        if self.oppen is None:
            return None
        return str(self.oppen.serveradress or self.oppen.databas.sokvag)

    def sakerhetskopiera(self) -> None:
        if self.oppen is not None and self.oppen.serveradress is None:
            kopiera_nu(self, self.oppen)

    def aterstall_kopia(self) -> None:
        """Arkiv → Återställ från säkerhetskopia: the newest whole copy of the open
        database, offered (ui/aterstallning.py). The database is closed just before the
        copy is put back and opened again afterwards (or again as it was, on a failure)."""
        if self.oppen is None or self.oppen.serveradress is not None:
            return
        from skrivbord.ui import aterstallning

        sokvag = self.oppen.sokvag

        def stang() -> None:
            self.stang_databas()
            self._visa_status()

        def om_stangd() -> None:
            if self.oppen is None:
                self.oppna(sokvag)

        aterstallning.erbjud(self, sokvag, lambda: self.oppna(sokvag), om_stangd, fore=stang)

    def _efter_kopian(self) -> None:
        if self._vantar_pa_kopian:
            self._vantar_pa_kopian = False
            self.close()

    def closeEvent(self, handelse: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        bakgrund.avbryt_alla()
        bakgrund.vanta_tills_klart(30_000)
        QCoreApplication.processEvents()  # deliver the cancelled jobs' callbacks
        if not self._kopia_vid_stangning_klar:
            self._kopia_vid_stangning_klar = True
            uppdrag = kopia_vid_stangning(self, self.oppen, self._efter_kopian)
            if uppdrag is not None and not uppdrag.fardigt:
                # The copy runs in the background (with its progress dialog); when it
                # is done the window closes again, this time for real.
                self._vantar_pa_kopian = True
                handelse.ignore()
                return
        self._spara_fonstret()
        self.stang_databas()
        self.sidor = []
        super().closeEvent(handelse)
