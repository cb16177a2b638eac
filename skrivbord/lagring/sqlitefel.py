"""Translate SQLite/SQLCipher error codes into the typed errors of fel.py."""

from __future__ import annotations

import errno
from pathlib import Path

import sqlalchemy.exc
import sqlcipher3.dbapi2 as sqlcipher

from skrivbord import fel

SQLITE_CORRUPT = 11
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26
# Extended I/O errors of a write: what SQLite reports when the disk (or a quota, or a
# file size limit) stops a write half-way. DESIGN.md §6: treated as a full disk.
SQLITE_IOERR_SKRIVNING = {
    SQLITE_IOERR | (3 << 8),  # IOERR_WRITE
    SQLITE_IOERR | (4 << 8),  # IOERR_FSYNC
    SQLITE_IOERR | (6 << 8),  # IOERR_TRUNCATE
    SQLITE_IOERR | (19 << 8),  # IOERR_SHMSIZE
}


# What SQLite and SQLCipher say about a damaged file, for an error without a result code.
_SKADAD_TEXT = ("database disk image is malformed", "hmac verification failed")
_INTE_DATABAS_TEXT = "file is not a database"


def felkod(exc: BaseException) -> int | None:
    """The primary SQLite result code behind an exception, if there is one."""
    grund = exc.orig if isinstance(exc, sqlalchemy.exc.DBAPIError) else exc
    if isinstance(grund, sqlcipher.Error):
        kod = getattr(grund, "sqlite_errorcode", None)
        if kod is not None:
            return int(kod) & 0xFF
        text = str(grund).lower()
        if any(del_ in text for del_ in _SKADAD_TEXT):
            return SQLITE_CORRUPT
        if _INTE_DATABAS_TEXT in text:
            return SQLITE_NOTADB
        if "database or disk is full" in text:
            return SQLITE_FULL
        if "disk i/o error" in text:
            return SQLITE_IOERR
    return None


def _utokad_kod(exc: BaseException) -> int | None:
    grund = exc.orig if isinstance(exc, sqlalchemy.exc.DBAPIError) else exc
    kod = getattr(grund, "sqlite_errorcode", None)
    return int(kod) if kod is not None else None


def oversatt(
    exc: BaseException, sokvag: Path | None, oppnad: bool = False
) -> fel.SkrivbordFel | None:
    """A typed error for a known failure, or None (then it is a programming error).

    "File is not a database" means a wrong key while a file is being opened; once it
    is open (``oppnad``, its first page already read with this key) it means a
    damaged page, as "database disk image is malformed" does.
    """
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return fel.DiskenFull(sokvag)
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return fel.SkrivskyddadDatabas(sokvag or Path(exc.filename or "?"))
        return None
    kod = felkod(exc)
    if kod is None:
        return None
    plats = sokvag or Path("?")
    if _utokad_kod(exc) in SQLITE_IOERR_SKRIVNING:
        return fel.DiskenFull(plats)
    return {
        SQLITE_BUSY: lambda: fel.DatabasLast(plats),
        SQLITE_LOCKED: lambda: fel.DatabasLast(plats),
        SQLITE_READONLY: lambda: fel.SkrivskyddadDatabas(plats),
        SQLITE_FULL: lambda: fel.DiskenFull(plats),
        # sqlcipher3 gives no extended code: an I/O error is taken as a write stopped by
        # a full disk, a quota or a size limit (DESIGN.md §6); the transaction is undone.
        SQLITE_IOERR: lambda: fel.DiskenFull(plats),
        SQLITE_CANTOPEN: lambda: fel.SkrivskyddadDatabas(plats),
        SQLITE_CORRUPT: lambda: fel.SkadadDatabas(plats),
        SQLITE_NOTADB: lambda: fel.SkadadDatabas(plats) if oppnad else fel.FelNyckel(plats),
    }.get(kod, lambda: None)()
