"""Kommandona för logguppföljning: mallen utan databas, ett protokoll per id, årets
sammanställning och listan; felaktiga argument ger 2, väntade fel 1."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from skrivbord import cli
from skrivbord.tjanster import personal
from skrivbord.tjanster.logguppfoljning import protokoll
from skrivbord.tjanster.logguppfoljning.uppgifter import Logguppgifter
from skrivbord.typer import Loggkontrolltyp, Roll


@pytest.fixture
def sokvag(ny_databas) -> Path:
    databas = ny_databas.databas
    granskare = personal.skapa(databas, "Greta", "Granskarsson", Roll.ENHETSCHEF).id
    for manad in (1, 2):
        protokoll.spara(
            databas,
            Logguppgifter(
                datum=date(2025, manad + 1, 10),
                typ=Loggkontrolltyp.SYSTEMATISK,
                period_fran=date(2025, manad, 1),
                period_till=date(2025, manad, 28),
                system="Journalsystemet",
                utford_av_id=granskare,
                antal_anvandare=30,
                antal_atkomster=400,
                metod="Fritext-om-metoden",
            ),
        )
    ny_databas.stang()
    return databas.sokvag


def _text(fil: Path) -> str:
    return "\n".join(s.extract_text() for s in PdfReader(fil).pages)


def test_mallen_utan_databas(capsys, tmp_path: Path) -> None:
    assert cli.main(["rapport", "logguppfoljning-mall", "--ut", str(tmp_path / "m.pdf")]) == 0
    assert "Protokoll för logguppföljning" in _text(tmp_path / "m.pdf")
    assert "m.pdf" in capsys.readouterr().out


def test_lista_protokoll_och_ar(capsys, sokvag: Path, tmp_path: Path) -> None:
    assert cli.main(["lista", "logguppfoljning", "--databas", str(sokvag)]) == 0
    rader = capsys.readouterr().out.splitlines()
    assert [r.split("\t") for r in rader] == [
        ["2", "2025-03-10", "Journalsystemet", "Systematisk månadskontroll · Ingen avvikelse"],
        ["1", "2025-02-10", "Journalsystemet", "Systematisk månadskontroll · Ingen avvikelse"],
    ]
    ut = tmp_path / "p.pdf"
    assert (
        cli.main(
            ["rapport", "logguppfoljning", "--databas", str(sokvag), "--id", "2", "--ut", str(ut)]
        )
        == 0
    )
    assert "p-intern.pdf" in capsys.readouterr().out
    assert "Fritext-om-metoden" in _text(tmp_path / "p-intern.pdf")
    ar = tmp_path / "ar.pdf"
    assert (
        cli.main(
            [
                "rapport",
                "logguppfoljning-ar",
                "--databas",
                str(sokvag),
                "--ar",
                "2025",
                "--ut",
                str(ar),
            ]
        )
        == 0
    )
    text = _text(ar)
    assert "Logguppföljning 2025" in text and "Fritext-om-metoden" not in text


def test_ett_id_som_inte_finns_ger_1(capsys, sokvag: Path, tmp_path: Path) -> None:
    argument = ["rapport", "logguppfoljning", "--databas", str(sokvag), "--id", "99"]
    assert cli.main([*argument, "--ut", str(tmp_path / "x.pdf")]) == 1
    assert "Logguppföljning 99 finns inte" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argument", "text"),
    [
        (["rapport", "logguppfoljning-ar", "--ar", "25"], "fyra siffror"),
        (["rapport", "logguppfoljning-ar", "--ar", "2025H1"], "fyra siffror"),
        (["rapport", "logguppfoljning-ar", "--ar", str(date.today().year + 1)], "har inte börjat"),
        (["rapport", "logguppfoljning", "--id", "0"], "minst 1"),
        (["rapport", "logguppfoljning", "--id", "x"], "inget heltal"),
    ],
)
def test_fel_argument_ger_2(capsys, tmp_path: Path, argument: list[str], text: str) -> None:
    with pytest.raises(SystemExit) as slut:
        cli.main([*argument, "--databas", str(tmp_path / "d.db"), "--ut", str(tmp_path / "u.pdf")])
    assert slut.value.code == 2
    assert text in capsys.readouterr().err
