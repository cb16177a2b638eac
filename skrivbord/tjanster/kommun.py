"""The kommun's name and SCB code."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Kommuninstallningar


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
