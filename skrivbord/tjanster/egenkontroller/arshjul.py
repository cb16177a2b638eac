"""The årshjul: the active plan items over the twelve months of a year, with what
became of each month's occurrences. The occurrences and their utfall are the calendar's
(``tillfallen.lista``); this only counts them per plan item and month of the due date,
the same months as the report's årshjul."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from skrivbord.lagring.databas import Databas
from skrivbord.tjanster.egenkontroller import plan, tillfallen
from skrivbord.tjanster.egenkontroller.utfall import Lage

# Which state a month shows when its occurrences differ: what asks for action first.
_FORETRADE = (Lage.FORSENAD, Lage.PLANERAD, Lage.UTFORD_SENT, Lage.UTFORD, Lage.EJ_AKTUELL)


@dataclass(frozen=True)
class Manad:
    antal: tuple[tuple[Lage, int], ...]  # per state, in _FORETRADE's order; () for none

    @property
    def totalt(self) -> int:
        return sum(n for _, n in self.antal)

    @property
    def lage(self) -> Lage | None:
        """The state the month is shown in (the first in _FORETRADE that occurs)."""
        return self.antal[0][0] if self.antal else None


@dataclass(frozen=True)
class Arshjulsrad:
    egenkontroll_id: int
    omrade: str
    frekvens: str
    manader: tuple[Manad, ...]  # January to December


def fran_tillfallen(
    poster: list[plan.PlanPost], lista: list[tillfallen.Tillfalle]
) -> list[Arshjulsrad]:
    """One row per plan item in ``poster``, counting ``lista`` per due month."""
    raknare: dict[tuple[int, int], Counter[Lage]] = {}
    for t in lista:
        raknare.setdefault((t.egenkontroll_id, t.planerat_datum.month), Counter())[t.lage] += 1

    def manad(post_id: int, nummer: int) -> Manad:
        antal = raknare.get((post_id, nummer), Counter())
        return Manad(tuple((lage, antal[lage]) for lage in _FORETRADE if antal[lage]))

    return [
        Arshjulsrad(p.id, p.omrade, p.frekvens, tuple(manad(p.id, m) for m in range(1, 13)))
        for p in poster
    ]


def berakna(
    databas: Databas,
    ar: int,
    enhet_id: int | None = None,
    bara_kommunen: bool = False,
    idag: date | None = None,
) -> list[Arshjulsrad]:
    """The årshjul for ``ar``: all units, one unit, or only the kommun-wide occurrences."""
    lista = tillfallen.lista(databas, ar, enhet_id, idag)
    if bara_kommunen:
        lista = [t for t in lista if t.enhet_id is None]
    return fran_tillfallen(plan.plan(databas), lista)
