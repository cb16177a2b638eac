"""Unexpected exceptions: a log file and a small dialog with a copyable report.

The report holds the version, the platform and the traceback; never local
variables, widget texts or database contents (SQL parameters are hidden by the
engine). Expected failures are SkrivbordFel and are shown where they happen.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from skrivbord import __version__, sokvagar

log = logging.getLogger(__name__)
_hanterar = False


def rapport(typ: type[BaseException], varde: BaseException, spar: TracebackType | None) -> str:
    rader = [
        f"Skrivbord {__version__}",
        f"{platform.system()} {platform.release()} ({platform.machine()})",
        f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {pyside_version}",
        f"Tid: {datetime.now().isoformat(timespec='seconds')}",
        "",
        *traceback.format_exception(typ, varde, spar),
    ]
    return "\n".join(r.rstrip("\n") for r in rader)


def spara(text: str) -> Path:
    fil = sokvagar.loggmapp() / f"krasch-{datetime.now():%Y%m%d-%H%M%S}.txt"
    fil.write_text(text, encoding="utf-8")
    return fil


def hantera(typ: type[BaseException], varde: BaseException, spar: TracebackType | None) -> None:
    global _hanterar
    if _hanterar or issubclass(typ, KeyboardInterrupt):  # never recurse
        sys.__excepthook__(typ, varde, spar)
        return
    _hanterar = True
    try:
        text = rapport(typ, varde, spar)
        fil = spara(text)
        log.error("oväntat fel, rapport i %s", fil.name)
        if QApplication.instance() is not None:
            visa_dialog(text, fil)
    finally:
        _hanterar = False


def visa_dialog(text: str, fil: Path) -> None:
    ruta = QMessageBox(QMessageBox.Icon.Critical, "Ett oväntat fel inträffade", "")
    ruta.setText(
        "Skrivbord råkade ut för ett oväntat fel. Det du redan sparat finns kvar.\n\n"
        "Spara gärna ditt arbete och starta om programmet. Skicka rapporten till "
        f"supporten om felet kommer tillbaka. Rapporten finns också i filen {fil.name}."
    )
    ruta.setDetailedText(text)
    kopiera = ruta.addButton("Kopiera detaljer", QMessageBox.ButtonRole.ActionRole)
    ruta.addButton("Stäng", QMessageBox.ButtonRole.AcceptRole)
    kopiera.clicked.disconnect()
    kopiera.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
    ruta.exec()


def installera() -> None:
    sys.excepthook = hantera
