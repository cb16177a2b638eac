"""Protokoll för logguppföljning byggda genom tjänsten, med påhittade personer."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

import pytest

from skrivbord.tjanster import enheter, personal
from skrivbord.tjanster.databasfil import Databas
from skrivbord.tjanster.logguppfoljning.uppgifter import LoggAtgard, Logguppgifter
from skrivbord.typer import Loggatgardstyp, Loggkontrolltyp, Loggresultat, Roll

IDAG = date(2026, 3, 20)
SYSTEM = "Journalsystemet Demo"


@pytest.fixture
def granskare(databas: Databas) -> int:
    return personal.skapa(databas, "Greta", "Granskarsson", Roll.ENHETSCHEF).id


@pytest.fixture
def mas(databas: Databas) -> int:
    return personal.skapa(databas, "Maja", "Ansvarig", Roll.MAS).id


@pytest.fixture
def enhet_id(databas: Databas) -> int:
    return next(e.id for e in enheter.lista(databas) if e.namn == "Solgården")


@pytest.fixture
def uppgifter(granskare: int) -> Callable[..., Logguppgifter]:
    """Ett giltigt protokoll utan avvikelse; nyckelord ändrar fält."""

    def bygg(**falt: object) -> Logguppgifter:
        grund = Logguppgifter(
            datum=date(2026, 2, 10),
            typ=Loggkontrolltyp.SYSTEMATISK,
            period_fran=date(2026, 1, 1),
            period_till=date(2026, 1, 31),
            system=SYSTEM,
            utford_av_id=granskare,
            antal_anvandare=40,
            antal_atkomster=600,
            metod="Loggrapport för månaden, granskad mot vårdrelation.",
        )
        return dataclasses.replace(grund, **falt)  # type: ignore[arg-type]

    return bygg


def med_avvikelse(u: Logguppgifter, **falt: object) -> Logguppgifter:
    varden: dict[str, object] = {
        "resultat": Loggresultat.AVVIKELSE,
        "antal_avvikande": 2,
        "avvikelse_beskrivning": "Två åtkomster utan vårdrelation, sen kväll.",
        "atgarder": (
            LoggAtgard(Loggatgardstyp.SAMTAL, date(2026, 2, 12), "Samtal enligt rutin."),
            LoggAtgard(Loggatgardstyp.PERSONUPPGIFTSINCIDENT, date(2026, 2, 11)),
        ),
    }
    varden.update(falt)
    return dataclasses.replace(u, **varden)  # type: ignore[arg-type]
