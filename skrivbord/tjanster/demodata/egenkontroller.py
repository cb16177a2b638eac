"""The demo's egenkontroll occurrences, made by the same service as in the app
(tjanster/egenkontroller/kalender.py) after the bulk load, then given results: the
weekly reviews, tillsyner and logguppföljningar of the bulk load document their own
occurrences; the rest carry a result, mostly OK, some with brister, some overdue."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Egenkontroll, EgenkontrollTillfalle
from skrivbord.tjanster import atgarder
from skrivbord.tjanster.demodata.plan import Plan
from skrivbord.tjanster.egenkontroller import kalender
from skrivbord.typer import Atgardsstatus, Dokumentkalla, Roll, Tillfallesstatus

_OK = (
    "Genomförd enligt plan. Inga anmärkningar.",
    "Genomförd. Resultatet redovisat för MAS.",
    "Genomförd; sammanställning bifogad i ärendet.",
)
_BRIST = (
    "Brister i dokumentationen; åtgärd planerad.",
    "Rutinen följs inte fullt ut; tas upp på arbetsplatsträff.",
    "Avvikande resultat jämfört med förra perioden; analys pågår.",
)


def skriv(databas: Databas, plan: Plan, seed: int, fran_ar: int, idag: date) -> None:
    """The occurrences of ``fran_ar`` up to next year's start, with results in the past."""
    for ar in range(fran_ar, idag.year + 1):
        kalender.sakerstall(databas, ar, idag)
    rng = random.Random(f"{seed}:egenkontroller")
    mas = plan.med_roll(Roll.MAS)
    with databas.session() as s:
        rader = s.execute(
            select(EgenkontrollTillfalle, Egenkontroll.ansvarig)
            .join(Egenkontroll)
            .where(
                Egenkontroll.dokumenteras_i == Dokumentkalla.RESULTAT,
                EgenkontrollTillfalle.planerat_datum < idag,
            )
            .order_by(EgenkontrollTillfalle.id)
        ).all()
        for tillfalle, ansvarig in rader:
            if tillfalle.enhet_id is None:
                utforare = mas
            else:
                enhet = plan.enheter[tillfalle.enhet_id - 1]
                if ansvarig == Roll.SJUKSKOTERSKA:
                    utforare = plan.i_enhet(enhet.id, Roll.SJUKSKOTERSKA) or [plan.chef(enhet)]
                else:
                    utforare = [plan.chef(enhet)]
            _utfall(rng, tillfalle, [p.id for p in utforare], idag)
            if tillfalle.brister_funna:
                _atgard(s, rng, tillfalle, idag)


_ATGARDER = (
    "Rutinen gås igenom på nästa arbetsplatsträff.",
    "Dokumentationen kompletteras och följs upp av sjuksköterskan.",
    "Ny genomgång med berörd personal; uppföljning vid nästa kontroll.",
)


def _atgard(s: Session, rng: random.Random, tillfalle: EgenkontrollTillfalle, idag: date) -> None:
    """An åtgärd for the brister, through the shared service; most are done, nearly all
    older than half a year."""
    gjord = tillfalle.utfort_datum or tillfalle.planerat_datum
    ny = atgarder.NyAtgard(rng.choice(_ATGARDER), tillfalle.utford_av_id, gjord + timedelta(30))
    atgard = atgarder.lagg_till_i(
        s, atgarder.Kalla(atgarder.Kallslag.EGENKONTROLL, tillfalle.id), ny
    )
    klar = gjord + timedelta(rng.randint(5, 40))
    # Time stamps from the demo's calendar, not the clock: the same seed, the same file.
    atgard.skapad = atgard.andrad = datetime.combine(gjord, time(14))
    # A few recent ones run late; one left open for years is not what a kommun shows.
    andel_klara = 0.85 if (idag - gjord).days < 180 else 0.995
    if klar < idag and rng.random() < andel_klara:
        atgard.status, atgard.klar_datum = Atgardsstatus.KLAR, klar
        atgard.andrad = datetime.combine(klar, time(9))


def _utfall(
    rng: random.Random, tillfalle: EgenkontrollTillfalle, utforare: list[int], idag: date
) -> None:
    """Overdue ones are more common in the last month; some are done a little late."""
    planerat = tillfalle.planerat_datum
    x, sen = rng.random(), (idag - planerat).days < 30
    if x < (0.25 if sen else 0.05):
        return  # not done: overdue
    if x < (0.27 if sen else 0.07):
        tillfalle.status = Tillfallesstatus.EJ_AKTUELL
        tillfalle.orsak = "Enheten hade ingen verksamhet under perioden."
        return
    dag = planerat - timedelta(rng.randint(0, 10)) if rng.random() < 0.8 else planerat
    if rng.random() < 0.1:
        dag = planerat + timedelta(rng.randint(1, 14))
    tillfalle.status = Tillfallesstatus.UTFORD
    tillfalle.utfort_datum = min(dag, idag - timedelta(1))
    tillfalle.utford_av_id = rng.choice(utforare)
    tillfalle.brister_funna = rng.random() < 0.1
    tillfalle.resultat = rng.choice(_BRIST if tillfalle.brister_funna else _OK)
