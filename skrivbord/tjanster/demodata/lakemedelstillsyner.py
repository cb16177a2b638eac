"""Läkemedelstillsyner för demokommunen, genom tjänsten (tjanster/lakemedelstillsyn), så
att demon följer samma regler som programmet: narkotikakontroll varje månad på enheter med
läkemedelsförråd, övriga läkemedel varje kvartal, MAS interna tillsyn två gånger per år
och en extern kvalitetsgranskning av farmaceut varje år på enheter med förråd.

Luckorna är avsiktliga: några tillsyner görs sent eller inte alls, några narkotikasaldon
stämmer inte (de blir avvikelser), och några punkter besvaras nej (fynd med åtgärder, de
äldre redan klara). Allt i en arbetsenhet, efter massladdningen och före egenkontrollens
tillfällen (skapa.py).
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Atgard, LakemedelstillsynFynd
from skrivbord.tjanster import enheter
from skrivbord.tjanster.demodata.plan import Plan
from skrivbord.tjanster.lakemedelstillsyn import checklista, protokoll
from skrivbord.tjanster.lakemedelstillsyn.uppgifter import Punktsvar, Rakning, Tillsynsuppgifter
from skrivbord.typer import Atgardsstatus, Roll, Tillsynssvar, Tillsynstyp

# Kind -> the months it is due in (its period's last month).
_MANADER = {
    Tillsynstyp.NARKOTIKA: tuple(range(1, 13)),
    Tillsynstyp.OVRIGA: (3, 6, 9, 12),
    Tillsynstyp.MAS_INTERN: (6, 12),
    Tillsynstyp.EXTERN: (10,),
}
PREPARAT = (
    ("Oxikodon", "5 mg", "tablett"),
    ("Oxikodon", "10 mg", "depottablett"),
    ("Morfin", "10 mg/ml", "injektionsvätska"),
    ("Fentanyl", "12 mikrog/timme", "depotplåster"),
    ("Buprenorfin", "5 mikrog/timme", "depotplåster"),
    ("Oxazepam", "10 mg", "tablett"),
)
_DIFFERENS = (
    "Saldot utrett med ansvarig sjuksköterska; ett uttag var inte signerat i journalen.",
    "En tablett hittades på golvet i läkemedelsrummet och kasserades utan anteckning.",
    "Felräkning vid förra kontrollen; journalen rättad efter dubbelkontroll.",
)
_ATGARD = {
    Tillsynstyp.NARKOTIKA: "Genomgång av narkotikarutinen med sjuksköterskorna.",
    Tillsynstyp.OVRIGA: "Påminnelse på arbetsplatsträff och ny kontrollista.",
    Tillsynstyp.MAS_INTERN: "Enhetschefen redovisar åtgärden för MAS.",
    Tillsynstyp.EXTERN: "Enhetens läkemedelsinstruktion revideras efter granskningen.",
}


def _tillfallen(typ: Tillsynstyp, start: date, till: date) -> list[date]:
    """The last day of each month the kind is due in, from ``start`` up to ``till``."""
    ut = []
    for ar in range(start.year, till.year + 1):
        for m in _MANADER[typ]:
            sista = (date(ar + m // 12, m % 12 + 1, 1)) - timedelta(1)
            if start <= sista <= till + timedelta(27):
                ut.append(sista)
    return ut


def skriv(
    databas: Databas, plan: Plan, seed: int, start: date, idag: date, differenser: bool = True
) -> int:
    """Returns the number of inspections written. Without ``differenser`` every count
    matches (a demo asked for no avvikelser gets none from the counts either)."""
    rng = random.Random(f"{seed}:lakemedelstillsyn")
    igar = idag - timedelta(1)
    antal = 0
    with databas.session() as session:
        koder = {t: [p.kod for p in checklista.punkter_i(session, t)] for t in Tillsynstyp}
        mas = [p.id for p in plan.med_roll(Roll.MAS)]
        for enhet in plan.enheter:
            forrad = enheter.standardval(enhet.typ).har_lakemedelsforrad
            ssk = [p.id for p in plan.i_enhet(enhet.id, Roll.SJUKSKOTERSKA)] or mas
            chef = plan.chef(enhet).id
            for typ in Tillsynstyp:
                if typ in (Tillsynstyp.NARKOTIKA, Tillsynstyp.EXTERN) and not forrad:
                    continue
                utforare = mas if typ == Tillsynstyp.MAS_INTERN else ssk
                for slut in _tillfallen(typ, start, igar):
                    datum = _datum(rng, typ, slut, igar)
                    if datum is None:
                        continue
                    u = _uppgifter(rng, typ, enhet.id, datum, rng.choice(utforare), chef, koder)
                    if not differenser:
                        u = replace(
                            u,
                            rakningar=tuple(
                                replace(r, raknat_saldo=r.journal_saldo, kommentar="")
                                for r in u.rakningar
                            ),
                        )
                    protokoll.spara_i(session, databas.anvandare, u, idag)
                    antal += 1
        _gamla_atgarder_klara(session, rng, idag)
        session.flush()
        _tidsstampla(session)
    return antal


# Stamped on the inspection's day, as if registered then (and the same on every run).
_STAMPLA = (
    "UPDATE lakemedelstillsyn SET skapad = datum || ' 13:00:00.000000', "
    "andrad = datum || ' 13:00:00.000000'",
    "UPDATE lakemedelstillsyn_fynd SET (skapad, andrad) = (SELECT t.skapad, t.andrad "
    "FROM lakemedelstillsyn t WHERE t.id = tillsyn_id)",
    "UPDATE atgard SET (skapad, andrad) = (SELECT f.skapad, f.andrad "
    "FROM lakemedelstillsyn_fynd f WHERE f.id = lakemedelstillsyn_fynd_id) "
    "WHERE lakemedelstillsyn_fynd_id IS NOT NULL",
    "UPDATE avvikelse SET (skapad, andrad) = (SELECT t.skapad, t.andrad FROM narkotikarakning r "
    "JOIN lakemedelstillsyn t ON t.id = r.tillsyn_id WHERE r.avvikelse_id = avvikelse.id) "
    "WHERE id IN (SELECT avvikelse_id FROM narkotikarakning)",
    "UPDATE avvikelse_statusandring SET tid = (SELECT a.skapad FROM avvikelse a "
    "WHERE a.id = avvikelse_id) WHERE avvikelse_id IN (SELECT avvikelse_id FROM narkotikarakning)",
)


def _tidsstampla(session: Session) -> None:
    for sql in _STAMPLA:
        session.execute(text(sql))


def _datum(rng: random.Random, typ: Tillsynstyp, slut: date, igar: date) -> date | None:
    """Most in the period's last weeks; some a few days late; a few never done."""
    x = rng.random()
    if x < 0.03 and slut < igar - timedelta(40):
        return None  # missed
    if x < 0.10:
        datum = slut + timedelta(rng.randint(2, 12))  # done late
    else:
        datum = slut - timedelta(rng.randint(0, 20 if typ == Tillsynstyp.NARKOTIKA else 40))
    return datum if datum <= igar else None


def _uppgifter(
    rng: random.Random,
    typ: Tillsynstyp,
    enhet_id: int,
    datum: date,
    av: int,
    chef: int,
    koder: dict[Tillsynstyp, list[str]],
) -> Tillsynsuppgifter:
    svar = []
    for kod in koder[typ]:
        x = rng.random()
        if x < 0.04:
            svar.append(
                Punktsvar(
                    kod,
                    Tillsynssvar.NEJ,
                    "Brist noterad vid tillsynen.",
                    _ATGARD[typ],
                    chef,
                    datum + timedelta(30),
                )
            )
        else:
            svar.append(Punktsvar(kod, Tillsynssvar.EJ_AKTUELLT if x < 0.06 else Tillsynssvar.JA))
    rakningar: tuple[Rakning, ...] = ()
    if typ == Tillsynstyp.NARKOTIKA:
        rakningar = tuple(_rakning(rng, p) for p in rng.sample(PREPARAT, rng.randint(2, 4)))
    deltagare = "Farmaceut från läkemedelsenheten" if typ == Tillsynstyp.EXTERN else ""
    return Tillsynsuppgifter(enhet_id, typ, datum, av, deltagare, "", tuple(svar), rakningar)


def _rakning(rng: random.Random, preparat: tuple[str, str, str]) -> Rakning:
    journal = float(rng.randint(4, 60))
    if rng.random() < 0.03:
        return Rakning(
            *preparat, journal, journal - rng.choice((1, 2, 0.5)), rng.choice(_DIFFERENS)
        )
    return Rakning(*preparat, journal, journal)


def _gamla_atgarder_klara(session: Session, rng: random.Random, idag: date) -> None:
    """The findings' åtgärder older than a month are done, most of them on time."""
    rader = session.execute(
        select(Atgard).join(
            LakemedelstillsynFynd, Atgard.lakemedelstillsyn_fynd_id == LakemedelstillsynFynd.id
        )
    ).scalars()
    for atgard in rader:
        if atgard.deadline is None or atgard.deadline > idag - timedelta(10):
            continue
        klar = atgard.deadline - timedelta(rng.randint(-10, 25))
        atgard.status, atgard.klar_datum = Atgardsstatus.KLAR, min(klar, idag - timedelta(1))
