"""Headless commands on the same services as the GUI.

Every command prints Swedish errors on stderr and exits non-zero on failure:
1 for an expected failure (a SkrivbordFel), 2 for wrong arguments. An argument is
checked where argparse reads it (a ``type=`` converter below raising
ArgumentTypeError), so every wrong argument gets code 2 and a Swedish sentence
before anything is opened or written.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from skrivbord import (
    __version__,
    cli_aggregat,
    cli_databas,
    cli_delegeringar,
    cli_lakemedelstillsyn,
    cli_server,
    cli_serverimport,
    fel,
)
from skrivbord.jobb import Framsteg, Jobb, kor_till_slut

if TYPE_CHECKING:
    from skrivbord.perioder import Period
    from skrivbord.tjanster.databasfil import OppenDatabas

    # What add_subparsers returns; argparse gives it no public name.
    _Kommandon = argparse._SubParsersAction[argparse.ArgumentParser]

NYCKEL_MILJOVARIABEL = "SKRIVBORD_ATERSTALLNINGSNYCKEL"
# Why the file's own commands refuse a server address.
_SERVERNS_IT = (
    "en serverdatabas kontrolleras, säkerhetskopieras och återställs av kommunens IT på "
    "servern (PostgreSQL:s egna verktyg)."
)
T = TypeVar("T")

# argparse builds its own sentences through gettext; these are the ones a user meets.
_ARGPARSE_SVENSKA = {
    "usage: ": "användning: ",
    "options": "flaggor",
    "positional arguments": "argument",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "the following arguments are required: %s": "dessa argument krävs: %s",
    "unrecognized arguments: %s": "okända argument: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ogiltigt val: %(value)r (välj bland %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "expected one argument": "ett värde krävs",
    "invalid %(type)s value: %(value)r": "ogiltigt värde: %(value)r",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
}


def _svenska_argparse() -> None:
    argparse._ = lambda text: _ARGPARSE_SVENSKA.get(text, text)  # type: ignore[attr-defined]


def _heltal_minst(minst: int) -> Callable[[str], int]:
    def tolka(text: str) -> int:
        try:
            varde = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} är inget heltal") from None
        if varde < minst:
            raise argparse.ArgumentTypeError(f"värdet ska vara minst {minst}")
        return varde

    return tolka


def _period(text: str) -> Period:
    """``--period``: perioder.py's forms, written without spaces, and already begun
    (a running period is fine; one that starts after today has nothing to report)."""
    from skrivbord import perioder

    if text != text.strip():
        raise argparse.ArgumentTypeError(
            f"skriv perioden utan mellanslag, till exempel 2025H1, inte {text!r}"
        )
    try:
        # A running period is cut at today (counted up to yesterday); one with no whole
        # day passed yet is refused.
        return perioder.kapa(perioder.tolka(text), date.today())
    except fel.OgiltigUppgift as exc:
        raise argparse.ArgumentTypeError(exc.meddelande) from None


def _ar(text: str) -> Period:
    """``--ar YYYY``: a calendar year already begun (a running one is cut at today)."""
    if not (len(text) == 4 and text.isdigit()):
        raise argparse.ArgumentTypeError(
            f"skriv året med fyra siffror, till exempel 2025, inte {text!r}"
        )
    return _period(text)


def _kommunkod(text: str) -> str:
    from skrivbord.tjanster import kommun

    try:
        return kommun.validera("kommun", text).kommunkod
    except fel.OgiltigUppgift as exc:
        raise argparse.ArgumentTypeError(exc.meddelande) from None


def _kommunnamn(text: str) -> str:
    from skrivbord.tjanster import kommun

    try:
        return kommun.validera(text, "0000").namn
    except fel.OgiltigUppgift as exc:
        raise argparse.ArgumentTypeError(exc.meddelande) from None


def _utkatalog(text: str) -> Path:
    """A folder that exists or can be made: no existing file at the path or above it."""
    sokvag = Path(text)
    for del_ in (sokvag, *sokvag.parents):
        if del_.exists():
            if not del_.is_dir():
                raise argparse.ArgumentTypeError(
                    f"{del_} är en fil, inte en katalog. Ange en katalog (den skapas om den "
                    "inte finns)"
                )
            break
    return sokvag


def bygg_parser() -> argparse.ArgumentParser:
    _svenska_argparse()
    parser = argparse.ArgumentParser(
        prog="skrivbord",
        description="Skrivbord: patientsäkerhetsarbete i kommunal hälso- och sjukvård. "
        "Utan kommando startar det grafiska programmet.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Skrivbord {__version__}",
        help="visa programmets version och avsluta",
    )
    kommandon = parser.add_subparsers(dest="kommando", title="kommandon", metavar="KOMMANDO")
    # The help lists the commands in this order.
    _demo_kommando(kommandon)
    _kontroll_kommando(kommandon)
    _sakerhetskopia_kommando(kommandon)
    _aterstall_kommando(kommandon)
    _rapport_kommando(kommandon)
    _lista_kommando(kommandon)
    _export_kommando(kommandon)
    cli_aggregat.lagg_till_lan(kommandon)
    _import_kommando(kommandon)
    cli_server.registrera(kommandon, _kommunnamn, _kommunkod)
    _sjalvtest_kommando(kommandon)
    return parser


def _demo_kommando(kommandon: _Kommandon) -> None:
    demo = kommandon.add_parser(
        "demo",
        help="skapa en ny krypterad demodatabas med påhittade uppgifter",
        description="Skapar en ny krypterad databas fylld med påhittade men realistiska "
        "uppgifter. En befintlig fil skrivs aldrig över.",
    )
    demo.add_argument(
        "--databas",
        required=True,
        type=cli_databas.bara_fil(
            "demo",
            "demodatabasen är en ny krypterad fil. En server fylls med skrivbord server "
            "importera --fran DEMOFIL.",
        ),
        metavar="SÖKVÄG",
        help="den nya databasfilen",
    )
    demo.add_argument(
        "--ar",
        type=_heltal_minst(1),
        default=3,
        metavar="N",
        help="antal hela kalenderår bakåt (förval 3), utöver innevarande år",
    )
    demo.add_argument(
        "--avvikelser-per-ar", type=_heltal_minst(0), default=1200, metavar="N", help="förval 1200"
    )
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="slumpfrö (förval 1)")
    demo.add_argument(
        "--kommun", type=_kommunnamn, default="Demokommun", metavar="NAMN", help="kommunens namn"
    )
    demo.add_argument(
        "--kommunkod",
        type=_kommunkod,
        default="9999",
        metavar="KOD",
        help="SCB:s fyrsiffriga kommunkod",
    )


def _kontroll_kommando(kommandon: _Kommandon) -> None:
    kontroll = kommandon.add_parser(
        "kontroll",
        help="kontrollera att en databas är hel (kryptering och SQLite)",
        description="Kontrollerar krypteringens sidsignaturer, SQLite:s integritet och "
        "de främmande nycklarna, och skriver ut allt som hittas. Avslutar med felkod 1 om "
        "något är fel; filen märks då som skadad (FIL.skadad bredvid den) och öppnas inte "
        "för ändringar förrän en säkerhetskopia lagts tillbaka eller en ny kontroll "
        "godkänner den.",
    )
    kontroll.add_argument(
        "--databas",
        required=True,
        type=cli_databas.bara_fil("kontroll", _SERVERNS_IT),
        metavar="SÖKVÄG",
        help="databasfilen att kontrollera",
    )


def _sakerhetskopia_kommando(kommandon: _Kommandon) -> None:
    kopia = kommandon.add_parser(
        "sakerhetskopia",
        help="gör en krypterad, kontrollerad säkerhetskopia av en databas",
        description="Skriver en krypterad kopia av databasen (samma nyckel, så den öppnas med "
        "samma återställningsnyckel på vilken dator som helst) och kontrollerar den innan "
        "den får sitt namn. Utan --ut hamnar kopian i mappen för säkerhetskopior och de "
        "äldsta roteras bort (som i programmet). Databasen ändras inte.",
    )
    kopia.add_argument(
        "--databas",
        required=True,
        type=cli_databas.bara_fil("sakerhetskopia", _SERVERNS_IT),
        metavar="SÖKVÄG",
        help="databasfilen",
    )
    kopia.add_argument(
        "--ut",
        type=Path,
        metavar="FIL",
        help="kopians fil (skrivs aldrig över); utan den: mappen för säkerhetskopior",
    )


def _aterstall_kommando(kommandon: _Kommandon) -> None:
    aterstall = kommandon.add_parser(
        "aterstall",
        help="lägg tillbaka en säkerhetskopia",
        description="Kontrollerar säkerhetskopian (nyckel, krypteringens sidsignaturer, "
        "SQLite:s integritet) och lägger den på databasens plats. En befintlig databas "
        "ersätts bara med --ersatt, och den tas aldrig bort: den läggs undan som "
        "NAMN.ersatt-<datum_tid>.db bredvid.",
    )
    aterstall.add_argument(
        "--fran", required=True, type=Path, metavar="FIL", help="säkerhetskopian"
    )
    aterstall.add_argument(
        "--databas",
        required=True,
        type=cli_databas.bara_fil("aterstall", _SERVERNS_IT),
        metavar="SÖKVÄG",
        help="databasfilen som skrivs",
    )
    aterstall.add_argument(
        "--ersatt",
        action="store_true",
        help="ersätt en befintlig databas (den läggs undan, inte bort)",
    )


def _rapport_kommando(kommandon: _Kommandon) -> None:
    rapport = kommandon.add_parser("rapport", help="skriv en rapport som PDF")
    rapporter = rapport.add_subparsers(dest="rapport", metavar="RAPPORT", required=True)
    _sammanstallning_kommando(rapporter)
    _logguppfoljning_kommandon(rapporter)
    _egenkontroll_kommando(rapporter)
    cli_delegeringar.lagg_till_rapporter(rapporter, _heltal_minst(1))
    cli_lakemedelstillsyn.lagg_till_rapporter(rapporter, _heltal_minst(1), _ar)


def _logguppfoljning_kommandon(rapporter: _Kommandon) -> None:
    mall = rapporter.add_parser(
        "logguppfoljning-mall",
        help="tom protokoll-mall för logguppföljning att skriva ut (ingen databas behövs)",
        description="Skriver den tomma protokoll-mallen för logguppföljning (A4, med "
        "instruktioner och signaturrader). Innehåller inga uppgifter ur någon databas.",
    )
    mall.add_argument("--ut", required=True, type=Path, metavar="FIL.pdf", help="PDF-filen")
    mall.add_argument(
        "--kommun", type=_kommunnamn, metavar="NAMN", help="kommunens namn i sidhuvudet"
    )
    protokoll = rapporter.add_parser(
        "logguppfoljning",
        help="ifyllt protokoll för en logguppföljning (internt)",
        description="Skriver protokollet för en logguppföljning som PDF. Internt "
        'arbetsdokument: märkt "Intern – innehåller personuppgifter" och läsbart bara '
        "för ägaren. Id:t visar skrivbord lista logguppfoljning.",
    )
    cli_databas.lagg_till(protokoll)
    protokoll.add_argument(
        "--id", required=True, type=_heltal_minst(1), metavar="N", help="logguppföljningens id"
    )
    protokoll.add_argument("--ut", required=True, type=Path, metavar="FIL.pdf", help="PDF-filen")
    ar = rapporter.add_parser(
        "logguppfoljning-ar",
        help="årssammanställning av logguppföljningen för patientsäkerhetsberättelsen",
        description="Granskningar per månad och slag, upptäckta avvikelser och vidtagna "
        "åtgärder under ett år, bara antal (inga namn, ingen fritext).",
    )
    cli_databas.lagg_till(ar)
    ar.add_argument(
        "--ar",
        required=True,
        type=_ar,
        metavar="ÅÅÅÅ",
        help="året; ett pågående år räknas till och med i går",
    )
    ar.add_argument("--ut", required=True, type=Path, metavar="FIL.pdf", help="PDF-filen")


def _lista_kommando(kommandon: _Kommandon) -> None:
    lista = kommandon.add_parser(
        "lista",
        help="lista poster med id, datum och enhet (utan fritext)",
        description="Skriver en rad per post: id, datum, enhet eller system och en kort "
        "etikett, aldrig fritext. Id:t används av kommandon som tar --id.",
    )
    slag = lista.add_subparsers(dest="slag", title="vad som listas", metavar="SLAG", required=True)
    logg = slag.add_parser("logguppfoljning", help="logguppföljningar, senaste först")
    cli_databas.lagg_till(logg)
    cli_lakemedelstillsyn.lagg_till_lista(slag)
    cli_delegeringar.lagg_till_lista(slag)


def _egenkontroll_kommando(rapporter: _Kommandon) -> None:
    rapport = rapporter.add_parser(
        "egenkontroll",
        help="egenkontrollplanen, årshjulet och hur planen följts under ett år",
        description="Planen, årshjulet, genomförande per område och enhet (i tid, sent, "
        "missade) och bristerna med sina åtgärder, som PDF utan namn och fritext.",
    )
    cli_databas.lagg_till(rapport)
    rapport.add_argument(
        "--ar", required=True, type=_ar, metavar="ÅÅÅÅ", help="året, till exempel 2025"
    )
    rapport.add_argument(
        "--ut", required=True, type=Path, metavar="FIL.pdf", help="PDF-filen som skrivs"
    )


def _sammanstallning_kommando(rapporter: _Kommandon) -> None:
    samman = rapporter.add_parser(
        "sammanstallning",
        help="sammanställning av avvikelser för nämnden och patientsäkerhetsberättelsen",
        description="Avvikelserna för en period jämförda med samma period två år bakåt, "
        "som PDF utan patientuppgifter och namn.",
    )
    cli_databas.lagg_till(samman)
    samman.add_argument(
        "--period",
        required=True,
        type=_period,
        metavar="PERIOD",
        help="2025 (helår), 2025H1/2025H2 (halvår) eller 2025Q1–2025Q4 (kvartal); en "
        "pågående period räknas till och med i går",
    )
    samman.add_argument(
        "--ut", required=True, type=Path, metavar="FIL.pdf", help="PDF-filen som skrivs"
    )


def _kalenderar(text: str) -> int:
    """``--ar`` of the calendar export: a year up to next year (the plan is made a year
    ahead; further on it may still change)."""
    try:
        ar = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} är inget årtal, skriv till exempel 2025"
        ) from None
    if not 2000 <= ar <= date.today().year + 1:
        raise argparse.ArgumentTypeError(
            f"kalendern kan skrivas för år från 2000 till och med nästa år, inte {ar}"
        )
    return ar


def _export_kommando(kommandon: _Kommandon) -> None:
    export = kommandon.add_parser("export", help="skriv uppgifter till en fil för andra program")
    exporter = export.add_subparsers(dest="export", metavar="VAD", required=True)
    kalender = exporter.add_parser(
        "kalender",
        help="egenkontrollernas tillfällen som iCalendar-fil (.ics) för Outlook",
        description="En händelse per egenkontrolltillfälle på dagen då det ska vara klart, "
        "med område och enhet och en påminnelse en vecka före. Inga namn på personer.",
    )
    cli_databas.lagg_till(kalender)
    kalender.add_argument(
        "--ar", required=True, type=_kalenderar, metavar="ÅR", help="året, till exempel 2025"
    )
    kalender.add_argument(
        "--enhet", metavar="NAMN", help="bara den här enhetens tillfällen (enhetens namn)"
    )
    kalender.add_argument(
        "--ut", required=True, type=Path, metavar="FIL.ics", help="kalenderfilen som skrivs"
    )
    cli_aggregat.lagg_till(exporter, _period)


def _import_kommando(kommandon: _Kommandon) -> None:
    import_ = kommandon.add_parser(
        "import",
        help="importera uppgifter från en fil",
        description="Importerar uppgifter från en CSV- eller Excelfil till en databas.",
    )
    importtyper = import_.add_subparsers(
        dest="importtyp", title="vad som importeras", metavar="TYP", required=True
    )
    _import_avvikelser_kommando(importtyper)


def _import_avvikelser_kommando(importtyper: _Kommandon) -> None:
    import_avvikelser = importtyper.add_parser(
        "avvikelser",
        help="importera avvikelser från CSV eller Excel (.xlsx)",
        description="Importerar avvikelser från en CSV-fil (komma, semikolon eller tabb; "
        "UTF-8 eller Windows-1252) eller en Excel-arbetsbok (.xlsx). Allt eller inget: har "
        "någon rad fel importeras ingenting, och felen listas rad för rad med radnummer som "
        "i Excel. Rader som redan importerats hoppas över, så samma fil kan köras igen.",
    )
    cli_databas.lagg_till(
        import_avvikelser, "databasen att importera till (en fil eller postgresql://…)"
    )
    import_avvikelser.add_argument(
        "fil", type=Path, metavar="FIL", help="CSV-filen eller Excel-arbetsboken (.xlsx)"
    )
    import_avvikelser.add_argument(
        "--mappning",
        type=Path,
        metavar="FIL.json",
        help="vilken kolumn som hör till vilket fält (sparad från programmets importguide); "
        "utan den gissas kolumnerna från rubrikraden",
    )
    import_avvikelser.add_argument(
        "--hoppa-over-fel",
        action="store_true",
        help="importera raderna utan fel och hoppa över raderna med fel (de listas)",
    )


def _sjalvtest_kommando(kommandon: _Kommandon) -> None:
    sjalvtest = kommandon.add_parser(
        "sjalvtest",
        help="prova att programmet fungerar på den här datorn",
        description="Skapar en krypterad provdatabas, sparar och läser dess nyckel i "
        "nyckelringen, skriver en PDF, öppnar huvudfönstret och sparar en skärmbild. "
        "Resultatet skrivs som rapport.json i katalogen. Inga personuppgifter.",
    )
    sjalvtest.add_argument(
        "--ut",
        required=True,
        type=_utkatalog,
        metavar="KATALOG",
        help="katalog för rapport och filer; skapas om den inte finns. En befintlig fil "
        "skrivs aldrig över: då avslutas kommandot med felkod 2",
    )


def main(argv: list[str]) -> int:
    parser = bygg_parser()
    args = parser.parse_args(argv)
    if args.kommando is None:
        parser.print_help()
        return 2
    try:
        kommando = {
            "demo": _demo,
            "kontroll": _kontroll,
            "sakerhetskopia": _sakerhetskopia,
            "aterstall": _aterstall,
            "rapport": _rapport,
            "lista": _lista,
            "export": _export,
            "lan": _lan,
            "import": _import,
            "server": _server,
            "sjalvtest": _sjalvtest,
        }[args.kommando]
        return kommando(args)
    except fel.SkrivbordFel as exc:
        print(f"skrivbord: {exc.meddelande}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("skrivbord: avbrutet.", file=sys.stderr)
        return 130


class _Framstegsrad:
    """A one-line progress bar on a terminal; silent when stderr is not one."""

    def __init__(self) -> None:
        self.aktiv = sys.stderr.isatty()
        self._senast = 0.0

    def __call__(self, steg: Framsteg) -> None:
        if not self.aktiv:
            return
        nu = time.monotonic()
        if nu - self._senast < 0.1 and steg.andel != 1.0:
            return
        self._senast = nu
        andel = steg.andel or 0.0
        fylld = int(andel * 30)
        sys.stderr.write(f"\r[{'#' * fylld}{' ' * (30 - fylld)}] {andel:4.0%} {steg.text[:40]:<40}")
        sys.stderr.flush()

    def klar(self) -> None:
        if self.aktiv:
            sys.stderr.write("\n")


def _demo(args: argparse.Namespace) -> int:
    from skrivbord.tjanster import databasfil, demodata, kommun

    kommun.validera(args.kommun, args.kommunkod)
    start = time.monotonic()
    rad = _Framstegsrad()
    try:
        skapad = kor_till_slut(
            demodata.skapa_demo(
                args.databas,
                ar=args.ar,
                avvikelser_per_ar=args.avvikelser_per_ar,
                seed=args.seed,
                kommun=args.kommun,
                kommunkod=args.kommunkod,
            ),
            rad,
        )
    finally:
        rad.klar()
    skapad.stang()
    print(f"Demodatabasen {args.databas} skapades på {time.monotonic() - start:.1f} s.")
    if skapad.nyckel_i_nyckelringen:
        print(f"Nyckeln sparades i {databasfil.nyckelplats().beskrivning}.")
    else:
        print(
            "Nyckeln kunde inte sparas i någon säker nyckelring på den här datorn. "
            f"Ange återställningsnyckeln (t.ex. i miljövariabeln {NYCKEL_MILJOVARIABEL}) "
            "när databasen ska öppnas.",
            file=sys.stderr,
        )
    print(f"Återställningsnyckel (visas bara nu): {skapad.aterstallningsnyckel}")
    return 0


def _oppna_for_kommando(plats: cli_databas.Plats) -> OppenDatabas:
    """Open through the service, as the GUI does. A file: instance lock first, the
    keyring's key, else the recovery key from the environment or a prompt. A server:
    the keyring's password, else SKRIVBORD_LOSENORD or a prompt (cli_databas.py)."""
    from skrivbord.tjanster import databasfil

    if isinstance(plats, cli_databas.ServerAdress):
        return cli_databas.oppna_server(plats)
    return _med_nyckel(lambda text: databasfil.oppna(plats, text))


def _med_nyckel(jobb: Callable[[str | None], Jobb[T]]) -> T:
    """Run ``jobb`` with the keyring's key; when the service asks for the recovery key,
    again with the one from the environment or a prompt."""
    from skrivbord.tjanster import databasfil

    rad = _Framstegsrad()
    try:
        try:
            return kor_till_slut(jobb(None), rad)
        except fel.SkrivbordFel as exc:
            if not databasfil.behover_aterstallningsnyckel(exc):
                raise
            text = os.environ.get(NYCKEL_MILJOVARIABEL)
            if not text and sys.stdin.isatty():
                text = getpass.getpass("Återställningsnyckel: ")
            if not text:
                raise
            return kor_till_slut(jobb(text), rad)
    finally:
        rad.klar()


def _kontroll(args: argparse.Namespace) -> int:
    from skrivbord.tjanster import databasfil

    problem = _med_nyckel(lambda text: databasfil.kontrollera_fil(args.databas, text))
    if problem:
        print(f"Databasen {args.databas.name} har fel:", file=sys.stderr)
        for rad in problem:
            print(f"  {rad}", file=sys.stderr)
        print(
            "  Filen används inte förrän en säkerhetskopia har lagts tillbaka "
            "(eller en ny kontroll godkänner den).",
            file=sys.stderr,
        )
        return 1
    print(f"Databasen {args.databas.name} är hel: krypteringen och innehållet är kontrollerade.")
    return 0


def _sakerhetskopia(args: argparse.Namespace) -> int:
    from skrivbord.tjanster import aterstallning

    kopia = _med_nyckel(
        lambda text: aterstallning.sakerhetskopiera_fil(args.databas, args.ut, text)
    )
    print(f"Säkerhetskopian {kopia} är skriven och kontrollerad.")
    return 0


def _aterstall(args: argparse.Namespace) -> int:
    from skrivbord.tjanster import aterstallning

    klar = _med_nyckel(
        lambda text: aterstallning.aterstall(args.fran, args.databas, args.ersatt, text)
    )
    print(f"Säkerhetskopian {klar.kopia.name} är kontrollerad och återställd till {klar.databas}.")
    if klar.undanlagd is not None:
        print(f"Den tidigare filen ligger kvar som {klar.undanlagd}.")
    return 0


def _sjalvtest(args: argparse.Namespace) -> int:
    from skrivbord import sjalvtest

    return sjalvtest.kor(args.ut)


def _rapport(args: argparse.Namespace) -> int:
    if args.rapport in cli_lakemedelstillsyn.RAPPORTER:
        return cli_lakemedelstillsyn.rapport(args, _oppna_for_kommando)
    if args.rapport.startswith("logguppfoljning"):
        return _rapport_logguppfoljning(args)
    if args.rapport == "egenkontroll":
        return _egenkontrollrapport(args)
    if args.rapport in cli_delegeringar.RAPPORTER:
        return cli_delegeringar.rapport(args, _oppna_for_kommando)
    from skrivbord.tjanster.avvikelser import sammanstallning

    # Checked, and a running period cut at today, by _period before the database opens.
    period = args.period
    idag = date.today()
    rad = _Framstegsrad()
    oppen = _oppna_for_kommando(args.databas)
    try:
        ut = kor_till_slut(
            sammanstallning.berakna_och_skriv(oppen.databas, period, args.ut, idag=idag), rad
        )
    finally:
        rad.klar()
        oppen.stang()
    print(f"Sammanställningen för {period.etikett} skrevs till {ut}.")
    if period.pagaende:
        print(
            "Perioden pågår: den räknas till och med i går och jämförs med samma datum tidigare år."
        )
    return 0


def _rapport_logguppfoljning(args: argparse.Namespace) -> int:
    from skrivbord.tjanster.logguppfoljning import utskrift

    if args.rapport == "logguppfoljning-mall":
        ut = kor_till_slut(utskrift.skriv_mall(args.ut, args.kommun or ""))
        print(f"Protokoll-mallen skrevs till {ut}.")
        return 0
    oppen = _oppna_for_kommando(args.databas)
    try:
        if args.rapport == "logguppfoljning":
            ut = kor_till_slut(utskrift.skriv_protokoll(oppen.databas, args.id, args.ut))
            print(f"Protokollet för logguppföljning {args.id} skrevs till {ut} (internt).")
        else:
            ut = kor_till_slut(utskrift.skriv_arssammanstallning(oppen.databas, args.ar, args.ut))
            print(f"Årssammanställningen för {args.ar.etikett} skrevs till {ut}.")
    finally:
        oppen.stang()
    return 0


def _lista(args: argparse.Namespace) -> int:
    if args.slag == "lakemedelstillsyn":
        return cli_lakemedelstillsyn.lista(args, _oppna_for_kommando)
    from skrivbord.tjanster.logguppfoljning import protokoll

    if args.slag == "delegeringar":
        return cli_delegeringar.lista(args, _oppna_for_kommando)
    oppen = _oppna_for_kommando(args.databas)
    try:
        rader = protokoll.lista(oppen.databas)
    finally:
        oppen.stang()
    for r in rader:
        plats = (
            r.system if r.enhet_namn == protokoll.HELA_KOMMUNEN else f"{r.enhet_namn} / {r.system}"
        )
        print(f"{r.id}\t{r.datum.isoformat()}\t{plats}\t{r.typ.etikett} · {r.resultat.etikett}")
    if not rader:
        print("Inga logguppföljningar.", file=sys.stderr)
    return 0


def _egenkontrollrapport(args: argparse.Namespace) -> int:
    from skrivbord.tjanster.egenkontroller import rapport

    rad = _Framstegsrad()
    oppen = _oppna_for_kommando(args.databas)
    try:
        ut = kor_till_slut(rapport.berakna_och_skriv(oppen.databas, args.ar.ar, args.ut), rad)
    finally:
        rad.klar()
        oppen.stang()
    print(f"Egenkontrollerna för {args.ar.ar} skrevs till {ut}.")
    return 0


def _export(args: argparse.Namespace) -> int:
    from skrivbord.tjanster.egenkontroller import kalenderfil

    if args.export == "aggregat":
        print(cli_aggregat.exportera(args, _oppna_for_kommando, _Framstegsrad))
        return 0

    oppen = _oppna_for_kommando(args.databas)
    try:
        antal = kalenderfil.skriv(oppen.databas, args.ar, args.ut, args.enhet)
    finally:
        oppen.stang()
    print(f"{antal} egenkontrolltillfällen för {args.ar} skrevs till {args.ut}.")
    return 0


def _lan(args: argparse.Namespace) -> int:
    print(cli_aggregat.sammanstall(args, _Framstegsrad))
    return 0


def _server(args: argparse.Namespace) -> int:
    if args.server == cli_serverimport.KOMMANDO:
        print(cli_serverimport.kor(args, _oppna_for_kommando, _Framstegsrad))
        return 0
    return cli_server.kor(args)


def _import(args: argparse.Namespace) -> int:
    from skrivbord.tjanster.avvikelser import importera as imp

    tabell = imp.lasa_fil(args.fil)
    mappning = imp.lasa_mappning(args.mappning) if args.mappning else imp.foreslaget(tabell)
    for anmarkning in tabell.anmarkningar:
        print(f"skrivbord: {anmarkning}", file=sys.stderr)
    print(f"{args.fil.name}: {len(tabell.rader)} rader. Kolumner:")
    for falt in imp.MALFALT:
        kolumn = mappning.kolumn(falt.namn)
        fast = mappning.fast_varde(falt.namn)
        if kolumn or fast:
            kalla = f'"{kolumn}"' if kolumn else f"fast värde {fast}"
            print(f"  {falt.etikett}: {kalla}")
    oppen = _oppna_for_kommando(args.databas)
    rad = _Framstegsrad()
    try:
        resultat = kor_till_slut(
            imp.importera(oppen.databas, tabell, mappning, hoppa_over_fel=args.hoppa_over_fel),
            rad,
        )
    except imp.ImportenStoppad as exc:
        rad.klar()
        for radfel in exc.fel:
            print(radfel.text, file=sys.stderr)
        print(
            f"skrivbord: Inget importerades: {exc.antal_rader_med_fel} av {len(tabell.rader)} "
            "rader har fel. Rätta dem i filen, eller kör igen med --hoppa-over-fel för att "
            "importera bara raderna utan fel.",
            file=sys.stderr,
        )
        return 1
    finally:
        oppen.stang()
    rad.klar()
    for radfel in resultat.overhoppade:
        print(radfel.text, file=sys.stderr)
    antal = resultat.antal_importerade
    print(
        f"{antal} {'avvikelse' if antal == 1 else 'avvikelser'} importerades från {args.fil.name}."
    )
    if resultat.antal_dubbletter:
        print(f"Redan importerade och överhoppade rader: {resultat.antal_dubbletter}.")
    if resultat.antal_overhoppade_rader:
        print(
            f"Överhoppade rader med fel: {resultat.antal_overhoppade_rader} (se listan ovan).",
            file=sys.stderr,
        )
    return 0
