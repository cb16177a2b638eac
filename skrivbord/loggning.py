"""Log to a rotating file in the log folder, and tracebacks without data.

Log lines carry record ids and short technical facts, never names, personnummer
or free text (see DESIGN.md, habit 12). The same holds for tracebacks, in the log
(``log.exception``) and in crash reports (ui/krasch.py): ``felkedja`` keeps the
exception's type and each frame's file, line and function name, and the message
only of the app's own typed errors (``SkrivbordFel``, written for the user). Any
other message, also Python's own (``TypeError``, ``AttributeError``), can quote a
value and is left out; so are local variables and source lines. The log file is
readable by its owner only (privatfil.py).
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path
from types import TracebackType

from skrivbord import privatfil, sokvagar
from skrivbord.fel import SkrivbordFel

LOGGFIL = "skrivbord.log"
UTELAMNAT = "(meddelandet utelämnat: det kan innehålla uppgifter från databasen)"


def undantagsrad(exc: BaseException) -> str:
    """``typ: meddelande`` for the app's typed errors, ``typ`` (and a note) for all else."""
    namn = type(exc).__qualname__
    modul = type(exc).__module__
    if modul not in ("builtins", "__main__"):
        namn = f"{modul}.{namn}"
    if isinstance(exc, SkrivbordFel):
        return f"{namn}: {exc.meddelande}"
    return f"{namn}: {UTELAMNAT}" if str(exc) else namn


def felkedja(varde: BaseException, spar: TracebackType | None) -> list[str]:
    """The traceback of ``varde`` and its causes, oldest first, without data."""
    rader: list[str] = []
    sedda: set[int] = set()
    led: list[tuple[BaseException, TracebackType | None, str]] = []
    exc: BaseException | None = varde
    tb = spar
    while exc is not None and id(exc) not in sedda:
        sedda.add(id(exc))
        if exc.__cause__ is not None:
            orsak, text = exc.__cause__, "Felet ovan orsakade felet nedan:"
        elif exc.__context__ is not None and not exc.__suppress_context__:
            orsak, text = exc.__context__, "Under hanteringen av felet ovan inträffade felet nedan:"
        else:
            orsak, text = None, ""
        led.append((exc, tb, text))
        exc = orsak
        tb = orsak.__traceback__ if orsak is not None else None
    for exc, tb, text in reversed(led):
        if text:  # how this exception relates to the one printed above it
            rader += ["", text, ""]
        rader.append("Traceback (senaste anropet sist):")
        for ram in traceback.extract_tb(tb):
            rader.append(f'  File "{ram.filename}", line {ram.lineno}, in {ram.name}')
        rader.append(undantagsrad(exc))
    return rader


class _UtanData(logging.Formatter):
    """``log.exception`` writes the traceback as ``felkedja`` does: no messages' data."""

    def format(self, record: logging.LogRecord) -> str:
        # logging caches the first handler's traceback text on the record; another
        # handler's (with the messages) must not end up in this file.
        fore = record.exc_text
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.exc_text = fore

    def formatException(self, ei) -> str:  # noqa: N802 - logging's name
        _, varde, spar = ei
        if varde is None:
            return ""
        return "\n".join(felkedja(varde, spar))


class _PrivatLogg(logging.handlers.RotatingFileHandler):
    """Each log file (also those begun at a rotation) is created owner-only."""

    def _open(self):  # type: ignore[no-untyped-def]
        privatfil.skapa(self.baseFilename, finns_ok=True)
        return super()._open()


def starta(niva: int = logging.INFO) -> Path:
    fil = sokvagar.loggmapp() / LOGGFIL
    rot = logging.getLogger()
    if not any(getattr(h, "skrivbord", False) for h in rot.handlers):
        hanterare = _PrivatLogg(fil, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        hanterare.skrivbord = True  # type: ignore[attr-defined]
        hanterare.setFormatter(_UtanData("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        rot.addHandler(hanterare)
    rot.setLevel(niva)
    return fil
