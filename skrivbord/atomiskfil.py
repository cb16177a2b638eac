"""Writing a file whole or not at all: a temporary file beside the target, owner-only
(``tempfile.mkstemp``), that replaces the target only when the block succeeds.

A failure or a cancel (GeneratorExit from a job) removes the temporary file, so no
half-written PDF, export or calendar file is ever left behind; an OSError becomes the
typed error with a Swedish reason (never the operating system's English text).
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from skrivbord.fel import DiskenFull, FilKanInteSkrivas

log = logging.getLogger(__name__)

_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_ORSAKER = {
    errno.EROFS: "disken är skrivskyddad",
    errno.ENAMETOOLONG: "filnamnet är för långt",
    errno.ENOENT: "mappen finns inte längre",
    errno.EISDIR: "det finns en mapp med samma namn",
}


@contextlib.contextmanager
def ersatt(ut: Path, suffix: str) -> Iterator[Path]:
    """Yield a temporary path beside ``ut`` (ending ``<suffix>.skrivs``) to write; it
    becomes ``ut`` when the block ends without an error."""
    if not ut.parent.is_dir():
        raise FilKanInteSkrivas(ut, "mappen finns inte")
    try:
        fd, namn = tempfile.mkstemp(prefix=f".{ut.stem}.", suffix=f"{suffix}.skrivs", dir=ut.parent)
    except OSError as exc:
        raise skrivfel(ut, exc) from exc
    os.close(fd)
    tillfallig = Path(namn)
    try:
        yield tillfallig
        os.replace(tillfallig, ut)
    except OSError as exc:
        _ta_bort(tillfallig)
        raise skrivfel(ut, exc) from exc
    except BaseException:  # a cancel (GeneratorExit) or any failure: no partial file
        _ta_bort(tillfallig)
        raise


def skrivfel(ut: Path, exc: OSError) -> DiskenFull | FilKanInteSkrivas:
    """The typed error for an OSError, with a Swedish reason."""
    log.warning("Filen kunde inte skrivas: %s (errno %s)", type(exc).__name__, exc.errno)
    if exc.errno in _DISK_FULL:
        return DiskenFull(ut)
    if isinstance(exc, PermissionError):
        # On Windows also what replacing a file that is open in another program gives.
        return FilKanInteSkrivas(ut, "ingen behörighet, eller filen är öppen i ett annat program")
    orsak = _ORSAKER.get(exc.errno, "") if exc.errno is not None else ""
    return FilKanInteSkrivas(ut, orsak)


def _ta_bort(sokvag: Path) -> None:
    """Best effort: the error that brought us here is the one to report."""
    with contextlib.suppress(OSError):
        sokvag.unlink()
