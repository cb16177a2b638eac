"""Kommandona för läkemedelstillsyn: protokollet per id (internt, läses tillbaka),
årsöversikten och listan; felaktiga argument ger 2, väntade fel 1."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from skrivbord import cli
from skrivbord.tjanster import enheter, personal
from skrivbord.tjanster.lakemedelstillsyn import checklista, protokoll
from skrivbord.tjanster.lakemedelstillsyn.uppgifter import Punktsvar, Rakning, Tillsynsuppgifter
from skrivbord.typer import Roll, Tillsynssvar, Tillsynstyp

HEMLIG = "Hemlig-kommentar-om-ampullen-51c"


@pytest.fixture
def sokvag(ny_databas) -> Path:
    databas = ny_databas.databas
    ssk = personal.skapa(databas, "Sara", "Sköterskesson", Roll.SJUKSKOTERSKA).id
    chef = personal.skapa(databas, "Erik", "Chefsson", Roll.ENHETSCHEF).id
    enhet_id = next(e.id for e in enheter.lista(databas) if e.namn == "Solgården")
    svar = [
        Punktsvar(p.kod, Tillsynssvar.JA)
        for p in checklista.punkter(databas, Tillsynstyp.NARKOTIKA)
    ]
    svar[1] = Punktsvar(
        svar[1].kod, Tillsynssvar.NEJ, "Sidan 4 osignerad", "Signera om", chef, date(2025, 4, 30)
    )
    protokoll.spara(
        databas,
        Tillsynsuppgifter(
            enhet_id,
            Tillsynstyp.NARKOTIKA,
            date(2025, 3, 25),
            ssk,
            "Karin Farmaceutsson",
            "",
            tuple(svar),
            (
                Rakning("Oxikodon", "5 mg", "tablett", 40, 40),
                Rakning("Morfin", "10 mg/ml", "injektionsvätska", 10, 9, HEMLIG),
            ),
        ),
    )
    ny_databas.stang()
    return databas.sokvag


def _text(fil: Path) -> str:
    return "\n".join(s.extract_text() for s in PdfReader(fil).pages)


def test_lista_protokoll_och_arsoversikt(capsys, sokvag: Path, tmp_path: Path) -> None:
    assert cli.main(["lista", "lakemedelstillsyn", "--databas", str(sokvag)]) == 0
    rader = capsys.readouterr().out.splitlines()
    assert [r.split("\t") for r in rader] == [
        ["1", "2025-03-25", "Solgården", "Narkotikakontroll (1 gång/månad)"]
    ]
    ut = tmp_path / "intern-tillsyn.pdf"
    kommando = ["rapport", "lakemedelstillsyn", "--databas", str(sokvag), "--id", "1"]
    assert cli.main([*kommando, "--ut", str(ut)]) == 0
    text = " ".join(_text(ut).split())
    for del_ in (
        "Intern – innehåller personuppgifter",
        "Protokoll för läkemedelstillsyn nr 1",
        "Solgården",
        "Sara Sköterskesson",
        "Karin Farmaceutsson",
        "Morfin 10 mg/ml injektionsvätska",
        "−1",
        "avvikelse nr 1",
        "Signera om",
        "Erik Chefsson",
        "2025-04-30",
        "Underskrifter",
    ):
        assert del_ in text, del_
    assert ut.stat().st_mode & 0o077 == 0
    ar = tmp_path / "ar.pdf"
    assert (
        cli.main(
            [
                "rapport",
                "lakemedelstillsyn-ar",
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
    arstext = " ".join(_text(ar).split())
    assert "Läkemedelstillsyn – årsöversikt 2025" in arstext and "Solgården" in arstext
    assert HEMLIG not in arstext and "Sköterskesson" not in arstext


def test_okant_id_ger_1_och_fel_ar_ger_2(capsys, sokvag: Path, tmp_path: Path) -> None:
    ut = str(tmp_path / "x.pdf")
    assert (
        cli.main(
            ["rapport", "lakemedelstillsyn", "--databas", str(sokvag), "--id", "9", "--ut", ut]
        )
        == 1
    )
    assert "finns inte" in capsys.readouterr().err
    with pytest.raises(SystemExit) as slut:
        cli.main(
            ["rapport", "lakemedelstillsyn-ar", "--databas", str(sokvag), "--ar", "25", "--ut", ut]
        )
    assert slut.value.code == 2
