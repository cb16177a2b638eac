"""An open shared PostgreSQL database, with the same interface as the encrypted file
(lagring/databas.py) so every service runs unchanged on both.

Driver psycopg 3; the password comes from the keyring (losenord.py) or the user, and
lives only in memory here. TLS is verified as the address says (verify-full by
default). The change log names the real database login, the same name the server's
own log and its row-level security see.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import sqlalchemy.exc
from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from skrivbord import fel
from skrivbord.lagring import andringslogg
from skrivbord.lagring.databas import Databas
from skrivbord.lagring.server.adress import ServerAdress
from skrivbord.modeller.databasinfo import APPLIKATION

log = logging.getLogger(__name__)

POOLSTORLEK = 4


class ServerDatabas(Databas):
    """A connection pool to one server database for one login."""

    ar_server = True
    dialekt = "postgresql"
    _DATABASFEL = (sqlalchemy.exc.DBAPIError, psycopg.Error)

    def __init__(self, adress: ServerAdress, losenord: str | None) -> None:
        # Deliberately not Databas.__init__: no file, no key, no SQLCipher.
        self.adress = adress
        self.sokvag = Path(adress.nyckel)  # a label only: messages name adress.visning()
        self.anvandare = adress.anvandare
        self.skadad = False
        self._argument = adress.anslutningsargument(losenord)
        self.engine: Engine = create_engine(
            "postgresql+psycopg://",
            creator=self._koppla,
            pool_size=POOLSTORLEK,
            max_overflow=POOLSTORLEK,
            pool_pre_ping=True,  # a server restarted overnight: reconnect, do not fail
            hide_parameters=True,
        )
        self._fabrik = sessionmaker(self.engine, expire_on_commit=False)
        self._fabrik.configure(info={"anvandare": self.anvandare})
        andringslogg.koppla(self._fabrik)

    def _koppla(self) -> Any:  # psycopg's connection, not SQLCipher's
        try:
            return psycopg.connect(**self._argument)  # type: ignore[arg-type]
        except psycopg.Error as exc:
            raise oversatt_anslutningsfel(exc, self.adress) or exc from exc

    def med_samma_nyckel(self, sokvag: Path) -> Databas:
        raise fel.ServerFel(
            "En serverdatabas säkerhetskopieras av kommunens IT på servern, inte av Skrivbord."
        )

    def oversatt_fel(self, exc: BaseException) -> fel.SkrivbordFel | None:
        orsak = exc.orig if isinstance(exc, sqlalchemy.exc.DBAPIError) else exc
        if isinstance(orsak, psycopg.errors.InsufficientPrivilege):
            return fel.EjBehorig(self.anvandare)
        if isinstance(orsak, psycopg.OperationalError):
            return oversatt_anslutningsfel(orsak, self.adress)
        return None

    def markera_skadad(self, orsak: str) -> None:  # the server checks its own pages
        log.warning("serverdatabasen: %s", orsak)

    @contextlib.contextmanager
    def ra_anslutning(self) -> Iterator[Any]:
        """The raw psycopg connection (``%s`` placeholders). Unlike the file's
        autocommit connection this one is in a transaction: committed when the block
        ends without an error, rolled back otherwise."""
        try:
            with self.engine.connect() as anslutning:
                ra = anslutning.connection.dbapi_connection
                assert ra is not None
                try:
                    yield ra
                    ra.commit()
                except BaseException:
                    ra.rollback()
                    raise
        except (sqlalchemy.exc.DBAPIError, psycopg.Error) as exc:
            oversatt = self.oversatt_fel(exc)
            if oversatt is None:
                raise
            raise oversatt from exc

    def verifiera(self) -> None:
        """Prove the login works and the database holds Skrivbord's tables."""
        with self.ra_anslutning() as anslutning:
            finns = anslutning.execute("SELECT to_regclass('databasinfo')").fetchone()[0]
            rad = (
                anslutning.execute(
                    "SELECT varde FROM databasinfo WHERE nyckel = 'applikation'"
                ).fetchone()
                if finns
                else None
            )
        if rad is None or rad[0] != APPLIKATION:
            raise fel.InteEnSkrivbordsserver(self.adress.visning())

    def stang(self) -> None:
        self.engine.dispose()


def oversatt_anslutningsfel(exc: BaseException, adress: ServerAdress) -> fel.ServerFel | None:
    """libpq's English connection errors as the user's Swedish ones. libpq gives them
    no codes before the session starts, so its stable message texts are matched."""
    text = str(exc)
    lag = text.lower()
    visning = adress.visning()
    if "password authentication failed" in lag or "authentication failed" in lag:
        return fel.FelLosenord(visning, adress.anvandare)
    if "no password supplied" in lag:
        return fel.LosenordSaknas(visning, adress.anvandare)
    if "permission denied for database" in lag:  # no CONNECT: not a user of this one
        return fel.EjBehorig(adress.anvandare)
    if any(
        t in lag
        for t in (
            "certificate verify failed",
            "does not match host name",
            "root certificate file",
            "certificate",
            "ssl error",
            "server does not support ssl",
        )
    ):
        detalj = text.strip().splitlines()[-1] if text.strip() else "okänt"
        return fel.CertifikatGodkannsInte(visning, detalj)
    if any(
        t in lag
        for t in (
            "connection refused",
            "could not translate host name",
            "timeout expired",
            "no such file or directory",
            "could not connect",
            "server closed the connection",
            "network is unreachable",
            "connection timed out",
        )
    ):
        return fel.ServernSvararInte(visning)
    if "does not exist" in lag and "database" in lag:
        return fel.InteEnSkrivbordsserver(visning)
    return None
