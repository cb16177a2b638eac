"""A database file: open it with a known key, or create a new one atomically.

These are the storage steps only. Which key (keyring or recovery key), the
instance lock, the backup before a migration and the migration itself are put
in order by the service tjanster/databasfil.py, the one way in for GUI and CLI.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy.exc
from sqlalchemy.orm import Session

from skrivbord import fel, privatfil
from skrivbord.jobb import Jobb
from skrivbord.lagring import aterstallningsnyckel, migrering, sqlitefel
from skrivbord.lagring.databas import Databas, lasa_salt
from skrivbord.lagring.instanslas import Instanslas
from skrivbord.modeller.databasinfo import APPLIKATION, Databasinfo

log = logging.getLogger(__name__)

# A file being created is called ".<name>.<hex>.skapas" until it is complete. Its
# creator holds an instance lock on it (".<name>.<hex>.skapas.las", instanslas.py)
# the whole time, so one left by a killed process is told from one being made.
TILLFALLIGT_SUFFIX = ".skapas"
_TILLFALLIGT_NAMN = re.compile(r"\..+\.[0-9a-f]{8}" + re.escape(TILLFALLIGT_SUFFIX))
_SIDOFILER = ("", "-wal", "-shm", "-journal")


def oppna(sokvag: Path, nyckel: bytes) -> Databas:
    """Open an existing file with ``nyckel`` and prove the key and the file are right."""
    if not os.access(sokvag, os.W_OK) or not os.access(sokvag.parent, os.W_OK):
        raise fel.SkrivskyddadDatabas(sokvag)
    databas = Databas(sokvag, nyckel)
    try:
        databas.verifiera()
    except BaseException:
        databas.stang()
        raise
    return databas


@dataclass
class NySkapad:
    """A new database, open, with its key (to store in the keyring and show as text)."""

    databas: Databas
    nyckel: bytes = field(repr=False)  # never in a log line or a crash report

    @property
    def salt(self) -> str:
        return lasa_salt(self.databas.sokvag)

    @property
    def aterstallningsnyckel(self) -> str:
        return aterstallningsnyckel.koda(self.nyckel)


def skapa_stegvis(
    sokvag: Path | str,
    fyll: Callable[[Session], None] | None = None,
    fyll_ra: Callable[[Databas], Jobb[None]] | None = None,
) -> Jobb[NySkapad]:
    """Create a new database with the current schema, atomically (a job, see jobb.py).

    The file is built under a temporary name in the same folder (``fyll`` adds the
    first data in one transaction, ``fyll_ra`` may bulk-load through the raw
    connection, yielding progress) and appears under its real name only when
    complete. An existing file is never overwritten; a failure or a cancel
    leaves nothing behind.
    """
    sokvag = Path(sokvag)
    kontrollera_ny_plats(sokvag)
    stada_overgivna(sokvag.parent)
    nyckel = secrets.token_bytes(aterstallningsnyckel.NYCKEL_BYTE)
    tillfallig = sokvag.with_name(f".{sokvag.name}.{secrets.token_hex(4)}{TILLFALLIGT_SUFFIX}")
    las = Instanslas(tillfallig)
    las.tag()
    try:
        # Owner-only from the first byte; SQLite gives its -wal and -shm the same mode.
        privatfil.skapa(tillfallig)
        with Databas(tillfallig, nyckel) as databas:
            with databas.ra_anslutning() as anslutning:
                anslutning.execute("PRAGMA journal_mode = WAL")
            migrering.skapa_schema(databas)
            with databas.session() as session:
                session.add(Databasinfo(nyckel="applikation", varde=APPLIKATION))
                if fyll is not None:
                    fyll(session)
            if fyll_ra is not None:
                yield from fyll_ra(databas)
        _flytta_utan_att_skriva_over(tillfallig, sokvag)
    except BaseException as exc:
        _ta_bort_tillfalliga(tillfallig)
        if isinstance(exc, OSError | sqlalchemy.exc.DBAPIError):
            oversatt = sqlitefel.oversatt(exc, sokvag)
            if oversatt is not None:
                raise oversatt from exc
        raise
    finally:
        las.slapp()
    return NySkapad(Databas(sokvag, nyckel), nyckel)


def kontrollera_ny_plats(sokvag: Path) -> None:
    """A new database may be made here: the folder exists, may be written, and holds
    no file by that name. A folder the user cannot even look into counts as read-only."""
    try:
        if sokvag.exists():
            raise fel.DatabasFinnsRedan(sokvag)
        if not sokvag.parent.is_dir():
            raise fel.MappSaknas(sokvag)
    except PermissionError:
        raise fel.SkrivskyddadDatabas(sokvag) from None
    if not os.access(sokvag.parent, os.W_OK | os.X_OK):
        raise fel.SkrivskyddadDatabas(sokvag)


def _flytta_utan_att_skriva_over(fran: Path, till: Path) -> None:
    if os.name == "nt":
        os.rename(fran, till)  # refuses an existing target on Windows
        return
    try:
        os.link(fran, till)  # atomic, and fails if the target exists
    except FileExistsError:
        raise fel.DatabasFinnsRedan(till) from None
    os.unlink(fran)


def _ta_bort_tillfalliga(tillfallig: Path) -> None:
    for suffix in _SIDOFILER:
        with contextlib.suppress(FileNotFoundError):
            Path(f"{tillfallig}{suffix}").unlink()


def stada_overgivna(mapp: Path) -> int:
    """Remove files left in ``mapp`` by a creation that was killed (``skapa_stegvis``'s
    ".<name>.<hex>.skapas", its -wal/-shm/-journal and its lock file), the number removed.

    Only names of that pattern, and only when no process holds their instance lock: a
    database being made right now by another window or command is left alone. (On
    Windows an open file cannot be deleted either.) Never raises: this is tidying.
    """
    borttagna = 0
    try:
        namn = sorted(p.name for p in Path(mapp).iterdir())
    except OSError:
        return 0
    for fil in namn:
        if fil.endswith(TILLFALLIGT_SUFFIX + ".las"):
            fil = fil.removesuffix(".las")  # a lock whose file is gone: tidy it too
        if not _TILLFALLIGT_NAMN.fullmatch(fil):
            continue
        tillfallig = Path(mapp) / fil
        las = Instanslas(tillfallig)
        try:
            las.tag()
        except (fel.DatabasFel, OSError):
            continue  # being created right now (or not ours to touch)
        try:
            for suffix in _SIDOFILER:
                try:
                    Path(f"{tillfallig}{suffix}").unlink()
                    borttagna += 1
                except FileNotFoundError:
                    pass
                except OSError as exc:
                    log.info("övergiven fil kunde inte tas bort (%s)", type(exc).__name__)
        finally:
            las.slapp()
    if borttagna:
        log.info("tog bort %d övergivna filer efter en avbruten databasskapelse", borttagna)
    return borttagna
