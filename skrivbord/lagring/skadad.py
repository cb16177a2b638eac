"""The mark beside a database that a check found damaged: ``<fil>.skadad``.

A full check of a large file takes its time (the cipher check reads and verifies every
page: about 17 s for 1.6 GB, a million avvikelser), far too long for each opening. So a
failed check, or a page that could not be read, is recorded in a small file beside
the database, never inside it (a damaged file is not written to). While the mark is
there and names this very file, the service refuses to open the database for use
(tjanster/databasfil.py); only ``kontroll`` reads it. The mark goes away when a later
full check passes, or when the file is replaced (a backup put back): it holds the
file's size, modification time, inode and a hash of the first page, and a mark that
no longer matches the file is stale and removed.

The mark holds times and those facts only, nothing of the content, and is readable
by its owner only.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from datetime import datetime
from pathlib import Path

from skrivbord import privatfil

log = logging.getLogger(__name__)

SUFFIX = ".skadad"
_SIDA = 4096


def markfil_for(databas: Path) -> Path:
    return databas.with_name(databas.name + SUFFIX)


def _identitet(databas: Path) -> dict[str, object] | None:
    try:
        with databas.open("rb") as fil:
            forsta = fil.read(_SIDA)
            info = os.fstat(fil.fileno())
    except OSError:
        return None
    return {
        "storlek": info.st_size,
        "andrad_ns": info.st_mtime_ns,
        "inod": info.st_ino,
        "forsta_sidan": hashlib.sha256(forsta).hexdigest(),
    }


def markera(databas: Path, orsak: str) -> None:
    """Record that ``databas`` is damaged (``orsak``: which check, in a few words)."""
    databas = Path(databas)
    innehall = {
        "sedan": datetime.now().isoformat(timespec="seconds"),
        "orsak": orsak,
        "fil": _identitet(databas),
    }
    mark = markfil_for(databas)
    tillfallig = mark.with_name(f".{mark.name}.{os.getpid()}.skrivs")
    try:
        with contextlib.suppress(FileNotFoundError):
            tillfallig.unlink()
        privatfil.skriv_text(tillfallig, json.dumps(innehall) + "\n")
        os.replace(tillfallig, mark)
    except OSError as exc:
        # The message the user sees stays the same; the next check will find it again.
        log.warning("skademarkeringen kunde inte sparas (%s)", type(exc).__name__)
        with contextlib.suppress(OSError):
            tillfallig.unlink()
        return
    log.info("databasen markerad som skadad (%s)", orsak)


def markerad(databas: Path) -> bool:
    """True while a mark names this file; a mark left from a file since replaced is removed."""
    databas = Path(databas)
    mark = markfil_for(databas)
    try:
        text = mark.read_text(encoding="utf-8")
    except FileNotFoundError:
        return False
    except OSError:
        return True  # a mark that cannot be read still counts
    try:
        sparad = json.loads(text).get("fil")
    except (ValueError, AttributeError, RecursionError):
        return True
    nu = _identitet(databas)
    if sparad is not None and nu is not None and sparad != nu:
        log.info("skademarkeringen gällde en fil som sedan bytts ut; tas bort")
        ta_bort(databas)
        return False
    return True


def ta_bort(databas: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        markfil_for(Path(databas)).unlink()
