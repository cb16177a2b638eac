"""Bilderna till docs/logguppfoljning.md: sidan och formuläret (ett protokoll med
avvikelse, och samma formulär när vakten vägrar ett personnummer), och första sidan av
de tre PDF:erna, tagna offscreen ur en påhittad demodatabas.

.venv/bin/python skript/logguppfoljning_bilder.py [--ut docs/skarmdumpar]

Allt sker i en tillfällig hemmapp med en nyckelring i minnet; PDF:erna renderas med
pdftoppm (poppler-utils) i 60 dpi, som när de granskas för hand.
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


def _pdf_till_png(pdf: Path, png: Path) -> None:
    """The PDF's pages side by side in one PNG (60 dpi)."""
    from PySide6.QtGui import QImage, QPainter

    with tempfile.TemporaryDirectory() as mapp:
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), f"{mapp}/s"], check=True)
        sidor = [QImage(str(f)) for f in sorted(Path(mapp).glob("s-*.png"))]
    bild = QImage(
        sum(s.width() for s in sidor) + 8 * (len(sidor) - 1),
        max(s.height() for s in sidor),
        QImage.Format.Format_RGB32,
    )
    bild.fill(0xD5DBE1)
    malare = QPainter(bild)
    x = 0
    for sida in sidor:
        malare.drawImage(x, 0, sida)
        x += sida.width() + 8
    malare.end()
    bild.save(str(png))
    print(png)


def main() -> int:
    parser = argparse.ArgumentParser(description="Bilder av logguppföljningen till docs/")
    parser.add_argument("--ut", type=Path, default=ROT / "docs" / "skarmdumpar")
    args = parser.parse_args()
    ut: Path = args.ut
    ut.mkdir(parents=True, exist_ok=True)
    hem = Path(tempfile.mkdtemp(prefix="skrivbord-logg-"))
    os.environ["SKRIVBORD_HEM"] = str(hem)
    sys.path.insert(0, str(ROT))
    from skrivbord.jobb import kor_till_slut
    from skrivbord.lagring import nyckelring
    from skrivbord.tjanster import demodata
    from skrivbord.tjanster.logguppfoljning import protokoll, utskrift
    from skrivbord.typer import Loggresultat
    from skrivbord.ui import bakgrund
    from skrivbord.ui.app import skapa_app
    from skrivbord.ui.logguppfoljning.dialog import LogguppfoljningDialog
    from skrivbord.ui.logguppfoljning.sida import LogguppfoljningSida
    from tests.minnesnyckelring import MinnesNyckelring

    nyckelring.anvand(nyckelring.Nyckelring(MinnesNyckelring(), "nyckelring i minnet"))
    skapa_app([])
    bakgrund.satt_synkront(True)
    skapad = kor_till_slut(
        demodata.skapa_demo(hem / "demo.db", ar=1, avvikelser_per_ar=200, seed=3, idag=DAG)
    )
    databas = skapad.databas

    sida = LogguppfoljningSida(databas, idag=DAG)
    sida.resize(1100, 620)
    _visa(sida)
    sida.grab().save(str(ut / "logguppfoljning.png"))
    print(ut / "logguppfoljning.png")

    med_avvikelse = next(
        r for r in protokoll.lista(databas) if r.resultat is Loggresultat.AVVIKELSE
    )
    dialog = LogguppfoljningDialog(databas, idag=DAG, logguppfoljning_id=med_avvikelse.id)
    dialog.resize(1180, 0)
    _visa(dialog)
    dialog.grab().save(str(ut / "logguppfoljning-formular.png"))
    print(ut / "logguppfoljning-formular.png")
    dialog.beskrivning.setPlainText(
        "Åtkomst till journalen för 19811218-9876 utan vårdrelation, sen kväll."
    )
    dialog.spara()
    _visa(dialog)
    dialog.grab().save(str(ut / "logguppfoljning-vakt.png"))
    print(ut / "logguppfoljning-vakt.png")

    pdfer = Path(tempfile.mkdtemp(prefix="skrivbord-logg-pdf-"))
    mall = kor_till_slut(utskrift.skriv_mall(pdfer / "mall.pdf", "Demokommun"))
    _pdf_till_png(mall, ut / "logguppfoljning-mall.png")
    ifyllt = kor_till_slut(utskrift.skriv_protokoll(databas, med_avvikelse.id, pdfer / "p.pdf"))
    _pdf_till_png(ifyllt, ut / "logguppfoljning-protokoll.png")
    ar = kor_till_slut(utskrift.skriv_arssammanstallning(databas, 2025, pdfer / "ar.pdf", DAG))
    _pdf_till_png(ar, ut / "logguppfoljning-arssammanstallning.png")
    skapad.stang()
    return 0


if __name__ == "__main__":
    sys.exit(main())
