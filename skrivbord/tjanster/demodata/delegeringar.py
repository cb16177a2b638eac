"""Delegations: a chain of yearly delegations per care worker, from a nurse of their
unit; some expiring soon, some expired, a few revoked."""

from __future__ import annotations

import random
from datetime import date, timedelta

from skrivbord.tjanster import standarddata
from skrivbord.tjanster.demodata.laddning import Laddning, Rad, tidpunkt
from skrivbord.typer import Roll

_ORSAKER = (
    "Bristande följsamhet till läkemedelsrutinen.",
    "Anställningen har upphört.",
    "Ny bedömning av delegerande sjuksköterska.",
    "Byte av arbetsplats inom kommunen.",
)
_LAKEMEDEL = "overlamna_lakemedel"


def skriv(laddning: Laddning) -> None:
    rng = laddning.rng("delegeringar")
    uppgifter = {u["kod"]: u["namn"] for u in standarddata.delegeringsuppgifter()}
    ovriga = [k for k in sorted(uppgifter) if k != _LAKEMEDEL]
    plan = laddning.plan
    delegeringar: list[Rad] = []
    uppgiftsrader = []
    alla_ssk = plan.med_roll(Roll.SJUKSKOTERSKA)
    for person in plan.med_roll(Roll.UNDERSKOTERSKA, Roll.VARDBITRADE):
        if rng.random() < 0.08 or not alla_ssk:
            continue
        ssk = [p for e in person.enheter for p in plan.i_enhet(e, Roll.SJUKSKOTERSKA)]
        ssk = ssk or alla_ssk
        kedja, aterkallas = _kedja(rng, laddning)
        foregaende = None
        for i, (fran, till) in enumerate(kedja):
            d_id = len(delegeringar) + 1
            aterkallad, orsak = None, ""
            if aterkallas and i == len(kedja) - 1:
                dag = min(laddning.idag - timedelta(1), fran + timedelta(rng.randint(30, 200)))
                aterkallad, orsak = laddning.dag(dag), rng.choice(_ORSAKER)
            stamp = tidpunkt(laddning.dag(fran), 10 * 60)
            enhet_id = person.enheter[0] if person.enheter else None
            delegeringar.append(
                (d_id, person.id, rng.choice(ssk).id, enhet_id, laddning.dag(fran))
                + (laddning.dag(till), aterkallad, orsak, foregaende, stamp, stamp)
            )
            valda = [_LAKEMEDEL] if rng.random() < 0.95 else []
            valda += rng.sample(ovriga, rng.choice((0, 1, 1, 2, 3)))
            uppgiftsrader += [(d_id, kod, uppgifter[kod]) for kod in valda]
            foregaende = d_id
    laddning.infoga(
        "delegering",
        "id, delegerad_id, delegerande_id, enhet_id, giltig_fran, giltig_till, "
        "aterkallad_datum, aterkallad_orsak, ersatter_id, skapad, andrad",
        delegeringar,
    )
    laddning.infoga("delegering_uppgift", "delegering_id, uppgift, beskrivning", uppgiftsrader)


def _kedja(rng: random.Random, laddning: Laddning) -> tuple[list[tuple[date, date]], bool]:
    """(from, to) of each delegation in the chain, oldest first, and whether the last one
    is revoked. Each lasts a year at most; a short gap before each renewal."""
    idag = laddning.idag
    lage = rng.random()
    if lage < 0.10:  # expires within 30 days
        till = idag + timedelta(rng.randint(0, 30))
    elif lage < 0.16:  # expired, not renewed
        till = idag - timedelta(rng.randint(1, 120))
    else:
        till = idag + timedelta(rng.randint(31, 364))
    aterkallas = lage >= 0.16 and rng.random() < 0.05
    kedja: list[tuple[date, date]] = []
    while len(kedja) < 5:
        fran = till - timedelta(364)
        kedja.append((fran, till))
        till = fran - timedelta(rng.randint(1, 20))
        if till < laddning.start:
            break
    return kedja[::-1], aterkallas
