"""Open and create SQLCipher-encrypted Skrivbord databases.

A database is one file encrypted with a random 256-bit key, passed to SQLCipher
as a raw key (``x'…'``) so no key derivation runs at open. The key lives in the
OS keyring under the file's salt (its first 16 bytes), see nyckelring.py.
"""

from __future__ import annotations

import contextlib
import getpass
import logging
import os
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy.exc
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from skrivbord import fel
from skrivbord.jobb import Jobb, kor_till_slut
from skrivbord.lagring import andringslogg, aterstallningsnyckel, migrering, sqlitefel
from skrivbord.lagring.nyckelring import Nyckelring
from skrivbord.modeller.databasinfo import APPLIKATION, Databasinfo

log = logging.getLogger(__name__)

SALT_BYTE = 16
_SQLITE_KLARTEXT = b"SQLite format 3\x00"
# SQLCipher decrypts a page each time it enters the cache: a large cache pays off.
SIDCACHE_KIB = 64 * 1024
VANTETID_LAS_S = 5.0


def lasa_salt(sokvag: Path) -> str:
    """The salt that names this file's keyring entry; raises a typed error for non-databases."""
    try:
        with sokvag.open("rb") as fil:
            huvud = fil.read(SALT_BYTE)
        storlek = sokvag.stat().st_size
    except FileNotFoundError:
        if not sokvag.parent.exists():
            raise fel.MappSaknas(sokvag) from None
        raise fel.DatabasSaknas(sokvag) from None
    except IsADirectoryError:
        raise fel.InteEnSkrivbordsdatabas(sokvag, "det är en mapp") from None
    except PermissionError:
        raise fel.SkrivskyddadDatabas(sokvag) from None
    if storlek == 0:
        raise fel.InteEnSkrivbordsdatabas(sokvag, "filen är tom")
    if huvud == _SQLITE_KLARTEXT:
        raise fel.InteEnSkrivbordsdatabas(sokvag, "den är en okrypterad SQLite-fil")
    if storlek < 1024 or storlek % 512:
        raise fel.InteEnSkrivbordsdatabas(sokvag)
    return huvud.hex()


class Databas:
    """An open database: an engine plus short units of work (``with db.session() as s``)."""

    def __init__(self, sokvag: Path, nyckel: bytes, anvandare: str | None = None) -> None:
        self.sokvag = Path(sokvag)
        self._nyckel_hex = nyckel.hex()
        self.anvandare = anvandare or _inloggad_anvandare()
        self.engine: Engine = create_engine(
            "sqlite://",
            module=sqlcipher,
            creator=self._koppla,
            # A file database: a real pool (the memory URL would pick a per-thread one).
            poolclass=QueuePool,
            pool_size=4,
            max_overflow=4,
            # Error messages must never carry field contents into logs or crash reports.
            hide_parameters=True,
        )
        # The driver runs in autocommit mode; SQLAlchemy's BEGIN makes every unit of
        # work (DDL included) one real transaction.
        event.listen(self.engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
        self._fabrik = sessionmaker(self.engine, expire_on_commit=False)
        self._fabrik.configure(info={"anvandare": self.anvandare})
        andringslogg.koppla(self._fabrik)

    def _koppla(self) -> sqlcipher.Connection:
        anslutning = sqlcipher.connect(
            str(self.sokvag),
            check_same_thread=False,
            isolation_level=None,
            timeout=VANTETID_LAS_S,
        )
        anslutning.execute("PRAGMA cipher_log_level = NONE")
        anslutning.execute(f"PRAGMA key = \"x'{self._nyckel_hex}'\"")
        anslutning.execute("PRAGMA temp_store = MEMORY")
        anslutning.execute("PRAGMA foreign_keys = ON")
        anslutning.execute(f"PRAGMA cache_size = -{SIDCACHE_KIB}")
        return anslutning

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error."""
        try:
            with self._fabrik() as session, session.begin():
                yield session
        except (sqlalchemy.exc.DBAPIError, OSError) as exc:
            oversatt = sqlitefel.oversatt(exc, self.sokvag)
            if oversatt is None:
                raise
            raise oversatt from exc

    @contextlib.contextmanager
    def ra_anslutning(self) -> Iterator[sqlcipher.Connection]:
        """The raw DB-API connection, for bulk loads and hand-tuned reads."""
        with self.engine.connect() as anslutning:
            yield anslutning.connection.dbapi_connection  # type: ignore[misc]

    def verifiera(self) -> None:
        """Prove the key is right and the file is ours; typed errors otherwise."""
        try:
            with self.ra_anslutning() as anslutning:
                anslutning.execute("SELECT count(*) FROM sqlite_master").fetchone()
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
        except (sqlalchemy.exc.DBAPIError, sqlcipher.Error, OSError) as exc:
            oversatt = sqlitefel.oversatt(exc, self.sokvag)
            if oversatt is None:
                raise
            raise oversatt from exc
        if rad is None or rad[0] != APPLIKATION:
            raise fel.InteEnSkrivbordsdatabas(self.sokvag, "den saknar Skrivbords tabeller")

    def stang(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Databas:
        return self

    def __exit__(self, *_: object) -> None:
        self.stang()


def _inloggad_anvandare() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "okand"


def oppna(
    sokvag: Path | str,
    nyckelring: Nyckelring,
    nyckel: bytes | None = None,
    sakerhetskopiera: Callable[[Databas], Path] | None = None,
) -> Databas:
    """Open an existing database, upgrading its schema (after a backup) when older.

    With ``nyckel`` (typed recovery key) the key is stored in the keyring again once
    it has proved right.
    """
    sokvag = Path(sokvag)
    salt = lasa_salt(sokvag)
    from_keyring = nyckel is None
    if nyckel is None:
        nyckel = nyckelring.hamta(salt)
        if nyckel is None:
            raise fel.NyckelSaknas(sokvag, salt)
    if not os.access(sokvag, os.W_OK) or not os.access(sokvag.parent, os.W_OK):
        raise fel.SkrivskyddadDatabas(sokvag)
    databas = Databas(sokvag, nyckel)
    try:
        databas.verifiera()
        migrering.sakerstall_schema(databas, sakerhetskopiera)
    except BaseException:
        databas.stang()
        raise
    if not from_keyring:
        nyckelring.spara(salt, nyckel)
    log.info("databas öppnad (salt %s…)", salt[:8])
    return databas


def oppna_med_aterstallningsnyckel(
    sokvag: Path | str, nyckelring: Nyckelring, text: str, **kw: object
) -> Databas:
    return oppna(sokvag, nyckelring, nyckel=aterstallningsnyckel.avkoda(text), **kw)  # type: ignore[arg-type]


@dataclass
class NySkapad:
    databas: Databas
    aterstallningsnyckel: str
    nyckel_i_nyckelringen: bool


def skapa_stegvis(
    sokvag: Path | str,
    nyckelring: Nyckelring,
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
    if sokvag.exists():
        raise fel.DatabasFinnsRedan(sokvag)
    if not sokvag.parent.is_dir():
        raise fel.MappSaknas(sokvag)
    if not os.access(sokvag.parent, os.W_OK):
        raise fel.SkrivskyddadDatabas(sokvag)
    nyckel = secrets.token_bytes(aterstallningsnyckel.NYCKEL_BYTE)
    tillfallig = sokvag.with_name(f".{sokvag.name}.{secrets.token_hex(4)}.skapas")
    try:
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
    salt = lasa_salt(sokvag)
    sparad = nyckelring.spara(salt, nyckel)
    databas = Databas(sokvag, nyckel)
    return NySkapad(databas, aterstallningsnyckel.koda(nyckel), sparad)


def skapa(
    sokvag: Path | str, nyckelring: Nyckelring, fyll: Callable[[Session], None] | None = None
) -> NySkapad:
    """Create a new database at once (see skapa_stegvis)."""
    return kor_till_slut(skapa_stegvis(sokvag, nyckelring, fyll))


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
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{tillfallig}{suffix}").unlink()
