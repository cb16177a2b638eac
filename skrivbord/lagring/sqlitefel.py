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


def felkod(exc: BaseException) -> int | None:
    """The primary SQLite result code behind an exception, if there is one."""
    grund = exc.orig if isinstance(exc, sqlalchemy.exc.DBAPIError) else exc
    if isinstance(grund, sqlcipher.Error):
        kod = getattr(grund, "sqlite_errorcode", None)
        return kod & 0xFF if kod is not None else None
    return None


def oversatt(exc: BaseException, sokvag: Path | None) -> fel.SkrivbordFel | None:
    """A typed error for a known failure, or None (then it is a programming error)."""
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
    return {
        SQLITE_BUSY: lambda: fel.DatabasLast(plats),
        SQLITE_LOCKED: lambda: fel.DatabasLast(plats),
        SQLITE_READONLY: lambda: fel.SkrivskyddadDatabas(plats),
        SQLITE_FULL: lambda: fel.DiskenFull(plats),
        SQLITE_CANTOPEN: lambda: fel.SkrivskyddadDatabas(plats),
        SQLITE_CORRUPT: lambda: fel.SkadadDatabas(plats),
        SQLITE_NOTADB: lambda: fel.FelNyckel(plats),
    }.get(kod, lambda: None)()
