"""Bench for the shared server database: the same figures as bench/grunden.py, on
PostgreSQL, from the same 1,000,000-avvikelse demo file moved to the server with
``server importera``.

Not a test: it prints figures (docs/prestanda.md and docs/flera-anvandare.md keep the
latest ones). It starts a throw-away PostgreSQL the way the tests do (tests/postgres.py:
Debian's postgresql package, a Unix socket, durability off, which only matters for the
import) unless --server names one.

    .venv/bin/python bench/grunden.py --behall /tmp/b               # the file, once
    .venv/bin/python bench/server.py --fran /tmp/b/demo.db --nyckel /tmp/b/nyckel.txt
"""

from __future__ import annotations

import argparse
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.grunden import matningar, matt, ms
from skrivbord.jobb import Framsteg, kor_till_slut
from skrivbord.lagring import nyckelring
from skrivbord.lagring.nyckelring import Nyckelring
from skrivbord.lagring.server.adress import ServerAdress
from skrivbord.tjanster import databasfil, serverdatabas, serverimport
from tests import postgres
from tests.minnesnyckelring import MinnesNyckelring


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fran", type=Path, required=True, help="den krypterade demofilen")
    parser.add_argument("--nyckel", type=Path, required=True, help="dess återställningsnyckel")
    parser.add_argument("--idag", type=date.fromisoformat, default=date.today())
    parser.add_argument(
        "--server",
        help="en befintlig, tom serverdatabas (postgresql://…) i stället för en tillfällig",
    )
    parser.add_argument(
        "--behall", action="store_true", help="låt den tillfälliga servern gå vidare efteråt"
    )
    parser.add_argument(
        "--importerad", action="store_true", help="--server har redan filen: mät bara"
    )
    args = parser.parse_args()
    nyckelring.anvand(Nyckelring(MinnesNyckelring(), "minnesnyckelring (bench)"))

    server = None
    if args.server:
        adress = ServerAdress.tolka(args.server)
    else:
        server = postgres.starta()
        server.psql("CREATE DATABASE bench")
        adress = ServerAdress(server.uttag, "bench", postgres.SUPERANVANDARE, server.port)
    try:
        kalla = databasfil.oppna_genast(args.fran, args.nyckel.read_text()).databas
        mal = serverdatabas.anslut(adress)
        senast = [0.0]

        def rapportera(steg: Framsteg) -> None:
            if time.monotonic() - senast[0] > 10:
                senast[0] = time.monotonic()
                print(f"    … {steg.andel or 0:4.0%} {steg.text}", flush=True)

        start = time.perf_counter()
        if not args.importerad:
            kor_till_slut(serverimport.importera(kalla, mal), rapportera)
            print(f"server importera (hela filen):   {time.perf_counter() - start:8.1f} s")
        kalla.stang()
        mal.stang()
        if server is not None:
            server.psql("VACUUM ANALYZE", databas="bench")
            storlek = server.psql("SELECT pg_size_pretty(pg_database_size('bench'))")
            index = server.psql(
                "SELECT pg_size_pretty(pg_relation_size('ix_avvikelse_aggregat')) || ' / ' || "
                "pg_size_pretty(pg_relation_size('ix_avvikelse_sok'))"
            , databas="bench")  # fmt: skip
            print(
                f"databasens storlek:              {storlek:>8s}   (aggregatindex / sökindex: {index})"
            )

        def oppna_och_stang() -> None:
            serverdatabas.oppna(adress).stang()

        forsta, median, _ = matt(oppna_och_stang, 7)
        print(f"ansluta (första / median):       {ms(forsta)} / {ms(median)}")
        oppen = serverdatabas.oppna(adress)
        matningar(oppen.databas, args.idag)
        oppen.stang()
    finally:
        if server is not None and args.behall:
            print(f"servern går vidare: {adress}  (stoppa: pg_ctl -D {server.mapp / 'data'} stop)")
        elif server is not None:
            server.stoppa()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
