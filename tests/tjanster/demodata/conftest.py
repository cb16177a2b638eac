"""Shared by the demo data tests: one demo database for the package, query helpers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from skrivbord.jobb import kor_till_slut
from skrivbord.lagring import databas as lagring
from skrivbord.tjanster import demodata
from skrivbord.tjanster.databasfil import NyDatabas

IDAG = date(2026, 11, 23)
PER_AR = 1200


def bygg(sokvag: Path, **kw: object) -> NyDatabas:
    kw.setdefault("idag", IDAG)
    return kor_till_slut(demodata.skapa_demo(sokvag, **kw))  # type: ignore[arg-type]


@pytest.fixture(scope="package")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[lagring.Databas]:
    """Three whole years and this year to date, 1,200 avvikelser a year."""
    skapad = bygg(tmp_path_factory.mktemp("demo") / "demo.db", avvikelser_per_ar=PER_AR)
    yield skapad.databas
    skapad.stang()


def ett(databas: lagring.Databas, sql: str, *parametrar: object) -> object:
    with databas.ra_anslutning() as anslutning:
        return anslutning.execute(sql, parametrar).fetchone()[0]


def alla(databas: lagring.Databas, sql: str, *parametrar: object) -> list[tuple]:
    with databas.ra_anslutning() as anslutning:
        return anslutning.execute(sql, parametrar).fetchall()
