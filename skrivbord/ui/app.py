"""Start the GUI: the application, Qt's own Swedish strings, the app's translation for
the user's language, the icon, logging, the crash handler, the main window, and the
start flow (last database or the wizard)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from skrivbord import __version__, loggning, oversattning, windows_mutex
from skrivbord.resurser import filsokvag, resurs
from skrivbord.ui import krasch

log = logging.getLogger(__name__)

IKONER = ("skrivbord.svg", "skrivbord-256.png")
OVERSATTNINGAR = "oversattningar"  # resurser/oversattningar/skrivbord_<språk>.qm


def ladda_qt_svenska(app: QApplication) -> QTranslator | None:
    """Qt's own Swedish strings, so standard buttons and dialogs read 'Avbryt', 'Öppna' …"""
    oversattare = QTranslator(app)
    mapp = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if oversattare.load("qtbase_sv", mapp):
        app.installTranslator(oversattare)
        QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
        return oversattare
    log.warning("qtbase_sv hittades inte i Qt:s översättningsmapp")
    return None


def _qm_fil(kod: str) -> Path | None:
    namn = f"skrivbord_{kod}.qm"
    try:
        return filsokvag(OVERSATTNINGAR, namn) if resurs(OVERSATTNINGAR, namn).is_file() else None
    except (FileNotFoundError, ModuleNotFoundError):
        return None


def ladda_oversattning(app: QApplication, lokal: QLocale | None = None) -> QTranslator | None:
    """The app's own translation for the first of the user's UI languages that is
    Swedish (the source text: nothing to load) or has a compiled .qm; None if none."""
    for namn in (lokal or QLocale.system()).uiLanguages():
        sprak = QLocale(namn)
        if sprak.language() == QLocale.Language.Swedish:
            return None
        for kod in dict.fromkeys((sprak.name(), sprak.name().split("_")[0])):
            fil = _qm_fil(kod)
            if fil is None:
                continue
            oversattare = QTranslator(app)
            if oversattare.load(str(fil)):
                app.installTranslator(oversattare)
                log.info("översättningen %s är installerad", fil.name)
                return oversattare
            log.warning("översättningen %s kunde inte läsas", fil.name)
    return None


def programikon() -> QIcon | None:
    """The app icon from resurser/ikoner, or None while it is not there (handled quietly)."""
    for namn in IKONER:
        try:
            if resurs("ikoner", namn).is_file():
                ikon = QIcon(str(filsokvag("ikoner", namn)))
                if not ikon.isNull():
                    return ikon
        except (FileNotFoundError, ModuleNotFoundError):
            continue
    log.info("ingen programikon hittades")
    return None


def skapa_app(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(["skrivbord", *argv])
    app.setApplicationName("Skrivbord")
    app.setOrganizationName("Skrivbord")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("skrivbord")
    ladda_qt_svenska(app)
    ladda_oversattning(app)
    # Enum labels (skrivbord.typer) go through the same translators as tr().
    oversattning.anvand(QCoreApplication.translate)
    ikon = programikon()
    if ikon is not None:
        app.setWindowIcon(ikon)
    return app


class _ForstaMalningen(QObject):
    """Calls ``sedan`` (once, from the event loop) after the widget's first paint."""

    def __init__(self, widget: QWidget, sedan: Callable[[], None]) -> None:
        super().__init__(widget)
        self._sedan: Callable[[], None] | None = sedan
        widget.installEventFilter(self)

    def eventFilter(self, objekt: QObject, handelse: QEvent) -> bool:  # noqa: N802 - Qt's name
        if handelse.type() == QEvent.Type.Paint and self._sedan is not None:
            sedan, self._sedan = self._sedan, None
            objekt.removeEventFilter(self)
            QTimer.singleShot(0, sedan)
        return False


def efter_forsta_malningen(widget: QWidget, sedan: Callable[[], None]) -> None:
    _ForstaMalningen(widget, sedan)


def stada_overgivna() -> None:
    """Files left by a database creation that was killed, in the folders of the recently
    used databases and the data folder (only the app's own, and none still in use)."""
    from skrivbord import sokvagar
    from skrivbord.tjanster import databasfil
    from skrivbord.ui import installningar

    mappar = [p.parent for p in installningar.senaste()] + [sokvagar.datamapp()]
    databasfil.stada_overgivna(mappar)


def main(argv: list[str]) -> int:
    """``skrivbord`` without a subcommand; ``argv[0]``, if given, is a database to open."""
    loggning.starta()
    log.info("Skrivbord %s startar", __version__)
    app = skapa_app(argv)
    krasch.installera()
    mutex = windows_mutex.hall_mutex()  # noqa: F841 - held for the life of the process

    from skrivbord.ui import installningar
    from skrivbord.ui.huvudfonster import Huvudfonster

    # Before the window reads its geometry and the recent databases.
    installningar.flytta_gamla_installningar()
    stada_overgivna()

    fonster = Huvudfonster()
    sokvag = Path(argv[0]) if argv else None
    # Only once the window has been painted: the user sees it at once, and any dialog
    # (the wizard, the recovery key) opens in front of it.
    efter_forsta_malningen(fonster, lambda: fonster.starta(sokvag))
    fonster.show()
    kod = app.exec()
    log.info("Skrivbord avslutas")
    return kod
