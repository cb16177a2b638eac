"""The egenkontroll plan: what is checked, where, how often, from which source, by whom,
and to whom it is reported."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Egenkontroll


@dataclass(frozen=True)
class PlanRad:
    id: int
    omrade: str
    omfattning: str
    frekvens: str  # the Swedish label, e.g. "2 gånger/år"
    kalla: str
    ansvarig: str
    rapporteras_till: str


def plan(databas: Databas) -> list[PlanRad]:
    """The active plan items, in the order they were added."""
    with databas.session() as s:
        return [
            PlanRad(
                e.id,
                e.omrade,
                e.omfattning,
                e.frekvens.etikett,
                e.kalla,
                e.ansvarig,
                e.rapporteras_till,
            )
            for e in s.scalars(
                select(Egenkontroll).where(Egenkontroll.aktiv.is_(True)).order_by(Egenkontroll.id)
            )
        ]
