"""Coverage: per unit and ISO week of a period (say the summer weeks 24–34), how many
active staff hold a valid delegation for each task, against the unit's minimum
(Delegeringsbehov in the unit register). Seed 003: "Särskilt inför sommaren kan det
bli svårigheter att säkerställa en bemanning med delegerad personal."

A delegation covers a week when it holds on every day of it (from Monday to Sunday,
not revoked before the Sunday is over): one that ends on a Wednesday leaves the rest
of the week uncovered. A person counts once per task and week, however many decisions
she holds. One grouped query for the whole period, the weeks as a small derived table.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Date, Integer, and_, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Delegering, Delegeringsbehov, DelegeringUppgift, Enhet, Personal
from skrivbord.modeller.delegering import delegering_enhet
from skrivbord.tjanster.delegeringar import katalog

SOMMARVECKOR = (24, 34)


def veckor_i_ar(ar: int) -> int:
    return date(ar, 12, 28).isocalendar()[1]


def mandag(ar: int, vecka: int) -> date:
    return date.fromisocalendar(ar, vecka, 1)


@dataclass(frozen=True)
class Uppgiftsrad:
    kod: str
    namn: str
    minsta: int  # 0: the unit has set no minimum
    antal: tuple[int, ...]  # one per week of the period

    def under(self, i: int) -> bool:
        return self.antal[i] < self.minsta


@dataclass(frozen=True)
class Enhetstackning:
    enhet_id: int
    namn: str
    rader: tuple[Uppgiftsrad, ...]

    @property
    def veckor_under(self) -> int:
        """Weeks in which at least one task is below the minimum."""
        if not self.rader:
            return 0
        return sum(any(r.under(i) for r in self.rader) for i in range(len(self.rader[0].antal)))


@dataclass(frozen=True)
class Tackning:
    ar: int
    veckor: tuple[int, ...]
    enheter: tuple[Enhetstackning, ...]


def kontrollera_period(ar: int, fran: int, till: int) -> None:
    if not 2000 <= ar <= 2100:
        raise OgiltigUppgift(f"Året {ar} går inte att visa.", "ar")
    sista = veckor_i_ar(ar)
    if not (1 <= fran <= sista and 1 <= till <= sista):
        raise OgiltigUppgift(f"År {ar} har veckorna 1–{sista}.", "vecka")
    if till < fran:
        raise OgiltigUppgift("Den sista veckan kan inte komma före den första.", "vecka")


def antal_i(
    s: Session, ar: int, veckor: list[int], enhet_id: int | None = None
) -> dict[tuple[int, str, int], int]:
    """(unit, task, week) → distinct active people covered that whole week."""
    # The weeks as a small derived table (SQLite's VALUES takes no column names).
    vecka = union_all(
        *(
            select(
                literal(v, Integer).label("nr"),
                literal(mandag(ar, v), Date).label("mandag"),
                literal(mandag(ar, v) + timedelta(days=6), Date).label("sondag"),
            )
            for v in veckor
        )
    ).subquery("vecka")
    fraga = (
        select(
            delegering_enhet.c.enhet_id,
            DelegeringUppgift.uppgift,
            vecka.c.nr,
            func.count(func.distinct(Delegering.delegerad_id)),
        )
        .select_from(Delegering)
        .join(delegering_enhet, delegering_enhet.c.delegering_id == Delegering.id)
        .join(DelegeringUppgift, DelegeringUppgift.delegering_id == Delegering.id)
        .join(Personal, Personal.id == Delegering.delegerad_id)
        .join(
            vecka,
            and_(
                Delegering.giltig_fran <= vecka.c.mandag,
                Delegering.giltig_till >= vecka.c.sondag,
                or_(
                    Delegering.aterkallad_datum.is_(None),
                    Delegering.aterkallad_datum > vecka.c.sondag,
                ),
            ),
        )
        .where(Personal.aktiv.is_(True))
        .group_by(delegering_enhet.c.enhet_id, DelegeringUppgift.uppgift, vecka.c.nr)
    )
    if enhet_id is not None:
        fraga = fraga.where(delegering_enhet.c.enhet_id == enhet_id)
    return {(e, k, v): n for e, k, v, n in s.execute(fraga)}


def berakna(
    databas: Databas, ar: int, fran: int, till: int, enhet_id: int | None = None
) -> Tackning:
    """The coverage of the active units (or one), for the weeks ``fran``–``till`` of
    ``ar``. Tasks shown per unit: those with a minimum, and those anyone holds."""
    kontrollera_period(ar, fran, till)
    veckor = list(range(fran, till + 1))
    with databas.session() as s:
        antal = antal_i(s, ar, veckor, enhet_id)
        fraga = select(Enhet.id, Enhet.namn).where(Enhet.aktiv.is_(True)).order_by(Enhet.namn)
        if enhet_id is not None:
            fraga = select(Enhet.id, Enhet.namn).where(Enhet.id == enhet_id)
        enhetslista = s.execute(fraga).all()
        minsta: dict[int, dict[str, int]] = defaultdict(dict)
        for e, kod, n in s.execute(
            select(
                Delegeringsbehov.enhet_id, Delegeringsbehov.uppgift, Delegeringsbehov.minsta_antal
            )
        ):
            minsta[e][kod] = n
        uppgifter = katalog.lasa(s)
    ut = []
    for e_id, e_namn in enhetslista:
        har = {k for (e, k, _) in antal if e == e_id}
        rader = tuple(
            Uppgiftsrad(
                u.kod,
                u.namn,
                minsta[e_id].get(u.kod, 0),
                tuple(antal.get((e_id, u.kod, v), 0) for v in veckor),
            )
            for u in uppgifter
            if u.kod in har or u.kod in minsta[e_id]
        )
        ut.append(Enhetstackning(e_id, e_namn, rader))
    return Tackning(ar, tuple(veckor), tuple(ut))
