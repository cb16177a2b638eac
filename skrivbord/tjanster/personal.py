"""Staff: who can be responsible for an åtgärd, who delegates, who is delegated to."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Personal
from skrivbord.typer import Roll


@dataclass(frozen=True)
class PersonRad:
    id: int
    namn: str
    roll: Roll
    legitimerad: bool
    aktiv: bool


def lista(databas: Databas, bara_aktiva: bool = True) -> list[PersonRad]:
    fraga = select(Personal).order_by(Personal.efternamn, Personal.fornamn)
    if bara_aktiva:
        fraga = fraga.where(Personal.aktiv.is_(True))
    with databas.session() as session:
        return [
            PersonRad(p.id, p.namn, p.roll, p.legitimerad, p.aktiv) for p in session.scalars(fraga)
        ]


def skapa(databas: Databas, fornamn: str, efternamn: str, roll: Roll) -> PersonRad:
    if not fornamn.strip() or not efternamn.strip():
        raise OgiltigUppgift("Skriv både förnamn och efternamn.")
    roll = Roll(roll)
    with databas.session() as session:
        person = Personal(
            fornamn=fornamn.strip(),
            efternamn=efternamn.strip(),
            roll=roll,
            legitimerad=roll.legitimerad,
        )
        session.add(person)
        session.flush()
        return PersonRad(person.id, person.namn, person.roll, person.legitimerad, person.aktiv)
