"""The avvikelse import against hostile and malformed files (issue 13): random bytes,
CSV in odd encodings with BOMs, huge cells, formula injection, mismatched columns,
random XLSX workbooks and a zip bomb. Every file ends in a clean import or a
SkrivbordFel (a Swedish message), never another exception, and a failed import writes
nothing. Fuzzed with hypothesis; everything is synthetic."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils.exceptions import IllegalCharacterError
from sqlalchemy import func, select

from skrivbord.fel import SkrivbordFel
from skrivbord.jobb import kor_till_slut
from skrivbord.modeller import Andringslogg, Avvikelse
from skrivbord.tjanster.avvikelser import importera as imp

INSTALLNING = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

RUBRIKER = ["Händelsedatum", "Tid", "Enhet", "Kategori", "Beskrivning", "Konsekvens", "Yrkesroll"]
ELAKA = [
    '=HYPERLINK("http://exempel.invalid","klicka")',
    "+1+1",
    "-2",
    "@SUM(A1)",
    "\t=1",
    "\ufeff",
    "\x00",
    "Solgården",
    "Fall",
    "2026-02-30",
    "2026-03-01",
    "25:99",
    "x" * 40_000,
    "",
    '"',
    ";;;",
    "\r\n",
    "٣٤٥",
    "👵🏼",
]
cell = st.one_of(st.sampled_from(ELAKA), st.text(max_size=30))


def _antal(databas) -> tuple[int, int]:
    with databas.session() as session:
        return (
            session.scalar(select(func.count()).select_from(Avvikelse)) or 0,
            session.scalar(select(func.count()).select_from(Andringslogg)) or 0,
        )


def _importera(databas, fil: Path) -> None:
    """Read, guess the mapping and import (both modes): typed errors only, and a failed
    import leaves the database as it was."""
    try:
        tabell = imp.lasa_fil(fil)
    except SkrivbordFel as exc:
        assert exc.meddelande
        return
    mappning = imp.foreslaget(tabell)
    for hoppa in (False, True):
        fore = _antal(databas)
        try:
            resultat = kor_till_slut(imp.importera(databas, tabell, mappning, hoppa_over_fel=hoppa))
        except SkrivbordFel as exc:
            assert exc.meddelande
            assert _antal(databas) == fore
            continue
        assert _antal(databas)[0] == fore[0] + resultat.antal_importerade


@INSTALLNING
@given(
    data=st.binary(max_size=3000),
    prefix=st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"PK\x03\x04", b"%PDF"]),
)
def test_slumpade_byte(databas, tmp_path_factory, data: bytes, prefix: bytes) -> None:
    fil = tmp_path_factory.mktemp("fuzz") / "fil.csv"
    fil.write_bytes(prefix + data)
    _importera(databas, fil)


@INSTALLNING
@given(
    rubriker=st.lists(st.one_of(st.sampled_from(RUBRIKER), cell), min_size=1, max_size=8),
    rader=st.lists(st.lists(cell, max_size=10), max_size=8),
    avgransare=st.sampled_from([";", ",", "\t", "|"]),
    kodning=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]),
)
def test_slumpad_csv(databas, tmp_path_factory, rubriker, rader, avgransare, kodning) -> None:
    text = io.StringIO()
    skrivare = csv.writer(text, delimiter=avgransare)
    skrivare.writerow(rubriker)
    skrivare.writerows(rader)  # mismatched column counts on purpose
    fil = tmp_path_factory.mktemp("fuzz") / "fil.csv"
    fil.write_bytes(text.getvalue().encode(kodning, errors="replace"))
    _importera(databas, fil)


@INSTALLNING
@given(
    rubriker=st.lists(st.one_of(st.sampled_from(RUBRIKER), cell), min_size=1, max_size=8),
    rader=st.lists(
        st.lists(st.one_of(cell, st.integers(), st.floats(allow_nan=True), st.none()), max_size=9),
        max_size=6,
    ),
)
def test_slumpad_xlsx(databas, tmp_path_factory, rubriker, rader) -> None:
    bok = openpyxl.Workbook()
    blad = bok.active
    for rad in [rubriker, *rader]:
        try:
            blad.append(rad)
        except (ValueError, TypeError, IllegalCharacterError):  # openpyxl's own refusals
            return
    fil = tmp_path_factory.mktemp("fuzz") / "fil.xlsx"
    bok.save(fil)
    _importera(databas, fil)


def test_zipbomb_och_extern_lank(databas, tmp_path: Path) -> None:
    """A worksheet that unpacks to gigabytes, and a workbook with an external link and
    a macro part: a message, quickly, and nothing written."""
    bomb = tmp_path / "bomb.xlsx"
    bok = openpyxl.Workbook()
    bok.active.append(["Händelsedatum", "Enhet", "Kategori", "Beskrivning"])
    bok.save(bomb)
    with zipfile.ZipFile(bomb) as zin:
        delar = {namn: zin.read(namn) for namn in zin.namelist()}
    rad = b'<row><c t="inlineStr"><is><t>' + b"A" * 1000 + b"</t></is></c></row>"
    blad = delar["xl/worksheets/sheet1.xml"]
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zut:
        for namn, innehall in delar.items():
            if namn == "xl/worksheets/sheet1.xml":
                with zut.open(namn, "w", force_zip64=True) as ut:
                    ut.write(blad.split(b"</sheetData>")[0])
                    for _ in range(300_000):  # ~ 300 MB unpacked, ~ 1 MB packed
                        ut.write(rad)
                    ut.write(b"</sheetData></worksheet>")
            else:
                zut.writestr(namn, innehall)
        zut.writestr("xl/externalLinks/externalLink1.xml", b"<externalLink/>")
        zut.writestr("xl/vbaProject.bin", b"\x00" * 100)
    assert bomb.stat().st_size < 5 * 1024 * 1024
    fore = _antal(databas)
    _importera(databas, bomb)
    assert _antal(databas) == fore


@pytest.mark.parametrize(
    "innehall",
    [
        b"\xef\xbb\xbf\xef\xbb\xbfH\xc3\xa4ndelsedatum;Enhet\n2026-03-01;Solg\xc3\xa5rden\n",
        "Händelsedatum;Enhet\n2026-03-01;Solgården\n".encode("utf-16-le"),
        b"H\xe4ndelsedatum;Enhet\n2026-03-01;Solg\xc3\xa5rden\n",  # two encodings mixed
        ("Händelsedatum;Beskrivning\n2026-03-01;" + "å" * 2_000_000 + "\n").encode(),
    ],
    ids=["dubbel-bom", "utf16-utan-bom", "blandad-kodning", "jattecell"],
)
def test_handgjorda_elaka_csv(databas, tmp_path: Path, innehall: bytes) -> None:
    fil = tmp_path / "elak.csv"
    fil.write_bytes(innehall)
    _importera(databas, fil)


@pytest.mark.parametrize(
    "innehall",
    ["[" * 100_000 + "]" * 100_000, '{"kolumner": ' * 50_000 + "1" + "}" * 50_000, " " * 2_000_000],
    ids=["djup-lista", "djupt-objekt", "for-stor"],
)
def test_elak_mappningsfil_ger_meddelande(tmp_path: Path, innehall: str) -> None:
    fil = tmp_path / "mappning.json"
    fil.write_text(innehall)
    with pytest.raises(SkrivbordFel, match="mappning"):
        imp.lasa_mappning(fil)


def test_elak_installningsfil_och_lasfil_stoppar_inget(tmp_path: Path) -> None:
    """A settings file or a lock file nested thousands of levels deep (or holding a list):
    the defaults, and no description of the holder, instead of a crash at start."""
    from skrivbord import installningar
    from skrivbord.lagring.instanslas import _beskriv

    installningar.sokvag().write_text("[" * 100_000 + "]" * 100_000)
    assert installningar.lasa(installningar.KOPIOR_DAGAR) == 7
    assert installningar.sokvag().with_name("installningar.json.trasig").exists()
    assert _beskriv(b"[" * 100_000 + b"]" * 100_000) == ""
    assert _beskriv(b"[1, 2]") == ""
