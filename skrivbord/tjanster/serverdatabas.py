"""Opening and preparing a shared server database: the server's counterpart of
databasfil.py, and like it the one way in for the GUI and the CLI.

The password comes from the keyring; when it has none (or a wrong one) the caller asks
the user and calls ``oppna`` again with it, and a password that works is kept in the
keyring for the next start. A schema older than the app is migrated by whoever opens
it with the right to (the MAS); others are told to wait for her.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import sqlalchemy.exc
from sqlalchemy.orm import Session

from skrivbord import fel
from skrivbord.lagring import migrering
from skrivbord.lagring.behorighet import ar_lasare
from skrivbord.lagring.server import losenord as losenordsring
from skrivbord.lagring.server.adress import ServerAdress
from skrivbord.lagring.server.databas import ServerDatabas
from skrivbord.tjanster import enheter, kommun, standarddata
from skrivbord.tjanster.databasfil import OppenDatabas
from skrivbord.typer import Enhetstyp

log = logging.getLogger(__name__)


def behover_losenord(exc: BaseException) -> bool:
    """Whether to ask the user for the password and try again."""
    return isinstance(exc, fel.LosenordSaknas | fel.FelLosenord)


def anslut(adress: ServerAdress, losenord: str | None = None) -> ServerDatabas:
    """A pool for the login; the password given, or the keyring's."""
    return ServerDatabas(adress, losenord or losenordsring.hamta(adress))


def oppna(adress: ServerAdress, losenord: str | None = None) -> OppenDatabas:
    """Connect, prove the database is Skrivbord's and up to date; typed errors otherwise."""
    databas = anslut(adress, losenord)
    try:
        databas.verifiera()
        with databas.session() as session:
            if ar_lasare(session):
                raise fel.LasareIProgrammet(databas.anvandare)
        if migrering.behover_uppgradering(databas):
            uppgradera(databas)
    except BaseException:
        databas.stang()
        raise
    if losenord:
        losenordsring.spara(adress, losenord)
    return OppenDatabas(databas, None)


def uppgradera(databas: ServerDatabas) -> bool:
    """Run the migrations the app has and the server lacks; False when it was up to
    date. Only the database's owner may alter its tables: anyone else is told who can."""
    if not migrering.behover_uppgradering(databas):
        return False
    try:
        migrering.uppgradera(databas)
    except sqlalchemy.exc.DBAPIError as exc:
        if not isinstance(databas.oversatt_fel(exc), fel.EjBehorig):
            raise
        raise fel.ServerFel(
            f"Databasen {databas.adress.visning()} är gjord för en äldre version av "
            "Skrivbord och behöver uppgraderas innan den här versionen kan använda den. "
            "Det gör kommunens IT med databasens ägarkonto: skrivbord server uppgradera "
            "--databas postgresql://ÄGARE@… Inget har ändrats."
        ) from None
    return True


def forbered(
    databas: ServerDatabas,
    kommunnamn: str,
    kommunkod: str,
    enhetslista: list[tuple[str, Enhetstyp]],
    fyll: Callable[[Session], None] | None = None,
) -> None:
    """Create the schema and the kommun's first data on an empty server database, in
    one transaction each: a failure leaves the database as empty as it was."""
    uppgifter = kommun.validera(kommunnamn, kommunkod)
    nya_enheter = [enheter.ny_enhet(namn, typ) for namn, typ in enhetslista]
    with databas.engine.connect() as anslutning:
        from skrivbord.lagring.server import schema

        if schema.har_schema(anslutning):
            raise fel.ServerFel(
                f"Databasen {databas.adress.visning()} har redan Skrivbords tabeller. "
                "Välj en tom databas, eller öppna den här."
            )
    migrering.skapa_schema(databas)
    with databas.session() as session:
        kommun.satt_i(session, uppgifter)
        session.add_all(nya_enheter)
        standarddata.fyll(session)
        if fyll is not None:
            fyll(session)
