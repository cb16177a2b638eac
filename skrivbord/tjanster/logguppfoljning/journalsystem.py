"""Journalsystemen vars åtkomstloggar följs upp: en lista som MAS håller.

Ett protokoll sparar systemets namn som listan hade det; byter MAS namn på ett system
följer protokollen med. Ett system som inte längre används inaktiveras (det finns kvar
i de protokoll som nämner det men erbjuds inte i formuläret).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from skrivbord import personnummer
from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Journalsystem, Logguppfoljning

NAMN_HOGST = 80


@dataclass(frozen=True)
class JournalsystemRad:
    id: int
    namn: str
    aktiv: bool
    antal_uppfoljningar: int = 0


def lista(databas: Databas, bara_aktiva: bool = False) -> list[JournalsystemRad]:
    antal = (
        select(Logguppfoljning.system, func.count().label("n"))
        .group_by(Logguppfoljning.system)
        .subquery()
    )
    fraga = (
        select(Journalsystem, func.coalesce(antal.c.n, 0))
        .outerjoin(antal, antal.c.system == Journalsystem.namn)
        .order_by(func.lower(Journalsystem.namn))
    )
    if bara_aktiva:
        fraga = fraga.where(Journalsystem.aktiv.is_(True))
    with databas.session() as session:
        return [JournalsystemRad(j.id, j.namn, j.aktiv, n) for j, n in session.execute(fraga)]


def namn_ok(namn: str) -> str:
    """Namnet utan överflödiga mellanslag, eller OgiltigUppgift (fältet ``system``)."""
    namn = " ".join(namn.split())
    if not namn:
        raise OgiltigUppgift(
            "Journalsystem: välj eller skriv in vilket system som granskades.", "system"
        )
    if len(namn) > NAMN_HOGST:
        raise OgiltigUppgift(f"Journalsystem: namnet får vara högst {NAMN_HOGST} tecken.", "system")
    personnummer.kontrollera({"system": ("Journalsystem", namn)})
    return namn


def _med_namn(session: Session, namn: str) -> Journalsystem | None:
    return session.scalars(
        select(Journalsystem).where(func.lower(Journalsystem.namn) == namn.casefold())
    ).first()


def sakerstall(session: Session, namn: str) -> str:
    """Namnet som listan skriver det; ett nytt namn läggs till i listan (aktivt)."""
    namn = namn_ok(namn)
    system = _med_namn(session, namn)
    if system is None:
        system = Journalsystem(namn=namn, aktiv=True)
        session.add(system)
        session.flush()
    return system.namn


def lagg_till(databas: Databas, namn: str) -> int:
    namn = namn_ok(namn)
    with databas.session() as session:
        if _med_namn(session, namn) is not None:
            raise OgiltigUppgift(f"Journalsystemet {namn} finns redan i listan.", "system")
        system = Journalsystem(namn=namn, aktiv=True)
        session.add(system)
        session.flush()
        return system.id


def _system(session: Session, system_id: int) -> Journalsystem:
    system = session.get(Journalsystem, system_id)
    if system is None:
        raise OgiltigUppgift("Journalsystemet finns inte längre i listan.")
    return system


def byt_namn(databas: Databas, system_id: int, namn: str) -> None:
    """Nytt namn i listan och i varje protokoll som nämner systemet."""
    namn = namn_ok(namn)
    with databas.session() as session:
        system = _system(session, system_id)
        annat = _med_namn(session, namn)
        if annat is not None and annat.id != system_id:
            raise OgiltigUppgift(f"Journalsystemet {namn} finns redan i listan.", "system")
        session.execute(
            update(Logguppfoljning)
            .where(Logguppfoljning.system == system.namn)
            # A new version: a protocol saved at this very moment loses the race
            # (fel.SamtidigAndring) instead of writing the old name back.
            .values(system=namn, version=Logguppfoljning.version + 1)
        )
        system.namn = namn


def satt_aktiv(databas: Databas, system_id: int, aktiv: bool) -> None:
    with databas.session() as session:
        _system(session, system_id).aktiv = aktiv
