"""Concurrent edits: optimistic locking on the ``version`` column (modeller/bas.py,
``Versionerad``), turned into the user's Swedish error.

A form remembers the version it loaded and hands it back on save. Two checks stop a
lost update: the row's version is compared with the form's before anything is
written (someone saved while she typed), and the ORM's ``WHERE version = :old``
catches the race between that check and the commit (``StaleDataError``). Both raise
``fel.SamtidigAndring``, naming who changed the row last when the change log knows.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from skrivbord import fel
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Andringslogg
from skrivbord.modeller.bas import Versionerad


@dataclass(frozen=True)
class SenasteAndring:
    anvandare: str
    tid: datetime


def senaste_andring(session: Session, tabell: str, rad_id: int) -> SenasteAndring | None:
    """Who last created or changed the row, from the change log (never its contents)."""
    rad = session.execute(
        select(Andringslogg.anvandare, Andringslogg.tid)
        .where(Andringslogg.tabell == tabell, Andringslogg.rad_id == rad_id)
        .order_by(Andringslogg.id.desc())
        .limit(1)
    ).first()
    return SenasteAndring(rad.anvandare, rad.tid) if rad else None


def _fel(
    session: Session, tabell: str, rad_id: int, vad: str, egen: str, egna: object
) -> fel.SamtidigAndring:
    senaste = senaste_andring(session, tabell, rad_id)
    return fel.SamtidigAndring(
        vad,
        senaste.anvandare if senaste else None,
        senaste.tid if senaste else None,
        egen_anvandare=egen,
        egna=egna,
    )


def kontrollera_version(
    session: Session,
    rad: Versionerad,
    version: int | None,
    vad: str,
    egna: object = None,
) -> None:
    """Refuse to write over a row saved by someone else since ``version`` was read.
    ``version`` None: the caller has no loaded version to compare (CLI, import)."""
    if version is None or rad.version == version:
        return
    tillstand = inspect(rad)
    tabell = tillstand.mapper.local_table.name
    rad_id = tillstand.identity[0] if tillstand.identity else 0
    raise _fel(session, tabell, rad_id, vad, session.info.get("anvandare", ""), egna)


def andrad_genom_underrader(rad: Versionerad) -> None:
    """The row's own columns are unchanged but its child rows (causes, steps) are not:
    the ORM would not touch the row, so force its versioned UPDATE, for an open form
    to notice and a concurrent writer to lose the race."""
    mapper = inspect(rad).mapper
    nycklar = {k.key for k in mapper.primary_key} | {"version"}
    # Any plain column, written back with its own value; the version goes up with it.
    falt = next(a.key for a in mapper.column_attrs if a.key not in nycklar)
    flag_modified(rad, falt)


@contextlib.contextmanager
def vakta(
    databas: Databas, tabell: str, rad_id: int, vad: str, egna: object = None
) -> Iterator[None]:
    """Around a unit of work that updates the row: a write that lost the race (the
    ORM's versioned UPDATE matched no row) becomes ``fel.SamtidigAndring``."""
    try:
        yield
    except StaleDataError as exc:
        with databas.session() as session:
            raise _fel(session, tabell, rad_id, vad, databas.anvandare, egna) from exc


@contextlib.contextmanager
def session(
    databas: Databas, tabell: str, rad_id: int, vad: str, egna: object = None
) -> Iterator[Session]:
    """``databas.session()`` for a unit of work that updates one versioned row."""
    with vakta(databas, tabell, rad_id, vad, egna), databas.session() as s:
        yield s
