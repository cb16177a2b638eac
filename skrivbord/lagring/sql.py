"""Small helpers for the SQL the services write by hand, on both dialects.

The raw connection of the encrypted file is SQLite's (``?`` placeholders, dates and
times as text, booleans as 0/1); the server's is psycopg's (``%s`` placeholders, real
dates, times and booleans). Services keep their tuned SQLite text as it is and write
PostgreSQL's own counterpart beside it where the two differ; what is the same but for
the placeholders goes through ``fraga``.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import ColumnElement, any_, bindparam, func, select
from sqlalchemy.orm import QueryableAttribute

from skrivbord.lagring.databas import Databas

if TYPE_CHECKING:  # psycopg is loaded only with a server (60 ms at every start otherwise)
    import psycopg

SQLITE = "sqlite"
POSTGRESQL = "postgresql"


@contextlib.contextmanager
def postgresql_anslutning(databas: Databas) -> Iterator[psycopg.Connection[Any]]:
    """The server's raw connection, typed as psycopg's (``ra_anslutning``)."""
    assert databas.dialekt == POSTGRESQL
    with databas.ra_anslutning() as anslutning:
        yield cast("psycopg.Connection[Any]", anslutning)


def ar_postgresql(anslutning: object) -> bool:
    """Whether a raw connection (``ra_anslutning``) is the server's."""
    return type(anslutning).__module__.startswith("psycopg")


def platshallare(databas: Databas) -> str:
    """The raw connection's placeholder for one parameter."""
    return "%s" if databas.dialekt == POSTGRESQL else "?"


def fraga(databas: Databas, sql: str) -> str:
    """SQL written with ``?`` placeholders, for this database's raw connection.

    Only for the services' own constant SQL: a ``?`` inside a string literal would be
    taken for a placeholder too. psycopg reads ``%`` as the start of one, so a literal
    percent sign is doubled.
    """
    if databas.dialekt != POSTGRESQL:
        return sql
    return sql.replace("%", "%%").replace("?", "%s")


def tid(varde: str | datetime) -> datetime:
    """A stored DateTime as read by the raw connection: SQLAlchemy's text in SQLite,
    a timestamp from PostgreSQL."""
    return varde if isinstance(varde, datetime) else datetime.fromisoformat(varde)


def datum(varde: str | date) -> date:
    """A stored Date as read by the raw connection (text in SQLite)."""
    if isinstance(varde, datetime):
        return varde.date()
    return varde if isinstance(varde, date) else date.fromisoformat(varde[:10])


def i_lista(
    dialekt: str, kolumn: ColumnElement[Any] | QueryableAttribute[Any], varden: Sequence[Any]
) -> ColumnElement[bool]:
    """``kolumn IN (varden)`` with the whole list as ONE parameter, however long: a
    JSON array unpacked by ``json_each`` in SQLite, an array and ``= ANY`` in
    PostgreSQL (both use the column's index)."""
    if dialekt == POSTGRESQL:
        from sqlalchemy.dialects import postgresql  # 20 ms, only on a server

        lista = bindparam(None, list(varden), type_=postgresql.ARRAY(kolumn.type))
        return kolumn == any_(lista)
    return kolumn.in_(
        select(func.json_each(json.dumps(list(varden))).table_valued("value").c.value)
    )
