"""The delegation commands: the list, a decision for signature and the register per
unit, parsed back; internal marking and file name; wrong arguments give 2, an unknown
id or unit 1."""

from __future__ import annotations

import stat
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from skrivbord import cli
from skrivbord.tjanster import enheter, personal
from skrivbord.tjanster.delegeringar import beslut
from skrivbord.tjanster.delegeringar.regler import Beslutsuppgifter
from skrivbord.typer import Kunskapstest, Roll

IDAG = date.today()


@pytest.fixture
def sokvag(ny_databas) -> Path:
    databas = ny_databas.databas
    alla = {e.namn: e.id for e in enheter.lista(databas)}
    solgarden = alla["Solgården"]
    ssk = personal.skapa(databas, "Disa", "Delegerarsson", Roll.DISTRIKTSSKOTERSKA).id
    usk = personal.skapa(databas, "Moa", "Mottagarsdotter", Roll.UNDERSKOTERSKA).id
    vb = personal.skapa(databas, "Vilma", "Vikariesson", Roll.VARDBITRADE).id

    def ny(person: int, fran: date, dagar: int, villkor: str = "") -> int:
        return beslut.skapa(
            databas,
            Beslutsuppgifter(
                person,
                ssk,
                ("overlamna_lakemedel", "ogondroppar"),
                (solgarden,),
                fran,
                fran + timedelta(days=dagar),
                kunskapstest_datum=fran - timedelta(days=3),
                kunskapstest=Kunskapstest.GODKANT,
                villkor=villkor,
            ),
        )

    ny(usk, IDAG - timedelta(days=100), 300, "Villkorstext-som-markor")
    ny(vb, IDAG - timedelta(days=340), 350)  # ends within 30 days
    ny_databas.stang()
    return databas.sokvag


def _text(fil: Path) -> str:
    return "\n".join(s.extract_text() for s in PdfReader(fil).pages)


def test_lista_beslut_och_register(capsys, sokvag: Path, tmp_path: Path) -> None:
    assert cli.main(["lista", "delegeringar", "--databas", str(sokvag)]) == 0
    rader = [r.split("\t") for r in capsys.readouterr().out.splitlines()]
    assert [r[0] for r in rader] == ["1", "2"]
    assert rader[0][2] == "Solgården" and rader[0][3] == "Gäller · 2 uppgifter"
    assert rader[1][3].startswith("Går ut snart")
    assert not any("Mottagarsdotter" in "".join(r) for r in rader)  # no names in the list

    ut = tmp_path / "beslut.pdf"
    argument = ["rapport", "delegeringsbeslut", "--databas", str(sokvag), "--id", "1"]
    assert cli.main([*argument, "--ut", str(ut)]) == 0
    fil = tmp_path / "beslut-intern.pdf"
    assert "beslut-intern.pdf" in capsys.readouterr().out
    assert len(PdfReader(fil).pages) == 1
    text = _text(fil)
    for del_text in (
        "Intern – innehåller personuppgifter",
        "Beslut om delegering",
        "Moa Mottagarsdotter",
        "Disa Delegerarsson",
        "Överlämna iordningställda läkemedel",
        "Villkorstext-som-markor",
        "Underskrift",
    ):
        assert del_text in text, del_text
    assert stat.S_IMODE(fil.stat().st_mode) & 0o077 == 0

    register = tmp_path / "register.pdf"
    argument = ["rapport", "delegeringar", "--databas", str(sokvag), "--enhet", "solgården"]
    assert cli.main([*argument, "--ut", str(register)]) == 0
    text = _text(tmp_path / "register-intern.pdf")
    assert "Delegeringsregister" in text and "Intern – innehåller personuppgifter" in text
    assert "Moa Mottagarsdotter" in text and "Vilma Vikariesson" in text
    assert "Går ut snart" in text
    assert "Villkorstext-som-markor" not in text  # the register holds no free text


def test_okant_id_och_okand_enhet_ger_1(capsys, sokvag: Path, tmp_path: Path) -> None:
    argument = ["rapport", "delegeringsbeslut", "--databas", str(sokvag), "--id", "99"]
    assert cli.main([*argument, "--ut", str(tmp_path / "x.pdf")]) == 1
    assert "ingen delegering med nummer 99" in capsys.readouterr().err
    argument = ["rapport", "delegeringar", "--databas", str(sokvag), "--enhet", "Finns ej"]
    assert cli.main([*argument, "--ut", str(tmp_path / "x.pdf")]) == 1
    assert "ingen enhet som heter" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argument", "text"),
    [
        (["rapport", "delegeringsbeslut", "--id", "0"], "minst 1"),
        (["rapport", "delegeringsbeslut", "--id", "x"], "inget heltal"),
        (["rapport", "delegeringsbeslut"], "--id"),
    ],
)
def test_fel_argument_ger_2(capsys, tmp_path: Path, argument: list[str], text: str) -> None:
    with pytest.raises(SystemExit) as slut:
        cli.main([*argument, "--databas", str(tmp_path / "d.db"), "--ut", str(tmp_path / "u.pdf")])
    assert slut.value.code == 2
    assert text in capsys.readouterr().err
