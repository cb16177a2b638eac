"""The läkemedelstillsyn commands of the command line, registered by cli.py:

- ``skrivbord rapport lakemedelstillsyn --databas P --id N --ut FIL.pdf`` (internal)
- ``skrivbord rapport lakemedelstillsyn-ar --databas P --ar ÅÅÅÅ --ut FIL.pdf``
- ``skrivbord lista lakemedelstillsyn --databas P``

cli.py passes its helpers in (opening a database, the argument types), so this module
imports nothing from it and no import cycle arises (as cli_delegeringar.py).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from skrivbord import cli_databas

RAPPORTER = ("lakemedelstillsyn", "lakemedelstillsyn-ar")


def lagg_till_rapporter(
    rapporter: Any, heltal: Callable[[str], int], ar_typ: Callable[[str], Any]
) -> None:
    protokoll = rapporter.add_parser(
        "lakemedelstillsyn",
        help="protokoll för en läkemedelstillsyn (internt)",
        description="Skriver protokollet för en läkemedelstillsyn som PDF: checklistans svar, "
        "narkotikaräkningen, fynd, åtgärder och underskrifter. Internt arbetsdokument: märkt "
        '"Intern – innehåller personuppgifter". Id:t visar skrivbord lista lakemedelstillsyn.',
    )
    cli_databas.lagg_till(protokoll)
    protokoll.add_argument("--id", required=True, type=heltal, metavar="N", help="tillsynens id")
    protokoll.add_argument("--ut", required=True, type=Path, metavar="FIL.pdf", help="PDF-filen")
    ar = rapporter.add_parser(
        "lakemedelstillsyn-ar",
        help="årsöversikt över läkemedelstillsynen per enhet och tillsynstyp",
        description="Planerade tillfällen (i tid, sent, ej gjorda), tillsyner, nej-svar, "
        "differenser i narkotikaräkningen och öppna åtgärder per enhet, bara antal.",
    )
    cli_databas.lagg_till(ar)
    ar.add_argument(
        "--ar", required=True, type=ar_typ, metavar="ÅÅÅÅ", help="året; ett pågående år till i dag"
    )
    ar.add_argument("--ut", required=True, type=Path, metavar="FIL.pdf", help="PDF-filen")


def lagg_till_lista(slag: Any) -> None:
    tillsyn = slag.add_parser("lakemedelstillsyn", help="läkemedelstillsyner, senaste först")
    cli_databas.lagg_till(tillsyn)


def rapport(args: argparse.Namespace, oppna: Callable[[cli_databas.Plats], Any]) -> int:
    from skrivbord.tjanster.lakemedelstillsyn import utskrift

    oppen = oppna(args.databas)
    try:
        if args.rapport == "lakemedelstillsyn":
            ut = utskrift.skriv_protokoll(oppen.databas, args.id, args.ut)
            print(f"Protokollet för läkemedelstillsyn {args.id} skrevs till {ut} (internt).")
        else:
            ut = utskrift.skriv_arsoversikt(oppen.databas, args.ar.ar, args.ut)
            print(f"Årsöversikten för läkemedelstillsyn {args.ar.ar} skrevs till {ut}.")
    finally:
        oppen.stang()
    return 0


def lista(args: argparse.Namespace, oppna: Callable[[cli_databas.Plats], Any]) -> int:
    """id, date, unit and kind of tillsyn (no names, no free text: DESIGN §6)."""
    from skrivbord.tjanster.lakemedelstillsyn import lista as tillsyner

    oppen = oppna(args.databas)
    try:
        rader = tillsyner.lista(oppen.databas)
    finally:
        oppen.stang()
    for r in rader:
        print(f"{r.id}\t{r.datum.isoformat()}\t{r.enhet}\t{r.typ.etikett}")
    if not rader:
        print("Inga läkemedelstillsyner.", file=sys.stderr)
    return 0
