"""Import of avvikelser from CSV and XLSX: reading, mapping, preview, all-or-nothing import.

Every file is generated here in tmp_path from made-up rows; nothing real.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from skrivbord import installningar, sokvagar
from skrivbord.fel import OgiltigUppgift, SkrivbordFel
from skrivbord.jobb import Framsteg, kor_till_slut
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Andringslogg, Avvikelse, Statusandring
from skrivbord.tjanster.avvikelser import import_lasning
from skrivbord.tjanster.avvikelser import import_mappning as imp_mappning
from skrivbord.tjanster.avvikelser import importera as imp
from skrivbord.tjanster.avvikelser import lista as avvikelselista
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.tjanster.avvikelser.lista import Filter
from skrivbord.typer import Avvikelsestatus, Konsekvens, Roll

IDAG = date(2026, 11, 23)

HUVUD = [
    "Händelsedatum",
    "Tid",
    "Rapporterad",
    "Enhet",
    "Kategori",
    "Beskrivning",
    "Omedelbar åtgärd",
    "Konsekvens",
    "Yrkesroll",
    "Ärendenummer",
]
RADER = [
    [
        "2026-03-01",
        "14:30",
        "2026-03-02",
        "Solgården",
        "Fall",
        "Fallolycka på rummet",
        "Hjälpte upp, kontrollerade",
        "Lindrig",
        "Undersköterska",
        "J-1001",
    ],
    [
        "2026-03-05",
        "08.15",
        "2026-03-05",
        "björkbacken",
        "Läkemedel",
        "Utebliven kvällsdos",
        "",
        "Ingen skada",
        "ssk",
        "J-1002",
    ],
    [
        "20260310",
        "",
        "",
        "Hemtjänst Norra",
        "hjalpmedel",
        "Rullstolens broms trasig",
        "",
        "0",
        "",
        "",
    ],
]


def _csv_text(rader: list[list[str]], avgransare: str = ";") -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=avgransare, lineterminator="\r\n").writerows(rader)
    return buf.getvalue()


def _skriv_csv(
    mapp: Path,
    rader: list[list[str]],
    *,
    avgransare: str = ";",
    kodning: str = "utf-8-sig",
    namn: str = "avvikelser.csv",
) -> Path:
    sokvag = mapp / namn
    sokvag.write_bytes(_csv_text(rader, avgransare).encode(kodning))
    return sokvag


def _skriv_xlsx(mapp: Path, rader: list[list[object]], namn: str = "avvikelser.xlsx") -> Path:
    bok = openpyxl.Workbook()
    blad = bok.active
    blad.title = "Avvikelser"
    for rad in rader:
        blad.append(rad)
    sokvag = mapp / namn
    bok.save(sokvag)
    return sokvag


def _antal(databas: Databas, modell=Avvikelse) -> int:
    with databas.session() as session:
        return session.scalar(select(func.count()).select_from(modell))


def _las_och_mappa(sokvag: Path) -> tuple[imp.Tabell, imp.Mappning]:
    tabell = imp.lasa_fil(sokvag)
    return tabell, imp.foreslaget(tabell)


def _importera(databas: Databas, sokvag: Path, **kw) -> imp.Importresultat:
    tabell, mappning = _las_och_mappa(sokvag)
    return kor_till_slut(imp.importera(databas, tabell, mappning, idag=IDAG, **kw))


# ---------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("avgransare", [";", ",", "\t"])
@pytest.mark.parametrize(
    ("kodning", "vantad"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp1252", "cp1252"), ("utf-16", "utf-16")],
)
def test_las_csv_varje_kodning_och_avgransare(
    tmp_path: Path, avgransare: str, kodning: str, vantad: str
) -> None:
    sokvag = _skriv_csv(tmp_path, [HUVUD, *RADER], avgransare=avgransare, kodning=kodning)
    tabell = imp.lasa_fil(sokvag)
    assert tabell.format == "csv"
    assert tabell.kodning == vantad
    assert tabell.avgransare == avgransare
    assert tabell.rubriker == HUVUD
    assert [r.nummer for r in tabell.rader] == [2, 3, 4]
    assert tabell.rader[0].varden[5] == "Fallolycka på rummet"
    assert tabell.rader[0].varden[6] == "Hjälpte upp, kontrollerade"  # a quoted comma
    assert tabell.anmarkningar == []


def test_cp1252_bara_nar_utf8_inte_gar_att_avkoda(tmp_path: Path) -> None:
    # "på" in cp1252 is the single byte E5, invalid as UTF-8: the fallback is taken.
    sokvag = tmp_path / "gammal.csv"
    sokvag.write_bytes("Datum;Beskrivning\r\n2026-03-01;Fallolycka på rummet\r\n".encode("cp1252"))
    tabell = imp.lasa_fil(sokvag)
    assert tabell.kodning == "cp1252"
    assert tabell.rader[0].varden == ("2026-03-01", "Fallolycka på rummet")


def test_dubbelkodad_fil_lagas_och_sags(tmp_path: Path) -> None:
    trasig = "Datum;Beskrivning\n2026-03-01;Fallolycka på rummet, hämtade sköterska\n"
    sokvag = tmp_path / "mojibake.csv"
    sokvag.write_bytes(trasig.encode("utf-8").decode("cp1252").encode("utf-8"))
    assert "Ã¥" in sokvag.read_text(encoding="utf-8")
    tabell = imp.lasa_fil(sokvag)
    assert tabell.rader[0].varden[1] == "Fallolycka på rummet, hämtade sköterska"
    assert any("felkodad" in a for a in tabell.anmarkningar)


def test_blandad_kodning_vagras(tmp_path: Path) -> None:
    sokvag = tmp_path / "blandad.csv"
    sokvag.write_text("Datum;Beskrivning\n2026-03-01;pÃ¥ rummet → åter på rummet\n", "utf-8")
    with pytest.raises(import_lasning.OkandTeckenkodning) as fel:
        imp.lasa_fil(sokvag)
    assert "CSV UTF-8" in fel.value.meddelande


def test_radnummer_som_i_excel_med_radbrytning_och_tomma_rader(tmp_path: Path) -> None:
    text = (
        "Datum;Beskrivning\r\n"
        '2026-03-01;"Första raden\r\nandra raden; med semikolon"\r\n'
        "\r\n"
        ";\r\n"
        "2026-03-02;Nästa\r\n"
    )
    sokvag = tmp_path / "brytning.csv"
    sokvag.write_text(text, encoding="utf-8", newline="")
    tabell = imp.lasa_fil(sokvag)
    assert [r.nummer for r in tabell.rader] == [2, 5]
    assert tabell.rader[0].varden[1] == "Första raden\r\nandra raden; med semikolon"


def test_las_xlsx_datum_blir_iso(tmp_path: Path) -> None:
    sokvag = _skriv_xlsx(
        tmp_path,
        [
            ["Avvikelser 2026, utdrag"],  # a title row above the header
            [],
            ["Datum", "Klockslag", "Rapporterad", "Enhet", "Beskrivning", "Nummer", "Ja/nej"],
            [
                datetime(2026, 3, 1, 14, 30),
                time(14, 30),
                date(2026, 3, 2),
                "Solgården",
                "Fallolycka på rummet",
                17,
                True,
            ],
            [datetime(2026, 3, 5), None, datetime(2026, 3, 5), "Björkbacken", "Text", 2.0, False],
        ],
    )
    tabell = imp.lasa_fil(sokvag)
    assert tabell.format == "xlsx"
    assert tabell.blad == "Avvikelser"
    assert tabell.rubriker[:2] == ["Datum", "Klockslag"]
    assert tabell.rader[0] == (
        4,
        (
            "2026-03-01 14:30",
            "14:30",
            "2026-03-02",
            "Solgården",
            "Fallolycka på rummet",
            "17",
            "ja",
        ),
    )
    assert tabell.rader[1].varden == (
        "2026-03-05",
        "",
        "2026-03-05",
        "Björkbacken",
        "Text",
        "2",
        "nej",
    )
    assert any("rad 3" in a for a in tabell.anmarkningar)


def test_rubriker_blir_unika_och_tomma_far_namn(tmp_path: Path) -> None:
    sokvag = _skriv_csv(tmp_path, [["Datum", "Datum", "", "Text"], ["2026-01-01", "x", "y", "z"]])
    tabell = imp.lasa_fil(sokvag)
    assert tabell.rubriker == ["Datum", "Datum (2)", "Kolumn C", "Text"]


@pytest.mark.parametrize(
    ("innehall", "namn", "feltyp"),
    [
        (b"", "tom.csv", import_lasning.TomFil),
        (b"\r\n\r\n;;\r\n", "blank.csv", import_lasning.TomFil),
        (b"Datum;Enhet\r\n", "bara_rubrik.csv", import_lasning.TomFil),
        (
            "2026-03-01;Solgården;Fall\r\n".encode(),
            "utan_rubrik.csv",
            import_lasning.RubrikradSaknas,
        ),
        (b"PK\x03\x04inte alls en zip", "trasig.xlsx", import_lasning.SkadadKalkylfil),
        (b"hej hej, ingen arbetsbok", "fel.xlsx", import_lasning.SkadadKalkylfil),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100),
            "gammal.xls",
            import_lasning.OkandFiltyp,
        ),
        (b"%PDF-1.7\n", "rapport.pdf", import_lasning.OkandFiltyp),
        (b"\x00\x01\x02binar", "data.bin", import_lasning.OkandFiltyp),
        (
            b"\xef\xbb\xbfDatum;Text\r\n2026;\xff\xfe\r\n",
            "bom.csv",
            import_lasning.OkandTeckenkodning,
        ),
    ],
)
def test_olasbara_filer_ger_svenska_fel(tmp_path: Path, innehall: bytes, namn: str, feltyp) -> None:
    sokvag = tmp_path / namn
    sokvag.write_bytes(innehall)
    with pytest.raises(feltyp) as fel:
        imp.lasa_fil(sokvag)
    assert isinstance(fel.value, SkrivbordFel)
    assert namn in fel.value.meddelande


def test_zip_utan_arbetsbok_och_ods_vagras(tmp_path: Path) -> None:
    import zipfile

    ods = tmp_path / "kalkyl.ods"
    with zipfile.ZipFile(ods, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(import_lasning.OkandFiltyp, match=r"\.ods"):
        imp.lasa_fil(ods)
    docx = tmp_path / "brev.docx"
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr("word/document.xml", "<w/>")
    with pytest.raises(import_lasning.OkandFiltyp):
        imp.lasa_fil(docx)


def test_filen_saknas(tmp_path: Path) -> None:
    with pytest.raises(import_lasning.FilenKanInteLasas, match="finns inte"):
        imp.lasa_fil(tmp_path / "finns_inte.csv")


def test_for_stor_fil(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_lasning, "MAX_RADER", 5)
    rader = [HUVUD] + [RADER[0]] * 6
    with pytest.raises(import_lasning.ForStorFil, match="högst 5 rader"):
        imp.lasa_fil(_skriv_csv(tmp_path, rader))
    with pytest.raises(import_lasning.ForStorFil):
        imp.lasa_fil(_skriv_xlsx(tmp_path, rader))
    imp.lasa_fil(_skriv_csv(tmp_path, rader[:6], namn="lagom.csv"))  # five rows are fine
    monkeypatch.setattr(import_lasning, "MAX_FILSTORLEK", 10)
    with pytest.raises(import_lasning.ForStorFil, match="MB"):
        imp.lasa_fil(_skriv_csv(tmp_path, rader[:2], namn="bytes.csv"))


# ---------------------------------------------------------------------------
# Mapping
# ---------------------------------------------------------------------------


def test_mappning_gissas_fran_svenska_rubriker() -> None:
    tabell = imp.Tabell(
        rubriker=[
            "Löpnummer",
            "Datum",
            "Klockslag",
            "Rapportdatum",
            "Enhet",
            "Avvikelsetyp",
            "Händelse",
            "Vidtagen åtgärd",
            "Konsekvens för patienten",
            "Yrkesroll",
            "Avvikelse mellan vårdgivare",
            "Rapportör",
        ],
        rader=[],
    )
    assert imp.foreslaget(tabell).kolumner == {
        "handelsedatum": "Datum",
        "handelsetid": "Klockslag",
        "rapporterad_datum": "Rapportdatum",
        "enhet": "Enhet",
        "kategori": "Avvikelsetyp",
        "beskrivning": "Händelse",
        "omedelbar_atgard": "Vidtagen åtgärd",
        "konsekvens": "Konsekvens för patienten",
        "rapportor_roll": "Yrkesroll",
        "mellan_vardgivare": "Avvikelse mellan vårdgivare",
        "extern_referens": "Löpnummer",
    }  # "Rapportör" (a name) is never guessed as the role


def test_mappning_gissas_for_exportens_egna_rubriker() -> None:
    from skrivbord.tjanster.avvikelser.export import KOLUMNER

    kolumner = imp.foreslaget(imp.Tabell(list(KOLUMNER), [])).kolumner
    assert kolumner["handelsedatum"] == "Händelsedatum"
    assert kolumner["handelsetid"] == "Tid"
    assert kolumner["rapporterad_datum"] == "Rapporterad"
    assert kolumner["omedelbar_atgard"] == "Omedelbar åtgärd"
    assert kolumner["mellan_vardgivare"] == "Mellan vårdgivare"
    assert "extern_referens" not in kolumner  # "Id" is our own id, not a journal reference


def test_tidigare_mappning_galler_dar_kolumnen_finns() -> None:
    tabell = imp.Tabell(["Datum", "Text", "Fritext", "Enhet"], [])
    tidigare = imp.Mappning({"beskrivning": "Fritext", "kategori": "Saknas här"})
    assert imp.foreslaget(tabell, tidigare).kolumner == {
        "handelsedatum": "Datum",
        "enhet": "Enhet",
        "beskrivning": "Fritext",
    }


def test_mappning_sparas_och_lases(tmp_path: Path) -> None:
    mappning = imp.Mappning(
        {"handelsedatum": "Datum", "beskrivning": "Text"}, {"enhet": "Solgården"}
    )
    sokvag = imp.spara_mappning(mappning, tmp_path / "mappning.json")
    assert imp.lasa_mappning(sokvag) == mappning
    assert json.loads(sokvag.read_text("utf-8"))["format"] == "skrivbord-importmappning"


@pytest.mark.parametrize(
    ("innehall", "text"),
    [
        ("{inte json", "ingen giltig JSON"),
        ('{"a": 1}', "ingen importmappning"),
        (
            '{"format": "skrivbord-importmappning", "version": 1, "kolumner": {"namn": "X"}}',
            "okänt fält",
        ),
        (
            '{"format": "skrivbord-importmappning", "version": 1, "fasta_varden": '
            '{"beskrivning": "X"}}',
            "fast värde",
        ),
    ],
)
def test_trasig_mappningsfil(tmp_path: Path, innehall: str, text: str) -> None:
    sokvag = tmp_path / "mappning.json"
    sokvag.write_text(innehall, "utf-8")
    with pytest.raises(OgiltigUppgift, match=text):
        imp.lasa_mappning(sokvag)
    with pytest.raises(OgiltigUppgift, match="finns inte"):
        imp.lasa_mappning(tmp_path / "saknas.json")


def test_senaste_mappning_kommer_ihag_bara_kolumnnamn() -> None:
    """Without the file's layout only the columns are remembered."""
    assert imp.senaste_mappning() is None
    imp.kom_ihag_mappning(
        imp.Mappning({"handelsedatum": "Datum", "beskrivning": "Text"}, {"enhet": "Solgården"})
    )
    data = installningar.lasa(installningar.SENASTE_IMPORTMAPPNING)
    assert data["kolumner"] == {"handelsedatum": "Datum", "beskrivning": "Text"}
    assert data["fasta_varden"] == {}
    assert "Solgården" not in installningar.sokvag().read_text("utf-8")
    assert imp.senaste_mappning() == imp.Mappning({"handelsedatum": "Datum", "beskrivning": "Text"})
    installningar.spara(installningar.SENASTE_IMPORTMAPPNING, {"format": "trasig"})
    assert imp.senaste_mappning() is None  # a damaged setting only costs the suggestion


def test_gammal_mappningsfil_flyttas_in_i_installningarna() -> None:
    assert imp_mappning.flytta_gammal_senaste_mappning() is False  # nothing to move
    gammal = sokvagar.installningsmapp() / "senaste_importmappning.json"
    imp.spara_mappning(imp.Mappning({"beskrivning": "Text"}), gammal)
    assert imp_mappning.flytta_gammal_senaste_mappning() is True
    assert imp.senaste_mappning() == imp.Mappning({"beskrivning": "Text"})
    assert not gammal.exists()
    assert gammal.with_name("senaste_importmappning.json.flyttad").is_file()
    # A damaged old file costs only the suggestion; it is still moved aside.
    gammal.write_text("trasig", "utf-8")
    installningar.spara(installningar.SENASTE_IMPORTMAPPNING, None)
    assert imp_mappning.flytta_gammal_senaste_mappning() is True
    assert imp.senaste_mappning() is None and not gammal.exists()


def test_mappning_som_inte_passar_filen(databas: Databas) -> None:
    tabell = imp.Tabell(["Datum", "Text"], [imp.Filrad(2, ("2026-03-01", "x"))])
    with pytest.raises(OgiltigUppgift) as fel:
        imp.forhandsgranska(
            databas, tabell, imp.Mappning({"handelsedatum": "Datum", "beskrivning": "Saknas"})
        )
    assert '"Saknas" finns inte' in fel.value.meddelande
    assert "enhet" in fel.value.meddelande and "kategori" in fel.value.meddelande


# ---------------------------------------------------------------------------
# Preview and validation
# ---------------------------------------------------------------------------


def test_forhandsgranskning_visar_raderna_som_de_sparas(databas: Databas, tmp_path: Path) -> None:
    tabell, mappning = _las_och_mappa(_skriv_csv(tmp_path, [HUVUD, *RADER]))
    granskning = imp.forhandsgranska(databas, tabell, mappning, idag=IDAG)
    assert granskning.kan_importeras
    assert (granskning.antal_rader, granskning.antal_nya, granskning.antal_dubbletter) == (3, 3, 0)
    forsta, andra, tredje = granskning.rader
    assert forsta.status == "ny"
    assert forsta.varden["handelsedatum"] == "2026-03-01"
    assert forsta.varden["handelsetid"] == "14:30"
    assert forsta.varden["enhet"] == "Solgården"
    assert forsta.varden["konsekvens"] == "Lindrig"
    assert forsta.varden["rapportor_roll"] == "Undersköterska"
    assert andra.varden["enhet"] == "Björkbacken"  # case-insensitive
    assert andra.varden["handelsetid"] == "08:15"
    assert andra.varden["rapportor_roll"] == "Sjuksköterska"
    assert tredje.varden["handelsedatum"] == "2026-03-10"  # 20260310
    assert tredje.varden["handelsetid"] == "tid okänd"  # no time column value: not 00:00
    assert granskning.antal_utan_tid == 1
    assert tredje.varden["rapporterad_datum"] == "2026-03-10"  # defaults to the event date
    assert tredje.varden["kategori"] == "Hjälpmedel/medicintekniska produkter"  # by code
    assert tredje.varden["rapportor_roll"] == "Annan"
    assert imp.forhandsgranska(databas, tabell, mappning, idag=IDAG, antal=1).rader == [forsta]


FELRADER = [
    HUVUD,
    RADER[0],  # row 2: fine
    ["1/3/2026", "", "", "Solgården", "Fall", "Text", "", "", "", ""],  # 3: ambiguous date
    [
        "2026-03-01",
        "25:00",
        "",
        "Solgården",
        "Fall",
        "Text",
        "",
        "Svår",
        "",
        "",
    ],  # 4: time, konsekvens
    ["2026-03-01", "", "", "Ekbacken", "Fall", "Text", "", "", "", ""],  # 5: unknown unit
    ["2026-12-24", "", "", "Solgården", "Fall", "Text", "", "", "", ""],  # 6: in the future
    [
        "2026-03-05",
        "",
        "2026-03-01",
        "Solgården",
        "Fall",
        "Text",
        "",
        "",
        "",
        "",
    ],  # 7: report first
    ["2026-03-01", "", "", "Solgården", "Annat", "Text", "", "", "", ""],  # 8: Annat, no reason
    ["2026-03-01", "", "", "Solgården", "Fall", "  ", "", "", "", ""],  # 9: no description
    ["13/3/2026", "", "", "Solgården", "Fall", "Text", "", "", "", ""],  # 10: not ISO
    RADER[1],  # row 11: fine
]


def test_fel_rapporteras_rad_for_rad_med_excels_radnummer(databas: Databas, tmp_path: Path) -> None:
    tabell, mappning = _las_och_mappa(_skriv_csv(tmp_path, FELRADER))
    granskning = imp.forhandsgranska(databas, tabell, mappning, idag=IDAG)
    assert not granskning.kan_importeras
    assert granskning.antal_rader_med_fel == 8
    # The closed-set values that match nothing, for a value map.
    assert granskning.okanda == (
        imp.Filvarde("enhet", "Ekbacken", 1),
        imp.Filvarde("konsekvens", "Svår", 1),
    )
    assert granskning.antal_nya == 2
    per_rad = {}
    for fel in granskning.fel:
        per_rad.setdefault(fel.rad, []).append(fel)
    assert sorted(per_rad) == [3, 4, 5, 6, 7, 8, 9, 10]
    (tvetydig,) = per_rad[3]
    assert tvetydig.kolumn == "Händelsedatum"
    assert "2026-03-01 och 2026-01-03" in tvetydig.meddelande
    assert "ÅÅÅÅ-MM-DD" in tvetydig.meddelande
    assert {f.kolumn for f in per_rad[4]} == {"Tid", "Konsekvens"}
    assert per_rad[5][0].kolumn == "Enhet" and "Ekbacken" in per_rad[5][0].meddelande
    assert "framtiden" in per_rad[6][0].meddelande
    assert "före händelsedatum" in per_rad[7][0].meddelande
    assert "Annat" in per_rad[8][0].meddelande
    assert per_rad[9][0].kolumn == "Beskrivning"
    assert "Menar du 2026-03-13?" in per_rad[10][0].meddelande
    assert per_rad[3][0].text.startswith('Rad 3, kolumn "Händelsedatum": ')
    assert [r.status for r in granskning.rader] == ["ny"] + ["fel"] * 8 + ["ny"]


@pytest.mark.parametrize(
    ("datum", "tid", "vantad"),
    [
        ("2026-03-01", "", datetime(2026, 3, 1)),
        ("2026-03-01 14:30", "", datetime(2026, 3, 1, 14, 30)),
        ("2026-03-01T14:30:00", "", datetime(2026, 3, 1, 14, 30)),
        ("2026-3-1", "kl. 9.05", datetime(2026, 3, 1, 9, 5)),
        ("20260301", "1430", datetime(2026, 3, 1, 14, 30)),
        ("2026/03/01", "14", datetime(2026, 3, 1, 14, 0)),
        ("2026-03-01 08:00", "14:30", datetime(2026, 3, 1, 14, 30)),  # the time column wins
    ],
)
def test_datumformer_som_godtas(databas: Databas, tmp_path: Path, datum, tid, vantad) -> None:
    rader = [
        ["Datum", "Tid", "Enhet", "Kategori", "Beskrivning"],
        [datum, tid, "Solgården", "Fall", "x"],
    ]
    resultat = _importera(databas, _skriv_csv(tmp_path, rader))
    assert avvikelser.hamta(databas, resultat.nya_id[0]).uppgifter.handelse_tid == vantad


@pytest.mark.parametrize(
    "datum", ["3/1/2026", "01.03.2026", "1/3-2026", "45717", "2026-02-30", "igår"]
)
def test_datumformer_som_vagras(databas: Databas, tmp_path: Path, datum: str) -> None:
    rader = [["Datum", "Enhet", "Kategori", "Beskrivning"], [datum, "Solgården", "Fall", "x"]]
    tabell, mappning = _las_och_mappa(_skriv_csv(tmp_path, rader))
    (fel,) = imp.forhandsgranska(databas, tabell, mappning, idag=IDAG).fel
    assert (fel.rad, fel.kolumn) == (2, "Datum")
    assert "ÅÅÅÅ-MM-DD" in fel.meddelande or "finns inte" in fel.meddelande


# ---------------------------------------------------------------------------
# Import
# ---------------------------------------------------------------------------


def test_import_sparar_som_formularet(databas: Databas, tmp_path: Path) -> None:
    fore = _antal(databas)
    resultat = _importera(databas, _skriv_csv(tmp_path, [HUVUD, *RADER]))
    assert resultat.antal_importerade == 3
    assert resultat.antal_dubbletter == 0
    assert _antal(databas) == fore + 3
    detalj = avvikelser.hamta(databas, resultat.nya_id[0])
    u = detalj.uppgifter
    assert u.handelse_tid == datetime(2026, 3, 1, 14, 30)
    assert u.rapporterad_datum == date(2026, 3, 2)
    assert detalj.enhet_namn == "Solgården"
    assert detalj.kategori_kod == "fall"
    assert u.beskrivning == "Fallolycka på rummet"
    assert u.omedelbar_atgard == "Hjälpte upp, kontrollerade"
    assert u.konsekvens == Konsekvens.LINDRIG
    assert u.rapportor_roll == Roll.UNDERSKOTERSKA
    assert u.extern_referens == "J-1001"
    assert u.rapportor_namn is None  # names are never imported
    assert detalj.status == Avvikelsestatus.REGISTRERAD
    assert [(h.fran, h.till, h.anvandare) for h in detalj.historik] == [
        (None, Avvikelsestatus.REGISTRERAD, databas.anvandare)
    ]
    with databas.session() as session:
        nycklar = session.scalars(
            select(Avvikelse.import_nyckel).where(Avvikelse.id.in_(resultat.nya_id))
        ).all()
        loggade = session.scalars(
            select(Andringslogg.tabell).where(Andringslogg.rad_id.in_(resultat.nya_id))
        ).all()
    assert all(re.fullmatch(r"[0-9a-f]{64}", n) for n in nycklar)
    assert len(set(nycklar)) == 3
    assert loggade.count("avvikelse") == 3


def test_fel_stoppar_hela_importen(databas: Databas, tmp_path: Path) -> None:
    fore = _antal(databas), _antal(databas, Statusandring), _antal(databas, Andringslogg)
    with pytest.raises(imp.ImportenStoppad) as fel:
        _importera(databas, _skriv_csv(tmp_path, FELRADER))
    assert fel.value.antal_rader_med_fel == 8
    assert len(fel.value.fel) == 9
    assert "Inget importerades: 8 av 10 rader har fel" in fel.value.meddelande
    assert 'Rad 3, kolumn "Händelsedatum"' in fel.value.meddelande
    assert "Rad 10" in fel.value.meddelande
    assert isinstance(fel.value, OgiltigUppgift)
    # Many errors: the first ten are listed and the rest counted; all rows bad hints at
    # a wrong mapping.
    alla_fel = [HUVUD] + [["1/3/2026", *RADER[0][1:]]] * 15
    with pytest.raises(imp.ImportenStoppad) as fel:
        _importera(databas, _skriv_csv(tmp_path, alla_fel, namn="alla_fel.csv"))
    assert fel.value.meddelande.count("Rad ") == 10
    assert "… och 5 fel till." in fel.value.meddelande
    assert "kontrollera att rätt kolumner" in fel.value.meddelande
    assert (_antal(databas), _antal(databas, Statusandring), _antal(databas, Andringslogg)) == fore


def test_hoppa_over_fel_importerar_bara_de_hela_raderna(databas: Databas, tmp_path: Path) -> None:
    fore = _antal(databas)
    resultat = _importera(databas, _skriv_csv(tmp_path, FELRADER), hoppa_over_fel=True)
    assert resultat.antal_importerade == 2
    assert resultat.antal_overhoppade_rader == 8
    assert {f.rad for f in resultat.overhoppade} == {3, 4, 5, 6, 7, 8, 9, 10}
    assert _antal(databas) == fore + 2
    beskrivningar = {avvikelser.hamta(databas, i).uppgifter.beskrivning for i in resultat.nya_id}
    assert beskrivningar == {"Fallolycka på rummet", "Utebliven kvällsdos"}
    # Rows fixed later import without touching the ones already in.
    andra = _importera(databas, _skriv_csv(tmp_path, [HUVUD, *RADER], namn="rattad.csv"))
    assert (andra.antal_importerade, andra.antal_dubbletter) == (1, 2)


def test_samma_fil_tva_ganger_ger_inga_dubbletter(databas: Databas, tmp_path: Path) -> None:
    sokvag = _skriv_csv(tmp_path, [HUVUD, *RADER])
    _importera(databas, sokvag)
    antal = _antal(databas)
    tabell, mappning = _las_och_mappa(sokvag)
    granskning = imp.forhandsgranska(databas, tabell, mappning, idag=IDAG)
    assert (granskning.antal_nya, granskning.antal_dubbletter) == (0, 3)
    assert {r.status for r in granskning.rader} == {"dubblett"}
    resultat = _importera(databas, sokvag)
    assert (resultat.antal_importerade, resultat.antal_dubbletter) == (0, 3)
    assert _antal(databas) == antal


def test_omsparad_fil_ger_inga_dubbletter(databas: Databas, tmp_path: Path) -> None:
    """Excel re-saving as cp1252 with commas, sorted differently, spaces changed: same rows."""
    _importera(databas, _skriv_csv(tmp_path, [HUVUD, *RADER]))
    antal = _antal(databas)
    omsparade = [list(r) for r in reversed(RADER)]
    omsparade[0][5] = "  Rullstolens   broms trasig "
    omsparade[2][3] = "SOLGÅRDEN"
    omsparade[2][0] = "2026-03-01 14:30"
    omsparade[2][1] = ""
    xlsx = _skriv_xlsx(tmp_path, [HUVUD, *omsparade])
    resultat = _importera(databas, xlsx)
    assert (resultat.antal_importerade, resultat.antal_dubbletter) == (0, 3)
    cp1252 = _skriv_csv(
        tmp_path, [HUVUD, *omsparade], avgransare=",", kodning="cp1252", namn="b.csv"
    )
    assert _importera(databas, cp1252).antal_importerade == 0
    assert _antal(databas) == antal


def test_identiska_rader_i_en_fil_importeras_bada_en_gang(databas: Databas, tmp_path: Path) -> None:
    rad = [
        "2026-03-01",
        "08:00",
        "",
        "Solgården",
        "Läkemedel",
        "Utebliven morgondos",
        "",
        "",
        "",
        "",
    ]
    sokvag = _skriv_csv(tmp_path, [HUVUD, rad, rad])
    assert _importera(databas, sokvag).antal_importerade == 2
    assert _importera(databas, sokvag).antal_importerade == 0
    tre = _skriv_csv(tmp_path, [HUVUD, rad, rad, rad], namn="tre.csv")
    assert _importera(databas, tre).antal_importerade == 1


def test_fast_varde_for_enhet_och_kategori(databas: Databas, tmp_path: Path) -> None:
    sokvag = _skriv_csv(
        tmp_path, [["Datum", "Text", "Kategori"], ["2026-03-01", "Fall i korridoren", ""]]
    )
    tabell = imp.lasa_fil(sokvag)
    mappning = imp.Mappning(
        {"handelsedatum": "Datum", "beskrivning": "Text", "kategori": "Kategori"},
        {"enhet": "Korttids Lugnet", "kategori": "Fall"},
    )
    resultat = kor_till_slut(imp.importera(databas, tabell, mappning, idag=IDAG))
    detalj = avvikelser.hamta(databas, resultat.nya_id[0])
    assert (detalj.enhet_namn, detalj.kategori_kod) == ("Korttids Lugnet", "fall")


def test_mellan_vardgivare_och_annat(databas: Databas, tmp_path: Path) -> None:
    rader = [
        [
            "Datum",
            "Enhet",
            "Kategori",
            "Beskrivning",
            "Mellan vårdgivare",
            "Motpart",
            "Överenskommelse",
            "Förklaring",
        ],
        [
            "2026-03-01",
            "Solgården",
            "Informationsöverföring/kommunikation",
            "Ingen läkemedelslista",
            "x",
            "Regionens sjukhusavdelning",
            "utskrivning",
            "",
        ],
        ["2026-03-02", "Solgården", "Annat", "Dörren gick i baklås", "nej", "", "", "Lokaler"],
        ["2026-03-03", "Solgården", "Fall", "Föll", "ja", "", "", ""],
        ["2026-03-04", "Solgården", "Fall", "Föll", "kanske", "", "", ""],
    ]
    tabell, mappning = _las_och_mappa(_skriv_csv(tmp_path, rader))
    assert mappning.kolumn("annat_orsak") == "Förklaring"
    resultat = kor_till_slut(
        imp.importera(databas, tabell, mappning, idag=IDAG, hoppa_over_fel=True)
    )
    assert resultat.antal_importerade == 2
    fel = {f.rad: f for f in resultat.overhoppade}
    assert "vårdgivare" in fel[4].meddelande  # mellan vårdgivare needs a motpart
    assert fel[5].kolumn == "Mellan vårdgivare"
    mellan = avvikelser.hamta(databas, resultat.nya_id[0]).uppgifter
    assert mellan.mellan_vardgivare and mellan.motpart.value == "region_avdelning"
    assert avvikelser.hamta(databas, resultat.nya_id[1]).uppgifter.annat_orsak == "Lokaler"


def test_framsteg_var_femhundrade_rad(databas: Databas, tmp_path: Path) -> None:
    rader = [HUVUD] + [
        [
            f"2026-0{1 + i % 9}-{1 + i % 28:02d}",
            "",
            "",
            "Solgården",
            "Fall",
            f"Fall nr {i}",
            "",
            "",
            "",
            "",
        ]
        for i in range(1200)
    ]
    tabell, mappning = _las_och_mappa(_skriv_csv(tmp_path, rader))
    steg: list[Framsteg] = []
    resultat = kor_till_slut(imp.importera(databas, tabell, mappning, idag=IDAG), steg.append)
    assert resultat.antal_importerade == 1200
    assert [s.klart for s in steg] == [500, 1000, 1700, 2200, 2400, 2400]
    assert all(s.totalt == 2400 for s in steg)


def test_avbruten_import_lamnar_databasen_orord(databas: Databas, tmp_path: Path) -> None:
    rader = [HUVUD] + [
        [
            "2026-03-01",
            f"{i % 24:02d}:{i % 60:02d}",
            "",
            "Solgården",
            "Fall",
            f"Fall {i}",
            "",
            "",
            "",
            "",
        ]
        for i in range(1500)
    ]
    tabell, mappning = _las_och_mappa(_skriv_csv(tmp_path, rader))
    fore = _antal(databas), _antal(databas, Statusandring), _antal(databas, Andringslogg)
    fts_fore = _fts_traffar(databas, "Fall")
    jobb = imp.importera(databas, tabell, mappning, idag=IDAG)
    for steg in jobb:
        if steg.text.startswith("Importerar"):  # the first batch is written, uncommitted
            break
    jobb.close()
    assert (_antal(databas), _antal(databas, Statusandring), _antal(databas, Andringslogg)) == fore
    # The full-text index was rolled back with the rows: a search finds nothing new.
    assert _fts_traffar(databas, "Fall") == fts_fore
    # And the same file imports completely afterwards.
    assert (
        kor_till_slut(imp.importera(databas, tabell, mappning, idag=IDAG)).antal_importerade == 1500
    )


def _fts_traffar(databas: Databas, ord_: str) -> int:
    """Hits of a free-text search in the list (FTS5 in the file, tsvector on a server)."""
    return len(avvikelselista.ordnade_id(databas, Filter(fritext=ord_)))


# ---------------------------------------------------------------------------
# Value maps, fixed values, a time of day not given, mappings per file layout
# ---------------------------------------------------------------------------

EGNA_NAMN = [
    ["Datum", "Boende", "Typ", "Beskrivning", "Roll"],
    ["2026-03-01 14:30", "Solbacken", "Fall/halka", "Föll vid sängen", "Usk natt"],
    ["2026-03-02 09:00", "solbacken ", "Fall/halka", "Halkade i duschen", "Usk natt"],
    ["2026-03-03 10:00", "Solgården", "Fall/halka", "Snubblade", "ssk"],
    ["2026-03-04 11:00", "Tallkrogen", "Läkemedel", "Fel dos", "ssk"],
]


def test_okanda_varden_samlas_per_falt(databas: Databas, tmp_path: Path) -> None:
    tabell, mappning = _las_och_mappa(_skriv_csv(tmp_path, EGNA_NAMN))
    assert mappning.kolumner["enhet"] == "Boende" and mappning.kolumner["kategori"] == "Typ"
    granskning = imp.forhandsgranska(databas, tabell, mappning, idag=IDAG)
    assert granskning.antal_rader_med_fel == 4
    # Case and spacing do not make two values; the most common first.
    assert granskning.okanda == (
        imp.Filvarde("enhet", "Solbacken", 2),
        imp.Filvarde("enhet", "Tallkrogen", 1),
        imp.Filvarde("kategori", "Fall/halka", 3),
        imp.Filvarde("rapportor_roll", "Usk natt", 2),
    )


def test_vardemappning_ger_databasens_varden(databas: Databas, tmp_path: Path) -> None:
    tabell, forslag = _las_och_mappa(_skriv_csv(tmp_path, EGNA_NAMN))
    mappning = imp.Mappning(
        forslag.kolumner,
        vardemappning={
            "enhet": {"Solbacken": "Björkbacken", "Tallkrogen": "Hemtjänst Norra"},
            "kategori": {"fall/halka": "Fall"},
            "rapportor_roll": {"Usk natt": "Undersköterska"},
        },
    )
    granskning = imp.forhandsgranska(databas, tabell, mappning, idag=IDAG)
    assert granskning.kan_importeras and granskning.okanda == ()
    assert granskning.mappade == (
        imp.Filvarde("enhet", "Solbacken", 2),
        imp.Filvarde("enhet", "Tallkrogen", 1),
        imp.Filvarde("kategori", "Fall/halka", 3),
        imp.Filvarde("rapportor_roll", "Usk natt", 2),
    )
    assert [r.varden["enhet"] for r in granskning.rader] == [
        "Björkbacken",
        "Björkbacken",  # "solbacken " too: case and spacing ignored
        "Solgården",  # a known name needs no map
        "Hemtjänst Norra",
    ]
    assert {r.varden["kategori"] for r in granskning.rader[:3]} == {"Fall"}
    assert granskning.rader[0].varden["rapportor_roll"] == "Undersköterska"
    resultat = kor_till_slut(imp.importera(databas, tabell, mappning, idag=IDAG))
    assert resultat.antal_importerade == 4
    detalj = avvikelser.hamta(databas, resultat.nya_id[0])
    assert (detalj.enhet_namn, detalj.kategori_kod) == ("Björkbacken", "fall")


def test_vardemappning_till_okant_varde_ar_fortfarande_fel(
    databas: Databas, tmp_path: Path
) -> None:
    tabell, forslag = _las_och_mappa(_skriv_csv(tmp_path, EGNA_NAMN[:2]))
    mappning = imp.Mappning(
        forslag.kolumner,
        {"kategori": "Fall"},
        {"enhet": {"Solbacken": "Finns inte"}, "kategori": {"Fall/halka": "Fall"}},
    )
    granskning = imp.forhandsgranska(databas, tabell, mappning, idag=IDAG)
    # The file's value is named, so it can be mapped again.
    assert [(o.falt, o.varde) for o in granskning.okanda] == [
        ("enhet", "Solbacken"),
        ("rapportor_roll", "Usk natt"),
    ]
    assert '"Finns inte"' in granskning.fel[0].meddelande


def test_fast_varde_for_falt_utan_kolumn_och_valbara_varden(
    databas: Databas, tmp_path: Path
) -> None:
    sokvag = _skriv_csv(tmp_path, [["Datum", "Text"], ["2026-03-01 08:00", "Fall i korridoren"]])
    tabell = imp.lasa_fil(sokvag)
    val = imp.valbara_varden(databas)
    assert set(val) == {f.namn for f in imp.MALFALT if f.fast_varde}
    assert "Korttids Lugnet" in val["enhet"] and "Fall" in val["kategori"]
    assert val["konsekvens"][0] == "Ingen skada" and val["mellan_vardgivare"] == ("Ja", "Nej")
    mappning = imp.Mappning(
        imp.foreslaget(tabell).kolumner,
        {"enhet": "Korttids Lugnet", "kategori": "Fall", "konsekvens": "Lindrig"},
    )
    resultat = kor_till_slut(imp.importera(databas, tabell, mappning, idag=IDAG))
    u = avvikelser.hamta(databas, resultat.nya_id[0]).uppgifter
    assert u.konsekvens == Konsekvens.LINDRIG
    # Every value offered reads back as itself.
    grund = {
        "enhet": "Solgården",
        "kategori": "Fall",
        "mellan_vardgivare": "Ja",
        "motpart": val["motpart"][0],
        "overenskommelse": val["overenskommelse"][0],
    }
    for falt, varden in val.items():
        for varde in varden:
            test = imp.Mappning({"handelsedatum": "Datum", "beskrivning": "Text"}, grund)
            test = imp.Mappning(test.kolumner, {**grund, falt: varde})
            (rad,) = imp.forhandsgranska(databas, tabell, test, idag=IDAG).rader
            if (falt, varde) == ("kategori", "Annat"):  # needs a reason
                assert rad.status == "fel"
            else:
                assert rad.varden[falt] == varde, (falt, varde)


def test_rad_utan_klockslag_far_tid_okand(databas: Databas, tmp_path: Path) -> None:
    rader = [
        ["Datum", "Tid", "Enhet", "Kategori", "Beskrivning"],
        ["2026-03-01", "", "Solgården", "Fall", "Utan tid"],
        ["2026-03-01 00:00", "", "Solgården", "Fall", "Vid midnatt"],
        ["2026-03-01", "22:15", "Solgården", "Fall", "Tid i egen kolumn"],
    ]
    tabell, mappning = _las_och_mappa(_skriv_csv(tmp_path, rader))
    granskning = imp.forhandsgranska(databas, tabell, mappning, idag=IDAG)
    assert [r.varden["handelsetid"] for r in granskning.rader] == ["tid okänd", "00:00", "22:15"]
    assert granskning.antal_utan_tid == 1
    resultat = kor_till_slut(imp.importera(databas, tabell, mappning, idag=IDAG))
    utan, midnatt, kvall = (avvikelser.hamta(databas, i).uppgifter for i in resultat.nya_id)
    assert (utan.handelse_tid, utan.tid_okand) == (datetime(2026, 3, 1), True)
    assert (midnatt.handelse_tid, midnatt.tid_okand) == (datetime(2026, 3, 1), False)
    assert kvall.tid_okand is False
    # The same file again adds nothing (tid_okand is not part of the import key).
    assert kor_till_slut(imp.importera(databas, tabell, mappning, idag=IDAG)).antal_importerade == 0


def test_mappningsfil_med_vardemappning(tmp_path: Path) -> None:
    mappning = imp.Mappning(
        {"handelsedatum": "Datum"}, {"kategori": "Fall"}, {"enhet": {"Solbacken": "Solgården"}}
    )
    sokvag = imp.spara_mappning(mappning, tmp_path / "mappning.json")
    assert imp.lasa_mappning(sokvag) == mappning
    data = json.loads(sokvag.read_text("utf-8"))
    data["vardemappning"] = {"beskrivning": {"a": "b"}}
    sokvag.write_text(json.dumps(data), "utf-8")
    with pytest.raises(OgiltigUppgift, match="fast värde"):
        imp.lasa_mappning(sokvag)
    data["vardemappning"] = {"enhet": {"a": 1}}
    sokvag.write_text(json.dumps(data), "utf-8")
    with pytest.raises(OgiltigUppgift, match="ska vara text"):
        imp.lasa_mappning(sokvag)


def test_mappningen_kommer_ihag_per_fillayout() -> None:
    rubriker = ["Datum", "Boende", "Typ", "Beskrivning"]
    andra_rubriker = ["Händelsedatum", "Enhet", "Kategori", "Vad hände"]
    mappning = imp.Mappning(
        {"handelsedatum": "Datum", "enhet": "Boende", "beskrivning": "Beskrivning"},
        {"kategori": "Fall"},
        {"enhet": {"Solbacken": "Solgården", "x" * 200: "Solgården"}},
    )
    imp.kom_ihag_mappning(mappning, rubriker)
    imp.kom_ihag_mappning(imp.Mappning({"beskrivning": "Vad hände"}), andra_rubriker)
    # The same headers get everything back (a value too long to be a name is not kept).
    assert imp.senaste_mappning(rubriker) == imp.Mappning(
        mappning.kolumner, mappning.fasta_varden, {"enhet": {"Solbacken": "Solgården"}}
    )
    assert imp.senaste_mappning(andra_rubriker) == imp.Mappning({"beskrivning": "Vad hände"})
    # Other headers get the last columns only, as before.
    assert imp.senaste_mappning(["Annat"]) == imp.Mappning({"beskrivning": "Vad hände"})
    assert imp.senaste_mappning() == imp.Mappning({"beskrivning": "Vad hände"})
    tabell = imp.Tabell(rubriker, [])
    assert imp.foreslaget(tabell, imp.senaste_mappning(rubriker)).vardemappning == {
        "enhet": {"Solbacken": "Solgården"}
    }
    text = installningar.sokvag().read_text("utf-8")
    assert "x" * 100 not in text
    # Only the most recent layouts are kept.
    for i in range(imp_mappning.MAX_LAYOUTER):
        imp.kom_ihag_mappning(imp.Mappning({"beskrivning": f"Text {i}"}), [f"Text {i}"])
    assert imp.senaste_mappning(rubriker) == imp.Mappning({"beskrivning": "Text 19"})
    assert imp.senaste_mappning(["Text 0"]) == imp.Mappning({"beskrivning": "Text 0"})


@pytest.mark.parametrize(
    "sparat",
    [
        # As earlier versions wrote it: columns only, no layouts.
        {"format": "skrivbord-importmappning", "version": 1, "kolumner": {"beskrivning": "Text"}},
        {
            "format": "skrivbord-importmappning",
            "version": 1,
            "kolumner": {"beskrivning": "Text"},
            "layouter": "trasig",
        },
        {
            "format": "skrivbord-importmappning",
            "version": 1,
            "kolumner": {"beskrivning": "Text"},
            "layouter": [{"layout": imp_mappning.layout(["Text"]), "format": "fel"}, 3],
        },
    ],
)
def test_tidigare_sparad_mappning_utan_layouter(sparat: dict) -> None:
    installningar.spara(installningar.SENASTE_IMPORTMAPPNING, sparat)
    assert imp.senaste_mappning(["Text"]) == imp.Mappning({"beskrivning": "Text"})
    imp.kom_ihag_mappning(imp.Mappning({"beskrivning": "Text"}, {"enhet": "Solgården"}), ["Text"])
    assert imp.senaste_mappning(["Text"]) == imp.Mappning(
        {"beskrivning": "Text"}, {"enhet": "Solgården"}
    )


def test_exportens_tid_okand_lases_som_okand(databas: Databas, tmp_path: Path) -> None:
    rader = [
        ["Datum", "Tid", "Enhet", "Kategori", "Beskrivning"],
        ["2026-03-01", "tid okänd", "Solgården", "Fall", "Från en export"],
    ]
    (id_,) = _importera(databas, _skriv_csv(tmp_path, rader)).nya_id
    assert avvikelser.hamta(databas, id_).uppgifter.tid_okand
