"""The kommun's name, SCB code and the committee egenkontroller are reported to."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Kommuninstallningar
from skrivbord.modeller.kommun import STANDARDNAMND


@dataclass(frozen=True)
class Kommun:
    namn: str
    kommunkod: str


def validera(namn: str, kommunkod: str) -> Kommun:
    namn = namn.strip()
    kommunkod = kommunkod.strip()
    if not namn:
        raise OgiltigUppgift("Skriv kommunens namn.")
    if not re.fullmatch(r"\d{4}", kommunkod):
        raise OgiltigUppgift(
            "Kommunkoden ska vara SCB:s fyrsiffriga kod, till exempel 2480 för Umeå."
        )
    return Kommun(namn, kommunkod)


def satt_i(session: Session, kommun: Kommun) -> None:
    rad = session.get(Kommuninstallningar, 1)
    if rad is None:
        session.add(Kommuninstallningar(id=1, namn=kommun.namn, kommunkod=kommun.kommunkod))
    else:
        rad.namn, rad.kommunkod = kommun.namn, kommun.kommunkod


def hamta(databas: Databas) -> Kommun | None:
    with databas.session() as session:
        rad = session.scalars(select(Kommuninstallningar)).first()
        return Kommun(rad.namn, rad.kommunkod) if rad else None


def spara(databas: Databas, namn: str, kommunkod: str) -> Kommun:
    kommun = validera(namn, kommunkod)
    with databas.session() as session:
        satt_i(session, kommun)
    return kommun


def namnd(databas: Databas) -> str:
    """The committee the egenkontroller are reported to."""
    with databas.session() as session:
        rad = session.scalars(select(Kommuninstallningar)).first()
        return rad.namnd if rad else STANDARDNAMND


def spara_namnd(databas: Databas, namn: str) -> str:
    namn = namn.strip()
    if not namn:
        raise OgiltigUppgift(
            "Skriv namnet på nämnden (eller utskottet) som egenkontrollerna redovisas för."
        )
    if len(namn) > 120:
        raise OgiltigUppgift("Nämndens namn får vara högst 120 tecken.")
    with databas.session() as session:
        rad = session.scalars(select(Kommuninstallningar)).first()
        if rad is None:
            raise OgiltigUppgift("Ange kommunens namn och kod först.")
        rad.namnd = namn
    return namn
