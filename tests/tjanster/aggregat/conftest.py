"""A small demo kommun for the aggregate tests (made-up data, built once per module)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from skrivbord.jobb import kor_till_slut
from skrivbord.lagring.databas import Databas
from skrivbord.tjanster import demodata
from skrivbord.tjanster.databasfil import NyDatabas
from tests.tjanster.conftest import BAKANDAR, som_serverdatabas

IDAG = date(2026, 11, 23)


def demokommun(sokvag: Path, seed: int, kod: str, namn: str, per_ar: int = 400) -> NyDatabas:
    """A made-up kommun, open (``.stang()`` when done)."""
    jobb = demodata.skapa_demo(
        sokvag, ar=1, avvikelser_per_ar=per_ar, seed=seed, kommun=namn, kommunkod=kod, idag=IDAG
    )
    return kor_till_slut(jobb)


@pytest.fixture(scope="module", params=BAKANDAR)
def demo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Databas]:
    """The demo kommun as a file, and the same file moved to a server: the aggregate
    must come out the same from both."""
    skapad = demokommun(tmp_path_factory.mktemp("aggregat") / "demo.db", 1, "9998", "Påhittby")
    try:
        if request.param == "fil":
            yield skapad.databas
        else:
            with som_serverdatabas(request, skapad.databas, "aggregat") as databas:
                yield databas
    finally:
        skapad.stang()
