"""Bilderna till docs/lakemedelstillsyn.md: sidan, en sparad narkotikakontroll med
differens och fynd, ett nytt formulär mitt i narkotikaräkningen, och PDF:erna
(protokollet och årsöversikten), tagna offscreen ur en påhittad demodatabas.

.venv/bin/python skript/lakemedelstillsyn_bilder.py [--ut docs/skarmdumpar]

Allt sker i en tillfällig hemmapp med en nyckelring i minnet; PDF:erna renderas med
pdftoppm (poppler-utils) i 60 dpi.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROT = Path(__file__).resolve().parents[1]
DAG = date(2026, 11, 23)  # the demo's day, so the pictures change only with the program
sys.path.insert(0, str(ROT))

from skript.logguppfoljning_bilder import _pdf_till_png, _visa  # noqa: E402


def _spara(widget, fil: Path) -> None:
    _visa(widget)
    widget.grab().save(str(fil))
    print(fil)


def main() -> int:
    parser = argparse.ArgumentParser(description="Bilder av läkemedelstillsynen till docs/")
    parser.add_argument("--ut", type=Path, default=ROT / "docs" / "skarmdumpar")
    args = parser.parse_args()
    ut: Path = args.ut
    ut.mkdir(parents=True, exist_ok=True)
    hem = Path(tempfile.mkdtemp(prefix="skrivbord-lmt-"))
    os.environ["SKRIVBORD_HEM"] = str(hem)
    from skrivbord.jobb import kor_till_slut
    from skrivbord.lagring import nyckelring
    from skrivbord.tjanster import demodata
    from skrivbord.tjanster.lakemedelstillsyn import lista, utskrift
    from skrivbord.typer import Tillsynssvar, Tillsynstyp
    from skrivbord.ui import bakgrund
    from skrivbord.ui.app import skapa_app
    from skrivbord.ui.lakemedelstillsyn.dialog import TillsynDialog
    from skrivbord.ui.lakemedelstillsyn.sida import LakemedelstillsynSida
    from tests.minnesnyckelring import MinnesNyckelring

    nyckelring.anvand(nyckelring.Nyckelring(MinnesNyckelring(), "nyckelring i minnet"))
    skapa_app([])
    bakgrund.satt_synkront(True)
    skapad = kor_till_slut(
        demodata.skapa_demo(hem / "demo.db", ar=1, avvikelser_per_ar=200, seed=3, idag=DAG)
    )
    databas = skapad.databas

    sida = LakemedelstillsynSida(databas, idag=DAG)
    sida.resize(1150, 640)
    _spara(sida, ut / "lakemedelstillsyn.png")

    rader = lista.lista(databas, typ=Tillsynstyp.NARKOTIKA)
    med_brister = max(rader, key=lambda r: (r.differenser > 0, r.nej_svar > 0, r.datum))
    sparad = TillsynDialog(databas, idag=DAG, tillsyn_id=med_brister.id)
    sparad.resize(1000, 900)
    _spara(sparad, ut / "lakemedelstillsyn-protokoll-i-programmet.png")

    ny = TillsynDialog(databas, idag=DAG)
    enhet = med_brister.enhet_id
    ny.valj(enhet, Tillsynstyp.NARKOTIKA, date(2026, 11, 20))
    ny.utford_av.setCurrentIndex(
        next(
            i for i in range(ny.utford_av.count()) if "(Sjuksköterska)" in ny.utford_av.itemText(i)
        )
    )
    ny.checklista.alla_ja()
    nej = ny.checklista.rader[1]
    nej.svar.setCurrentIndex(nej.svar.findData(Tillsynssvar.NEJ.value))
    nej.kommentar.setText("Uttaget 14/11 saknar andra signatur")
    nej.atgard.setText("Genomgång av signeringsrutinen på APT")
    nej.ansvarig.setCurrentIndex(
        next(i for i in range(nej.ansvarig.count()) if "(Enhetschef)" in nej.ansvarig.itemText(i))
    )
    tabell = ny.rakning
    tabell.tabell.setRowCount(0)
    tabell.lagg_till("Oxikodon", "5 mg", "tablett", "42", "42")
    tabell.lagg_till(
        "Morfin",
        "10 mg/ml",
        "injektionsvätska",
        "10",
        "9",
        "En ampull gick sönder; kasseringen var inte införd.",
    )
    tabell.lagg_till("Fentanyl", "12 mikrog/timme", "depotplåster", "15", "15")
    ny.resize(1000, 820)
    _spara(ny, ut / "lakemedelstillsyn-formular.png")
    # The same picture in the handbook (resurser/handbok/lakemedelstillsyn.md).
    ny.grab().save(str(ROT / "resurser" / "handbok" / "bilder" / "lakemedelstillsyn.png"))
    _spara(ny.rakningsruta, ut / "lakemedelstillsyn-narkotikarakning.png")

    pdfer = Path(tempfile.mkdtemp(prefix="skrivbord-lmt-pdf-"))
    protokoll = utskrift.skriv_protokoll(databas, med_brister.id, pdfer / "p.pdf")
    _pdf_till_png(protokoll, ut / "lakemedelstillsyn-protokoll.png")
    ar = utskrift.skriv_arsoversikt(databas, 2025, pdfer / "ar.pdf", DAG)
    _pdf_till_png(ar, ut / "lakemedelstillsyn-arsoversikt.png")
    skapad.stang()
    return 0


if __name__ == "__main__":
    sys.exit(main())
