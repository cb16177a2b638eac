"""Encrypted backup copies of a database: written, verified, found and rotated.

``VACUUM INTO`` writes a consistent copy of the open database encrypted with the same
key and the same salt (the first 16 bytes, which name the keyring entry), so a backup
opens with the same keyring entry or recovery key as the original, on any computer. It
never passes through a plaintext file. (SQLite's online backup API would copy page by
page through the same key; ``VACUUM INTO`` does the same in one statement and leaves
no free pages in the copy.)

A copy is written under a temporary name (created owner-only, privatfil.py), then
**verified** before it gets its real name: opened with the key, the cipher's page
signatures, SQLite's integrity check and the foreign keys (kontroll.py). So a file
with a backup's name was whole when it was written; a restore verifies it again,
since a USB stick or a network share can damage it later.

A backup's name says which database and when: ``<stam>_<YYYY-MM-DD_HHMMSS>_<orsak>.db``.
Which backups belong to a database is decided by the salt in their first bytes (the
name only narrows the search), so two databases with the same file name in different
folders never rotate each other's copies away.

Rotation keeps, by the time in the name, the newest copy of each of the latest
``dagar`` days that have copies, of each of the latest ``veckor`` ISO weeks and of each
of the latest ``manader`` months (7, 4 and 12 by default), always the newest copy, and
the newest two copies made before an upgrade.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3.dbapi2 as sqlcipher

from skrivbord import fel, privatfil
from skrivbord.lagring import kontroll, sqlitefel
from skrivbord.lagring.databas import SALT_BYTE, Databas
from skrivbord.modeller.databasinfo import APPLIKATION

if TYPE_CHECKING:
    from collections.abc import Iterable

log = logging.getLogger(__name__)

SUFFIX = ".db"
SKRIVS_SUFFIX = ".skrivs"
FORE_UPPGRADERING = "fore-uppgradering"
BEHALL_FORE_UPPGRADERING = 2
_STAMPEL = "%Y-%m-%d_%H%M%S"
_NAMN = re.compile(r"(?P<stam>.+)_(?P<tid>\d{4}-\d\d-\d\d_\d{6})_(?P<orsak>[a-z0-9-]+)\.db")
_SIDOFILER = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Rotation:
    """How many copies are kept: the newest per day, ISO week and month."""

    dagar: int = 7
    veckor: int = 4
    manader: int = 12


@dataclass(frozen=True)
class Kopia:
    """A backup file found on disk (not yet verified)."""

    sokvag: Path
    tid: datetime
    orsak: str
    storlek: int


def kopiemapp(databas: Path, mapp: Path) -> Path:
    """The folder for ``databas``'s backups under the chosen backup folder ``mapp``."""
    return mapp / databas.stem


def skapa(
    databas: Databas,
    mapp: Path,
    orsak: str = "kopia",
    rotation: Rotation | None = None,
    nu: datetime | None = None,
) -> Path:
    """Write, verify and name a backup of ``databas`` in ``mapp`` (created if missing
    only when its parent exists), then rotate. Typed errors (DiskenFull, FilKanInteSkrivas,
    SkadadDatabas) leave no file behind."""
    stampel = (nu or datetime.now()).strftime(_STAMPEL)
    _forbered_mapp(mapp)
    mal = mapp / f"{databas.sokvag.stem}_{stampel}_{orsak}{SUFFIX}"
    nummer = 1
    while mal.exists():  # two copies in one second (two clicks): both kept
        nummer += 1
        mal = mapp / f"{databas.sokvag.stem}_{stampel}_{orsak}-{nummer}{SUFFIX}"
    skriv_till(databas, mal)
    log.info("säkerhetskopia skapad och kontrollerad (%s)", orsak)
    rotera(mapp, databas.sokvag, rotation or Rotation())
    return mal


def _forbered_mapp(mapp: Path) -> None:
    try:
        if not mapp.parent.is_dir():
            raise fel.KopiemappSaknas(mapp.parent)
        mapp.mkdir(exist_ok=True)
    except PermissionError:
        raise fel.FilKanInteSkrivas(mapp, "ingen behörighet till mappen") from None
    except OSError as exc:
        raise _skrivfel(exc, mapp) or fel.FilKanInteSkrivas(mapp) from exc


def skriv_till(databas: Databas, mal: Path) -> None:
    """A verified backup at exactly ``mal``, which must not exist (it is never
    overwritten). Written as ``<mal>.skrivs`` and renamed only once verified."""
    if mal.exists():
        raise fel.DatabasFinnsRedan(mal)
    tillfallig = mal.with_name(mal.name + SKRIVS_SUFFIX)
    _ta_bort(tillfallig)
    try:
        # Owner-only from the start: VACUUM INTO fills an existing empty file.
        privatfil.skapa(tillfallig)
        with databas.ra_anslutning() as anslutning:
            anslutning.execute("VACUUM INTO ?", (str(tillfallig),))
        _fsync(tillfallig)
        problem = kontrollera(databas.med_samma_nyckel(tillfallig))
        if problem:
            log.warning("den nya säkerhetskopian klarade inte kontrollen (%d fel)", len(problem))
            raise fel.KopianSkadad(mal, problem)
        _flytta_utan_att_skriva_over(tillfallig, mal)
    except BaseException as exc:
        _ta_bort(tillfallig)
        if isinstance(exc, OSError | sqlcipher.Error):
            oversatt = _skrivfel(exc, mal)
            if oversatt is not None:
                raise oversatt from exc
        raise
    finally:
        _ta_bort_sidofiler(tillfallig)


def _skrivfel(exc: BaseException, mal: Path) -> fel.SkrivbordFel | None:
    oversatt = sqlitefel.oversatt(exc, mal)
    if isinstance(oversatt, fel.SkrivskyddadDatabas):
        return fel.FilKanInteSkrivas(mal, "ingen behörighet till mappen")
    if oversatt is None and isinstance(exc, OSError):
        return fel.FilKanInteSkrivas(mal, type(exc).__name__)
    return oversatt


def kontrollera(kopia: Databas) -> list[str]:
    """Problems found in a backup opened with a key, as Swedish sentences (empty: whole).

    First that the key opens it and it is a Skrivbord database (FelNyckel otherwise),
    then the three checks of kontroll.py. Nothing is written to the file, and no mark
    (skadad.py) is left beside it.
    """
    try:
        with kopia.egen_anslutning() as anslutning:
            anslutning.execute("PRAGMA query_only = ON")
            finns = anslutning.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'databasinfo'"
            ).fetchone()
            rad = (
                anslutning.execute(
                    "SELECT varde FROM databasinfo WHERE nyckel = 'applikation'"
                ).fetchone()
                if finns
                else None
            )
    except sqlcipher.Error as exc:
        if sqlitefel.felkod(exc) == sqlitefel.SQLITE_NOTADB:
            raise fel.FelNyckel(kopia.sokvag) from None
        return [f"Kopian kunde inte läsas: {exc}"]
    if rad is None or rad[0] != APPLIKATION:
        raise fel.InteEnSkrivbordsdatabas(kopia.sokvag, "den saknar Skrivbords tabeller")
    return kontroll.kontrollera(kopia)


def lasa_salt_ra(sokvag: Path) -> bytes | None:
    """The first 16 bytes of a file (its SQLCipher salt), None if it cannot be read."""
    try:
        with sokvag.open("rb") as fil:
            salt = fil.read(SALT_BYTE)
    except OSError:
        return None
    return salt if len(salt) == SALT_BYTE else None


def tolka_namn(sokvag: Path) -> Kopia | None:
    """A backup's time and reason from its name, None for any other file."""
    traff = _NAMN.fullmatch(sokvag.name)
    if traff is None:
        return None
    try:
        tid = datetime.strptime(traff["tid"], _STAMPEL)
        storlek = sokvag.stat().st_size
    except (ValueError, OSError):
        return None
    return Kopia(sokvag, tid, traff["orsak"], storlek)


def kopior(mapp: Path, databas: Path, salt: bytes | None = None) -> list[Kopia]:
    """Backups of ``databas`` in ``mapp``, newest first: by salt when the database's
    own salt can be read (or is given), else by its file name."""
    salt = salt if salt is not None else lasa_salt_ra(databas)
    try:
        filer = list(mapp.iterdir())
    except OSError:
        return []
    hittade = []
    for fil in filer:
        kopia = tolka_namn(fil)
        if kopia is None or not fil.is_file():
            continue
        if salt is not None:
            if lasa_salt_ra(fil) != salt:
                continue
        elif _NAMN.fullmatch(fil.name)["stam"] != databas.stem:  # type: ignore[index]
            continue
        hittade.append(kopia)
    return sorted(hittade, key=lambda k: (k.tid, k.sokvag.name), reverse=True)


def att_behalla(alla: Iterable[Kopia], rotation: Rotation) -> set[Path]:
    """The copies rotation keeps (see the module docstring)."""
    nyast_forst = sorted(alla, key=lambda k: (k.tid, k.sokvag.name), reverse=True)
    behall: set[Path] = {k.sokvag for k in nyast_forst[:1]}
    uppgraderingar = [k for k in nyast_forst if k.orsak == FORE_UPPGRADERING]
    behall.update(k.sokvag for k in uppgraderingar[:BEHALL_FORE_UPPGRADERING])
    perioder: list[tuple[int, Callable[[date], object]]] = [
        (rotation.dagar, lambda d: d),
        (rotation.veckor, lambda d: d.isocalendar()[:2]),
        (rotation.manader, lambda d: (d.year, d.month)),
    ]
    for antal, period in perioder:
        sedda: set[object] = set()
        for kopia in nyast_forst:
            nyckel = period(kopia.tid.date())
            if nyckel in sedda:
                continue
            if len(sedda) >= antal:
                break
            sedda.add(nyckel)
            behall.add(kopia.sokvag)
    return behall


def rotera(mapp: Path, databas: Path, rotation: Rotation) -> list[Path]:
    """Remove the copies of ``databas`` in ``mapp`` that rotation does not keep."""
    alla = kopior(mapp, databas)
    behall = att_behalla(alla, rotation)
    borttagna = []
    for kopia in alla:
        if kopia.sokvag in behall:
            continue
        try:
            kopia.sokvag.unlink()
            borttagna.append(kopia.sokvag)
        except OSError as exc:
            log.warning("en gammal säkerhetskopia kunde inte tas bort (%s)", type(exc).__name__)
    if borttagna:
        log.info("rotation: %d gamla säkerhetskopior borttagna", len(borttagna))
    return borttagna


def _fsync(sokvag: Path) -> None:
    fd = os.open(sokvag, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _flytta_utan_att_skriva_over(fran: Path, till: Path) -> None:
    if os.name == "nt":
        os.rename(fran, till)  # refuses an existing target on Windows
        return
    try:
        os.link(fran, till)  # atomic, and fails if the target exists
    except FileExistsError:
        raise fel.DatabasFinnsRedan(till) from None
    except OSError:
        # A file system without hard links (FAT on a USB stick, some network shares).
        if till.exists():
            raise fel.DatabasFinnsRedan(till) from None
        os.rename(fran, till)
        return
    os.unlink(fran)


def _ta_bort(sokvag: Path) -> None:
    with contextlib.suppress(OSError):
        sokvag.unlink()


def _ta_bort_sidofiler(sokvag: Path) -> None:
    for suffix in _SIDOFILER:
        _ta_bort(Path(f"{sokvag}{suffix}"))
