"""Nothing stored leaves in the aggregate (DESIGN §6 "Public and internal outputs"):
whatever names, personnummer-like strings, unit names and free texts a database holds,
none of them is in any byte of any exported file (the XLSX unzipped, the PDF's text
extracted as well as its raw bytes). First with the sentinel fixture (every free-text
column of every row), then with strings hypothesis chooses."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from skrivbord.jobb import kor_till_slut
from skrivbord.lagring.databas import Databas
from skrivbord.perioder import tolka
from skrivbord.tjanster.aggregat import bygg, filer
from tests import sentineller
from tests.tjanster.aggregat.conftest import demokommun

SKAPAD = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
PERSONNUMMER = re.compile(rb"(?:19|20)?\d{6}[-+]\d{4}")


def exportens_text(katalog: Path) -> bytes:
    """Every byte the export holds, with the XLSX's parts and the PDF's text added."""
    delar: list[bytes] = []
    for fil in sorted(katalog.iterdir()):
        data = fil.read_bytes()
        delar.append(data)
        if fil.suffix == ".xlsx":
            with zipfile.ZipFile(fil) as zf:
                delar += [zf.read(namn) for namn in zf.namelist()]
        if fil.suffix == ".pdf":
            text = "".join(s.extract_text() for s in PdfReader(fil).pages)
            delar.append(text.encode("utf-8"))
            delar.append("".join(text.split()).encode("utf-8"))
    return b"\n".join(delar)


@pytest.fixture(scope="module")
def markerad(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Databas]:
    skapad = demokommun(tmp_path_factory.mktemp("lacka") / "demo.db", 7, "9997", "Markerby")
    sentineller.fyll(skapad.databas)
    yield skapad.databas
    skapad.stang()


def _exportera(databas: Databas, ut: Path, period: str = "2025") -> bytes:
    aggregat = bygg.berakna(databas, tolka(period))
    sparad = kor_till_slut(filer.exportera(databas, aggregat, ut))
    return exportens_text(sparad.katalog)


def _lagrade_namn(databas: Databas) -> list[str]:
    with databas.ra_anslutning() as anslutning:
        enheter = [r[0] for r in anslutning.execute("SELECT namn FROM enhet")]
        personer = [
            n for r in anslutning.execute("SELECT fornamn, efternamn FROM personal") for n in r
        ]
    return [n for n in enheter + personer if len(n) >= 4]


def test_inga_markorer_namn_eller_personnummer(markerad: Databas, tmp_path: Path) -> None:
    text = _exportera(markerad, tmp_path)
    # The search sees the files: the kommun's name (allowed) is found in them.
    assert b"Markerby" in text and b"Aggregattillregionen" in text
    assert sentineller.MARKOR.encode() not in text
    for namn in _lagrade_namn(markerad):
        assert namn.encode("utf-8") not in text, namn
    assert PERSONNUMMER.search(text) is None


# Strings no label, code or number of the export holds by chance: eight or more letters
# from a small alphabet with å, ä, ö, or a personnummer with its dash.
konstig_text = st.text(alphabet="åäöÅÄÖqxzQXZ", min_size=8, max_size=30)
personnummer = st.from_regex(r"(19|20)[0-9]{6}-[0-9]{4}", fullmatch=True)


@pytest.fixture(scope="module")
def lagrad(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Databas]:
    skapad = demokommun(tmp_path_factory.mktemp("fritt") / "demo.db", 8, "9996", "Fria")
    yield skapad.databas
    skapad.stang()


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    enhet=konstig_text,
    person=konstig_text,
    fritext=st.one_of(konstig_text, personnummer),
    pnr=personnummer,
)
def test_vad_som_an_lagras_lamnar_det_inte(
    lagrad: Databas,
    tmp_path_factory: pytest.TempPathFactory,
    enhet: str,
    person: str,
    fritext: str,
    pnr: str,
) -> None:
    with lagrad.ra_anslutning() as anslutning:
        anslutning.execute("UPDATE enhet SET namn = ? || id", (enhet,))
        anslutning.execute("UPDATE personal SET fornamn = ?, efternamn = ?", (person, pnr))
        anslutning.execute(
            "UPDATE avvikelse SET beskrivning = ?, annat_orsak = ?, motpart_enhet = ?, "
            "extern_referens = ?, rapportor_namn = ?, overenskommelse_text = ?",
            (fritext, fritext, enhet, pnr, person, fritext),
        )
        anslutning.commit()
    text = _exportera(lagrad, tmp_path_factory.mktemp("ut"), "2025H2")
    for lagrat in (enhet, person, fritext, pnr):
        assert lagrat.encode("utf-8") not in text, lagrat
