"""Preparing a server database for many users, and its logins: ``skrivbord server
init`` and ``skrivbord server anvandare`` and the MAS's dialog use these.

The rules themselves live in the database (lagring/server/roller.py); this module
checks the input first so the user gets a Swedish sentence, not the server's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import Any

import psycopg

from skrivbord import fel
from skrivbord.lagring.databas import Databas
from skrivbord.lagring.server import roller
from skrivbord.lagring.server.databas import ServerDatabas
from skrivbord.tjanster import serverdatabas
from skrivbord.typer import Enhetstyp

KONTONAMN = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")
MINSTA_LOSENORD = 10


class Roll(Enum):
    MAS = "mas"
    ENHETSCHEF = "enhetschef"
    LASARE = "lasare"

    @property
    def grupp(self) -> str:
        return roller.GRUPPROLLER[self.value]

    @property
    def etikett(self) -> str:
        return roller.ROLLNAMN[self.grupp]


class Forberedd(Enum):
    NY = "ny"  # schema, data and roles created
    ROLLER = "roller"  # the schema was there; the roles were added


@dataclass(frozen=True)
class Serveranvandare:
    login: str
    roll: Roll
    enheter: tuple[str, ...]  # unit names, for an enhetschef


def forbered(
    databas: ServerDatabas,
    kommunnamn: str,
    kommunkod: str,
    enhetslista: list[tuple[str, Enhetstyp]],
) -> Forberedd:
    """Schema, the kommun's first data and the roles on an empty database. A database
    that has Skrivbord's tables but not yet the roles gets the roles; one that has both
    is refused with a clear message."""
    visning = databas.adress.visning()
    with databas.ra_anslutning() as anslutning:
        saknas = roller.saknade_rattigheter(anslutning)
        har_schema = anslutning.execute("SELECT to_regclass('databasinfo')").fetchone()[0]
        har_roller = roller.har_roller(anslutning)
    if saknas:
        raise fel.ServerFel(
            f"Kontot {databas.anvandare} kan inte förbereda {visning}: det måste {saknas}. "
            "Kör kommandot med kommunens administratörskonto för databasen (det konto som "
            "äger den), inte med en MAS- eller enhetschefsinloggning."
        )
    if har_schema and har_roller:
        raise fel.ServerFel(
            f"Databasen {visning} är redan förberedd för Skrivbord, med tabeller och roller. "
            "Inget ändrades. Lägg till användare med: skrivbord server anvandare lagg-till"
        )
    if not har_schema:
        serverdatabas.forbered(databas, kommunnamn, kommunkod, enhetslista)
    with databas.ra_anslutning() as anslutning:
        roller.skapa(anslutning)
    return Forberedd.ROLLER if har_schema else Forberedd.NY


def _server(databas: Databas) -> ServerDatabas:
    if not isinstance(databas, ServerDatabas):
        raise fel.ServerFel(
            "Användare finns bara i en delad serverdatabas; den krypterade filen har en."
        )
    return databas


def kontrollera_kontonamn(login: str) -> str:
    if not KONTONAMN.match(login) or login.startswith(("pg_", "skrivbord_")):
        raise fel.OgiltigUppgift(
            f"{login!r} kan inte vara ett kontonamn. Använd små bokstäver a–z, siffror, "
            "punkt, bindestreck och understreck (högst 63 tecken), och börja med en "
            "bokstav; namn som börjar med pg_ eller skrivbord_ är reserverade.",
            "login",
        )
    return login


def kontrollera_losenord(losenord: str) -> str:
    if len(losenord) < MINSTA_LOSENORD:
        raise fel.OgiltigUppgift(f"Lösenordet måste ha minst {MINSTA_LOSENORD} tecken.", "losenord")
    return losenord


def _enhet_ids(anslutning: psycopg.Connection[Any], namn: list[str]) -> list[int]:
    rader: dict[str, int] = dict(anslutning.execute("SELECT namn, id FROM enhet").fetchall())
    okanda = [n for n in namn if n not in rader]
    if okanda:
        kanda = ", ".join(sorted(rader)) or "inga"
        raise fel.OgiltigUppgift(
            f"Enheten {', '.join(okanda)} finns inte i databasen. Enheterna är: {kanda}.",
            "enheter",
        )
    return [rader[n] for n in namn]


def lagg_till(
    databas: Databas, login: str, roll: Roll, enhetsnamn: list[str], losenord: str
) -> None:
    """Create ``login`` in the role's group, allowed to connect to this database, and
    for an enhetschef assigned to the named units. All or nothing."""
    databas = _server(databas)
    kontrollera_kontonamn(login)
    kontrollera_losenord(losenord)
    if roll is Roll.ENHETSCHEF and not enhetsnamn:
        raise fel.OgiltigUppgift("En enhetschef behöver minst en enhet (--enhet NAMN).", "enheter")
    if roll is not Roll.ENHETSCHEF and enhetsnamn:
        raise fel.OgiltigUppgift(
            f"Bara en enhetschef knyts till enheter; rollen {roll.etikett} ser hela kommunen.",
            "enheter",
        )
    with databas.ra_anslutning() as anslutning:
        ids = _enhet_ids(anslutning, enhetsnamn)
        if anslutning.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone():
            raise fel.OgiltigUppgift(
                f"Kontot {login} finns redan på databasservern. Välj ett annat namn, eller "
                "ta bort det först (skrivbord server anvandare ta-bort).",
                "login",
            )
        # A SCRAM verifier made here: the clear password never reaches the server or
        # its log.
        verifierare = anslutning.pgconn.encrypt_password(
            losenord.encode(), login.encode(), b"scram-sha-256"
        ).decode()
        try:
            anslutning.execute(
                f"SELECT {roller.LAGG_TILL}(%s, %s, %s, %s)",
                (login, verifierare, roll.grupp, ids),
            )
        except psycopg.errors.UndefinedFunction:
            raise _inte_forberedd(databas) from None


def _inte_forberedd(databas: ServerDatabas) -> fel.ServerFel:
    return fel.ServerFel(
        f"Databasen {databas.adress.visning()} har inga roller för Skrivbord ännu. "
        "Kommunens IT förbereder den med: skrivbord server init"
    )


def lista(databas: Databas) -> list[Serveranvandare]:
    """Every login that may connect to this database, with its role and units."""
    databas = _server(databas)
    with databas.ra_anslutning() as anslutning:
        if not roller.har_roller(anslutning):
            raise _inte_forberedd(databas)
        rader = anslutning.execute(
            f"""
            SELECT r.rolname, g.rolname,
                   coalesce(array_agg(e.namn ORDER BY e.namn)
                            FILTER (WHERE e.namn IS NOT NULL), '{{}}')
            FROM pg_roles r
            JOIN pg_auth_members m ON m.member = r.oid
            JOIN pg_roles g ON g.oid = m.roleid AND g.rolname = ANY(%s)
            LEFT JOIN {roller.BEHORIGHET} b ON b.anvandare = r.rolname
            LEFT JOIN enhet e ON e.id = b.enhet_id
            WHERE r.rolcanlogin AND NOT r.rolsuper
              AND has_database_privilege(r.oid, current_database(), 'CONNECT')
            GROUP BY r.rolname, g.rolname
            ORDER BY r.rolname
            """,
            (list(roller.GRUPPROLLER.values()),),
        ).fetchall()
    grupper = {r.grupp: r for r in Roll}
    return [
        Serveranvandare(login, grupper[grupp], tuple(enheter)) for login, grupp, enheter in rader
    ]


def ta_bort(databas: Databas, login: str) -> None:
    """Drop the login: its units, its CONNECT and the role itself."""
    databas = _server(databas)
    if login == databas.anvandare:
        raise fel.OgiltigUppgift("Du kan inte ta bort kontot du själv är inloggad med.", "login")
    if login not in {a.login for a in lista(databas)}:
        raise fel.OgiltigUppgift(
            f"Kontot {login} är ingen Skrivbord-användare i {databas.adress.visning()}.", "login"
        )
    with databas.ra_anslutning() as anslutning:
        try:
            anslutning.execute(f"SELECT {roller.TA_BORT}(%s)", (login,))
        except psycopg.errors.DependentObjectsStillExist:
            raise fel.ServerFel(
                f"Kontot {login} har behörigheter i en annan databas på servern och kan "
                "inte tas bort härifrån. Be kommunens IT ta bort det."
            ) from None
