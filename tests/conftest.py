"""Shared fixtures. Qt runs offscreen; every test gets its own home folder, an
in-memory keyring and (on request) a fresh encrypted database built through the
same services the app uses."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

from collections.abc import Iterator
from pathlib import Path

import pytest

from skrivbord.lagring import nyckelring as nyckelring_modul
from skrivbord.tjanster import nydatabas
from skrivbord.tjanster.databasfil import Databas
from skrivbord.typer import Enhetstyp
from tests.minnesnyckelring import MinnesNyckelring

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
