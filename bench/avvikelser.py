"""Bench for the avvikelse work: save of one avvikelse and the year summary PDF.

Not a test: it prints figures (docs/prestanda.md keeps the latest ones). The list,
filter and search figures come from bench/grunden.py on the same database.

    .venv/bin/python bench/grunden.py --behall /tmp/b          # builds /tmp/b/demo.db once
    .venv/bin/python bench/avvikelser.py --databas /tmp/b/demo.db --nyckel /tmp/b/nyckel.txt
    .venv/bin/python bench/avvikelser.py --avvikelser 100000    # builds its own database
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from grunden import MinnesNyckelring, bygg, matt, ms

from skrivbord.jobb import kor_till_slut
from skrivbord.lagring import nyckelring
from skrivbord.lagring.nyckelring import Nyckelring
from skrivbord.tjanster import databasfil, enheter
from skrivbord.tjanster.avvikelser import kategorier, sammanstallning
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.typer import Fallskada, Roll


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--avvikelser", type=int, default=1_000_000)
    parser.add_argument("--databas", type=Path)
    parser.add_argument("--nyckel", type=Path)
    args = parser.parse_args()
    ring = Nyckelring(MinnesNyckelring(), "minnesnyckelring (bench)")
    nyckelring.anvand(ring)
    idag = date.today()
    with tempfile.TemporaryDirectory(prefix="skrivbord-bench-") as tmp:
        if args.databas:
            sokvag = args.databas
            nyckel = args.nyckel.read_text().strip()
        else:
            sokvag = Path(tmp) / "demo.db"
            nyckel = bygg(sokvag, args.avvikelser, idag)
        databas = databasfil.oppna_genast(sokvag, nyckel).databas
        enhet = enheter.lista(databas)[0].id
        fall = next(k.id for k in kategorier.lista(databas) if k.kod == "fall")

        def spara() -> int:
            return avvikelser.registrera(
                databas,
                avvikelser.AvvikelseUppgifter(
                    handelse_tid=datetime.now().replace(microsecond=0),
                    rapporterad_datum=idag,
                    enhet_id=enhet,
                    rapportor_roll=Roll.UNDERSKOTERSKA,
                    kategori_id=fall,
                    beskrivning="Bänkens avvikelse: föll vid sängen.",
                    fall_plats="rum",
                    fall_aktivitet="forflyttning",
                    fall_skada=Fallskada.INGEN,
                ),
            )

        forsta, median, _ = matt(spara, 21)
        print(f"spara en avvikelse (första / median): {ms(forsta)} / {ms(median)}   (mål < 50 ms)")

        ar = idag.year - 1
        ut = Path(tmp) / "samman.pdf"
        start = time.perf_counter()
        kor_till_slut(sammanstallning.berakna_och_skriv(databas, str(ar), ut))
        tid = time.perf_counter() - start
        print(f"årssammanställning {ar} som PDF:       {ms(tid)}   (mål < 2 s)")
        databas.stang()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
