"""Putting a backup back in place of a database file: the file steps only.

The service (tjanster/sakerhetskopior.py) holds the instance lock on the target and has
verified the backup before it calls ``lagg_tillbaka``. The steps keep every byte:

1. the backup is copied beside the target under a temporary name of fil.py's pattern
   (``.<namn>.<hex>.skapas``, under its own instance lock, so what a killed restore
   leaves is tidied like a killed creation), flushed to disk and compared with the
   backup by SHA-256;
2. the current file is kept aside as ``<stam>.ersatt-<tid>.db``, never deleted: a hard
   link first (so the target name always exists), with its ``-wal``/``-shm`` moved along
   (a journal must never be applied to another file) and its damage mark (skadad.py);
3. the copy is renamed to the target name.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import secrets
from datetime import datetime
from pathlib import Path

from skrivbord import fel, privatfil
from skrivbord.lagring import skadad
from skrivbord.lagring.fil import TILLFALLIGT_SUFFIX
from skrivbord.lagring.instanslas import Instanslas

log = logging.getLogger(__name__)

_BLOCK = 1024 * 1024
_SIDOFILER = ("-wal", "-shm", "-journal")


def undan_namn(mal: Path, nu: datetime | None = None) -> Path:
    """Where the replaced file is kept: ``<stam>.ersatt-<YYYY-MM-DD_HHMMSS><suffix>``."""
    stampel = (nu or datetime.now()).strftime("%Y-%m-%d_%H%M%S")
    return mal.with_name(f"{mal.stem}.ersatt-{stampel}{mal.suffix}")


def lagg_tillbaka(kopia: Path, mal: Path, nu: datetime | None = None) -> Path | None:
    """Put ``kopia`` at ``mal``; the replaced file's new name (None if there was none)."""
    tillfallig = mal.with_name(f".{mal.name}.{secrets.token_hex(4)}{TILLFALLIGT_SUFFIX}")
    with Instanslas(tillfallig):
        try:
            _kopiera(kopia, tillfallig)
            undan = _lagg_undan(mal, nu) if mal.exists() else None
            os.replace(tillfallig, mal)
        except BaseException:
            with contextlib.suppress(OSError):
                tillfallig.unlink()
            raise
    skadad.ta_bort(mal)
    log.info("säkerhetskopia återställd (den ersatta filen behölls: %s)", undan is not None)
    return undan


def _kopiera(fran: Path, till: Path) -> None:
    privatfil.skapa(till)
    kalla = hashlib.sha256()
    with fran.open("rb") as lasa, till.open("r+b") as skriv:
        while block := lasa.read(_BLOCK):
            kalla.update(block)
            skriv.write(block)
        skriv.flush()
        os.fsync(skriv.fileno())
    kopierad = hashlib.sha256()
    with till.open("rb") as lasa:
        while block := lasa.read(_BLOCK):
            kopierad.update(block)
    if kopierad.digest() != kalla.digest():
        raise fel.FilKanInteSkrivas(till, "kopian blev inte likadan som säkerhetskopian")


def _lagg_undan(mal: Path, nu: datetime | None) -> Path:
    undan = undan_namn(mal, nu)
    while undan.exists():
        undan = undan.with_name(f"{undan.stem}-{secrets.token_hex(2)}{undan.suffix}")
    try:
        os.link(mal, undan)  # the target name stays in place until the copy replaces it
    except OSError:
        os.rename(mal, undan)  # no hard links here (FAT, some network shares)
    for suffix in _SIDOFILER:
        sidofil = Path(f"{mal}{suffix}")
        if sidofil.exists():
            os.replace(sidofil, Path(f"{undan}{suffix}"))
    mark = skadad.markfil_for(mal)
    if mark.exists():
        os.replace(mark, skadad.markfil_for(undan))
    return undan
