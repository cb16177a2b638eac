"""Connecting to a shared server database from the GUI and the CLI: building and reading
the address, where the password comes from, and the open as a job (so the GUI runs it
off its own thread). The work itself is serverdatabas.oppna's.

The password's sources, in this order: the OS keyring (service ``skrivbord-server``);
when it has none or a wrong one, the caller asks the user (the GUI's dialog, a prompt on
a terminal) or, for a scheduled CLI command, reads ``SKRIVBORD_LOSENORD``. Never a
command-line argument, never a settings file. A password that works is kept in the
keyring (docs/flera-anvandare.md, "Ansluta").
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from skrivbord import fel
from skrivbord.jobb import Framsteg, Jobb

# Only the address at module level (no SQLAlchemy, no driver): the main window reads
# the recent servers from the settings before anything heavy is loaded.
from skrivbord.lagring.server.adress import (
    SSLLAGEN,
    STANDARD_SSLLAGE,
    STANDARDPORT,
    ServerAdress,
    ar_serveradress,
)

if TYPE_CHECKING:
    from skrivbord.tjanster.databasfil import OppenDatabas

__all__ = [
    "SSLLAGEN",
    "STANDARDPORT",
    "STANDARD_SSLLAGE",
    "ServerAdress",
    "adress",
    "ar_serveradress",
    "behover_losenord",
    "har_sparat_losenord",
    "oppna",
    "plats",
    "tolka",
]

log = logging.getLogger(__name__)


def behover_losenord(exc: BaseException) -> bool:
    """Whether to ask the user for the password and try again."""
    return isinstance(exc, fel.LosenordSaknas | fel.FelLosenord)


def tolka(text: str) -> ServerAdress:
    """``postgresql://user@host:port/db?…``; OgiltigUppgift says what is wrong."""
    return ServerAdress.tolka(text)


def plats(text: str | Path) -> Path | ServerAdress:
    """What ``--databas`` and the recent list hold: a file or a server address."""
    if ar_serveradress(text):
        return tolka(str(text))
    return Path(text)


def adress(
    vard: str,
    port: int,
    databas: str,
    anvandare: str,
    sslmode: str = STANDARD_SSLLAGE,
    sslrootcert: str | Path = "",
) -> ServerAdress:
    """The address from the dialog's fields, checked the way a typed address is."""
    vard, databas, anvandare = vard.strip(), databas.strip(), anvandare.strip()
    if not vard:
        raise fel.OgiltigUppgift("Skriv serverns namn eller adress, till exempel db.kommun.se.")
    if not databas:
        raise fel.OgiltigUppgift("Skriv databasens namn på servern, till exempel skrivbord.")
    if not anvandare:
        raise fel.OgiltigUppgift("Skriv ditt användarnamn på databasservern.")
    if not 1 <= port <= 65535:
        raise fel.OgiltigUppgift("Porten ska vara ett tal från 1 till 65535 (oftast 5432).")
    if sslmode not in SSLLAGEN:
        raise fel.OgiltigUppgift(f"TLS-läget {sslmode} finns inte.")
    ca = str(sslrootcert).strip()
    # "system": libpq's word for the operating system's trusted roots.
    if ca and ca != "system" and not Path(ca).is_file():
        raise fel.OgiltigUppgift(
            f"CA-filen {ca} finns inte. Välj kommunens CA-certifikat (en .crt- eller .pem-fil)."
        )
    if sslmode == "verify-full" and not ca and not vard.startswith("/"):
        # libpq would look for ~/.postgresql/root.crt, which nobody has: say it here.
        raise fel.OgiltigUppgift(
            "Välj kommunens CA-fil: med verify-full kontrolleras serverns certifikat mot den."
        )
    return ServerAdress(vard, databas, anvandare, port, sslmode, ca)


def har_sparat_losenord(adress: ServerAdress) -> bool:
    from skrivbord.lagring.server import losenord as losenordsring

    return losenordsring.hamta(adress) is not None


def oppna(adress: ServerAdress, losenord: str | None = None) -> Jobb[OppenDatabas]:
    """Connect and open as a job (the keyring's password unless one is given); typed
    errors: LosenordSaknas, FelLosenord, CertifikatGodkannsInte, ServernSvararInte …"""
    from skrivbord.tjanster import serverdatabas

    yield Framsteg(0, None, f"Ansluter till {adress.visning()} …")
    oppen = serverdatabas.oppna(adress, losenord or None)
    log.info("serverdatabas öppnad")
    return oppen
