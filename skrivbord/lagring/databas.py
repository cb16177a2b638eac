"""An open SQLCipher-encrypted Skrivbord database: an engine and short units of work.

A database is one file encrypted with a random 256-bit key, passed to SQLCipher
as a raw key (``x'…'``) so no key derivation runs at open. The key lives in the
OS keyring under the file's salt (its first 16 bytes), see nyckelring.py; opening
and creating files is in fil.py, and the order of the steps (lock, key, backup,
migration) in the service tjanster/databasfil.py.
"""

from __future__ import annotations

import contextlib
import getpass
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import sqlalchemy.exc
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from skrivbord import fel
from skrivbord.lagring import andringslogg, skadad, sqlitefel
from skrivbord.modeller.databasinfo import APPLIKATION

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
    """An open database: an engine plus short units of work (``with db.session() as s``).

    The encrypted file; lagring/server/databas.py is the shared server with the same
    interface. Code that writes SQL of its own asks ``dialekt``.
    """

    ar_server = False
    dialekt = "sqlite"
    # What a unit of work translates into the user's errors (oversatt_fel).
    _DATABASFEL: tuple[type[BaseException], ...] = (sqlalchemy.exc.DBAPIError, OSError)

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
        # Once a damaged page has been met, every connection handed out reads only.
        self.skadad = False
        event.listen(self.engine, "checkout", self._vid_utlamning)
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

    def med_samma_nyckel(self, sokvag: Path) -> Databas:
        """Another file encrypted with this database's key (a backup of it)."""
        return Databas(sokvag, bytes.fromhex(self._nyckel_hex), self.anvandare)

    def _vid_utlamning(self, dbapi_anslutning: sqlcipher.Connection, *_: object) -> None:
        if self.skadad:
            dbapi_anslutning.execute("PRAGMA query_only = ON")

    def oversatt_fel(self, exc: BaseException) -> fel.SkrivbordFel | None:
        """The typed error for a failure on this open file; a damaged page is also
        recorded beside the file (skadad.py), and no connection writes after it."""
        if self.skadad and sqlitefel.felkod(exc) == sqlitefel.SQLITE_READONLY:
            return fel.SkadadDatabas(self.sokvag)
        oversatt = sqlitefel.oversatt(exc, self.sokvag, oppnad=True)
        if isinstance(oversatt, fel.SkadadDatabas):
            self.markera_skadad("en sida kunde inte läsas")
        return oversatt

    def markera_skadad(self, orsak: str) -> None:
        if not self.skadad:
            self.skadad = True
            skadad.markera(self.sokvag, orsak)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error."""
        try:
            with self._fabrik() as session, session.begin():
                yield session
        except self._DATABASFEL as exc:
            oversatt = self.oversatt_fel(exc)
            if oversatt is None:
                raise
            raise oversatt from exc

    @contextlib.contextmanager
    def ra_anslutning(self) -> Iterator[sqlcipher.Connection]:
        """The raw DB-API connection, for bulk loads and hand-tuned reads. A database
        failure that escapes the block becomes its typed error, as in ``session``."""
        try:
            with self._ra() as anslutning:
                yield anslutning
        except (sqlalchemy.exc.DBAPIError, sqlcipher.Error) as exc:
            oversatt = self.oversatt_fel(exc)
            if oversatt is None:
                raise
            raise oversatt from exc

    @contextlib.contextmanager
    def egen_anslutning(self) -> Iterator[sqlcipher.Connection]:
        """A raw connection of its own, outside the pool, closed after the block: for a
        check that can leave a connection unusable (a damaged page met half-way)."""
        anslutning = self._koppla()
        try:
            yield anslutning
        finally:
            anslutning.close()

    @contextlib.contextmanager
    def _ra(self) -> Iterator[sqlcipher.Connection]:
        with self.engine.connect() as anslutning:
            # SQLAlchemy types it as the generic DB-API protocol (None once detached); on
            # a live connection of this engine it is sqlcipher3's.
            yield cast(sqlcipher.Connection, anslutning.connection.dbapi_connection)

    def verifiera(self) -> None:
        """Prove the key is right and the file is ours; typed errors otherwise."""
        try:
            with self._ra() as anslutning:
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
            # Opening: "not a database" here means a wrong key (sqlitefel.oversatt).
            oversatt = sqlitefel.oversatt(exc, self.sokvag)
            if isinstance(oversatt, fel.SkadadDatabas):
                self.markera_skadad("en sida kunde inte läsas när filen öppnades")
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
