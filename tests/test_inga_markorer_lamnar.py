"""Nothing of the free text leaves through a log, the terminal or a crash report
(issue "Driftsäkerhet"; DESIGN: "Public and internal outputs"): a database whose every
free-text field holds a marker is checked, reported on, backed up and listed from the
command line, and an error quoting one is logged; no marker is found afterwards in the
log file, the captured output, or any file the commands wrote except the database,
its backup (both encrypted) and the internal list export."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pytest

from skrivbord import cli, loggning
from skrivbord.jobb import kor_till_slut
from skrivbord.tjanster import demodata
from tests import sentineller

IDAG = date(2026, 11, 23)


@pytest.fixture
def markerad_fil(tmp_path: Path) -> Path:
    skapad = kor_till_slut(
        demodata.skapa_demo(tmp_path / "demo.db", ar=1, avvikelser_per_ar=300, seed=5, idag=IDAG)
    )
    sentineller.fyll(skapad.databas)
    skapad.stang()
    return skapad.databas.sokvag


@pytest.fixture
def loggfil():
    """The app's log file for this test (debug level), taken down again after it."""
    rot = logging.getLogger()
    fore, niva = list(rot.handlers), rot.level
    yield loggning.starta(logging.DEBUG)
    for hanterare in rot.handlers[:]:
        if hanterare not in fore:
            rot.removeHandler(hanterare)
            hanterare.close()
    rot.setLevel(niva)


def test_inga_markorer_i_loggar_utdata_eller_rapporter(
    markerad_fil: Path, tmp_path: Path, eget_hem: Path, loggfil: Path, capsys
) -> None:
    ut = tmp_path / "ut"
    ut.mkdir()
    databas = str(markerad_fil)
    for argument in (
        ["kontroll", "--databas", databas],
        [
            "rapport",
            "sammanstallning",
            "--databas",
            databas,
            "--period",
            "2025",
            "--ut",
            str(ut / "sammanstallning.pdf"),
        ],
        [
            "rapport",
            "egenkontroll",
            "--databas",
            databas,
            "--ar",
            "2025",
            "--ut",
            str(ut / "egenkontroll.pdf"),
        ],
        [
            "rapport",
            "logguppfoljning-ar",
            "--databas",
            databas,
            "--ar",
            "2025",
            "--ut",
            str(ut / "logg.pdf"),
        ],
        ["lista", "logguppfoljning", "--databas", databas],
        ["sakerhetskopia", "--databas", databas, "--ut", str(ut / "kopia.db")],
    ):
        assert cli.main(argument) == 0, argument
    # An error that quotes a value (Python's own message) is logged without it.
    try:
        raise TypeError(f"jämförde {sentineller.MARKOR}-i-ett-fel med ett tal")
    except TypeError:
        logging.getLogger("skrivbord.test").exception("Oväntat fel")
    utdata = capsys.readouterr()
    # (pytest's own log capture formats records its way; the app's file is what counts)
    for text in (utdata.out, utdata.err, loggfil.read_text(encoding="utf-8")):
        assert sentineller.hittade(text) == []
    skrivna = [p for p in (*eget_hem.rglob("*"), *ut.rglob("*")) if p.is_file()]
    assert loggfil in skrivna and loggfil.stat().st_size > 0
    for fil in skrivna:
        if fil.suffix == ".db" or fil.name.endswith((".db-wal", ".db-shm")):
            continue  # encrypted
        innehall = fil.read_bytes()
        if fil.suffix == ".pdf":
            import pypdf

            innehall = "\n".join(s.extract_text() for s in pypdf.PdfReader(fil).pages).encode()
        assert sentineller.MARKOR.encode() not in innehall.replace(b"\n", b""), fil
