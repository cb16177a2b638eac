"""The data side of the avvikelse list: instant at a million rows.

The list is two steps. ``ordnade_id`` fetches the ids of every matching avvikelse, in
display order, as ONE string so a million ids cross from SQLite to Python in one value
instead of a million row tuples (fetchall: 265 ms). The string is fixed-width hex,
eight digits per id, decoded by ``bytes.fromhex`` into an ``array('I')`` in 4 ms;
``json_group_array`` + ``json.loads`` + ``array`` costs 30 % more at 1M ids and is the
fallback for ids beyond 32 bits. ``hamta_sida`` then loads one page of display rows by
id, in one query with the joins. A table model keeps the ids and asks for the pages
the view shows.

Query plans (guarded by tests/tjanster/test_avvikelselista.py):

- The order is ``handelse_tid DESC, id DESC``, which ``ix_avvikelse_handelse_tid``
  (handelse_tid + rowid) delivers without sorting; a period is a range on it.
- A unit filter walks ``ix_avvikelse_enhet_lista`` (enhet_id, handelse_tid, …), also sorted.
- An open status (registrerad … uppföljd) drives from ``ix_avvikelse_status`` and the
  few matches are sorted (7 ms at 1M rows): open avvikelser are the working queue,
  small however long the history.
- Other filters, "avslutad" included, are written ``+kolumn = ?``: the unary plus stops
  SQLite from driving the query from e.g. ``ix_avvikelse_status`` and then sorting
  every match in a temp b-tree (1.5 s for "avslutad" at 1M rows); the date order is
  kept and the filter tested on each row. With only the indexes above that test reads
  the table row (about 1.5 s at 1M rows, 2 ms at a real kommun's 5,000); a covering
  list index, see docs/prestanda.md, makes it an index-only walk (about 0.2 s).
- Free text: ``+id IN (SELECT rowid FROM avvikelse_fts WHERE avvikelse_fts MATCH ?)``.
  SQLite runs the MATCH once into an ephemeral index (with a Bloom filter) and tests
  membership while walking the date index (75 ms for a two-word search at 1M rows)
  instead of looking every hit up by rowid and sorting them (250 ms).

On a server (PostgreSQL) the same filters are written in its words (booleans, ``= ANY``
for a page of ids, the Swedish ``tsvector`` column ``sok`` for free text, see
``ts_fraga``) and its planner chooses the indexes itself. The ids cross as one
``bytea``: each id as eight big-endian bytes (``int8send``), concatenated in the
sorted subquery's order, read straight into an ``array('q')`` (binary transfer, no
text in between).
"""

from __future__ import annotations

import json
import re
import sys
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from skrivbord.lagring import sql
from skrivbord.lagring.databas import Databas
from skrivbord.lagring.server.schema import SOKKONFIGURATION
from skrivbord.typer import INGEN_LEX_MARIA, Avvikelsestatus, Konsekvens, LexMaria

SIDSTORLEK = 256
_ORD = re.compile(r"\w+", re.UNICODE)


class Sortering(StrEnum):
    NYAST_FORST = "nyast_forst"
    ALDST_FORST = "aldst_forst"


@dataclass(frozen=True)
class Filter:
    """What the list shows. ``None`` (or empty text) means no restriction."""

    fran: date | None = None  # händelsedatum från och med
    till: date | None = None  # händelsedatum till och med
    enhet_id: int | None = None
    kategori_id: int | None = None
    status: Avvikelsestatus | None = None
    mellan_vardgivare: bool | None = None
    lex_maria: bool | None = None  # True: any lex Maria assessment; False: none
    fritext: str = ""
    # Only avvikelser with a planned or ongoing åtgärd whose deadline is before this day.
    forsenade_atgarder_per: date | None = None


@dataclass(frozen=True)
class AvvikelseRad:
    """One row of the list, ready for display."""

    id: int
    handelse_tid: datetime
    enhet: str
    kategori: str
    konsekvens: Konsekvens
    status: Avvikelsestatus
    mellan_vardgivare: bool
    lex_maria: LexMaria
    tid_okand: bool = False  # imported without a time of day (handelse_tid at 00:00)

    @property
    def datum_text(self) -> str:
        """Date and time; the date alone when the time of day is not known."""
        if self.tid_okand:
            return self.handelse_tid.strftime("%Y-%m-%d")
        return self.handelse_tid.strftime("%Y-%m-%d %H:%M")


def fts_fraga(text: str) -> str | None:
    """User text as an FTS5 query: every word must occur, each as a prefix.

    Words are taken as runs of letters and digits (what the unicode61 tokenizer
    indexes), so quotes, stars, NEAR, AND/OR/NOT and column filters typed by a user
    are plain text, never query syntax. None when nothing searchable is left.
    """
    ord_ = _ORD.findall(text)
    if not ord_:
        return None
    return " ".join(f'"{o}"*' for o in ord_)


def ts_fraga(text: str) -> str | None:
    """User text as a PostgreSQL ``tsquery`` with the same meaning as ``fts_fraga``:
    every word must occur, each as a prefix (``'ord':* & …``).

    Only runs of letters and digits are kept, each quoted as a lexeme, so no operator
    or weight a user types is query syntax; the result is passed as a parameter to
    ``to_tsquery('swedish', …)``, which stems each word before the prefix match.
    """
    ord_ = _ORD.findall(text)
    if not ord_:
        return None
    return " & ".join(f"'{o}':*" for o in ord_)


def _villkor(filter: Filter, dialekt: str = sql.SQLITE) -> tuple[list[str], list[object]]:
    if dialekt == sql.POSTGRESQL:
        return _villkor_postgresql(filter)
    villkor: list[str] = []
    parametrar: list[object] = []
    if filter.fran is not None:
        villkor.append("handelse_tid >= ?")
        parametrar.append(filter.fran.isoformat())
    if filter.till is not None:
        villkor.append("handelse_tid < ?")
        parametrar.append((filter.till + timedelta(days=1)).isoformat())
    if filter.enhet_id is not None:
        villkor.append("enhet_id = ?")
        parametrar.append(filter.enhet_id)
    # Category, status and between-caregivers each have an index led by the column and
    # then the date (migration 0006): equality on it walks only the matches, in order.
    if filter.kategori_id is not None:
        villkor.append("kategori_id = ?")
        parametrar.append(filter.kategori_id)
    if filter.status is not None:
        villkor.append("status = ?")
        parametrar.append(Avvikelsestatus(filter.status).value)
    if filter.mellan_vardgivare is True:
        # A literal, not a parameter: only then can SQLite use the partial index.
        villkor.append("mellan_vardgivare = 1")
    elif filter.mellan_vardgivare is False:
        villkor.append("+mellan_vardgivare = 0")
    if filter.lex_maria is not None:
        # "Ja": utreds, anmäld or not reported after investigation; "Nej": not assessed
        # yet, or assessed as not relevant.
        villkor.append("lex_maria NOT IN (?, ?)" if filter.lex_maria else "lex_maria IN (?, ?)")
        parametrar.extend(status.value for status in INGEN_LEX_MARIA)
    if filter.forsenade_atgarder_per is not None:
        villkor.append(
            "+id IN (SELECT avvikelse_id FROM atgard "
            "WHERE status IN ('planerad', 'pagar') AND deadline < ?)"
        )
        parametrar.append(filter.forsenade_atgarder_per.isoformat())
    fraga = fts_fraga(filter.fritext)
    if fraga is not None:
        villkor.append("+id IN (SELECT rowid FROM avvikelse_fts WHERE avvikelse_fts MATCH ?)")
        parametrar.append(fraga)
    return villkor, parametrar


def _villkor_postgresql(filter: Filter) -> tuple[list[str], list[object]]:
    """The same filters for PostgreSQL: real dates and booleans, no unary plus (its
    planner needs no such hint), and the ``tsvector`` column for free text."""
    villkor: list[str] = []
    parametrar: list[object] = []
    if filter.fran is not None:
        villkor.append("handelse_tid >= %s")
        parametrar.append(filter.fran)
    if filter.till is not None:
        villkor.append("handelse_tid < %s")
        parametrar.append(filter.till + timedelta(days=1))
    for kolumn, varde in (("enhet_id", filter.enhet_id), ("kategori_id", filter.kategori_id)):
        if varde is not None:
            villkor.append(f"{kolumn} = %s")
            parametrar.append(varde)
    if filter.status is not None:
        villkor.append("status = %s")
        parametrar.append(Avvikelsestatus(filter.status).value)
    if filter.mellan_vardgivare is not None:
        # A literal condition, so the partial index (WHERE mellan_vardgivare) applies.
        villkor.append("mellan_vardgivare" if filter.mellan_vardgivare else "NOT mellan_vardgivare")
    if filter.lex_maria is not None:
        villkor.append("lex_maria NOT IN (%s, %s)" if filter.lex_maria else "lex_maria IN (%s, %s)")
        parametrar.extend(status.value for status in INGEN_LEX_MARIA)
    if filter.forsenade_atgarder_per is not None:
        villkor.append(
            "id IN (SELECT avvikelse_id FROM atgard "
            "WHERE status IN ('planerad', 'pagar') AND deadline < %s)"
        )
        parametrar.append(filter.forsenade_atgarder_per)
    fraga = ts_fraga(filter.fritext)
    if fraga is not None:
        villkor.append(f"sok @@ to_tsquery('{SOKKONFIGURATION}', %s)")
        parametrar.append(fraga)
    return villkor, parametrar


def id_fraga(
    filter: Filter, sortering: Sortering = Sortering.NYAST_FORST, dialekt: str = sql.SQLITE
) -> tuple[str, list[object]]:
    """The ordered id query, without the transport wrapper (for plan tests and the bench)."""
    villkor, parametrar = _villkor(filter, dialekt)
    where = f" WHERE {' AND '.join(villkor)}" if villkor else ""
    riktning = "DESC" if sortering == Sortering.NYAST_FORST else "ASC"
    return (
        f"SELECT id FROM avvikelse{where} ORDER BY handelse_tid {riktning}, id {riktning}",
        parametrar,
    )


# The aggregates keep the subquery's order: SQLite does not flatten a subquery with
# ORDER BY into an aggregate query (the tests check the order).
_HEX = "SELECT count(*), group_concat(printf('%08x', id), '') FROM ({})"
_JSON = "SELECT json_group_array(id) FROM ({})"
# PostgreSQL aggregates a subquery with ORDER BY in that order (it is never flattened
# into the aggregate); the tests check the order on both.
_BYTEA = "SELECT string_agg(int8send(s.id), ''::bytea) FROM ({}) AS s"


def ordnade_id(
    databas: Databas, filter: Filter | None = None, sortering: Sortering = Sortering.NYAST_FORST
) -> array[int]:
    """Ids of the matching avvikelser in display order, as an ``array`` of ints."""
    if databas.dialekt == sql.POSTGRESQL:
        return _ordnade_id_postgresql(databas, filter or Filter(), sortering)
    inre, parametrar = id_fraga(filter or Filter(), sortering)
    with databas.ra_anslutning() as anslutning:
        antal, text = anslutning.execute(_HEX.format(inre), parametrar).fetchone()
        if not antal:
            return array("I")
        if len(text) != 8 * antal:  # an id beyond 32 bits: take the general path
            (json_text,) = anslutning.execute(_JSON.format(inre), parametrar).fetchone()
            return array("q", json.loads(json_text))
    ids = array("I")
    ids.frombytes(bytes.fromhex(text))
    if sys.byteorder == "little":
        ids.byteswap()
    return ids


def _ordnade_id_postgresql(databas: Databas, filter: Filter, sortering: Sortering) -> array[int]:
    inre, parametrar = id_fraga(filter, sortering, sql.POSTGRESQL)
    with sql.postgresql_anslutning(databas) as anslutning:
        rad = anslutning.execute(_BYTEA.format(inre), parametrar, binary=True).fetchone()
    data = rad[0] if rad else None
    ids = array("q")
    if data:
        ids.frombytes(data)
        if sys.byteorder == "little":
            ids.byteswap()
    return ids


_SIDFRAGA = (
    "SELECT a.id, a.handelse_tid, e.namn, k.namn, a.konsekvens, a.status, "
    "a.mellan_vardgivare, a.lex_maria, a.tid_okand "
    "FROM avvikelse a JOIN enhet e ON e.id = a.enhet_id "
    "JOIN avvikelse_kategori k ON k.id = a.kategori_id "
    "WHERE a.id IN (SELECT value FROM json_each(?))"
)
_SIDFRAGA_POSTGRESQL = _SIDFRAGA.replace("IN (SELECT value FROM json_each(?))", "= ANY(%s)")


def hamta_sida(databas: Databas, ids: Sequence[int]) -> list[AvvikelseRad]:
    """Display rows for these ids, in the same order (missing ids are left out)."""
    if not ids:
        return []
    with databas.ra_anslutning() as anslutning:
        if databas.dialekt == sql.POSTGRESQL:
            rader = anslutning.execute(_SIDFRAGA_POSTGRESQL, (list(ids),)).fetchall()
        else:
            rader = anslutning.execute(_SIDFRAGA, (json.dumps(list(ids)),)).fetchall()
    per_id = {
        rad[0]: AvvikelseRad(
            id=rad[0],
            handelse_tid=sql.tid(rad[1]),
            enhet=rad[2],
            kategori=rad[3],
            konsekvens=Konsekvens(rad[4]),
            status=Avvikelsestatus(rad[5]),
            mellan_vardgivare=bool(rad[6]),
            lex_maria=LexMaria(rad[7]),
            tid_okand=bool(rad[8]),
        )
        for rad in rader
    }
    return [per_id[i] for i in ids if i in per_id]
