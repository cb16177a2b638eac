"""``skrivbord export aggregat``: the anonymised aggregate for the region, on the same
services as the Export page (cli.py registers it and lends its helpers, so this module
never imports cli.py)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from skrivbord import cli_databas, fel
from skrivbord.jobb import kor_till_slut


def troskel(text: str) -> int:
    """``--troskel``: the small-count threshold, 3–10."""
    from skrivbord.tjanster.aggregat.undertryckning import kontrollera_troskel

    try:
        return kontrollera_troskel(int(text))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} är inget heltal") from None
    except fel.OgiltigUppgift as exc:
        raise argparse.ArgumentTypeError(exc.meddelande) from None


def lagg_till(exporter: Any, period: Callable[[str], object]) -> None:
    """The ``aggregat`` subcommand under ``export`` (``exporter`` is its subparsers)."""
    aggregat = exporter.add_parser(
        "aggregat",
        help="anonymiserat aggregat till regionen (CSV, XLSX, JSON, PDF och manifest)",
        description="Antal avvikelser per nationell kod för en period, små tal dolda, "
        "i en ny mapp under KATALOG. Ingen fritext, inga namn, inga enheter, inga datum.",
    )
    cli_databas.lagg_till(aggregat)
    aggregat.add_argument(
        "--period",
        required=True,
        type=period,
        metavar="PERIOD",
        help="2025 (helår), 2025H1 (halvår) eller 2025Q3 (kvartal)",
    )
    aggregat.add_argument(
        "--ut", required=True, type=Path, metavar="KATALOG", help="mappen exporten sparas i"
    )
    aggregat.add_argument(
        "--troskel",
        type=troskel,
        default=5,
        metavar="N",
        help="minsta antal som publiceras (3–10, standard 5); mindre skrivs <N",
    )


def exportera(
    args: argparse.Namespace,
    oppna: Callable[[cli_databas.Plats], Any],
    framsteg: Callable[[], Any],
) -> str:
    """Export, and the lines to print."""
    from skrivbord.tjanster.aggregat import bygg, filer

    if not args.ut.is_dir():
        raise fel.OgiltigUppgift(f"Mappen {args.ut} finns inte. Skapa den eller välj en annan.")
    rad = framsteg()
    oppen = oppna(args.databas)
    try:
        aggregat = bygg.berakna(oppen.databas, args.period, args.troskel)
        sparad = kor_till_slut(filer.exportera(oppen.databas, aggregat, args.ut), rad)
    finally:
        rad.klar()
        oppen.stang()
    return (
        f"Aggregatet för {args.period.kod} skrevs till {sparad.katalog} "
        f"({aggregat.antal_dolda} av {aggregat.antal_celler} celler dolda, gräns {args.troskel}).\n"
        f"Manifestets SHA-256: {sparad.manifest_sha256}"
    )


def lagg_till_lan(kommandon: Any) -> None:
    """``lan sammanstall``: the region's compilation of many kommun exports."""
    lan = kommandon.add_parser("lan", help="länets sammanställning av kommunernas aggregat")
    delar = lan.add_subparsers(dest="lan", metavar="VAD", required=True)
    samman = delar.add_parser(
        "sammanstall",
        help="lägg ihop kommunernas aggregatexporter till länets tabeller och rapport",
        description="Läser kommunernas exportmappar (eller mappar som innehåller sådana), "
        "kontrollerar manifest och kontrollsummor, summerar det som publicerats och skriver "
        "länets tabeller och PDF i en ny mapp under KATALOG.",
    )
    samman.add_argument(
        "kallor", nargs="+", type=Path, metavar="FIL_ELLER_KATALOG", help="exporter att läsa"
    )
    samman.add_argument(
        "--ut", required=True, type=Path, metavar="KATALOG", help="mappen resultatet sparas i"
    )
    samman.add_argument(
        "--period", metavar="PERIOD", help="perioden att sammanställa (standard: den senaste)"
    )
    samman.add_argument(
        "--troskel", type=troskel, default=5, metavar="N", help="minsta antal som publiceras"
    )
    samman.add_argument(
        "--anvand",
        action="append",
        default=[],
        type=Path,
        metavar="MAPP",
        help="den export som gäller när en kommun har två för samma period",
    )


def sammanstall(args: argparse.Namespace, framsteg: Callable[[], Any]) -> str:
    """Compile, and the lines to print."""
    from skrivbord.tjanster.lan import filer as lanfiler
    from skrivbord.tjanster.lan import insamling, sammanstallning

    if not args.ut.is_dir():
        raise fel.OgiltigUppgift(f"Mappen {args.ut} finns inte. Skapa den eller välj en annan.")
    kallor = insamling.forteckna(insamling.hitta(args.kallor), args.anvand)
    rad = framsteg()
    try:
        lan = kor_till_slut(sammanstallning.sammanstall(kallor, args.troskel, args.period), rad)
        mapp = kor_till_slut(lanfiler.skriv(lan, args.ut), rad)
    finally:
        rad.klar()
    rader = [
        f"Länets sammanställning för {lan.period} ({lan.antal_kommuner} kommuner) "
        f"skrevs till {mapp}."
    ]
    if lan.saknade:
        saknade = ", ".join(f"{namn} ({kod})" for kod, namn in lan.saknade)
        rader.append(f"Saknas för perioden: {saknade}.")
    return "\n".join(rader)
