"""Bilderna till docs/delegeringar.md: registret, täckningen per vecka, formuläret för
ett nytt beslut, och PDF:erna (beslutet för underskrift och registret för en enhet),
tagna offscreen ur en påhittad demodatabas.

.venv/bin/python skript/delegeringar_bilder.py [--ut docs/skarmdumpar]

Allt sker i en tillfällig hemmapp med en nyckelring i minnet; PDF:erna renderas med
pdftoppm (poppler-utils) i 60 dpi.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROT = Path(__file__).resolve().parents[1]
DAG = date(2026, 11, 23)  # the demo's day, so the pictures change only with the program


def _visa(widget) -> None:
    from PySide6.QtWidgets import QApplication

    widget.show()
    for _ in range(3):
        QApplication.processEvents()


def _spara(widget, fil: Path) -> None:
    _visa(widget)
    widget.grab().save(str(fil))
    print(fil)


def _pdf_till_png(pdf: Path, png: Path) -> None:
    """The PDF's first page (60 dpi)."""
    with tempfile.TemporaryDirectory() as mapp:
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), f"{mapp}/s"],
            check=True,
        )
        (forsta,) = sorted(Path(mapp).glob("s-*.png"))
        png.write_bytes(forsta.read_bytes())
    print(png)


def main() -> int:
    parser = argparse.ArgumentParser(description="Bilder av delegeringarna till docs/")
    parser.add_argument("--ut", type=Path, default=ROT / "docs" / "skarmdumpar")
    args = parser.parse_args()
    ut: Path = args.ut
    ut.mkdir(parents=True, exist_ok=True)
    hem = Path(tempfile.mkdtemp(prefix="skrivbord-deleg-"))
    os.environ["SKRIVBORD_HEM"] = str(hem)
    sys.path.insert(0, str(ROT))
    from skrivbord.jobb import kor_till_slut
    from skrivbord.lagring import nyckelring
    from skrivbord.tjanster import demodata
    from skrivbord.tjanster.delegeringar import listor, tackning, utskrift
    from skrivbord.ui import bakgrund
    from skrivbord.ui.app import skapa_app
    from skrivbord.ui.delegeringar.beslutsdialog import BeslutDialog
    from skrivbord.ui.delegeringar.sida import DelegeringSida
    from tests.minnesnyckelring import MinnesNyckelring

    nyckelring.anvand(nyckelring.Nyckelring(MinnesNyckelring(), "nyckelring i minnet"))
    skapa_app([])
    bakgrund.satt_synkront(True)
    skapad = kor_till_slut(
        demodata.skapa_demo(hem / "demo.db", ar=1, avvikelser_per_ar=200, seed=3, idag=DAG)
    )
    databas = skapad.databas

    sida = DelegeringSida(databas, idag=DAG)
    sida.resize(1280, 720)
    _spara(sida, ut / "delegeringar.png")
    sida.flikar.setCurrentWidget(sida.varningar)
    _spara(sida, ut / "delegeringar-att-atgarda.png")
    # The unit with the most weeks below its minimum, the summer just past.
    svar = tackning.berakna(databas, DAG.year, 24, 34)
    sarbar = max(svar.enheter, key=lambda e: e.veckor_under)
    sida.flikar.setCurrentWidget(sida.tackning)
    sida.tackning.enhet.setCurrentIndex(sida.tackning.enhet.findData(sarbar.enhet_id))
    _spara(sida, ut / "delegeringar-tackning.png")

    forst = listor.varningar(databas, DAG)[0].rad
    dialog = BeslutDialog(databas, None, DAG, fornyar=forst)
    dialog.resize(820, 0)
    _spara(dialog, ut / "delegeringar-beslutsdialog.png")

    pdfer = Path(tempfile.mkdtemp(prefix="skrivbord-deleg-pdf-"))
    beslut = kor_till_slut(utskrift.skriv_beslut(databas, forst.id, pdfer / "beslut.pdf"))
    _pdf_till_png(beslut, ut / "delegeringsbeslut.png")
    register = kor_till_slut(
        utskrift.skriv_register(databas, pdfer / "register.pdf", sarbar.enhet_id, DAG)
    )
    _pdf_till_png(register, ut / "delegeringsregister.png")
    skapad.stang()
    return 0


if __name__ == "__main__":
    sys.exit(main())
