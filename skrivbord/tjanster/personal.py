"""Staff: who can be responsible for an åtgärd, who delegates, who is delegated to, who
manages a unit.

Names are personal data: they are stored and shown, never logged (log lines carry ids).
A person anything refers to is never deleted: the history keeps its names. Such a
person is deactivated instead, and is then no longer offered in the forms.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import (
    Atgard,
    Delegering,
    Delegeringsgenomgang,
    EgenkontrollTillfalle,
    Enhet,
    Lakemedelstillsyn,
    Logguppfoljning,
    LogguppfoljningSignering,
    Personal,
    Veckogenomgang,
)
from skrivbord.tjanster.enheter import uppraknat
from skrivbord.typer import Roll

log = logging.getLogger(__name__)

NAMN_HOGST = 60  # each of first and last name (the columns' length)


@dataclass(frozen=True)
class PersonRad:
    id: int
    namn: str
    roll: Roll
    legitimerad: bool
    aktiv: bool
    fornamn: str = ""
    efternamn: str = ""
    enhet_ids: tuple[int, ...] = ()
    enhetsnamn: tuple[str, ...] = ()  # in the order of enhet_ids (by name)


def _rad(person: Personal) -> PersonRad:
    enheter = sorted(person.enheter, key=lambda e: e.namn.casefold())
    return PersonRad(
        person.id,
        person.namn,
        person.roll,
        person.legitimerad,
        person.aktiv,
        person.fornamn,
        person.efternamn,
        tuple(e.id for e in enheter),
        tuple(e.namn for e in enheter),
    )


def lista(databas: Databas, bara_aktiva: bool = True) -> list[PersonRad]:
    fraga = (
        select(Personal)
        .options(selectinload(Personal.enheter))
        .order_by(Personal.efternamn, Personal.fornamn)
    )
    if bara_aktiva:
        fraga = fraga.where(Personal.aktiv.is_(True))
    with databas.session() as session:
        return [_rad(p) for p in session.scalars(fraga)]


def hamta(databas: Databas, person_id: int) -> PersonRad:
    with databas.session() as session:
        return _rad(_person(session, person_id))


def _person(session: Session, person_id: int) -> Personal:
    person = session.get(Personal, person_id, options=[selectinload(Personal.enheter)])
    if person is None:
        raise OgiltigUppgift("Personen finns inte längre i registret.")
    return person


def jamforbart_namn(fornamn: str, efternamn: str, roll: Roll | str) -> tuple[str, str, str]:
    """The same person in the register whatever the case and spacing (the import's
    duplicate check)."""
    return (" ".join(fornamn.casefold().split()), " ".join(efternamn.casefold().split()), roll)


def _namn(fornamn: str, efternamn: str) -> tuple[str, str]:
    fornamn, efternamn = " ".join(fornamn.split()), " ".join(efternamn.split())
    if not fornamn or not efternamn:
        raise OgiltigUppgift(
            "Skriv både förnamn och efternamn.", "efternamn" if fornamn else "fornamn"
        )
    for text, vad, falt in (
        (fornamn, "Förnamnet", "fornamn"),
        (efternamn, "Efternamnet", "efternamn"),
    ):
        if len(text) > NAMN_HOGST:
            raise OgiltigUppgift(
                f"{vad} får vara högst {NAMN_HOGST} tecken (nu {len(text)}).", falt
            )
    return fornamn, efternamn


def _roll(roll: Roll | str) -> Roll:
    try:
        return Roll(roll)
    except ValueError:
        raise OgiltigUppgift("Välj personens roll.", "roll") from None


def _enheter(session: Session, enhet_ids: Iterable[int]) -> list[Enhet]:
    onskade = set(enhet_ids)
    enheter = list(session.scalars(select(Enhet).where(Enhet.id.in_(onskade)))) if onskade else []
    if len(enheter) != len(onskade):
        raise OgiltigUppgift(
            "En av de valda enheterna finns inte längre. Välj enheterna igen.", "enhet_ids"
        )
    return enheter


def skapa(
    databas: Databas,
    fornamn: str,
    efternamn: str,
    roll: Roll | str,
    *,
    legitimerad: bool | None = None,
    enhet_ids: Iterable[int] = (),
    aktiv: bool = True,
) -> PersonRad:
    """A new person; ``legitimerad`` left as None follows the role (Roll.legitimerad)."""
    fornamn, efternamn = _namn(fornamn, efternamn)
    roll = _roll(roll)
    with databas.session() as session:
        person = Personal(
            fornamn=fornamn,
            efternamn=efternamn,
            roll=roll,
            legitimerad=roll.legitimerad if legitimerad is None else legitimerad,
            aktiv=aktiv,
            enheter=_enheter(session, enhet_ids),
        )
        session.add(person)
        session.flush()
        log.info("person %d skapad", person.id)
        return _rad(person)


def andra(
    databas: Databas,
    person_id: int,
    fornamn: str,
    efternamn: str,
    roll: Roll | str,
    *,
    legitimerad: bool,
    enhet_ids: Iterable[int],
    aktiv: bool,
) -> PersonRad:
    fornamn, efternamn = _namn(fornamn, efternamn)
    roll = _roll(roll)
    with databas.session() as session:
        person = _person(session, person_id)
        person.fornamn, person.efternamn, person.roll = fornamn, efternamn, roll
        person.legitimerad, person.aktiv = legitimerad, aktiv
        enheter = _enheter(session, enhet_ids)
        if {e.id for e in enheter} != {e.id for e in person.enheter}:
            person.enheter = enheter
        session.flush()
        return _rad(person)


def satt_aktiv(databas: Databas, person_id: int, aktiv: bool) -> None:
    """An inactive person keeps the history (åtgärder, delegations) but is no longer
    offered as responsible or as enhetschef."""
    with databas.session() as session:
        _person(session, person_id).aktiv = aktiv


# What may refer to a person: (column, phrase for one, phrase for several).
_HANVISNINGAR = (
    (Atgard.ansvarig_id, "är ansvarig för {n} åtgärd", "är ansvarig för {n} åtgärder"),
    (Delegering.delegerad_id, "har fått {n} delegering", "har fått {n} delegeringar"),
    (Delegering.delegerande_id, "har gett {n} delegering", "har gett {n} delegeringar"),
    (
        Delegering.aterkallad_av_id,
        "har återkallat {n} delegering",
        "har återkallat {n} delegeringar",
    ),
    (
        Delegeringsgenomgang.granskad_av_id,
        "har gått igenom delegeringarna {n} gång",
        "har gått igenom delegeringarna {n} gånger",
    ),
    (
        Veckogenomgang.genomford_av_id,
        "har hållit {n} veckogenomgång",
        "har hållit {n} veckogenomgångar",
    ),
    (
        Lakemedelstillsyn.utford_av_id,
        "har gjort {n} läkemedelstillsyn",
        "har gjort {n} läkemedelstillsyner",
    ),
    (
        EgenkontrollTillfalle.utford_av_id,
        "har utfört {n} egenkontroll",
        "har utfört {n} egenkontroller",
    ),
    (
        Logguppfoljning.utford_av_id,
        "har gjort {n} logguppföljning",
        "har gjort {n} logguppföljningar",
    ),
    (
        LogguppfoljningSignering.signerad_av_id,
        "har signerat {n} logguppföljning",
        "har signerat {n} logguppföljningar",
    ),
)


def ta_bort(databas: Databas, person_id: int) -> None:
    """Delete a person nothing refers to (e.g. entered by mistake); otherwise refuse
    and say to deactivate instead."""
    with databas.session() as session:
        person = _person(session, person_id)
        delar = []
        for kolumn, en, flera in _HANVISNINGAR:
            antal = session.scalar(select(func.count()).where(kolumn == person_id)) or 0
            if antal:
                delar.append((en if antal == 1 else flera).format(n=antal))
        chef_for = sorted(
            session.scalars(select(Enhet.namn).where(Enhet.enhetschef_id == person_id))
        )
        if chef_for:
            delar.append(f"är enhetschef för {uppraknat(chef_for)}")
        if delar:
            raise OgiltigUppgift(
                f"Personen kan inte tas bort: hen {uppraknat(delar)}. Inaktivera personen "
                "i stället; då finns historiken kvar men personen erbjuds inte längre i "
                "formulären."
            )
        session.delete(person)
        log.info("person %d borttagen", person_id)
