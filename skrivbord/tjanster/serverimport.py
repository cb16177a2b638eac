"""Moving a kommun's encrypted file to a shared server (``skrivbord server importera``).

The target is an empty server database: either quite empty (then the schema is made
here first, as ``server init`` makes it, and committed on its own: a failed copy leaves
an empty schema to try again on), or one with Skrivbord's schema and nothing in it but
what a new schema is seeded with (``databasinfo``, the national delegation tasks),
which the file's rows replace. Anything else is refused: an import never mixes two
kommuners data or overwrites what users have entered.

The copy is one transaction: table by table in foreign-key order, in batches through
PostgreSQL's COPY (the fastest way in), keeping every id; the two columns whose
references go round in a circle (a unit's manager is staff, a renewal replaces an
earlier delegation) are filled in afterwards. Generated columns (year, quarter, the
search vector) are left to the server. Then every sequence is set past the highest id,
and each table's rows are counted against the file's: any difference rolls it all
back. Progress is reported as a job (skrivbord.jobb) so the GUI can show it too.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import psycopg
from sqlalchemy import Column, Connection, Table, text

from skrivbord import fel
from skrivbord.jobb import Framsteg, Jobb
from skrivbord.lagring import migrering
from skrivbord.lagring.databas import Databas
from skrivbord.lagring.server import losenord as losenordsring
from skrivbord.lagring.server import schema
from skrivbord.lagring.server.adress import ServerAdress
from skrivbord.lagring.server.databas import ServerDatabas
from skrivbord.modeller import Bas
from skrivbord.tjanster import serverdatabas

log = logging.getLogger(__name__)

BATCH = 5_000
# What server/schema.py puts into a new schema; the file's rows take their place.
SEEDADE = frozenset({"databasinfo", "delegerbar_uppgift"})


@dataclass(frozen=True)
class Tabellantal:
    tabell: str
    i_filen: int
    pa_servern: int


@dataclass(frozen=True)
class Importresultat:
    tabeller: tuple[Tabellantal, ...]
    schema_skapat: bool = field(default=False)

    @property
    def antal_rader(self) -> int:
        return sum(t.pa_servern for t in self.tabeller)


def anslut_mal(adress: ServerAdress, losenord: str | None = None) -> ServerDatabas:
    """A pool to the target, proven to log in (the same typed errors as opening); a
    password that works is kept in the keyring. The database may be empty."""
    databas = serverdatabas.anslut(adress, losenord)
    try:
        with databas.ra_anslutning() as anslutning:
            anslutning.execute("SELECT 1")
    except BaseException:
        databas.stang()
        raise
    if losenord:
        losenordsring.spara(adress, losenord)
    return databas


def tabeller() -> list[Table]:
    """Every table of the models, each after the tables it refers to."""
    return list(Bas.metadata.sorted_tables)


def importera(kalla: Databas, mal: ServerDatabas) -> Jobb[Importresultat]:
    """Copy the open file ``kalla`` into the empty server database ``mal``."""
    if kalla.ar_server:
        raise fel.ServerFel("Importen läser en databasfil, inte en annan server.")
    yield Framsteg(0, None, "Kontrollerar databasen på servern …")
    schema_skapat = _forbered_mal(mal, kalla)
    yield Framsteg(0, None, "Räknar raderna i filen …")
    alla = tabeller()
    with kalla.ra_anslutning() as fil:
        i_filen = {t.name: _rakna(fil, t.name) for t in alla}
    totalt = sum(i_filen.values())
    klart = 0
    visning = mal.adress.visning()
    with mal.engine.connect() as anslutning, anslutning.begin():
        _kontrollera_tom(anslutning, visning)
        ra: Any = anslutning.connection.dbapi_connection  # psycopg's, for COPY
        for namn in SEEDADE:
            ra.execute(f'DELETE FROM "{namn}"')
        efterat: list[tuple[Table, Column[Any], list[tuple[int, int]]]] = []
        for tabell in alla:
            kolumner = [k for k in tabell.columns if k.computed is None]
            senare = [k for k in kolumner if _cirkular(k)]
            par: dict[str, list[tuple[int, int]]] = {k.name: [] for k in senare}
            platser = [i for i, k in enumerate(kolumner) if k in senare]
            nyckel = [k.name for k in kolumner].index("id") if platser else 0
            try:
                with kalla.ra_anslutning() as fil, ra.cursor() as markor:
                    rader = fil.execute(_select(tabell, kolumner))
                    with markor.copy(_copy(tabell, kolumner)) as copy:
                        while block := rader.fetchmany(BATCH):
                            for rad in block:
                                if platser:
                                    rad = list(rad)
                                    for i in platser:
                                        if rad[i] is not None:
                                            par[kolumner[i].name].append((rad[nyckel], rad[i]))
                                            rad[i] = None
                                copy.write_row(rad)
                            klart += len(block)
                            yield Framsteg(klart, totalt, f"Kopierar {tabell.name} …")
            except psycopg.Error as exc:
                # The server's text may quote a value (personal data): name the table only.
                raise fel.ServerFel(
                    f"Tabellen {tabell.name} kunde inte kopieras till {visning} "
                    f"({type(exc).__name__}). Inget har ändrats på servern."
                ) from exc
            efterat.extend((tabell, k, par[k.name]) for k in senare)
        yield Framsteg(klart, totalt, "Kopplar ihop hänvisningarna …")
        for tabell, kolumn, varden in efterat:
            if varden:
                ra.execute(
                    f'UPDATE "{tabell.name}" AS t SET "{kolumn.name}" = v.varde '
                    "FROM unnest(%s::bigint[], %s::bigint[]) AS v(id, varde) WHERE t.id = v.id",
                    ([p[0] for p in varden], [p[1] for p in varden]),
                )
        yield Framsteg(klart, totalt, "Ställer in räknarna för nya id …")
        for tabell in alla:
            _satt_sekvens(ra, tabell)
        yield Framsteg(klart, totalt, "Kontrollerar antalet rader …")
        antal = tuple(Tabellantal(t.name, i_filen[t.name], _rakna(ra, t.name)) for t in alla)
        olika = [t for t in antal if t.i_filen != t.pa_servern]
        if olika:
            raise fel.ServerFel(
                "Antalet rader på servern stämmer inte med filen ("
                + ", ".join(f"{t.tabell}: {t.pa_servern} av {t.i_filen}" for t in olika)
                + "). Inget har ändrats på servern."
            )
    log.info("databasfilen importerad till servern: %d rader", totalt)
    return Importresultat(antal, schema_skapat)


def _forbered_mal(mal: ServerDatabas, kalla: Databas) -> bool:
    """Make the schema on a database that has none (True), or bring an existing one up
    to the app's version; either way it must end at the file's version."""
    with mal.engine.connect() as anslutning:
        finns = schema.har_schema(anslutning)
    if finns:
        with mal.engine.connect() as anslutning:
            _kontrollera_tom(anslutning, mal.adress.visning())
        if migrering.behover_uppgradering(mal):
            migrering.uppgradera(mal)
    else:
        migrering.skapa_schema(mal)
    if migrering.aktuell_version(mal) != migrering.aktuell_version(kalla):
        raise fel.ServerFel(
            f"Databasen {mal.adress.visning()} och filen har olika versioner av Skrivbords "
            "tabeller. Använd samma version av Skrivbord för båda."
        )
    return not finns


def _kontrollera_tom(anslutning: Connection, visning: str) -> None:
    for tabell in tabeller():
        if tabell.name in SEEDADE:
            continue
        if anslutning.execute(text(f'SELECT EXISTS (SELECT 1 FROM "{tabell.name}")')).scalar():
            raise fel.ServerFel(
                f"Databasen {visning} har redan uppgifter (till exempel i tabellen "
                f"{tabell.name}). En databasfil importeras bara till en tom databas, så att "
                "inget blandas ihop eller skrivs över. Välj en ny, tom databas på servern. "
                "Inget har ändrats."
            )


def _cirkular(kolumn: Column[Any]) -> bool:
    """A reference that cannot be satisfied in table order: to its own table, or one
    the models create after the table (``use_alter``)."""
    return any(fk.use_alter or fk.column.table is kolumn.table for fk in kolumn.foreign_keys)


def _select(tabell: Table, kolumner: list[Column[Any]]) -> str:
    ordning = ", ".join(f'"{k.name}"' for k in tabell.primary_key.columns)
    return f'SELECT {_lista(kolumner)} FROM "{tabell.name}" ORDER BY {ordning}'


def _copy(tabell: Table, kolumner: list[Column[Any]]) -> str:
    return f'COPY "{tabell.name}" ({_lista(kolumner)}) FROM STDIN'


def _lista(kolumner: list[Column[Any]]) -> str:
    return ", ".join(f'"{k.name}"' for k in kolumner)


def _rakna(anslutning: Any, tabell: str) -> int:
    return int(anslutning.execute(f'SELECT count(*) FROM "{tabell}"').fetchone()[0])


def _satt_sekvens(ra: Any, tabell: Table) -> None:
    """The next id after the highest copied one (the first, for an empty table)."""
    for kolumn in _sekvenskolumner(tabell):
        sekvens = ra.execute(
            "SELECT pg_get_serial_sequence(%s, %s)", (tabell.name, kolumn.name)
        ).fetchone()[0]
        if sekvens is not None:
            ra.execute(
                f'SELECT setval(%s, coalesce(max("{kolumn.name}"), 0) + 1, false) '
                f'FROM "{tabell.name}"',
                (sekvens,),
            )


def _sekvenskolumner(tabell: Table) -> Iterator[Column[Any]]:
    nycklar = list(tabell.primary_key.columns)
    if (
        len(nycklar) == 1
        and nycklar[0].autoincrement in (True, "auto")
        and not (nycklar[0].foreign_keys)
    ):
        yield nycklar[0]
