"""The delegation commands of the command line, registered by cli.py:

- ``skrivbord rapport delegeringar --databas P [--enhet NAMN] --ut FIL.pdf``
- ``skrivbord rapport delegeringsbeslut --databas P --id N --ut FIL.pdf``
- ``skrivbord lista delegeringar --databas P``

cli.py passes its helpers in (opening a database, the integer argument type), so this
module imports nothing from it and no import cycle arises.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from skrivbord import cli_databas
from skrivbord.jobb import kor_till_slut

RAPPORTER = ("delegeringar", "delegeringsbeslut")


def lagg_till_rapporter(rapporter: Any, heltal: Callable[[str], int]) -> None:
    register = rapporter.add_parser(
        "delegeringar",
        help="delegeringsregistret per enhet (internt)",
        description="Gällande och kommande delegeringar per enhet, och de som behöver "
        'åtgärdas. Internt arbetsdokument: märkt "Intern – innehåller personuppgifter" '
        "och läsbart bara för ägaren.",
    )
    cli_databas.lagg_till(register)
    register.add_argument("--enhet", metavar="NAMN", help="bara den här enheten (enhetens namn)")
    register.add_argument("--ut", required=True, type=Path, metavar="FIL.pdf", help="PDF-filen")
    beslut = rapporter.add_parser(
        "delegeringsbeslut",
        help="ett delegeringsbeslut för underskrift (internt)",
        description="Skriver beslutet om delegering på en sida med båda namnen, "
        "uppgifterna, giltighetstiden, villkoren och underskriftsrader. Id:t visar "
        "skrivbord lista delegeringar.",
    )
    cli_databas.lagg_till(beslut)
    beslut.add_argument("--id", required=True, type=heltal, metavar="N", help="beslutets id")
    beslut.add_argument("--ut", required=True, type=Path, metavar="FIL.pdf", help="PDF-filen")


def lagg_till_lista(slag: Any) -> None:
    lista = slag.add_parser(
        "delegeringar", help="delegeringsbeslut: id, giltighet, enheter och uppgifternas antal"
    )
    cli_databas.lagg_till(lista)


def rapport(args: argparse.Namespace, oppna: Callable[[cli_databas.Plats], Any]) -> int:
    from skrivbord.tjanster.delegeringar import utskrift

    oppen = oppna(args.databas)
    try:
        if args.rapport == "delegeringsbeslut":
            ut = kor_till_slut(utskrift.skriv_beslut(oppen.databas, args.id, args.ut))
            print(f"Delegeringsbeslut {args.id} skrevs till {ut} (internt).")
            return 0
        enhet_id = utskrift.enhet_med_namn(oppen.databas, args.enhet) if args.enhet else None
        ut = kor_till_slut(utskrift.skriv_register(oppen.databas, args.ut, enhet_id))
    finally:
        oppen.stang()
    print(f"Delegeringsregistret skrevs till {ut} (internt).")
    return 0


def lista(args: argparse.Namespace, oppna: Callable[[cli_databas.Plats], Any]) -> int:
    """id, valid from–to, units and a short label: the state and the number of tasks
    (DESIGN §6: no free text; the delegate's name is left out too)."""
    from skrivbord.tjanster.delegeringar import listor

    idag = date.today()
    oppen = oppna(args.databas)
    try:
        rader = listor.lista(oppen.databas, idag)
    finally:
        oppen.stang()
    for r in sorted(rader, key=lambda r: r.id):
        antal = len(r.uppgifter)
        print(
            f"{r.id}\t{r.giltig_fran.isoformat()}–{r.giltig_till.isoformat()}\t"
            f"{', '.join(r.enheter)}\t{r.lage(idag).etikett} · {antal} "
            f"{'uppgift' if antal == 1 else 'uppgifter'}"
        )
    if not rader:
        print("Inga delegeringar.", file=sys.stderr)
    return 0
