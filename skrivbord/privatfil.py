"""Files only their owner may read: databases, backups, crash reports, the log.

On POSIX a new file gets mode 0600 when it is created, whatever the umask (``os.open``
with 0o600, then ``fchmod`` to exactly that), before a byte is written to it. On
Windows the user's profile folders already keep other users out; the mode is left
to the system there. The PDFs and exports get the same from ``tempfile.mkstemp``.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

AGARE_LASA_SKRIVA = 0o600


def skapa(sokvag: Path | str, finns_ok: bool = False) -> None:
    """Create ``sokvag`` empty and owner-only; FileExistsError if it already exists
    (with ``finns_ok`` an existing file is kept, its content untouched, made owner-only)."""
    flaggor = os.O_WRONLY | os.O_CREAT | (0 if finns_ok else os.O_EXCL)
    fd = os.open(sokvag, flaggor, AGARE_LASA_SKRIVA)
    try:
        _bara_agaren(fd)
    finally:
        os.close(fd)


def skriv_text(sokvag: Path | str, text: str, kodning: str = "utf-8") -> None:
    """Write ``text`` to a new owner-only file (FileExistsError if it exists)."""
    fd = os.open(sokvag, os.O_WRONLY | os.O_CREAT | os.O_EXCL, AGARE_LASA_SKRIVA)
    try:
        _bara_agaren(fd)
    except BaseException:
        os.close(fd)
        raise
    with os.fdopen(fd, "w", encoding=kodning) as fil:
        fil.write(text)


def _bara_agaren(fd: int) -> None:
    if os.name == "posix":
        with contextlib.suppress(OSError):  # a file system without modes (FAT on a stick)
            os.fchmod(fd, AGARE_LASA_SKRIVA)
