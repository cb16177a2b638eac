"""Bilderna till docs/aggregatexport.md: Export-sidans förhandsvisning (ett kvartal i en
liten påhittad kommun, med förslagen som döljer mindre), PDF-sammanfattningens första
sida och första sidan av länets rapport (tre påhittade kommuner), tagna offscreen ur
demodatabaser; exempelmappen under docs/exempel/.

.venv/bin/python skript/aggregat_bilder.py [--ut docs/skarmdumpar] [--exempel docs/exempel]

Allt sker i en tillfällig hemmapp med en nyckelring i minnet; PDF-sidan renderas med
pdftoppm (poppler-utils) i 60 dpi.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROT = Path(__file__).resolve().parents[1]
DAG = date(2026, 11, 23)  # the demo's day, so the pictures change only with the program


def main() -> int:
    parser = argparse.ArgumentParser(description="Bilder av aggregatexporten till docs/")
    parser.add_argument("--ut", type=Path, default=ROT / "docs" / "skarmdumpar")
    parser.add_argument("--exempel", type=Path, default=ROT / "docs" / "exempel")
    args = parser.parse_args()
    ut: Path = args.ut
    ut.mkdir(parents=True, exist_ok=True)
    hem = Path(tempfile.mkdtemp(prefix="skrivbord-aggregat-"))
    os.environ["SKRIVBORD_HEM"] = str(hem)
    sys.path.insert(0, str(ROT))
    from PySide6.QtWidgets import QApplication

    from skrivbord.jobb import kor_till_slut
    from skrivbord.lagring import nyckelring
    from skrivbord.tjanster import demodata
    from skrivbord.tjanster.aggregat import filer
    from skrivbord.ui import bakgrund
    from skrivbord.ui.app import skapa_app
    from skrivbord.ui.export.sida import ExportSida
    from tests.minnesnyckelring import MinnesNyckelring

    nyckelring.anvand(nyckelring.Nyckelring(MinnesNyckelring(), "nyckelring i minnet"))
    skapa_app([])
    bakgrund.satt_synkront(True)
    skapad = kor_till_slut(
        demodata.skapa_demo(
            hem / "demo.db",
            ar=1,
            avvikelser_per_ar=300,
            kommun="Påhittby",
            kommunkod="9998",
            idag=DAG,
        )
    )
    sida = ExportSida(skapad.databas, idag=DAG)
    sida.resize(1100, 860)
    sida.period.setCurrentText("2025Q2")
    sida.forhandsvisa()
    sida.show()
    for _ in range(3):
        QApplication.processEvents()
    sida.grab().save(str(ut / "export-forhandsvisning.png"))
    print(ut / "export-forhandsvisning.png")

    sida.period.setCurrentText("2025H1")
    sida.forhandsvisa()
    assert sida.visning is not None
    mapp = Path(tempfile.mkdtemp(prefix="skrivbord-aggregat-ut-"))
    sparad = kor_till_slut(
        filer.skriv(sida.visning.aggregat, mapp, datetime(2026, 11, 23, 8, 0, tzinfo=UTC))
    )
    pdf = sparad.katalog / "sammanfattning.pdf"
    with tempfile.TemporaryDirectory() as png:
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), f"{png}/s"],
            check=True,
        )
        shutil.copy(next(Path(png).glob("s-*.png")), ut / "aggregat-sammanfattning-sida1.png")
    print(ut / "aggregat-sammanfattning-sida1.png")
    exempel: Path = args.exempel / sparad.katalog.name
    shutil.rmtree(exempel, ignore_errors=True)
    shutil.copytree(sparad.katalog, exempel)
    print(exempel)
    skapad.stang()
    _lanbild(mapp, ut)
    return 0


def _lanbild(mapp: Path, ut: Path) -> None:
    """The län report of the demo kommun and two more made-up ones (first page)."""
    from skrivbord.jobb import kor_till_slut
    from skrivbord.perioder import tolka
    from skrivbord.tjanster import demodata
    from skrivbord.tjanster.aggregat import bygg, filer
    from skrivbord.tjanster.lan import filer as lanfiler
    from skrivbord.tjanster.lan import insamling, sammanstallning

    hem = Path(tempfile.mkdtemp(prefix="skrivbord-lan-"))
    for kod, namn, seed, antal in (("9991", "Norrby", 4, 900), ("9992", "Mellanå", 5, 500)):
        skapad = kor_till_slut(
            demodata.skapa_demo(
                hem / f"{kod}.db",
                ar=1,
                avvikelser_per_ar=antal,
                seed=seed,
                kommun=namn,
                kommunkod=kod,
                idag=DAG,
            )
        )
        aggregat = bygg.berakna(skapad.databas, tolka("2025H1"), idag=DAG)
        kor_till_slut(filer.skriv(aggregat, mapp, datetime(2026, 11, 23, 8, 0, tzinfo=UTC)))
        skapad.stang()
    kallor = insamling.forteckna(insamling.hitta([mapp]))
    lan = kor_till_slut(sammanstallning.sammanstall(kallor))
    lanmapp = kor_till_slut(lanfiler.skriv(lan, hem, datetime(2026, 11, 23, 8, 0, tzinfo=UTC)))
    with tempfile.TemporaryDirectory() as png:
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-f",
                "1",
                "-l",
                "1",
                str(lanmapp / "lan.pdf"),
                f"{png}/s",
            ],
            check=True,
        )
        shutil.copy(next(Path(png).glob("s-*.png")), ut / "lan-rapport-sida1.png")
    print(ut / "lan-rapport-sida1.png")


if __name__ == "__main__":
    sys.exit(main())
