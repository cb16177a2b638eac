"""Encrypted backup copies of a database.

``VACUUM INTO`` writes a consistent copy encrypted with the same key and salt, so a
backup opens with the same keyring entry or recovery key as the original. Copies
are written under a temporary name (created owner-only, privatfil.py) and renamed
when complete, and rotated.
"""

from __future__ import annotations

import contextlib
import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from skrivbord import privatfil, sokvagar
from skrivbord.installningar import SAKERHETSKOPIOR_MAX
from skrivbord.lagring import sqlitefel

if TYPE_CHECKING:
    from skrivbord.lagring.databas import Databas

log = logging.getLogger(__name__)

BEHALL_ANTAL = SAKERHETSKOPIOR_MAX
SUFFIX = ".db"


def kopiemapp(databas: Databas) -> Path:
    mapp = sokvagar.sakerhetskopiemapp() / databas.sokvag.stem
    mapp.mkdir(parents=True, exist_ok=True)
    return mapp


def skapa(
    databas: Databas, mapp: Path | None = None, orsak: str = "kopia", behall: int = BEHALL_ANTAL
) -> Path:
    mapp = mapp or kopiemapp(databas)
    stampel = datetime.now().strftime("%Y-%m-%d_%H%M%S")
    mal = mapp / f"{databas.sokvag.stem}_{stampel}_{orsak}{SUFFIX}"
    tillfallig = mal.with_name(mal.name + ".skrivs")
    with contextlib.suppress(FileNotFoundError):
        tillfallig.unlink()
    try:
        # Owner-only from the start: VACUUM INTO fills an existing empty file.
        privatfil.skapa(tillfallig)
        with databas.ra_anslutning() as anslutning:
            anslutning.execute("VACUUM INTO ?", (str(tillfallig),))
        tillfallig.rename(mal)
    except Exception as exc:
        with contextlib.suppress(FileNotFoundError):
            tillfallig.unlink()
        oversatt = sqlitefel.oversatt(exc, mal)
        if oversatt is None:
            raise
        raise oversatt from exc
    log.info("säkerhetskopia skapad (%s)", orsak)
    rotera(mapp, databas.sokvag.stem, behall)
    return mal


def kopior(mapp: Path, stam: str) -> list[Path]:
    """Backups of one database, newest first."""
    return sorted(mapp.glob(f"{stam}_*{SUFFIX}"), reverse=True)


def rotera(mapp: Path, stam: str, behall: int = BEHALL_ANTAL) -> None:
    for gammal in kopior(mapp, stam)[behall:]:
        gammal.unlink()
