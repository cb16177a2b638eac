"""One rule for every command: a wrong argument exits with 2 and a Swedish sentence,
before anything is opened or written (argparse ``type=`` converters in cli.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from skrivbord import cli


def _fel(capsys, *argument: str) -> str:
    with pytest.raises(SystemExit) as slut:
        cli.main(list(argument))
    err = capsys.readouterr().err
    assert slut.value.code == 2, err
    assert ": fel: " in err and "Traceback" not in err
    return err


def _rapport(tmp_path: Path, period: str) -> list[str]:
    return [
        "rapport",
        "sammanstallning",
        "--databas",
        str(tmp_path / "finns-inte.db"),
        "--period",
        period,
        "--ut",
        str(tmp_path / "r.pdf"),
    ]


@pytest.mark.parametrize(
    ("period", "text"),
    [
        ("2025Q5", "Kvartalet ska vara 1–4"),
        ("abc", "går inte att tolka"),
        ("1899", "utanför 1900–2999"),
        ("2025H3", "H1 eller H2"),
        (" 2025", "utan mellanslag"),
        ("2025 ", "utan mellanslag"),
        (str(date.today().year + 5), "har inte börjat"),
    ],
)
def test_fel_period(capsys, tmp_path: Path, period: str, text: str) -> None:
    assert text in _fel(capsys, *_rapport(tmp_path, period))
    assert not (tmp_path / "r.pdf").exists()


def test_en_pagaende_period_godtas(capsys, tmp_path: Path) -> None:
    """Only the converter's part: a running year passes it (the database is missing)."""
    assert cli.main(_rapport(tmp_path, str(date.today().year))) == 1
    assert "finns inte" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argument", "text"),
    [
        (["--kommunkod", "abc"], "fyrsiffriga"),
        (["--kommunkod", "12345"], "fyrsiffriga"),
        (["--kommun", "  "], "kommunens namn"),
        (["--ar", "0"], "minst 1"),
        (["--avvikelser-per-ar", "x"], "inget heltal"),
        (["--seed", "x"], "ogiltigt värde"),
    ],
)
def test_demo(capsys, tmp_path: Path, argument: list[str], text: str) -> None:
    databas = tmp_path / "demo.db"
    assert text in _fel(capsys, "demo", "--databas", str(databas), *argument)
    assert not list(tmp_path.iterdir())


def test_kontroll_och_import(capsys, tmp_path: Path) -> None:
    assert "krävs" in _fel(capsys, "kontroll")
    assert "okända argument" in _fel(capsys, "kontroll", "--databas", "x.db", "--extra")
    assert "krävs" in _fel(capsys, "import", "avvikelser", "--databas", "x.db")


def test_sjalvtest_till_en_befintlig_fil(capsys, tmp_path: Path) -> None:
    fil = tmp_path / "rapport.txt"
    fil.write_text("redan här\n", encoding="utf-8")
    for ut in (fil, fil / "under"):
        assert "är en fil, inte en katalog" in _fel(capsys, "sjalvtest", "--ut", str(ut))
    assert fil.read_text(encoding="utf-8") == "redan här\n"
