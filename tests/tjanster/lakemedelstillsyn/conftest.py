"""Läkemedelstillsyner byggda genom tjänsten, med påhittade personer."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

import pytest

from skrivbord.tjanster import enheter, personal
from skrivbord.tjanster.databasfil import Databas
from skrivbord.tjanster.lakemedelstillsyn import checklista
from skrivbord.tjanster.lakemedelstillsyn.uppgifter import (
    Punktsvar,
    Rakning,
    Tillsynsuppgifter,
)
from skrivbord.typer import Roll, Tillsynssvar, Tillsynstyp

IDAG = date(2026, 3, 20)


@pytest.fixture
def ssk(databas: Databas) -> int:
    return personal.skapa(databas, "Sara", "Sköterskesson", Roll.SJUKSKOTERSKA).id


@pytest.fixture
def chef(databas: Databas) -> int:
    return personal.skapa(databas, "Erik", "Chefsson", Roll.ENHETSCHEF).id


@pytest.fixture
def enhet_id(databas: Databas) -> int:
    """A särskilt boende: it keeps a läkemedelsförråd."""
    return next(e.id for e in enheter.lista(databas) if e.namn == "Solgården")


def alla_ja(databas: Databas, typ: Tillsynstyp) -> tuple[Punktsvar, ...]:
    return tuple(Punktsvar(p.kod, Tillsynssvar.JA) for p in checklista.punkter(databas, typ))


@pytest.fixture
def uppgifter(databas: Databas, enhet_id: int, ssk: int) -> Callable[..., Tillsynsuppgifter]:
    """A valid narkotikakontroll with every answer ja and one count that matches."""

    def bygg(**falt: object) -> Tillsynsuppgifter:
        typ = falt.get("typ", Tillsynstyp.NARKOTIKA)
        assert isinstance(typ, Tillsynstyp)
        grund = Tillsynsuppgifter(
            enhet_id=enhet_id,
            typ=typ,
            datum=date(2026, 3, 10),
            utford_av_id=ssk,
            svar=alla_ja(databas, typ),
            rakningar=(Rakning("Oxikodon", "5 mg", "tablett", 40, 40),)
            if typ == Tillsynstyp.NARKOTIKA
            else (),
        )
        return dataclasses.replace(grund, **falt)  # type: ignore[arg-type]

    return bygg


def med_svar(u: Tillsynsuppgifter, kod: str, svar: Punktsvar) -> Tillsynsuppgifter:
    return dataclasses.replace(u, svar=tuple(svar if s.kod == kod else s for s in u.svar))
