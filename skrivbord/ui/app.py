"""Start the GUI: the application, Swedish Qt strings, the crash handler, the window."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from skrivbord import __version__, loggning, windows_mutex
from skrivbord.resurser import filsokvag, resurs
from skrivbord.ui import krasch
from skrivbord.ui.huvudfonster import Huvudfonster

log = logging.getLogger(__name__)


def ladda_qt_svenska(app: QApplication) -> QTranslator | None:
    """Qt's own Swedish strings, so standard buttons and dialogs read 'Avbryt', 'Öppna' …"""
    oversattare = QTranslator(app)
    mapp = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if oversattare.load("qtbase_sv", mapp):
        app.installTranslator(oversattare)
        QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
        return oversattare
    log.warning("qtbase_sv hittades inte")
    return None


def skapa_app(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(["skrivbord", *argv])
    app.setApplicationName("Skrivbord")
    app.setOrganizationName("Skrivbord")
    app.setApplicationVersion(__version__)
    ladda_qt_svenska(app)
    ikon = resurs("ikoner", "skrivbord.svg")
    if ikon.is_file():
        app.setWindowIcon(QIcon(str(filsokvag("ikoner", "skrivbord.svg"))))
    return app


def main(argv: list[str]) -> int:
    loggning.starta()
    log.info("Skrivbord %s startar", __version__)
    app = skapa_app(argv)
    krasch.installera()
    mutex = windows_mutex.hall_mutex()  # noqa: F841 - held for the life of the process
    fonster = Huvudfonster()
    fonster.show()
    sokvag = Path(argv[0]) if argv else None
    QTimer.singleShot(0, lambda: fonster.starta(sokvag))
    return app.exec()
