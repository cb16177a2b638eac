"""The shared server database's commands, registered by cli.py:

- ``skrivbord server init --databas postgresql://… --kommun NAMN --kommunkod KOD
  [--enhet NAMN:TYP …]``
- ``skrivbord server anvandare lagg-till --databas … --roll mas|enhetschef|lasare
  [--enhet NAMN …] [--losenord-fran-stdin] LOGIN``
- ``skrivbord server anvandare lista --databas …``
- ``skrivbord server anvandare ta-bort --databas … LOGIN``

Each command is one sub-parser and one function in ``_KOMMANDON``; a new one adds both.
The connecting login's own password comes from the keyring, from libpq's PGPASSWORD or
~/.pgpass, or a prompt; a new user's password from a prompt (twice) or the first line
of stdin, never from the command line. This module imports nothing from cli.py.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from skrivbord import cli_databas, cli_serverimport, fel

if TYPE_CHECKING:
    from skrivbord.lagring.server.adress import ServerAdress
    from skrivbord.lagring.server.databas import ServerDatabas
    from skrivbord.typer import Enhetstyp


def serveradress(text: str) -> ServerAdress:
    """``--databas``: a server address (lagring/server/adress.py)."""
    from skrivbord.lagring.server.adress import ServerAdress

    try:
        return ServerAdress.tolka(text)
    except fel.OgiltigUppgift as exc:
        raise argparse.ArgumentTypeError(exc.meddelande) from None


def _enhet_med_typ(text: str) -> tuple[str, Enhetstyp]:
    """``--enhet NAMN:TYP`` of init."""
    from skrivbord.typer import Enhetstyp

    namn, _, typ = text.rpartition(":")
    typer = ", ".join(t.value for t in Enhetstyp)
    if not namn.strip() or typ not in {t.value for t in Enhetstyp}:
        raise argparse.ArgumentTypeError(
            f"skriv enheten som NAMN:TYP, till exempel Solgården:sabo; TYP är en av {typer}"
        )
    return namn.strip(), Enhetstyp(typ)


def _kontonamn(text: str) -> str:
    from skrivbord.tjanster import serveranvandare

    try:
        return serveranvandare.kontrollera_kontonamn(text)
    except fel.OgiltigUppgift as exc:
        raise argparse.ArgumentTypeError(exc.meddelande) from None


def _databas_argument(parser: argparse.ArgumentParser, hjalp: str) -> None:
    parser.add_argument(
        "--databas", required=True, type=serveradress, metavar="postgresql://…", help=hjalp
    )


def registrera(
    kommandon: Any, kommunnamn: Callable[[str], str], kommunkod: Callable[[str], str]
) -> None:
    """``server`` and its sub-commands (``kommandon`` is cli.py's subparsers)."""
    server = kommandon.add_parser(
        "server",
        help="förbered en delad serverdatabas (PostgreSQL) och lägg till användare",
        description="Kommandon för en delad PostgreSQL-databas som flera användare "
        "arbetar i samtidigt (docs/flera-anvandare.md).",
    )
    delar = server.add_subparsers(dest="server", metavar="VAD", required=True)
    cli_serverimport.registrera(delar)

    init = delar.add_parser(
        "init",
        help="skapa Skrivbords tabeller, roller och behörigheter i en tom databas",
        description="Skapar tabellerna, kommunens grunduppgifter, rollerna skrivbord_mas, "
        "skrivbord_enhetschef och skrivbord_lasare och radsäkerheten som håller varje "
        "enhetschef till sina enheter. Körs en gång, med kommunens administratörskonto "
        "för databasen (det som äger den och får skapa roller).",
    )
    _databas_argument(init, "den tomma databasen, som administratörskontot")
    init.add_argument("--kommun", required=True, type=kommunnamn, metavar="NAMN")
    init.add_argument(
        "--kommunkod", required=True, type=kommunkod, metavar="KOD", help="SCB:s kommunkod"
    )
    init.add_argument(
        "--enhet",
        action="append",
        default=[],
        type=_enhet_med_typ,
        metavar="NAMN:TYP",
        help="en enhet att börja med, till exempel Solgården:sabo (flera --enhet går bra)",
    )

    uppgradera = delar.add_parser(
        "uppgradera",
        help="uppgradera serverdatabasens tabeller till den här versionen av Skrivbord",
        description="Kör de migreringar som den här versionen av Skrivbord har och servern "
        "saknar, i en transaktion. Körs med kommunens administratörskonto (det som äger "
        "databasen) efter att en ny version installerats; en MAS eller enhetschef kan "
        "inte ändra tabellerna.",
    )
    _databas_argument(uppgradera, "serverdatabasen, som administratörskontot")

    anvandare = delar.add_parser("anvandare", help="användarna i serverdatabasen")
    slag = anvandare.add_subparsers(dest="anvandare", metavar="VAD", required=True)
    lagg_till = slag.add_parser(
        "lagg-till",
        help="skapa en inloggning med en roll (och enheter för en enhetschef)",
        description="Skapar inloggningen LOGIN på databasservern i rollen och ger den "
        "rätt att ansluta till just den här databasen. En enhetschef knyts till sina "
        "enheter och ser bara deras uppgifter. Lösenordet frågas efter två gånger, eller "
        "läses från första raden på standard in med --losenord-fran-stdin; det skrivs "
        "aldrig på kommandoraden.",
    )
    _databas_argument(lagg_till, "serverdatabasen, som MAS eller administratörskontot")
    lagg_till.add_argument(
        "--roll", required=True, choices=["mas", "enhetschef", "lasare"], help="rollen"
    )
    lagg_till.add_argument(
        "--enhet",
        action="append",
        default=[],
        metavar="NAMN",
        help="enhetschefens enhet (enhetens namn; flera --enhet går bra)",
    )
    lagg_till.add_argument(
        "--losenord-fran-stdin",
        action="store_true",
        help="läs det nya lösenordet från första raden på standard in",
    )
    lagg_till.add_argument("login", type=_kontonamn, metavar="LOGIN", help="inloggningens namn")

    lista = slag.add_parser("lista", help="inloggningarna med roll och enheter")
    _databas_argument(lista, "serverdatabasen")

    ta_bort = slag.add_parser(
        "ta-bort",
        help="ta bort en inloggning",
        description="Tar bort inloggningen, dess enheter och rätten att ansluta. Det "
        "den skrivit finns kvar, och ändringsloggen behåller namnet.",
    )
    _databas_argument(ta_bort, "serverdatabasen")
    ta_bort.add_argument("login", type=_kontonamn, metavar="LOGIN")


def kor(args: argparse.Namespace) -> int:
    kommando = args.server if args.server != "anvandare" else f"anvandare {args.anvandare}"
    return _KOMMANDON[kommando](args)


def _anslut(adress: ServerAdress) -> ServerDatabas:
    """A pool for the login, proved with one query; the password as every command asks
    for it (cli_databas.med_losenord). The admin's password is not kept in the keyring."""
    from skrivbord.tjanster import serverdatabas

    def prova(losenord: str | None) -> ServerDatabas:
        databas = serverdatabas.anslut(adress, losenord)
        try:
            with databas.ra_anslutning() as anslutning:
                anslutning.execute("SELECT 1")
        except BaseException:
            databas.stang()
            raise
        return databas

    return cli_databas.med_losenord(adress, prova)


def _init(args: argparse.Namespace) -> int:
    from skrivbord.tjanster import serveranvandare

    databas = _anslut(args.databas)
    try:
        resultat = serveranvandare.forbered(databas, args.kommun, args.kommunkod, args.enhet)
    finally:
        databas.stang()
    visning = args.databas.visning()
    if resultat is serveranvandare.Forberedd.ROLLER:
        print(
            f"Databasen {visning} hade redan Skrivbords tabeller; rollerna och "
            "behörigheterna är nu tillagda (kommun och enheter ändrades inte)."
        )
    else:
        print(f"Databasen {visning} är förberedd för {args.kommun} med tabeller och roller.")
    print("Lägg till användare med: skrivbord server anvandare lagg-till")
    return 0


def _nytt_losenord(args: argparse.Namespace) -> str:
    if args.losenord_fran_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise fel.OgiltigUppgift(
            "Inget lösenord: kör kommandot i en terminal för att skriva det, eller ge det "
            "på standard in med --losenord-fran-stdin."
        )
    forsta = getpass.getpass(f"Nytt lösenord för {args.login}: ")
    if getpass.getpass("Samma lösenord igen: ") != forsta:
        raise fel.OgiltigUppgift("Lösenorden är inte lika. Inget konto skapades.")
    return forsta


def _lagg_till(args: argparse.Namespace) -> int:
    from skrivbord.tjanster import serveranvandare

    roll = serveranvandare.Roll(args.roll)
    losenord = serveranvandare.kontrollera_losenord(_nytt_losenord(args))
    databas = _anslut(args.databas)
    try:
        serveranvandare.lagg_till(databas, args.login, roll, args.enhet, losenord)
    finally:
        databas.stang()
    enheter = f" för {', '.join(args.enhet)}" if args.enhet else ""
    print(f"Kontot {args.login} är skapat som {roll.etikett}{enheter}.")
    print(f"Det ansluter med adressen {args.databas.med_anvandare(args.login)}")
    return 0


def _lista(args: argparse.Namespace) -> int:
    from skrivbord.tjanster import serveranvandare

    databas = _anslut(args.databas)
    try:
        anvandare = serveranvandare.lista(databas)
    finally:
        databas.stang()
    for a in anvandare:
        print(f"{a.login}\t{a.roll.etikett}\t{', '.join(a.enheter)}".rstrip())
    if not anvandare:
        print("Inga användare ännu.", file=sys.stderr)
    return 0


def _ta_bort(args: argparse.Namespace) -> int:
    from skrivbord.tjanster import serveranvandare

    databas = _anslut(args.databas)
    try:
        serveranvandare.ta_bort(databas, args.login)
    finally:
        databas.stang()
    print(f"Kontot {args.login} är borttaget.")
    return 0


def _uppgradera(args: argparse.Namespace) -> int:
    from skrivbord.lagring import migrering
    from skrivbord.tjanster import serverdatabas

    databas = _anslut(args.databas)
    try:
        databas.verifiera()
        gjord = serverdatabas.uppgradera(databas)
        version = migrering.aktuell_version(databas)
    finally:
        databas.stang()
    if gjord:
        print(f"Databasen {args.databas.visning()} är uppgraderad till version {version}.")
    else:
        print(f"Databasen {args.databas.visning()} har redan den senaste versionen ({version}).")
    return 0


_KOMMANDON: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": _init,
    "uppgradera": _uppgradera,
    "anvandare lagg-till": _lagg_till,
    "anvandare lista": _lista,
    "anvandare ta-bort": _ta_bort,
}
