"""Export of the avvikelse list to CSV and XLSX: format, what never leaves, atomic writing.

The external reference and the reporter's name carry sentinel values that must not
appear anywhere in an exported file. All data is made up.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from skrivbord.fel import DiskenFull, FilKanInteSkrivas
from skrivbord.jobb import Framsteg, kor_till_slut
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import AvvikelseKategori, Enhet
from skrivbord.tjanster.avvikelser import export as export_avvikelser
from skrivbord.tjanster.avvikelser import importera as imp
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.tjanster.avvikelser.lista import Filter
from skrivbord.typer import Konsekvens, Roll
from tests.fabrik import komplett

IDAG = date(2026, 11, 23)
EXTERN = "SENTINEL-JOURNAL-4711"
NAMN = "Sentinella Påhittadsson"
FORMEL = '=HYPERLINK("http://exempel.invalid","klicka")'


def _id(databas: Databas, modell, **villkor) -> int:
    with databas.session() as session:
        return session.scalars(select(modell.id).filter_by(**villkor)).one()


def _registrera(databas: Databas, enhet: str, beskrivning: str, dag: int, **kw) -> int:
    uppgifter = komplett(
        databas,
        avvikelser.AvvikelseUppgifter(
            handelse_tid=datetime(2026, 3, dag, 14, 30),
            rapporterad_datum=date(2026, 3, dag),
            enhet_id=_id(databas, Enhet, namn=enhet),
            rapportor_roll=Roll.UNDERSKOTERSKA,
            kategori_id=_id(databas, AvvikelseKategori, kod="fall"),
            beskrivning=beskrivning,
            konsekvens=Konsekvens.LINDRIG,
            rapportor_namn=NAMN,
            extern_referens=EXTERN,
            **kw,
        ),
    )
    return avvikelser.registrera(databas, uppgifter, IDAG)


@pytest.fixture
def med_avvikelser(databas: Databas) -> Databas:
    _registrera(
        databas,
        "Solgården",
        "Fallolycka på rummet",
        1,
        omedelbar_atgard="Hjälpte upp",
        risk_konsekvens=2,
        risk_sannolikhet=3,
    )
    _registrera(databas, "Björkbacken", FORMEL, 2, omedelbar_atgard="-1 tablett för lite")
    _registrera(databas, "Solgården", 'Två rader\nmed; semikolon och "citat"', 3)
    return databas


def test_csv_for_svenska_excel(med_avvikelser: Databas, tmp_path: Path) -> None:
    ut = tmp_path / "avvikelser.csv"
    steg: list[Framsteg] = []
    resultat = kor_till_slut(export_avvikelser.exportera_csv(med_avvikelser, None, ut), steg.append)
    assert resultat == export_avvikelser.Exportresultat(ut, 3)
    assert steg[-1].klart == steg[-1].totalt == 3
    data = ut.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"").replace(
        "Två rader\nmed".encode(), b""
    )
    rader = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rader[0] == [export_avvikelser.INTERN]  # an internal document, and says so
    assert rader[1] == list(export_avvikelser.KOLUMNER)
    assert len(rader) == 5
    nyast, formel, aldst = rader[2:]  # the list's order: newest first
    assert aldst[1:11] == [
        "2026-03-01",
        "14:30",
        "2026-03-01",
        "Solgården",
        "Fall",
        "",
        "Lindrig",
        "6",
        "Registrerad",
        "Nej",
    ]
    assert aldst[11:] == ["Ej bedömd", "Fallolycka på rummet", "Hjälpte upp"]
    assert nyast[12] == 'Två rader\nmed; semikolon och "citat"'
    assert nyast[8] == ""  # no risk assessed
    # Formula injection: the cell starts with an apostrophe, the text is otherwise intact.
    assert formel[12] == "'" + FORMEL
    assert formel[13] == "'-1 tablett för lite"


@pytest.mark.parametrize("format_", ["csv", "xlsx"])
def test_extern_referens_och_rapportorens_namn_exporteras_aldrig(
    med_avvikelser: Databas, tmp_path: Path, format_: str
) -> None:
    ut = tmp_path / f"avvikelser.{format_}"
    jobb = getattr(export_avvikelser, f"exportera_{format_}")
    kor_till_slut(jobb(med_avvikelser, None, ut))
    if format_ == "csv":
        innehall = [ut.read_bytes()]
    else:
        with zipfile.ZipFile(ut) as arkiv:
            innehall = [arkiv.read(n) for n in arkiv.namelist()]
    for del_ in innehall:
        for hemligt in (EXTERN, NAMN, "Sentinella", "4711"):
            assert hemligt.encode() not in del_
            assert hemligt.encode("utf-16-le") not in del_
    assert "extern_referens" not in export_avvikelser._FRAGA
    assert "rapportor_namn" not in export_avvikelser._FRAGA


def test_xlsx_kan_lasas_av_openpyxl(med_avvikelser: Databas, tmp_path: Path) -> None:
    ut = tmp_path / "avvikelser.xlsx"
    resultat = kor_till_slut(export_avvikelser.exportera_xlsx(med_avvikelser, None, ut))
    assert resultat.antal == 3
    bok = openpyxl.load_workbook(ut)
    blad = bok.active
    assert blad.title == "Avvikelser"
    assert blad.freeze_panes == "A3"
    rader = list(blad.iter_rows(values_only=True))
    assert rader[0][0] == export_avvikelser.INTERN
    assert "Intern – innehåller personuppgifter" in blad.oddHeader.left.text
    assert rader[1] == export_avvikelser.KOLUMNER
    assert blad.auto_filter.ref == "A2:N5"
    nyast, formel, aldst = rader[2:]
    assert isinstance(aldst[0], int)
    assert aldst[1:12] == (
        datetime(2026, 3, 1),  # a real date cell, shown as ÅÅÅÅ-MM-DD
        "14:30",
        datetime(2026, 3, 1),
        "Solgården",
        "Fall",
        None,
        "Lindrig",
        6,
        "Registrerad",
        "Nej",
        "Ej bedömd",
    )
    assert blad["B5"].number_format == "yyyy\\-mm\\-dd"
    assert nyast[12] == 'Två rader\nmed; semikolon och "citat"'
    # The formula text is a string cell, never a formula.
    formelcell = blad.cell(row=4, column=13)
    assert formelcell.value == FORMEL
    assert formelcell.data_type == "s"
    with zipfile.ZipFile(ut) as arkiv:
        assert b"<f>" not in arkiv.read("xl/worksheets/sheet1.xml")
    # And the export reads back through the import's reader.
    tabell = imp.lasa_fil(ut)
    assert tabell.rubriker == list(export_avvikelser.KOLUMNER)
    assert tabell.rader[2].varden[1:3] == ("2026-03-01", "14:30")


def test_xlsx_med_kontrolltecken_och_lang_text(databas: Databas, tmp_path: Path) -> None:
    _registrera(databas, "Solgården", "Klistrat\x07 från\x00 journalen " + "x" * 40_000, 1)
    ut = tmp_path / "avvikelser.xlsx"
    kor_till_slut(export_avvikelser.exportera_xlsx(databas, None, ut))
    text = openpyxl.load_workbook(ut).active["M3"].value
    assert text.startswith("Klistrat från journalen xxx")
    assert len(text) == 32_767 and text.endswith("[…]")


def test_filtret_galler(med_avvikelser: Databas, tmp_path: Path) -> None:
    ut = tmp_path / "solgarden.csv"
    filter = Filter(enhet_id=_id(med_avvikelser, Enhet, namn="Solgården"))
    assert kor_till_slut(export_avvikelser.exportera_csv(med_avvikelser, filter, ut)).antal == 2
    rader = list(csv.reader(io.StringIO(ut.read_text("utf-8-sig"), newline=""), delimiter=";"))
    assert {r[4] for r in rader[2:]} == {"Solgården"}


def test_tom_lista_ger_bara_rubrikraden(databas: Databas, tmp_path: Path) -> None:
    for format_ in ("csv", "xlsx"):
        ut = tmp_path / f"tom.{format_}"
        jobb = getattr(export_avvikelser, f"exportera_{format_}")
        assert kor_till_slut(jobb(databas, None, ut)).antal == 0
        assert ut.exists()
    assert openpyxl.load_workbook(tmp_path / "tom.xlsx").active.max_row == 2


@pytest.mark.parametrize("format_", ["csv", "xlsx"])
def test_avbruten_export_lamnar_ingen_halv_fil(
    databas: Databas, tmp_path: Path, format_: str
) -> None:
    # 1,120 rows (more than two batches), loaded through the import.
    rader = [("Datum", "Enhet", "Kategori", "Beskrivning")] + [
        (f"2026-03-{dag:02d}", "Solgården", "Fall", f"Händelse {dag}-{i}")
        for dag in range(1, 29)
        for i in range(40)
    ]
    tabell = imp.Tabell(list(rader[0]), [imp.Filrad(n, r) for n, r in enumerate(rader[1:], 2)])
    kor_till_slut(imp.importera(databas, tabell, imp.foreslaget(tabell), idag=IDAG))
    mapp = tmp_path / "ut"
    mapp.mkdir()
    ut = mapp / f"avvikelser.{format_}"
    ut.write_bytes(b"den gamla filen")
    jobb = getattr(export_avvikelser, f"exportera_{format_}")(databas, None, ut)
    next(jobb)
    steg = next(jobb)  # the first batch is written to the temporary file
    assert 0 < steg.klart < steg.totalt
    assert len(list(mapp.iterdir())) == 2
    jobb.close()
    assert list(mapp.iterdir()) == [ut]
    assert ut.read_bytes() == b"den gamla filen"


def test_fel_vid_skrivning_lamnar_ingen_fil(
    med_avvikelser: Databas, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def trasig(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_avvikelser._CsvSkrivare, "skriv", trasig)
    mapp = tmp_path / "ut"
    mapp.mkdir()
    with pytest.raises(DiskenFull, match="Disken är full"):
        kor_till_slut(export_avvikelser.exportera_csv(med_avvikelser, None, mapp / "a.csv"))
    assert list(mapp.iterdir()) == []


def test_mappen_finns_inte(med_avvikelser: Databas, tmp_path: Path) -> None:
    with pytest.raises(FilKanInteSkrivas, match="mappen finns inte"):
        kor_till_slut(
            export_avvikelser.exportera_csv(med_avvikelser, None, tmp_path / "saknas" / "a.csv")
        )


def test_neutralisera() -> None:
    for farlig in ("=1+1", "+46 70", "-2", "@SUM(A1)", "\tx", "\rx"):
        assert export_avvikelser.neutralisera(farlig) == "'" + farlig
    for ofarlig in ("", "Fall", "2026-03-01", "'redan"):
        assert export_avvikelser.neutralisera(ofarlig) == ofarlig


def test_export_och_import_i_en_ny_databas_ger_samma_lista(
    med_avvikelser: Databas, tmp_path: Path, ny_databas_fabrik
) -> None:
    ut = tmp_path / "avvikelser.xlsx"
    kor_till_slut(export_avvikelser.exportera_xlsx(med_avvikelser, None, ut))
    mal = ny_databas_fabrik()
    tabell = imp.lasa_fil(ut)
    resultat = kor_till_slut(imp.importera(mal, tabell, imp.foreslaget(tabell), idag=IDAG))
    assert resultat.antal_importerade == 3
    ut2 = tmp_path / "igen.xlsx"
    kor_till_slut(export_avvikelser.exportera_xlsx(mal, None, ut2))
    fore = list(openpyxl.load_workbook(ut).active.iter_rows(values_only=True))
    efter = list(openpyxl.load_workbook(ut2).active.iter_rows(values_only=True))
    # Everything but the new ids and the risk score (the import takes no risk assessment).
    utan_id_och_risk = lambda rader: [r[1:8] + r[9:] for r in rader]  # noqa: E731
    assert utan_id_och_risk(efter) == utan_id_och_risk(fore)


@pytest.fixture
def ny_databas_fabrik(tmp_path: Path, nyckelring):
    from skrivbord.tjanster import nydatabas
    from tests.conftest import ENHETER

    oppna: list[Databas] = []

    def skapa() -> Databas:
        skapad = nydatabas.skapa(tmp_path / "mal.db", "Målkommun", "9998", ENHETER)
        oppna.append(skapad.databas)
        return skapad.databas

    yield skapa
    for databas in oppna:
        databas.stang()
