"""Writing the aggregate: the folder appears whole or not at all, the manifest holds
every file's checksum, the CSV opens in Swedish Excel, re-reading gives back exactly
the published numbers, a changed file is refused by name, and the log remembers it."""

from __future__ import annotations

import csv
import errno
import io
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import update

from skrivbord import perioder
from skrivbord.fel import DiskenFull, FilKanInteSkrivas
from skrivbord.jobb import kor_till_slut
from skrivbord.lagring.databas import Databas
from skrivbord.modeller.aggregatexport import Aggregatexport
from skrivbord.perioder import tolka
from skrivbord.rapporter.aggregat.underlag import Aggregat
from skrivbord.tjanster.aggregat import bygg, filer, lasning
from skrivbord.tjanster.aggregat import format as filformat
from skrivbord.tjanster.aggregat.forhandsvisning import overlappande_exporter

SKAPAD = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def aggregat(demo: Databas) -> Aggregat:
    return bygg.berakna(demo, tolka("2025H1"))


@pytest.fixture
def sparad(aggregat: Aggregat, tmp_path: Path) -> filer.Sparad:
    return kor_till_slut(filer.skriv(aggregat, tmp_path, SKAPAD))


def test_alla_filer_och_manifestet(sparad: filer.Sparad, aggregat: Aggregat) -> None:
    katalog = sparad.katalog
    assert katalog.name == "aggregat_9998_2025H1"
    namn = sorted(p.name for p in katalog.iterdir())
    assert namn == sorted(
        [
            filformat.CSV_NAMN,
            filformat.JSON_NAMN,
            filformat.XLSX_NAMN,
            filformat.PDF_NAMN,
            filformat.MANIFEST_NAMN,
        ]
    )
    manifest = json.loads((katalog / filformat.MANIFEST_NAMN).read_text(encoding="utf-8"))
    assert manifest["schemaversion"] == "1"
    assert manifest["skapad"] == "2026-11-23T09:30:00Z"
    assert manifest["kodlista"] == aggregat.kodlista
    assert set(manifest["filer"]) == set(namn) - {filformat.MANIFEST_NAMN}
    for fil, uppgift in manifest["filer"].items():
        assert filformat.sha256((katalog / fil).read_bytes()) == uppgift["sha256"]
    assert filformat.sha256((katalog / filformat.MANIFEST_NAMN).read_bytes()) == (
        sparad.manifest_sha256
    )
    # nothing else is left beside it
    assert [p.name for p in katalog.parent.iterdir()] == [katalog.name]


def test_csv_for_svenska_excel(sparad: filer.Sparad, aggregat: Aggregat) -> None:
    data = (sparad.katalog / filformat.CSV_NAMN).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rader = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rader[0] == list(filformat.CSV_KOLUMNER)
    # a row per cell, and two per egenkontroll area (due, done)
    assert len(rader) - 1 == aggregat.antal_celler + 2 * len(aggregat.egenkontroller)
    assert {r[2] for r in rader[1:]} >= {"egenkontroll_forfallna", "egenkontroll_utforda"}
    kategori = [r for r in rader[1:] if r[2] == "kategori"]
    assert kategori[-1][4] == "totalt"
    for r in rader[1:]:
        assert r[0] == "9998" and r[1] == "2025H1"
        assert (r[5] == "") == (r[6] != "")
    assert b"\r\n" in data


def test_xlsx_har_samma_rader(sparad: filer.Sparad, aggregat: Aggregat) -> None:
    bok = load_workbook(sparad.katalog / filformat.XLSX_NAMN, read_only=True)
    rader = list(bok["Aggregat"].iter_rows(values_only=True))
    assert len(rader) - 1 == aggregat.antal_celler + 2 * len(aggregat.egenkontroller)
    publicerade = [r for r in rader[1:] if r[5] is not None]
    assert all(isinstance(r[5], int) for r in publicerade)


def test_pdf_en_till_tre_sidor(sparad: filer.Sparad) -> None:
    pdf = PdfReader(sparad.katalog / filformat.PDF_NAMN)
    assert 1 <= len(pdf.pages) <= 3
    text = "".join(p.extract_text() for p in pdf.pages)
    assert "Aggregat till regionen" in text and "2025H1" in text


def test_ateriinlasning_ger_exakt_de_publicerade_talen(
    sparad: filer.Sparad, aggregat: Aggregat
) -> None:
    assert lasning.lasa(sparad.katalog) == aggregat


def test_en_andrad_fil_vagras_med_sitt_namn(sparad: filer.Sparad) -> None:
    fil = sparad.katalog / filformat.CSV_NAMN
    fil.write_bytes(fil.read_bytes().replace(b";0;", b";1;", 1))
    with pytest.raises(lasning.OgiltigExport, match=r"aggregat\.csv i aggregat_9998_2025H1"):
        lasning.lasa(sparad.katalog)


def test_annan_schemaversion_vagras(sparad: filer.Sparad) -> None:
    manifest = sparad.katalog / filformat.MANIFEST_NAMN
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["schemaversion"] = "99"
    manifest.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(lasning.OgiltigExport, match="schemaversion 99"):
        lasning.lasa(sparad.katalog)


def test_full_disk_lamnar_inget_halvskrivet(
    aggregat: Aggregat, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(sokvag: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(filer, "skriv_fil", full)
    with pytest.raises(DiskenFull, match="Disken är full"):
        kor_till_slut(filer.skriv(aggregat, tmp_path, SKAPAD))
    assert list(tmp_path.iterdir()) == []


def test_avbrott_lamnar_inget(aggregat: Aggregat, tmp_path: Path) -> None:
    jobb = filer.skriv(aggregat, tmp_path, SKAPAD)
    next(jobb)
    next(jobb)
    jobb.close()
    assert list(tmp_path.iterdir()) == []


def test_en_tidigare_export_skrivs_aldrig_over(
    aggregat: Aggregat, sparad: filer.Sparad, tmp_path: Path
) -> None:
    fore = (sparad.katalog / filformat.MANIFEST_NAMN).read_bytes()
    with pytest.raises(FilKanInteSkrivas, match="finns redan en export"):
        kor_till_slut(filer.skriv(aggregat, tmp_path, SKAPAD))
    assert (sparad.katalog / filformat.MANIFEST_NAMN).read_bytes() == fore


def test_loggen_minns_exporten(demo: Databas, aggregat: Aggregat, tmp_path: Path) -> None:
    fore = len(filer.logg(demo))
    sparad = kor_till_slut(filer.exportera(demo, aggregat, tmp_path))
    rader = filer.logg(demo)
    assert len(rader) == fore + 1
    senaste = rader[0]
    assert (senaste.period, senaste.troskel) == ("2025H1", 5)
    assert senaste.sokvag == str(sparad.katalog)
    assert senaste.manifest_sha256 == sparad.manifest_sha256
    assert senaste.antal_dolda == aggregat.antal_dolda


def test_overlappande_exporter(databas: Databas, tmp_path: Path) -> None:
    """Which earlier exports a new one could be subtracted from: a quarter inside a sent
    half-year, a running year sent before (it counted fewer days); never the same
    period again, nor one beside it."""
    halvar = bygg.berakna(databas, tolka("2025H1"))
    filer.logga(databas, halvar, filer.Sparad(tmp_path / "a", "0" * 64))
    assert overlappande_exporter(databas, tolka("2025Q2")) == ("2025H1",)
    assert overlappande_exporter(databas, tolka("2025")) == ("2025H1",)
    assert overlappande_exporter(databas, tolka("2025H1")) == ()
    assert overlappande_exporter(databas, tolka("2025H2")) == ()
    # 2024 exported while it was running (made on 15 September 2024), then the whole
    # year: the difference is the autumn.
    filer.logga(databas, bygg.berakna(databas, tolka("2024")), filer.Sparad(tmp_path, "1" * 64))
    with databas.session() as s:
        s.execute(
            update(Aggregatexport)
            .where(Aggregatexport.period == "2024")
            .values(skapad=datetime(2024, 9, 15, 12, 0))
        )
    assert overlappande_exporter(databas, tolka("2024")) == ("2024",)
    assert overlappande_exporter(databas, perioder.kapa(tolka("2024"), date(2024, 9, 15))) == ()
