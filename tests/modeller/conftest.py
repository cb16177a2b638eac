"""Fixtures for the model tests: a real SQLCipher-encrypted file for every test.

The file is built once per test session (per xdist worker) through the same service
as ``ny_databas`` in tests/conftest.py (a kommun, four units, the default data) and
copied for each test: copying and opening takes milliseconds, building ~0.6 s. Each
test thus gets its own file, its own key check at open and ``PRAGMA foreign_keys = ON``
from the app's own connection set-up.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from skrivbord.lagring import fil
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Avvikelse, AvvikelseKategori, Enhet, Personal
from skrivbord.tjanster import nydatabas
from skrivbord.typer import Roll
from tests.conftest import ENHETER


@pytest.fixture(scope="session")
def _malldatabas(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """One database built through the app's services, closed; and its key."""
    mapp = tmp_path_factory.mktemp("modellmall")
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("SKRIVBORD_HEM", str(tmp_path_factory.mktemp("modellhem")))
        ny = nydatabas.skapa(mapp / "mall.db", "Testkommun", "9999", ENHETER)
        ny.stang()
    # Closing the last connection checkpoints the WAL: the main file holds everything.
    assert not (mapp / "mall.db-wal").exists()
    return mapp / "mall.db", _nyckel(ny.databas)


@pytest.fixture
def databas(_malldatabas: tuple[Path, bytes], tmp_path: Path) -> Iterator[Databas]:
    """A fresh copy of the session's database, opened with its key like the app does."""
    mall, mallnyckel = _malldatabas
    kopia = tmp_path / "modeller.db"
    shutil.copyfile(mall, kopia)
    oppnad = fil.oppna(kopia, mallnyckel)
    yield oppnad
    oppnad.stang()


def _nyckel(databas: Databas) -> bytes:
    return bytes.fromhex(databas._nyckel_hex)


@pytest.fixture
def ateroppna() -> Iterator[Callable[..., Databas]]:
    """``ateroppna(databas, *klartext)``: close the database, check that none of the
    given texts can be found in the bytes on disk, and open the file again with its
    key. What is read afterwards comes from the encrypted file, not a session cache."""
    oppnade: list[Databas] = []

    def ateroppna(databas: Databas, *klartext: str) -> Databas:
        databas.stang()
        namn = databas.sokvag.name
        filer = [p for p in databas.sokvag.parent.iterdir() if p.name.startswith(namn)]
        assert databas.sokvag in filer
        for bredvid in filer:
            innehall = bredvid.read_bytes()
            assert b"SQLite format 3" not in innehall, bredvid
            for text in klartext:
                assert text.encode() not in innehall, (bredvid, text)
        ny = fil.oppna(databas.sokvag, _nyckel(databas))
        oppnade.append(ny)
        return ny

    yield ateroppna
    for oppnad in oppnade:
        oppnad.stang()


@pytest.fixture
def enhet_id(databas: Databas) -> int:
    """The id of the first of the four units (Solgården)."""
    with databas.session() as session:
        return session.scalar(select(Enhet.id).where(Enhet.namn == ENHETER[0][0]))


@pytest.fixture
def kategori_id(databas: Databas) -> int:
    """The id of the first avvikelse category of the default data."""
    with databas.session() as session:
        return session.scalar(select(AvvikelseKategori.id).order_by(AvvikelseKategori.id))


@pytest.fixture
def ny_person(databas: Databas) -> Callable[..., int]:
    """``ny_person(fornamn, efternamn, roll)``: a saved Personal, its id."""

    def ny_person(
        fornamn: str = "Tora", efternamn: str = "Testsson", roll: Roll = Roll.SJUKSKOTERSKA
    ) -> int:
        with databas.session() as session:
            person = Personal(
                fornamn=fornamn, efternamn=efternamn, roll=roll, legitimerad=roll.legitimerad
            )
            session.add(person)
            session.flush()
            return person.id

    return ny_person


@pytest.fixture
def ny_avvikelse(databas: Databas, enhet_id: int, kategori_id: int) -> Callable[..., int]:
    """``ny_avvikelse(**falt)``: a saved Avvikelse with the required fields filled in."""

    def ny_avvikelse(**falt: object) -> int:
        varden: dict[str, object] = {
            "handelse_tid": datetime(2025, 5, 14, 8, 30),
            "rapporterad_datum": date(2025, 5, 14),
            "enhet_id": enhet_id,
            "rapportor_roll": Roll.UNDERSKOTERSKA.value,
            "kategori_id": kategori_id,
        }
        varden.update(falt)
        with databas.session() as session:
            avvikelse = Avvikelse(**varden)
            session.add(avvikelse)
            session.flush()
            return avvikelse.id

    return ny_avvikelse
