"""The demo's delegations, written through the app's own service (tjanster/delegeringar)
after the bulk load, so they obey every rule: a chain of yearly decisions per care
worker from a nurse of her unit, renewed with a short gap; some end within 30 days,
some have ended without renewal, a few are revoked with a reason, two people have
left while their delegation still holds. The units get minimums per task that the
summer weeks do not always reach, and the yearly reviews of each unit's delegations
document their egenkontroll occurrences.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Delegering, Delegeringsbehov, Delegeringsgenomgang, Personal
from skrivbord.tjanster.delegeringar import beslut, tackning
from skrivbord.tjanster.delegeringar.regler import Beslutsuppgifter
from skrivbord.tjanster.demodata.plan import Person, Plan
from skrivbord.typer import Enhetstyp, Granskningsresultat, Kunskapstest, Roll

_ORSAKER = (
    "Bristande följsamhet till läkemedelsrutinen.",
    "Anställningen har upphört.",
    "Ny bedömning av delegerande sjuksköterska.",
    "Byte av arbetsplats inom kommunen.",
)
_VILLKOR = (
    "",
    "",
    "Gäller endast ordinarie läkemedel i dosett eller dospåse.",
    "Vid osäkerhet kontaktas tjänstgörande sjuksköterska innan läkemedlet ges.",
    "Insulin endast med förfylld penna och fast dos enligt ordination.",
)
_LAKEMEDEL = "overlamna_lakemedel"
_OVRIGA = ("insulin", "ogondroppar", "inhalation", "lakemedelsplaster", "blodsocker", "salvor")
# The units the default plan's "Tillsyn av delegeringar" covers (egenkontrollplan.json).
_GRANSKAS = {Enhetstyp.SABO, Enhetstyp.KORTTID, Enhetstyp.HEMTJANST, Enhetstyp.HEMSJUKVARD}
_BRISTER = (
    "Två delegeringar saknade notering om att MAS informerats; kompletteras.",
    "En delegering hade gått ut utan att förnyas; personen har fått ny utbildning.",
)


def skriv(databas: Databas, plan: Plan, seed: int, start: date, idag: date) -> None:
    rng = random.Random(f"{seed}:delegeringar")
    with databas.session() as s:
        for person in plan.med_roll(Roll.UNDERSKOTERSKA, Roll.VARDBITRADE):
            if rng.random() < 0.08 or not person.enheter:
                continue
            _kedja(s, rng, plan, person, start, idag)
        _inaktiva(s, rng, idag)
        _minsta_antal(s, plan, idag)
        _genomgangar(s, rng, plan, start, idag)


def _ssk(plan: Plan, person: Person) -> list[Person]:
    egna = [p for e in person.enheter for p in plan.i_enhet(e, Roll.SJUKSKOTERSKA)]
    return egna or plan.med_roll(Roll.SJUKSKOTERSKA)


def _perioder(rng: random.Random, start: date, idag: date) -> tuple[list[tuple[date, date]], bool]:
    """(from, to) of each decision in the chain, oldest first, and whether the last one
    is revoked. Each lasts a year at most; a short gap before each renewal."""
    lage = rng.random()
    if lage < 0.10:  # ends within 30 days
        till = idag + timedelta(rng.randint(0, 30))
    elif lage < 0.16:  # ended, not renewed
        till = idag - timedelta(rng.randint(1, 120))
    else:
        till = idag + timedelta(rng.randint(31, 364))
    aterkallas = lage >= 0.16 and rng.random() < 0.05
    kedja: list[tuple[date, date]] = []
    while len(kedja) < 5:
        fran = till - timedelta(364)
        kedja.append((fran, till))
        till = fran - timedelta(rng.randint(1, 20))
        if till < start:
            break
    return kedja[::-1], aterkallas


def _kedja(
    s: Session, rng: random.Random, plan: Plan, person: Person, start: date, idag: date
) -> None:
    perioder, aterkallas = _perioder(rng, start, idag)
    uppgifter = [_LAKEMEDEL] if rng.random() < 0.95 else []
    uppgifter += rng.sample(_OVRIGA, rng.choice((0, 1, 1, 2, 3)))
    uppgifter = uppgifter or ["blodsocker"]
    enheter = tuple(person.enheter[: 2 if rng.random() < 0.15 else 1])
    foregaende: int | None = None
    ssk = _ssk(plan, person)
    for fran, till in perioder:
        mas_informerad = fran + timedelta(rng.randint(0, 6)) if rng.random() < 0.93 else None
        u = Beslutsuppgifter(
            delegerad_id=person.id,
            delegerande_id=rng.choice(ssk).id,
            uppgifter=tuple(uppgifter),
            enhet_ids=enheter,
            giltig_fran=fran,
            giltig_till=till,
            utbildning_datum=fran - timedelta(rng.randint(7, 30)),
            kunskapstest_datum=fran - timedelta(rng.randint(1, 6)),
            kunskapstest=Kunskapstest.GODKANT,
            mas_informerad_datum=mas_informerad
            if mas_informerad and mas_informerad < idag
            else None,
            villkor=rng.choice(_VILLKOR),
        )
        d_id = beslut.skapa_i(s, u) if foregaende is None else beslut.fornya_i(s, foregaende, u)
        _stampla(s, d_id, fran)
        foregaende = d_id
        if rng.random() < 0.1 and uppgifter[-1] != "insulin":
            uppgifter.append("insulin")  # a renewal may add a task
    if aterkallas and foregaende is not None:
        fran = perioder[-1][0]
        dag = min(idag - timedelta(1), fran + timedelta(rng.randint(30, 200)))
        beslut.aterkalla_i(s, foregaende, dag, rng.choice(_ORSAKER), rng.choice(ssk).id)
        s.flush()
        _stampla(s, foregaende, fran, andrad=dag)


def _stampla(s: Session, d_id: int, dag: date, andrad: date | None = None) -> None:
    """Time stamps from the demo's calendar, not the clock: the same seed, the same file."""
    d = s.get(Delegering, d_id)
    assert d is not None
    d.skapad = datetime.combine(dag, time(10))
    d.andrad = datetime.combine(andrad or dag, time(10))


def _inaktiva(s: Session, rng: random.Random, idag: date) -> None:
    """Two people who have left while a delegation still holds (Översikt warns)."""
    kandidater = sorted(
        s.scalars(
            select(Delegering.delegerad_id).where(
                Delegering.giltig_fran <= idag,
                Delegering.giltig_till >= idag + timedelta(days=60),
                Delegering.aterkallad_datum.is_(None),
            )
        ).unique()
    )
    for person_id in rng.sample(kandidater, min(2, len(kandidater))):
        person = s.get(Personal, person_id)
        assert person is not None
        person.aktiv = False


def _minsta_antal(s: Session, plan: Plan, idag: date) -> None:
    """Minimums the unit reaches in its best summer week this year: a renewal that came
    late or a delegation that ran out shows as a gap (the coverage view's red weeks)."""
    s.flush()
    veckor = list(range(tackning.SOMMARVECKOR[0], tackning.SOMMARVECKOR[1] + 1))
    antal = tackning.antal_i(s, idag.year, veckor)
    for enhet in plan.enheter:
        vard = plan.i_enhet(enhet.id, Roll.UNDERSKOTERSKA, Roll.VARDBITRADE)
        if enhet.typ not in _GRANSKAS or not vard:
            continue
        basta = max(antal.get((enhet.id, _LAKEMEDEL, v), 0) for v in veckor)
        s.add(Delegeringsbehov(enhet_id=enhet.id, uppgift=_LAKEMEDEL, minsta_antal=max(2, basta)))
        if enhet.typ in (Enhetstyp.SABO, Enhetstyp.KORTTID, Enhetstyp.HEMSJUKVARD):
            s.add(Delegeringsbehov(enhet_id=enhet.id, uppgift="insulin", minsta_antal=2))


def _genomgangar(s: Session, rng: random.Random, plan: Plan, start: date, idag: date) -> None:
    """The yearly review of each covered unit's delegations, in September or October;
    now and then one is missed (the occurrence then shows as overdue)."""
    for enhet in plan.enheter:
        if enhet.typ not in _GRANSKAS:
            continue
        granskare = plan.i_enhet(enhet.id, Roll.SJUKSKOTERSKA) or plan.med_roll(Roll.MAS)
        for ar in range(start.year, idag.year + 1):
            dag = date(ar, rng.choice((9, 10)), rng.randint(1, 28))
            if dag >= idag or rng.random() < 0.1:
                continue
            brister = rng.random() < 0.15
            s.add(
                Delegeringsgenomgang(
                    enhet_id=enhet.id,
                    datum=dag,
                    granskad_av_id=rng.choice(granskare).id,
                    resultat=Granskningsresultat.BRISTER
                    if brister
                    else Granskningsresultat.UTAN_ANMARKNING,
                    kommentar=rng.choice(_BRISTER) if brister else "",
                    skapad=datetime.combine(dag, time(15)),
                    andrad=datetime.combine(dag, time(15)),
                )
            )
