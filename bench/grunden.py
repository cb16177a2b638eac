"""Bench for the foundations: demo data, open, the avvikelse list, the aggregate, search.

Not a test: it prints figures (docs/prestanda.md keeps the latest ones).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/grunden.py
    .venv/bin/python bench/grunden.py --avvikelser 100000       # a quicker round
    .venv/bin/python bench/grunden.py --behall /tmp/b           # keep the database
    .venv/bin/python bench/grunden.py --databas /tmp/b/demo.db --nyckel /tmp/b/nyckel.txt

"""

from __future__ import annotations

import argparse
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.minnesnyckelring

from sqlalchemy import text

from skrivbord.jobb import Framsteg, kor_till_slut
from skrivbord.lagring import nyckelring
from skrivbord.lagring.databas import Databas
from skrivbord.lagring.nyckelring import Nyckelring
from skrivbord.tjanster import databasfil, demodata
from skrivbord.tjanster.avvikelser import lista as avvikelselista
from skrivbord.tjanster.avvikelser import statistik
from skrivbord.tjanster.avvikelser.lista import Filter
from skrivbord.typer import Avvikelsestatus
from tests.minnesnyckelring import MinnesNyckelring


def ms(sekunder: float) -> str:
    return f"{sekunder * 1000:8.1f} ms"


def matt(funktion: Callable[[], object], varv: int = 5) -> tuple[float, float, object]:
    """(first, median of the rest, last result)."""
    tider = []
    resultat = None
    for _ in range(varv):
        start = time.perf_counter()
        resultat = funktion()
        tider.append(time.perf_counter() - start)
    return tider[0], statistics.median(tider[1:] or tider), resultat


def per_ar_for(totalt: int, ar: int, idag: date) -> int:
    forsta = date(idag.year, 1, 1)
    andel = (idag - forsta).days / ((date(idag.year + 1, 1, 1) - forsta).days)
    return round(totalt / (ar + andel))


def bygg(sokvag: Path, totalt: int, idag: date) -> str:
    per_ar = per_ar_for(totalt, 3, idag)
    senast = [0.0]

    def rapportera(steg: Framsteg) -> None:
        nu = time.monotonic()
        if nu - senast[0] > 5:
            senast[0] = nu
            print(f"    … {steg.andel or 0:4.0%} {steg.text}", flush=True)

    start = time.perf_counter()
    skapad = kor_till_slut(
        demodata.skapa_demo(sokvag, ar=3, avvikelser_per_ar=per_ar, idag=idag),
        rapportera,
    )
    tid = time.perf_counter() - start
    skapad.stang()
    mal = "OK" if tid < 60 else "MISSAT"
    print(f"demodata ({per_ar} per år, 3 år + i år):   {tid:8.1f} s   (mål < 60 s: {mal})")
    return skapad.aterstallningsnyckel


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--avvikelser", type=int, default=1_000_000)
    parser.add_argument("--idag", type=date.fromisoformat, default=date.today())
    parser.add_argument("--behall", type=Path, help="bygg i den här mappen och låt filen ligga")
    parser.add_argument("--databas", type=Path, help="mät en befintlig databas")
    parser.add_argument("--nyckel", type=Path, help="fil med återställningsnyckeln (--databas)")
    args = parser.parse_args()

    ring = Nyckelring(MinnesNyckelring(), "minnesnyckelring (bench)")
    nyckelring.anvand(ring)
    tmp = tempfile.TemporaryDirectory(prefix="skrivbord-bench-")
    if args.databas:
        sokvag = args.databas
        databasfil.oppna_genast(sokvag, args.nyckel.read_text()).stang()
    else:
        mapp = args.behall or Path(tmp.name)
        mapp.mkdir(parents=True, exist_ok=True)
        sokvag = mapp / "demo.db"
        nyckel = bygg(sokvag, args.avvikelser, args.idag)
        (mapp / "nyckel.txt").write_text(nyckel)
    print(f"filstorlek:                      {sokvag.stat().st_size / 1e6:8.0f} MB")

    # Open: the lock, the key from the keyring, header, key and schema version checks.
    def oppna_och_stang() -> None:
        databasfil.oppna_genast(sokvag).stang()

    forsta, median, _ = matt(oppna_och_stang, 7)
    print(f"öppna (första / median):         {ms(forsta)} / {ms(median)}   (mål < 10 ms)")

    databas = databasfil.oppna_genast(sokvag).databas
    matningar(databas, args.idag)
    databas.stang()
    tmp.cleanup()
    return 0


def matningar(databas: Databas, idag: date) -> None:
    """The list, the aggregate, Översikt and the filters on an open database (the
    file here, the server in bench/server.py)."""
    args = argparse.Namespace(idag=idag)
    with databas.session() as session:
        antal = session.scalar(text("SELECT count(*) FROM avvikelse"))
    print(f"avvikelser:                      {antal:8d}")

    from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

    from skrivbord.ui.avvikelser.tabellmodell import AvvikelseTabellModell

    app = QApplication.instance() or QApplication([])
    vy = QTableView()
    vy.verticalHeader().hide()
    vy.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vy.verticalHeader().setDefaultSectionSize(22)
    vy.resize(1200, 800)

    def forsta_malning() -> AvvikelseTabellModell:
        modell = AvvikelseTabellModell(databas)
        vy.setModel(modell)
        vy.show()
        vy.grab()
        app.processEvents()
        return modell

    forsta, median, modell = matt(forsta_malning, 3)
    mal = "OK" if median < 0.3 else "MISSAT"
    print(f"listan, första målning (alla):   {ms(forsta)} / {ms(median)}   (mål < 0,3 s: {mal})")
    start = time.perf_counter()
    ids = avvikelselista.ordnade_id(databas)
    print(f"  varav id-listan:               {ms(time.perf_counter() - start)}   ({len(ids)} id)")

    def skrolla_till_slutet() -> None:
        vy.scrollToTop()
        vy.grab()
        vy.scrollToBottom()
        vy.grab()
        app.processEvents()

    forsta, median, _ = matt(skrolla_till_slutet, 3)
    print(f"skrolla till slutet:             {ms(forsta)} / {ms(median)}")
    print(f"  sidor hämtade hittills:        {modell.sidhamtningar:8d}")

    forra_aret = args.idag.year - 1
    forsta, median, rader = matt(lambda: statistik.arsaggregat(databas, forra_aret), 7)
    mal = "OK" if median < 0.05 else "MISSAT"
    print(
        f"årsaggregat {forra_aret}:                {ms(forsta)} / {ms(median)}   "
        f"(mål < 50 ms: {mal}; {len(rader)} rader)"  # type: ignore[arg-type]
    )

    from skrivbord.tjanster import oversikt

    forsta, median, _ = matt(lambda: oversikt.hamta(databas, args.idag), 5)
    mal = "OK" if median < 0.1 else "MISSAT"
    print(f"Översikts siffror:               {ms(forsta)} / {ms(median)}   (mål < 0,1 s: {mal})")

    with databas.session() as session:
        enhet_id = session.scalar(text("SELECT min(id) FROM enhet"))
        kategori = {
            kod: id_ for kod, id_ in session.execute(text("SELECT kod, id FROM avvikelse_kategori"))
        }

    forsta, median, _ = matt(lambda: oversikt.hamta(databas, args.idag, enhet_id), 5)
    mal = "OK" if median < 0.1 else "MISSAT"
    print(f"Översikt, en enhet:              {ms(forsta)} / {ms(median)}   (mål < 0,1 s: {mal})")

    def filterrunda(rubrik: str) -> None:
        print(rubrik)
        filter_ = {
            "fritext 'föll badrummet'": Filter(fritext="föll badrummet"),
            "fritext 'dubbel dos'": Filter(fritext="dubbel dos"),
            "senaste 12 månaderna": Filter(fran=args.idag - timedelta(days=365)),
            "en enhet": Filter(enhet_id=enhet_id),
            "kategori fall": Filter(kategori_id=kategori.get("fall")),
            "status registrerad": Filter(status=Avvikelsestatus.REGISTRERAD),
            "status avslutad": Filter(status=Avvikelsestatus.AVSLUTAD),
            "mellan vårdgivare": Filter(mellan_vardgivare=True),
            "enhet + status avslutad": Filter(enhet_id=enhet_id, status=Avvikelsestatus.AVSLUTAD),
            "12 mån + fall + fritext 'natten'": Filter(
                fran=args.idag - timedelta(days=365),
                kategori_id=kategori.get("fall"),
                fritext="natten",
            ),
        }
        for namn, f in filter_.items():

            def byt(f: Filter = f) -> None:
                modell.satt_filter(f)
                vy.grab()
                app.processEvents()

            forsta, median, _ = matt(byt, 3)
            print(f"  {namn:31s}{ms(forsta)} / {ms(median)}   ({modell.rowCount()} rader)")
        modell.satt_filter(Filter())

    filterrunda("filterbyte inkl. målning (första / median):")

    vy.setModel(None)


if __name__ == "__main__":
    raise SystemExit(main())
