"""``skrivbord server importera --fran FIL --databas postgresql://…``: a whole encrypted
database file into an empty server database (tjanster/serverimport.py).

``registrera`` adds the command to the ``server`` group's subparsers; ``kor`` runs it
with cli.py's helpers passed in (opening the file with its recovery-key fallback, the
progress bar), so this module imports nothing from cli.py.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from skrivbord import cli_databas
from skrivbord.jobb import kor_till_slut
from skrivbord.lagring.server.adress import ServerAdress, ar_serveradress

KOMMANDO = "importera"


def _serveradress(text: str) -> ServerAdress:
    if not ar_serveradress(text):
        raise argparse.ArgumentTypeError(
            "importen skrivs till en serverdatabas: ange postgresql://användare@server/databas"
        )
    return cli_databas.plats(text)  # type: ignore[return-value]


def registrera(kommandon: Any) -> argparse.ArgumentParser:
    """The ``importera`` subcommand (``kommandon`` is the server group's subparsers)."""
    importera = kommandon.add_parser(
        KOMMANDO,
        help="flytta en krypterad databasfil till en tom serverdatabas",
        description="Kopierar hela databasfilen (alla tabeller, med samma id) till en tom "
        "databas på servern i en enda transaktion och jämför sedan antalet rader i varje "
        "tabell med filen. Saknar databasen Skrivbords tabeller skapas de först. En "
        "databas som redan har uppgifter ändras aldrig. Filen ändras inte.",
    )
    importera.add_argument(
        "--fran", required=True, type=Path, metavar="FIL", help="den krypterade databasfilen"
    )
    importera.add_argument(
        "--databas",
        required=True,
        type=_serveradress,
        metavar="ADRESS",
        help="serverdatabasen, postgresql://användare@server/databas",
    )
    return importera


def kor(
    args: argparse.Namespace,
    oppna_fil: Callable[[Path], Any],
    framsteg: Callable[[], Any],
) -> str:
    """Import, and the lines to print."""
    from skrivbord.tjanster import serverimport

    adress: ServerAdress = args.databas
    mal = cli_databas.med_losenord(
        adress, lambda losenord: serverimport.anslut_mal(adress, losenord)
    )
    try:
        kalla = oppna_fil(args.fran)
        try:
            rad = framsteg()
            try:
                resultat = kor_till_slut(serverimport.importera(kalla.databas, mal), rad)
            finally:
                rad.klar()
        finally:
            kalla.stang()
    finally:
        mal.stang()
    bredd = max(len(t.tabell) for t in resultat.tabeller)
    rader = [
        f"{args.fran.name} importerades till {adress.visning()}: "
        f"{resultat.antal_rader} rader i {len(resultat.tabeller)} tabeller, "
        "lika många som i filen."
    ]
    if resultat.schema_skapat:
        rader.append("Databasen var tom: Skrivbords tabeller skapades först.")
    rader.extend(f"  {t.tabell:<{bredd}}  {t.pa_servern:>8}" for t in resultat.tabeller)
    return "\n".join(rader)
