"""Delegations that need the MAS's attention on Översikt: those that end within
DELEGERING_VARNING_DAGAR days and those that have ended but were neither renewed nor
revoked while the delegated person still works here.

A delegation is personal, limited in time to at most one year and revocable (DESIGN.md's glossary, after the seeds). After
its last day the care worker may no longer perform the task: if she still works here
either a renewal was forgotten or the unit lacks delegated staff. The model has no
"active" flag, so "still marked active" means here: not revoked and not replaced by a
renewal. Only those that ended within UTGANGEN_DAGAR days are listed; older ones are
history (the Delegeringar page of issue #11 will manage them).

Read-only: counting and listing, on the index of giltig_till.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, Row, Select, exists, func, select
from sqlalchemy.orm import Session, aliased

from skrivbord.modeller import Delegering, DelegeringUppgift, Enhet, Personal
from skrivbord.tjanster import enheter
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


def _ej_fornyad() -> ColumnElement[bool]:
    fornyelse = aliased(Delegering)
    return ~exists().where(
        fornyelse.ersatter_id == Delegering.id, fornyelse.aterkallad_datum.is_(None)
    )


def _villkor(idag: date, utgangna: bool) -> list[ColumnElement[bool]]:
    """The conditions of the two groups; both are a range on the giltig_till index."""
    person = aliased(Personal)
    gemensamt = [Delegering.aterkallad_datum.is_(None), _ej_fornyad()]
    if utgangna:
        return [
            Delegering.giltig_till >= idag - timedelta(days=UTGANGEN_DAGAR),
            Delegering.giltig_till < idag,
            # Somebody who has left needs no renewal.
            exists().where(person.id == Delegering.delegerad_id, person.aktiv.is_(True)),
            *gemensamt,
        ]
    return [
        Delegering.giltig_till >= idag,
        Delegering.giltig_till <= idag + timedelta(days=DELEGERING_VARNING_DAGAR),
        Delegering.giltig_fran <= idag,
        *gemensamt,
    ]


def _antal(s: Session, villkor: list[ColumnElement[bool]]) -> int:
    fraga: Select[int] = select(func.count()).select_from(Delegering).where(*villkor)
    return s.scalar(fraga) or 0


def _rader(
    s: Session, idag: date, antal: int, enhet_id: int | None
) -> tuple[BevakadDelegering, ...]:
    rader: list[Row[Delegering, Personal, str]] = []
    for utgangna in (True, False):
        villkor = _villkor(idag, utgangna)
        if enhet_id is not None:
            villkor.append(Delegering.enhet_id == enhet_id)
        rader += s.execute(
            select(Delegering, Personal, Enhet.namn)
            .join(Personal, Personal.id == Delegering.delegerad_id)
            .outerjoin(Enhet, Enhet.id == Delegering.enhet_id)
            .where(*villkor)
            .order_by(Delegering.giltig_till, Delegering.id)
            .limit(antal - len(rader))
        ).all()
    namn = {u.kod: u.namn for u in enheter.delegeringsuppgifter()}
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

    def villkor(utgangna: bool) -> list[ColumnElement[bool]]:
        v = _villkor(idag, utgangna)
        return v if enhet_id is None else [*v, Delegering.enhet_id == enhet_id]

    return Delegeringsbevakning(
        gar_ut=_antal(s, villkor(False)),
        utgangna=_antal(s, villkor(True)),
        lista=_rader(s, idag, antal, enhet_id),
    )
