"""Shared fixtures. Qt runs offscreen; every test gets its own home folder, an
in-memory keyring and (on request) a fresh encrypted database built through the
same services the app uses."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from skrivbord.lagring import nyckelring as nyckelring_modul
from skrivbord.tjanster import nydatabas
from skrivbord.tjanster.databasfil import Databas
from skrivbord.typer import Enhetstyp
from tests import postgres
from tests.minnesnyckelring import MinnesNyckelring
from tests.postgres import SUPERANVANDARE, TillfalligServer

# The property tests draw the same examples on every run, so CI never fails on an
# example nobody has seen before; HYPOTHESIS_PROFILE=utforska draws new ones each run
# to look for trouble, and a failure found there becomes a test of its own.
settings.register_profile("skrivbord", derandomize=True, database=None)
settings.register_profile("utforska", database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "skrivbord"))

# One timeout for every qtbot.waitUntil / waitSignal.
VANTA_MS = 10_000


@pytest.fixture(autouse=True)
def eget_hem(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Data, settings and logs in a temp folder, never the real profile."""
    hem = tmp_path_factory.mktemp("hem")
    monkeypatch.setenv("SKRIVBORD_HEM", str(hem))
    return hem


def _minnesring() -> nyckelring_modul.Nyckelring:
    return nyckelring_modul.Nyckelring(MinnesNyckelring(), "testnyckelring i minnet")


@pytest.fixture(scope="session", autouse=True)
def _sessionens_nyckelring() -> Iterator[None]:
    """Never the machine's real keyring, also not for module-scoped fixtures."""
    nyckelring_modul.anvand(_minnesring())
    yield
    nyckelring_modul.anvand(None)


@pytest.fixture(autouse=True)
def nyckelring() -> Iterator[nyckelring_modul.Nyckelring]:
    """A fresh in-memory keyring for each test."""
    fore = nyckelring_modul.aktuell()
    ring = _minnesring()
    nyckelring_modul.anvand(ring)
    yield ring
    nyckelring_modul.anvand(fore)


ENHETER = [
    ("Solgården", Enhetstyp.SABO),
    ("Björkbacken", Enhetstyp.SABO),
    ("Hemtjänst Norra", Enhetstyp.HEMTJANST),
    ("Korttids Lugnet", Enhetstyp.KORTTID),
]


@pytest.fixture
def ny_databas(tmp_path: Path, nyckelring: nyckelring_modul.Nyckelring):
    """A new encrypted database with a kommun, four units and the default data, open
    and holding its instance lock (``ny_databas.stang()`` releases both)."""
    skapad = nydatabas.skapa(tmp_path / "test.db", "Testkommun", "9999", ENHETER)
    # A database in use for years: weekly reviews are owed from then, not from today.
    with skapad.databas.ra_anslutning() as anslutning:
        anslutning.execute("UPDATE databasinfo SET varde = '2020-01-01' WHERE nyckel = 'skapad'")
    yield skapad
    skapad.stang()


@pytest.fixture
def databas(ny_databas) -> Databas:
    return ny_databas.databas


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[TillfalligServer]:
    """One throw-away PostgreSQL per test process (tests/postgres.py); a missing or
    broken PostgreSQL fails the tests that need it, with the reason."""
    server = postgres.starta()
    yield server
    server.stoppa()


def serveradress(server: TillfalligServer, databas: str, anvandare: str = SUPERANVANDARE):
    from skrivbord.lagring.server.adress import ServerAdress

    return ServerAdress(server.uttag, databas, anvandare, server.port)


@pytest.fixture(scope="session")
def server_mall(postgres_server: TillfalligServer) -> str:
    """A server database prepared as ``ny_databas`` is (the same kommun, units and
    default data), copied for each test by CREATE DATABASE … TEMPLATE."""
    from skrivbord.tjanster import serverdatabas

    postgres_server.psql("CREATE DATABASE mall")
    databas = serverdatabas.anslut(serveradress(postgres_server, "mall"))
    try:
        serverdatabas.forbered(databas, "Testkommun", "9999", ENHETER)
        with databas.ra_anslutning() as anslutning:
            anslutning.execute(
                "UPDATE databasinfo SET varde = '2020-01-01' WHERE nyckel = 'skapad'"
            )
    finally:
        databas.stang()
    return "mall"


_serverdatabaser = itertools.count()


@pytest.fixture
def ny_serverdatabas(postgres_server: TillfalligServer, server_mall: str):
    """A fresh server database like ``ny_databas``, open as the superuser."""
    from skrivbord.tjanster import serverdatabas

    namn = f"test_{os.getpid()}_{next(_serverdatabaser)}"
    postgres_server.psql(f"CREATE DATABASE {namn} TEMPLATE {server_mall}")
    oppen = serverdatabas.oppna(serveradress(postgres_server, namn))
    yield oppen
    oppen.stang()
    postgres_server.psql(f"DROP DATABASE IF EXISTS {namn} WITH (FORCE)")
