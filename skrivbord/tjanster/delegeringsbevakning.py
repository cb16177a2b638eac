"""Delegations that need the MAS's attention on Översikt: those that end within
DELEGERING_VARNING_DAGAR days and those that have ended but were neither renewed nor
revoked while the delegated person still works here.

A delegation is personal, limited in time to at most one year and revocable (DESIGN.md's glossary, after the seeds). After
its last day the care worker may no longer perform the task: if she still works here
either a renewal was forgotten or the unit lacks delegated staff. The model has no
"active" flag, so "still marked active" means here: not revoked and not replaced by a
renewal. Only those that ended within UTGANGEN_DAGAR days are listed; older ones are
history (the Delegeringar page of issue #11 will manage them).

Read-only: the candidates on the index of giltig_till (a few dozen), counted in Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, Row, exists, func, select
from sqlalchemy.orm import Session, aliased

from skrivbord.modeller import Delegering, DelegeringUppgift, Enhet, Personal
from skrivbord.tjanster.delegeringar import katalog
from skrivbord.typer import Roll

DELEGERING_VARNING_DAGAR = 30
UTGANGEN_DAGAR = 90  # how far back an ended, unrenewed delegation is still shown
VISADE_DELEGERINGAR = 10


@dataclass(frozen=True)
class BevakadDelegering:
    """One row of the Översikt list."""

    delegering_id: int
    namn: str  # the delegated care worker
    roll: Roll
    enhet: str  # "" when the delegation is not tied to a unit
    uppgifter: tuple[str, ...]  # the tasks' names
    giltig_till: date

    def utgangen(self, idag: date) -> bool:
        return self.giltig_till < idag


@dataclass(frozen=True)
class Delegeringsbevakning:
    gar_ut: int  # ending within DELEGERING_VARNING_DAGAR days (today included)
    utgangna: int  # ended within UTGANGEN_DAGAR days, neither renewed nor revoked
    # The first VISADE_DELEGERINGAR of both, the earliest end date first.
    lista: tuple[BevakadDelegering, ...] = ()
    # In force today for a person marked inactive in the staff register: revoke them.
    delegat_inaktiv: int = 0


def _villkor(idag: date, utgangna: bool) -> list[ColumnElement[bool]]:
    """The candidates of the two groups, a range on the giltig_till index; whether a
    renewal replaces them is checked afterwards (_fornyade)."""
    person = aliased(Personal)
    if utgangna:
        return [
            Delegering.giltig_till >= idag - timedelta(days=UTGANGEN_DAGAR),
            Delegering.giltig_till < idag,
            Delegering.aterkallad_datum.is_(None),
            # Somebody who has left needs no renewal.
            exists().where(person.id == Delegering.delegerad_id, person.aktiv.is_(True)),
        ]
    return [
        Delegering.giltig_till >= idag,
        Delegering.giltig_till <= idag + timedelta(days=DELEGERING_VARNING_DAGAR),
        Delegering.giltig_fran <= idag,
        Delegering.aterkallad_datum.is_(None),
    ]


def _fornyade(s: Session, ids: list[int]) -> set[int]:
    """Those of ``ids`` that a renewal (not itself revoked) replaces: one pass over the
    small delegering table instead of one per candidate (ersatter_id has no index)."""
    return set(
        s.scalars(
            select(Delegering.ersatter_id).where(
                Delegering.ersatter_id.in_(ids), Delegering.aterkallad_datum.is_(None)
            )
        )
    )


def _grupp(s: Session, villkor: list[ColumnElement[bool]]) -> list[Row[Delegering, Personal, str]]:
    """The group's delegations that no renewal replaces, the earliest end date first."""
    kandidater = s.execute(
        select(Delegering, Personal, Enhet.namn)
        .join(Personal, Personal.id == Delegering.delegerad_id)
        .outerjoin(Enhet, Enhet.id == Delegering.enhet_id)
        .where(*villkor)
        .order_by(Delegering.giltig_till, Delegering.id)
    ).all()
    fornyade = _fornyade(s, [d.id for d, _, _ in kandidater])
    return [rad for rad in kandidater if rad[0].id not in fornyade]


def _rader(
    s: Session, rader: list[Row[Delegering, Personal, str]]
) -> tuple[BevakadDelegering, ...]:
    namn = katalog.namn(s)
    uppgifter: dict[int, list[str]] = {}
    for delegering_id, kod in s.execute(
        select(DelegeringUppgift.delegering_id, DelegeringUppgift.uppgift)
        .where(DelegeringUppgift.delegering_id.in_([d.id for d, _, _ in rader]))
        .order_by(DelegeringUppgift.id)
    ):
        uppgifter.setdefault(delegering_id, []).append(namn.get(kod, kod))
    return tuple(
        BevakadDelegering(
            d.id, p.namn, p.roll, enhet or "", tuple(uppgifter.get(d.id, ())), d.giltig_till
        )
        for d, p, enhet in rader
    )


def hamta(
    s: Session,
    idag: date,
    antal: int = VISADE_DELEGERINGAR,
    enhet_id: int | None = None,
) -> Delegeringsbevakning:
    """Counts and the first ``antal`` rows, for the whole kommun or one unit."""

    def grupp(utgangna: bool) -> list[Row[Delegering, Personal, str]]:
        v = _villkor(idag, utgangna)
        return _grupp(s, v if enhet_id is None else [*v, Delegering.enhet_id == enhet_id])

    utgangna, gar_ut = grupp(True), grupp(False)
    return Delegeringsbevakning(
        gar_ut=len(gar_ut),
        utgangna=len(utgangna),
        lista=_rader(s, (utgangna + gar_ut)[:antal]),
        delegat_inaktiv=_inaktiva(s, idag, enhet_id),
    )


def _inaktiva(s: Session, idag: date, enhet_id: int | None) -> int:
    """Decisions in force today whose delegate is marked inactive (has left)."""
    villkor = [
        Delegering.giltig_fran <= idag,
        Delegering.giltig_till >= idag,
        Delegering.aterkallad_datum.is_(None),
        Personal.aktiv.is_(False),
    ]
    if enhet_id is not None:
        villkor.append(Delegering.enhet_id == enhet_id)
    fraga = (
        select(func.count())
        .select_from(Delegering)
        .join(Personal, Personal.id == Delegering.delegerad_id)
        .where(*villkor)
    )
    return s.scalar(fraga) or 0
