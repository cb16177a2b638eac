"""The first-start wizard (``ForstaStartGuide``): its pages in their order, and the
database it creates or opens for them (a new one at once, the demo in the background,
an existing file through ``databasval``)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget, QWizard

from skrivbord import sokvagar
from skrivbord.tjanster import demodata, nydatabas
from skrivbord.tjanster.databasfil import NyDatabas, OppenDatabas
from skrivbord.ui import bakgrund, databasval
from skrivbord.ui.guide.enhetsida import _EnhetSida
from skrivbord.ui.guide.grund import ENHETER, KOMMUN, NYCKEL, PLATS, START
from skrivbord.ui.guide.kommunsida import _KommunSida
from skrivbord.ui.guide.nyckelsida import _NyckelSida
from skrivbord.ui.guide.platssida import _PlatsSida
from skrivbord.ui.guide.startsida import _StartSida

log = logging.getLogger(__name__)

DEMO_AR = 3
DEMO_AVVIKELSER_PER_AR = 1200
DEMO_SEED = 1


class ForstaStartGuide(QWizard):
    """After ``exec()``, ``resultat`` holds the opened database (with its lock) or None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Skrivbord – kom igång"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        ikon = QApplication.windowIcon()
        if not ikon.isNull():
            self.setPixmap(QWizard.WizardPixmap.LogoPixmap, ikon.pixmap(48, 48))
        self.setMinimumSize(680, 500)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Nästa >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< T&illbaka"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Börja arbeta"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Avbryt"))
        self.resultat: OppenDatabas | None = None
        self.skapad: NyDatabas | None = None
        self.kommunnamn = ""
        # The pages kept their names when they got modules of their own: Qt's
        # translation context is the class name.
        self.start = _StartSida(self)
        self.kommun = _KommunSida()
        self.enheter = _EnhetSida()
        self.plats = _PlatsSida(self)
        self.nyckel = _NyckelSida(self)
        for sid, sida in (
            (START, self.start),
            (KOMMUN, self.kommun),
            (ENHETER, self.enheter),
            (PLATS, self.plats),
            (NYCKEL, self.nyckel),
        ):
            self.setPage(sid, sida)

    def reject(self) -> None:
        # A database has been created and its recovery key is on screen: leaving now
        # could lose the key. The user has to confirm having saved it first.
        if self.skapad is not None and self.currentId() == NYCKEL:
            self.nyckel.paminn()
            return
        super().reject()

    def _ny_databas(self, skapad: NyDatabas, kommunnamn: str) -> None:
        self.skapad = skapad
        self.kommunnamn = kommunnamn
        self.resultat = skapad.oppen

    def skapa_ny(self, sokvag: Path) -> None:
        """Create the kommun's database (well under a second, so at once)."""
        if self.skapad is not None:  # the database exists already
            return
        skapad = nydatabas.skapa(
            sokvag, self.kommun.namn.text(), self.kommun.kod.text(), self.enheter.enheter()
        )
        self._ny_databas(skapad, self.kommun.namn.text().strip())
        log.info("ny databas skapad i guiden")

    def skapa_demo(self) -> None:
        """Create the demo database in the background (or open it if it exists); when it
        is ready the wizard goes on to the recovery key by itself."""
        sokvag = sokvagar.demodatabas()
        if sokvag.exists():
            self.oppna_befintlig(sokvag)
            return
        jobb = demodata.skapa_demo(
            sokvag, ar=DEMO_AR, avvikelser_per_ar=DEMO_AVVIKELSER_PER_AR, seed=DEMO_SEED
        )

        def klar(skapad: object) -> None:
            assert isinstance(skapad, NyDatabas)
            self._ny_databas(skapad, "Demokommun")
            self.start.setCommitPage(True)  # no way back once the demo exists
            self.next()

        bakgrund.kor(self, self.tr("Skapar demodatabasen …"), jobb, klar)

    def oppna_befintlig(self, sokvag: Path) -> None:
        def oppnad(oppen: OppenDatabas | None) -> None:
            self.resultat = oppen
            if oppen is not None:
                self.accept()

        databasval.oppna(self, sokvag, oppnad)

    def anslut_server(self) -> None:
        """The connect dialog (ui/serverdialog.py); connected, the wizard is done."""
        from skrivbord.ui import installningar
        from skrivbord.ui.serverdialog import AnslutDialog

        dialog = AnslutDialog(installningar.senaste_server(), None, self)
        dialog.exec()
        if dialog.oppen is not None:
            self.resultat = dialog.oppen
            self.accept()
