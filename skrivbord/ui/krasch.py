"""Unexpected exceptions: a log file and a small dialog with a copyable report.

The report holds the version, the platform and the traceback's frames (file, line,
function name) as ``loggning.felkedja`` writes them: never local variables, source
lines, widget texts or database contents. Only the app's own typed errors
(``SkrivbordFel``) keep their message; any other exception, Python's own
``TypeError`` and ``AttributeError`` too, keeps only its type, since a message can
quote data (``ValueError: invalid literal for int(): 'Anna …'``). The user's home
folder is written as ``~`` so the user name does not travel either. The report file
is readable by its owner only.

Expected failures are ``SkrivbordFel`` and are shown where they happen; should one
slip through anyway, the user sees its Swedish sentence, not a crash report.
"""

from __future__ import annotations

import contextlib
import logging
import platform
import sys
import threading
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
)

from skrivbord import __version__, loggning, privatfil, sokvagar
from skrivbord.fel import SkrivbordFel

log = logging.getLogger(__name__)

_hanterar = False


def _tr(text: str) -> str:
    return QCoreApplication.translate("krasch", text)


def _dolj_hemmapp(text: str) -> str:
    with contextlib.suppress(RuntimeError, KeyError):
        hem = str(Path.home())
        if len(hem) > 3:
            text = text.replace(hem, "~")
    return text


def rapport(typ: type[BaseException], varde: BaseException, spar: TracebackType | None) -> str:
    rader = [
        f"Skrivbord {__version__}",
        f"{platform.system()} {platform.release()} ({platform.machine()})",
        f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {pyside_version}",
        f"Tid: {datetime.now().isoformat(timespec='seconds')}",
        f"Tråd: {threading.current_thread().name}",
        "",
        *loggning.felkedja(varde, spar),
    ]
    return _dolj_hemmapp("\n".join(rader))


def spara(text: str) -> Path:
    fil = sokvagar.loggmapp() / f"krasch-{datetime.now():%Y%m%d-%H%M%S-%f}.txt"
    privatfil.skriv_text(fil, text + "\n")
    return fil


def hantera(typ: type[BaseException], varde: BaseException, spar: TracebackType | None) -> None:
    """sys.excepthook. Puts the default hook back first, so a failure in here cannot recurse."""
    global _hanterar
    if _hanterar or issubclass(typ, KeyboardInterrupt):
        sys.__excepthook__(typ, varde, spar)
        return
    var_installerad = sys.excepthook is hantera
    sys.excepthook = sys.__excepthook__
    _hanterar = True
    try:
        if isinstance(varde, SkrivbordFel):
            # A typed error that a caller forgot to catch: a message, not a crash.
            log.warning("ofångat %s", type(varde).__name__)
            if QApplication.instance() is not None:
                visa_meddelande(varde.meddelande)
            return
        text = rapport(typ, varde, spar)
        try:
            fil = spara(text)
        except OSError:
            log.exception("kraschrapporten kunde inte sparas")
            fil = None
        log.error("oväntat fel (%s), rapport i %s", typ.__name__, fil.name if fil else "-")
        if QApplication.instance() is not None:
            visa_dialog(text, fil)
    finally:
        _hanterar = False
        if var_installerad:
            sys.excepthook = hantera


def _trad_hantera(args: threading.ExceptHookArgs) -> None:
    """Exceptions on plain threads: written to the log folder (no dialog off the GUI thread)."""
    if args.exc_type is SystemExit or args.exc_value is None:
        return
    try:
        fil = spara(rapport(args.exc_type, args.exc_value, args.exc_traceback))
        log.error("oväntat fel i en tråd (%s), rapport i %s", args.exc_type.__name__, fil.name)
    except Exception:  # the last line of defence must not raise
        sys.__excepthook__(args.exc_type, args.exc_value, args.exc_traceback)


def visa_meddelande(text: str) -> None:
    QMessageBox.warning(QApplication.activeWindow(), "Skrivbord", text)


def skapa_dialog(text: str, fil: Path | None) -> QMessageBox:
    ruta = QMessageBox(QApplication.activeWindow())
    ruta.setIcon(QMessageBox.Icon.Critical)
    ruta.setWindowTitle(_tr("Ett oväntat fel inträffade"))
    ruta.setText(_tr("Skrivbord stötte på ett oväntat fel."))
    info = _tr(
        "Det du redan har sparat finns kvar. Starta gärna om programmet om något ser fel ut. "
        "Om felet kommer tillbaka: tryck på Kopiera detaljer och skicka texten till supporten."
    )
    if fil is not None:
        info += " " + _tr("Rapporten finns också i filen {namn}.").format(namn=fil.name)
    ruta.setInformativeText(info)
    ruta.setDetailedText(text)
    # QMessageBox sizes itself to its text; a little wider reads calmer.
    rutnat = ruta.layout()
    if isinstance(rutnat, QGridLayout):
        rutnat.addItem(
            QSpacerItem(460, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding),
            rutnat.rowCount(),
            0,
            1,
            rutnat.columnCount(),
        )
    kopiera = ruta.addButton(_tr("Kopiera detaljer"), QMessageBox.ButtonRole.ActionRole)
    ruta.addButton(_tr("Stäng"), QMessageBox.ButtonRole.AcceptRole)
    # An ActionRole button would close the box; keep it open and copy instead.
    kopiera.clicked.disconnect()
    kopiera.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
    return ruta


def visa_dialog(text: str, fil: Path | None) -> None:
    skapa_dialog(text, fil).exec()


def installera() -> None:
    sys.excepthook = hantera
    threading.excepthook = _trad_hantera
