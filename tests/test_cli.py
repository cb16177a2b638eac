"""The CLI as a user runs it: a separate process, a real (explicitly chosen) keyring."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from skrivbord import __version__


@pytest.fixture
def miljo(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
            "XDG_DATA_HOME": str(tmp_path / "xdg"),
            "SKRIVBORD_HEM": str(tmp_path / "hem"),
        }
    )
    env.pop("SKRIVBORD_ATERSTALLNINGSNYCKEL", None)
    return env


def kor(miljo: dict[str, str], *argument: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "skrivbord", *argument],
        env=miljo,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_version(miljo) -> None:
    resultat = kor(miljo, "--version")
    assert resultat.returncode == 0
    assert resultat.stdout.strip() == f"Skrivbord {__version__}"


def test_hjalp_pa_svenska(miljo) -> None:
    resultat = kor(miljo, "--help")
    assert resultat.returncode == 0
    assert "användning: skrivbord" in resultat.stdout
    assert "visa den här hjälpen" in resultat.stdout
    assert "usage" not in resultat.stdout


def test_saknat_argument_ger_svenskt_fel(miljo) -> None:
    resultat = kor(miljo, "kontroll")
    assert resultat.returncode == 2
    assert "dessa argument krävs: --databas" in resultat.stderr


def test_kontroll_av_fil_som_inte_finns(miljo, tmp_path: Path) -> None:
    resultat = kor(miljo, "kontroll", "--databas", str(tmp_path / "saknas.db"))
    assert resultat.returncode == 1
    assert "finns inte" in resultat.stderr
    assert "Traceback" not in resultat.stderr


def test_kontroll_av_hel_och_av_okrypterad_fil(miljo, tmp_path: Path) -> None:
    import sqlite3

    klartext = tmp_path / "klartext.db"
    sqlite3.connect(klartext).execute("CREATE TABLE t(x)").connection.commit()
    resultat = kor(miljo, "kontroll", "--databas", str(klartext))
    assert resultat.returncode == 1
    assert "okrypterad" in resultat.stderr


def test_demo_kontroll_och_sammanstallning(miljo, tmp_path: Path) -> None:
    """The whole CLI path on a real encrypted file, read back from the PDF."""
    from pypdf import PdfReader

    databas = tmp_path / "demo.db"
    resultat = kor(
        miljo, "demo", "--databas", str(databas), "--ar", "1", "--avvikelser-per-ar", "200"
    )
    assert resultat.returncode == 0, resultat.stderr
    assert "Återställningsnyckel" in resultat.stdout
    assert databas.read_bytes()[:16] != b"SQLite format 3\x00"

    igen = kor(miljo, "demo", "--databas", str(databas))
    assert igen.returncode == 1 and "skrivs inte över" in igen.stderr

    kontroll = kor(miljo, "kontroll", "--databas", str(databas))
    assert kontroll.returncode == 0, kontroll.stderr
    assert "är hel" in kontroll.stdout

    ar = date.today().year - 1
    pdf = tmp_path / "samman.pdf"
    rapport = kor(
        miljo,
        "rapport",
        "sammanstallning",
        "--databas",
        str(databas),
        "--period",
        f"{ar}H1",
        "--ut",
        str(pdf),
    )
    assert rapport.returncode == 0, rapport.stderr
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Demokommun" in text and str(ar) in text

    fel_period = kor(
        miljo,
        "rapport",
        "sammanstallning",
        "--databas",
        str(databas),
        "--period",
        "2025H3",
        "--ut",
        str(pdf),
    )
    assert fel_period.returncode == 2 and "Traceback" not in fel_period.stderr

    # The egenkontroll report for last year.
    ekpdf = tmp_path / "egenkontroll.pdf"
    ek = kor(
        miljo,
        "rapport",
        "egenkontroll",
        "--databas",
        str(databas),
        "--ar",
        str(ar),
        "--ut",
        str(ekpdf),
    )
    assert ek.returncode == 0, ek.stderr
    ektext = PdfReader(ekpdf).pages[0].extract_text()
    assert f"Egenkontroller {ar}" in ektext and "Genomförande per område" in ektext
    framtid = kor(
        miljo,
        "rapport",
        "egenkontroll",
        "--databas",
        str(databas),
        "--ar",
        str(date.today().year + 1),
        "--ut",
        str(ekpdf),
    )
    assert framtid.returncode == 2 and "har inte börjat" in framtid.stderr  # the shared period rule

    # The egenkontroll calendar for Outlook.
    import icalendar

    ics = tmp_path / "kalender.ics"
    kalender = kor(
        miljo, "export", "kalender", "--databas", str(databas), "--ar", str(ar), "--ut", str(ics)
    )
    assert kalender.returncode == 0, kalender.stderr
    handelser = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert handelser and f"{len(handelser)} egenkontrolltillfällen" in kalender.stdout
    okand = kor(
        miljo,
        "export",
        "kalender",
        "--databas",
        str(databas),
        "--ar",
        str(ar),
        "--enhet",
        "Finns Inte",
        "--ut",
        str(ics),
    )
    assert okand.returncode == 1 and "ingen enhet som heter" in okand.stderr
    for fel_ar in ("2O25", str(date.today().year + 2)):
        fel = kor(
            miljo, "export", "kalender", "--databas", str(databas), "--ar", fel_ar, "--ut", str(ics)
        )
        assert fel.returncode == 2 and "Traceback" not in fel.stderr


def _sammanstallning(miljo, databas: Path, period: str, ut: Path):
    return kor(
        miljo,
        "rapport",
        "sammanstallning",
        "--databas",
        str(databas),
        "--period",
        period,
        "--ut",
        str(ut),
    )


def test_pagaende_period_skrivs_med_kapad_rubrik(miljo, tmp_path: Path) -> None:
    """The running year is cut at today (up to yesterday), and the CLI prints the cut
    title; a year not begun is refused before the database is opened."""
    from skrivbord import perioder

    databas = tmp_path / "demo.db"
    skapad = kor(miljo, "demo", "--databas", str(databas), "--ar", "1", "--avvikelser-per-ar", "20")
    assert skapad.returncode == 0, skapad.stderr
    idag = date.today()
    pdf = tmp_path / "i-ar.pdf"
    pagaende = _sammanstallning(miljo, databas, str(idag.year), pdf)
    if idag == date(idag.year, 1, 1):  # no whole day of the year yet
        assert pagaende.returncode == 1 and "börjar i dag" in pagaende.stderr
    else:
        assert pagaende.returncode == 0, pagaende.stderr
        titel = perioder.kapa(perioder.tolka(str(idag.year)), idag).etikett
        assert titel.startswith("1 januari")
        assert f"Sammanställningen för {titel} skrevs till {pdf}." in pagaende.stdout
        assert "Perioden pågår" in pagaende.stdout
    framtida = _sammanstallning(miljo, tmp_path / "saknas.db", str(idag.year + 1), pdf)
    assert framtida.returncode == 2 and "har inte börjat" in framtida.stderr
    assert "Traceback" not in framtida.stderr


def test_utan_nyckel_kravs_aterstallningsnyckeln(miljo, tmp_path: Path) -> None:
    databas = tmp_path / "demo.db"
    skapad = kor(miljo, "demo", "--databas", str(databas), "--ar", "1", "--avvikelser-per-ar", "20")
    nyckel = skapad.stdout.split("visas bara nu): ")[1].strip()
    annan = dict(miljo, XDG_DATA_HOME=str(tmp_path / "ny-dator"))
    utan = kor(annan, "kontroll", "--databas", str(databas))
    assert utan.returncode == 1 and "återställningsnyckel" in utan.stderr
    med = kor(
        dict(annan, SKRIVBORD_ATERSTALLNINGSNYCKEL=nyckel), "kontroll", "--databas", str(databas)
    )
    assert med.returncode == 0, med.stderr


def test_import_allt_eller_inget_och_inga_dubbletter(miljo, tmp_path: Path) -> None:
    databas = tmp_path / "demo.db"
    assert (
        kor(
            miljo, "demo", "--databas", str(databas), "--ar", "1", "--avvikelser-per-ar", "10"
        ).returncode
        == 0
    )
    fil = tmp_path / "gamla.csv"
    fil.write_text(
        "Händelsedatum;Enhet;Kategori;Beskrivning\r\n"
        "2025-03-01;Solgården;Fall;Föll i korridoren\r\n"
        "2025-13-01;Solgården;Fall;Trasigt datum\r\n",
        encoding="cp1252",
    )
    stoppad = kor(miljo, "import", "avvikelser", "--databas", str(databas), str(fil))
    assert stoppad.returncode == 1
    assert "Rad 3" in stoppad.stderr and "Inget importerades" in stoppad.stderr
    forsta = kor(
        miljo, "import", "avvikelser", "--databas", str(databas), str(fil), "--hoppa-over-fel"
    )
    assert forsta.returncode == 0, forsta.stderr
    assert "1 avvikelse importerades" in forsta.stdout
    andra = kor(
        miljo, "import", "avvikelser", "--databas", str(databas), str(fil), "--hoppa-over-fel"
    )
    assert "0 avvikelser importerades" in andra.stdout and "Redan importerade" in andra.stdout
