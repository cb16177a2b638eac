"""``--databas``: a database file or a server address, for every command of the CLI.

``plats`` is the argparse type: a ``postgresql://…`` address becomes a ServerAdress
(a wrong one exits with 2 and a Swedish sentence), anything else a Path. Commands that
work on the file itself (kontroll, sakerhetskopia, aterstall, demo) take ``bara_fil``,
which refuses an address with a sentence saying why.

The password of a server login, in this order: the keyring; then, when it has none or
a wrong one, the environment variable SKRIVBORD_LOSENORD (for scheduled commands),
else a prompt when stdin is a terminal. Never a command-line argument: those end up in
the shell's history and in the process list (docs/flera-anvandare.md, "Ansluta").
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from skrivbord import fel

# Cheap (no SQLAlchemy, no driver): read while argparse parses.
from skrivbord.lagring.server.adress import ServerAdress, ar_serveradress

if TYPE_CHECKING:
    from skrivbord.tjanster.databasfil import OppenDatabas

T = TypeVar("T")
Plats = Path | ServerAdress

LOSENORD_MILJOVARIABEL = "SKRIVBORD_LOSENORD"
METAVAR = "DATABAS"
HJALP = "databasfilen, eller serverns adress postgresql://användare@server/databas"


def plats(text: str) -> Plats:
    if ar_serveradress(text):
        try:
            return ServerAdress.tolka(text)
        except fel.OgiltigUppgift as exc:
            raise argparse.ArgumentTypeError(exc.meddelande) from None
    return Path(text)


def bara_fil(kommando: str, varfor: str) -> Callable[[str], Path]:
    """The type of ``--databas`` for a command that needs the file itself."""

    def tolka(text: str) -> Path:
        if ar_serveradress(text):
            raise argparse.ArgumentTypeError(
                f"{kommando} gäller bara en databasfil, inte en serverdatabas: {varfor}"
            )
        return Path(text)

    return tolka


def lagg_till(parser: argparse.ArgumentParser, hjalp: str = HJALP) -> None:
    """``--databas`` for a command that reads or writes an existing database."""
    parser.add_argument("--databas", required=True, type=plats, metavar=METAVAR, help=hjalp)


def med_losenord(adress: ServerAdress, gora: Callable[[str | None], T]) -> T:
    """``gora`` with the keyring's password; when the server wants another one, again
    with SKRIVBORD_LOSENORD's or one typed at the prompt (once: a wrong one is final)."""
    from skrivbord.tjanster import serveranslutning

    try:
        return gora(None)
    except fel.SkrivbordFel as exc:
        if not serveranslutning.behover_losenord(exc):
            raise
        losenord = os.environ.get(LOSENORD_MILJOVARIABEL)
        if not losenord and sys.stdin.isatty():
            print(exc.meddelande, file=sys.stderr)
            losenord = getpass.getpass(f"Lösenord för {adress.anvandare}: ")
        if not losenord:
            raise
        return gora(losenord)


def oppna_server(
    adress: ServerAdress, framsteg: Callable[[Any], None] | None = None
) -> OppenDatabas:
    from skrivbord.jobb import kor_till_slut
    from skrivbord.tjanster import serveranslutning

    return med_losenord(
        adress, lambda losenord: kor_till_slut(serveranslutning.oppna(adress, losenord), framsteg)
    )
