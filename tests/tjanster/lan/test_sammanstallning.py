"""The län compilation of three demo kommuner: totals equal the sums of what the
kommuner published (``minst`` where one hid a cell), a changed file is refused by name,
two exports for one kommun and period need a choice, earlier periods give the trend and
a kommun missing from the period is listed."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from skrivbord.jobb import kor_till_slut
from skrivbord.perioder import tolka
from skrivbord.rapporter.aggregat.underlag import Aggregat
from skrivbord.rapporter.lan.underlag import Lansammanstallning
from skrivbord.tjanster.aggregat import bygg, filer, lasning
from skrivbord.tjanster.lan import filer as lanfiler
from skrivbord.tjanster.lan import insamling, sammanstallning
from tests.tjanster.aggregat.conftest import demokommun

SKAPAD = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
KOMMUNER = (("9991", "Norrby", 1, 400), ("9992", "Mellanå", 2, 250), ("9993", "Söderköp", 3, 150))


@pytest.fixture(scope="module")
def exporter(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """H1 and H2 2025 of three kommuner; the third has no H2 export."""
    ut = tmp_path_factory.mktemp("exporter")
    for kod, namn, seed, per_ar in KOMMUNER:
        skapad = demokommun(tmp_path_factory.mktemp(kod) / "demo.db", seed, kod, namn, per_ar)
        try:
            for period in ("2025H1", "2025H2"):
                if kod == "9993" and period == "2025H2":
                    continue
                aggregat = bygg.berakna(skapad.databas, tolka(period))
                kor_till_slut(filer.skriv(aggregat, ut, SKAPAD))
        finally:
            skapad.stang()
    yield ut


@pytest.fixture(scope="module")
def lan(exporter: Path) -> Lansammanstallning:
    kallor = insamling.forteckna(insamling.hitta([exporter]))
    return kor_till_slut(sammanstallning.sammanstall(kallor, period="2025H1"))


def _kallornas(exporter: Path, period: str) -> list[Aggregat]:
    return [lasning.lasa(p) for p in sorted(exporter.glob(f"aggregat_*_{period}"))]


def test_lanets_summor_ar_kommunernas_publicerade(exporter: Path, lan: Lansammanstallning) -> None:
    kallor = _kallornas(exporter, "2025H1")
    assert lan.antal_kommuner == 3 and lan.period == "2025H1"
    for t in lan.tabeller:
        for c in t.celler:
            delar = [next(k for k in a.tabell(t.namn).celler if k.kod == c.kod) for a in kallor]
            publicerat = sum(d.antal or 0 for d in delar)
            sma = sum(1 for d in delar if d.markning.startswith("<"))
            if all(d.antal is not None for d in delar):
                if c.antal is not None:
                    assert c.antal == publicerat, (t.namn, c.kod)
                else:  # hidden again at län level (small, or to protect one)
                    assert c.markning in ("<5", "x")
            else:
                assert c.antal is None and c.markning == f"minst {publicerat + sma}"
    totaler = [a.tabell("kategori").total for a in kallor]
    alla = lan.tabeller[0].total
    assert alla is not None
    if all(t is not None and t.antal is not None for t in totaler):
        assert alla.antal == sum(t.antal for t in totaler if t and t.antal)


def test_per_kommun(lan: Lansammanstallning) -> None:
    assert [r.kommunkod for r in lan.per_kommun] == ["9991", "9992", "9993"]
    assert [p for p, _, _ in lan.trend] == ["2025H1"]
    assert lan.saknade == ()


def test_senaste_perioden_med_trend_och_saknad_kommun(exporter: Path) -> None:
    kallor = insamling.forteckna(insamling.hitta([exporter]))
    h2 = kor_till_slut(sammanstallning.sammanstall(kallor))
    assert h2.period == "2025H2"
    assert [p for p, _, _ in h2.trend] == ["2025H1", "2025H2"]
    assert [n for _, _, n in h2.trend] == [3, 2]
    assert h2.saknade == (("9993", "Söderköp"),)


def test_andrad_fil_vagras_med_namn(exporter: Path, tmp_path: Path) -> None:
    kopia = tmp_path / "kopia"
    shutil.copytree(exporter / "aggregat_9992_2025H1", kopia / "aggregat_9992_2025H1")
    fil = kopia / "aggregat_9992_2025H1" / "aggregat.json"
    data = json.loads(fil.read_text(encoding="utf-8"))
    data["tabeller"][0]["rader"][0]["antal"] = 999
    fil.write_text(json.dumps(data), encoding="utf-8")
    kallor = insamling.forteckna(insamling.hitta([kopia]))
    with pytest.raises(lasning.OgiltigExport, match=r"aggregat\.json i aggregat_9992_2025H1"):
        kor_till_slut(sammanstallning.sammanstall(kallor))


def test_tva_exporter_for_samma_kommun_kraver_val(exporter: Path, tmp_path: Path) -> None:
    andra = tmp_path / "igen" / "aggregat_9991_2025H1"
    shutil.copytree(exporter / "aggregat_9991_2025H1", andra)
    mappar = insamling.hitta([exporter, andra])
    with pytest.raises(lasning.OgiltigExport, match="9991 har 2 exporter för 2025H1"):
        insamling.forteckna(mappar)
    kallor = insamling.forteckna(mappar, valda=[andra])
    assert sum(k.kommunkod == "9991" and k.period == "2025H1" for k in kallor) == 1
    assert any(k.katalog == andra.resolve() for k in kallor)


def test_lanets_filer(lan: Lansammanstallning, tmp_path: Path) -> None:
    mapp = kor_till_slut(lanfiler.skriv(lan, tmp_path, SKAPAD))
    assert mapp.name == "lan_2025H1"
    manifest = json.loads((mapp / "manifest.json").read_text(encoding="utf-8"))
    assert set(manifest["filer"]) == {
        "lan.csv",
        "lan_per_kommun.csv",
        "lan.json",
        "lan.xlsx",
        "lan.pdf",
    }
    pdf = PdfReader(mapp / "lan.pdf")
    text = "".join(s.extract_text() for s in pdf.pages)
    assert "Avvikelser i länet" in text and "Mellanå" in text
    csvtext = (mapp / "lan.csv").read_bytes()
    assert csvtext.startswith(b"\xef\xbb\xbf")
