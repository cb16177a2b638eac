"""No free text reaches a sammanställning: every free-text field of a demo database
holds a marker, and no PDF of any kind of period shows one (issue "Avvikelser, read by
a MAS": the sammanställning goes to the nämnd and is a public document)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdf
import pytest

from skrivbord.jobb import kor_till_slut
from skrivbord.tjanster import demodata
from skrivbord.tjanster.avvikelser import sammanstallning
from skrivbord.tjanster.egenkontroller import rapport as egenkontrollrapport
from skrivbord.tjanster.logguppfoljning import utskrift as logg_utskrift
from tests import sentineller

IDAG = date(2026, 11, 23)
# Tables the sammanställning reads: each must hold rows, or the test proves nothing.
LASTA_TABELLER = (
    "avvikelse",
    "atgard",
    "uppfoljning",
    "avvikelse_statusandring",
    "veckogenomgang",
    "personal",
)


@pytest.fixture(scope="module")
def markerad(tmp_path_factory: pytest.TempPathFactory):
    mapp = tmp_path_factory.mktemp("sentineller")
    skapad = kor_till_slut(
        demodata.skapa_demo(
            mapp / "demo.db",
            ar=2,
            avvikelser_per_ar=400,
            seed=11,
            kommun="Provkommun",
            kommunkod="9997",
            idag=IDAG,
        )
    )
    rader = sentineller.fyll(skapad.databas)
    yield skapad.databas, rader, mapp
    skapad.databas.stang()


def test_varje_fritextfalt_har_en_markor(markerad) -> None:
    databas, rader, _ = markerad
    for tabell in LASTA_TABELLER:
        assert rader[tabell] > 0, tabell
    kolumner = dict(sentineller.fritextkolumner())
    assert {"beskrivning", "annat_orsak"} <= {
        k for t, k in sentineller.fritextkolumner() if t == "avvikelse"
    }
    assert kolumner["personal"] in ("fornamn", "efternamn")
    with databas.ra_anslutning() as anslutning:
        (text,) = anslutning.execute(
            "SELECT annat_orsak FROM avvikelse WHERE annat_orsak <> '' LIMIT 1"
        ).fetchone()
    assert text.startswith(sentineller.MARKOR)


@pytest.mark.parametrize("period", ["2025", "2025H2", "2025Q1", "2026"])
def test_ingen_markor_i_sammanstallningen(markerad, period: str) -> None:
    databas, _, mapp = markerad
    ut = Path(mapp) / f"sammanstallning {period}.pdf"
    kor_till_slut(sammanstallning.berakna_och_skriv(databas, period, ut, idag=IDAG))
    lasare = pypdf.PdfReader(ut)
    text = "\n".join(s.extract_text() for s in lasare.pages)
    assert "Annat" in text and "Skäl" in text  # the section is there
    assert sentineller.hittade(text) == []
    metadata = " ".join(str(v) for v in (lasare.metadata or {}).values())
    assert sentineller.hittade(metadata) == []


def test_ingen_markor_i_logguppfoljningens_arssammanstallning(markerad) -> None:
    """The yearly summary of log reviews is public too (counts only, DESIGN: "Public and
    internal outputs"); the filled protocol is internal and may hold text."""
    databas, rader, mapp = markerad
    assert rader["logguppfoljning"] > 0
    ut = Path(mapp) / "logguppfoljning 2025.pdf"
    kor_till_slut(logg_utskrift.skriv_arssammanstallning(databas, 2025, ut, idag=IDAG))
    text = "\n".join(s.extract_text() for s in pypdf.PdfReader(ut).pages)
    assert "2025" in text
    assert sentineller.hittade(text) == []


def test_ingen_markor_i_egenkontrollrapporten(markerad) -> None:
    """The egenkontroll report is public as well: the plan's own words (the MAS's
    catalogue) may show, never a result's comment or an åtgärd's text."""
    databas, rader, mapp = markerad
    assert rader["egenkontroll_tillfalle"] > 0 and rader["atgard"] > 0
    ut = Path(mapp) / "egenkontroll 2025.pdf"
    kor_till_slut(egenkontrollrapport.berakna_och_skriv(databas, 2025, ut, idag=IDAG))
    text = "\n".join(s.extract_text() for s in pypdf.PdfReader(ut).pages)
    assert "2025" in text
    assert sentineller.hittade(text) == []
