"""What the models say differently to SQLite and to PostgreSQL.

- The event's year and quarter are generated columns on both: VIRTUAL in SQLite (no
  copy of the table, the aggregate index covers them), STORED in PostgreSQL, which
  has no virtual ones before version 18 (docs/flera-anvandare.md).
- Partial indexes carry one condition for each (``delvis``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Computed, Integer, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement

# handelse_tid is text 'YYYY-MM-DD HH:MM:SS.ffffff' in SQLite, a timestamp in PostgreSQL.
_SQLITE = {
    "ar": "CAST(substr(handelse_tid, 1, 4) AS INTEGER)",
    "kvartal": "(CAST(substr(handelse_tid, 6, 2) AS INTEGER) + 2) / 3",
}
_POSTGRESQL = {
    "ar": "CAST(EXTRACT(YEAR FROM handelse_tid) AS INTEGER)",
    "kvartal": "CAST(EXTRACT(QUARTER FROM handelse_tid) AS INTEGER)",
}


class Handelsedel(ColumnElement[int]):
    """The year or quarter of ``handelse_tid``, written in each dialect's words."""

    inherit_cache = True
    type = Integer()

    def __init__(self, del_: str) -> None:
        self.del_ = del_


@compiles(Handelsedel)
def _sqlite(element: Handelsedel, _compiler: Any, **_kw: Any) -> str:
    return _SQLITE[element.del_]


@compiles(Handelsedel, "postgresql")
def _postgresql(element: Handelsedel, _compiler: Any, **_kw: Any) -> str:
    return _POSTGRESQL[element.del_]


@compiles(Computed, "postgresql")
def _lagrad(element: Computed, compiler: Any, **_kw: Any) -> str:
    uttryck = compiler.sql_compiler.process(
        element.sqltext, include_table=False, literal_binds=True
    )
    return f"GENERATED ALWAYS AS ({uttryck}) STORED"


def genererad(del_: str) -> Computed:
    return Computed(Handelsedel(del_), persisted=False)


def delvis(villkor: str, postgresql: str | None = None) -> dict[str, Any]:
    """A partial index's condition, for ``Index(..., **delvis(...))``."""
    return {
        "sqlite_where": text(villkor),
        "postgresql_where": text(postgresql if postgresql is not None else villkor),
    }
