"""Recurring checks on the calendar: läkemedelstillsyn; the past mostly done, some
overdue or with findings. They document the egenkontroll occurrences made afterwards
(demodata/egenkontroller.py); logguppföljning: logguppfoljningar.py."""

from __future__ import annotations

import random
from datetime import date, timedelta

from skrivbord.tjanster import enheter, standarddata
from skrivbord.tjanster.demodata.laddning import Laddning, Rad, tidpunkt
from skrivbord.typer import Roll

# Läkemedelstillsyn: kind and frequency; narkotika only where a läkemedelsförråd is kept.
_TILLSYNER = (("narkotika", "manad"), ("ovriga", "kvartal"), ("mas_intern", "halvar"))
_FYNDTEXTER = {  # checklist question -> "finding|action"
    "narkotika_rakning": "Antalet tabletter stämde inte mot narkotikajournalen."
    "|Saldot utrett med sjuksköterska och avvikelse skriven.",
    "narkotika_journal": "Narkotikajournalen saknade signatur vid två uttag."
    "|Genomgång av rutinen med berörd personal.",
    "forvaring_last": "Läkemedelsskåpet stod olåst.|Låset lagat; rutinen påmind.",
    "utgangsdatum": "Läkemedel med passerat utgångsdatum hittades.|Kasserades enligt rutin.",
    "kylskap": "Temperaturlistan för kylskåpet var inte ifylld."
    "|Ny lista och påminnelse i arbetsgruppen.",
    "signeringslistor": "Signeringslistorna var ofullständiga.|Genomgång på arbetsplatsträff.",
    "kassation": "Kasserade läkemedel förvarades fel.|Rutinen för kassation repeterad.",
    "delegeringar_giltiga": "En person saknade giltig delegering."
    "|Personen hanterar inte läkemedel förrän delegeringen förnyats.",
    "rutiner_kanda": "Lokala rutiner var inte kända av nyanställda.|Introduktionen kompletteras.",
}

# --- läkemedelstillsyn --------------------------------------------------------------------


def skriv_lakemedelstillsyn(laddning: Laddning) -> None:
    """Narkotika monthly, other drugs quarterly, the MAS twice a year; a few findings."""
    rng = laddning.rng("lakemedelstillsyn")
    fragor = standarddata.lakemedelstillsyn_checklista()
    tillsyner: list[Rad] = []
    svar: list[Rad] = []
    fynd: list[Rad] = []
    plan = laddning.plan
    mas = plan.med_roll(Roll.MAS)
    igar = laddning.idag - timedelta(1)
    for enhet in plan.enheter:
        ssk = plan.i_enhet(enhet.id, Roll.SJUKSKOTERSKA) or [plan.chef(enhet)]
        for typ, frekvens in _TILLSYNER:
            forrad = enheter.standardval(enhet.typ).har_lakemedelsforrad
            if typ == "narkotika" and not forrad:
                continue
            for planerat in laddning.datum_for(frekvens, igar):
                datum = min(planerat + timedelta(rng.randint(0, 8)), igar)
                t_id = len(tillsyner) + 1
                stamp = tidpunkt(laddning.dag(datum), 13 * 60)
                brister = _svar(rng, fragor, typ, t_id, svar)
                fynd += _fynd(rng, laddning, brister, t_id, datum, stamp)
                av = rng.choice(mas if typ == "mas_intern" else ssk).id
                kommentar = "Brister noterade, se fynd." if brister else "Inga anmärkningar."
                tillsyner.append(
                    (t_id, enhet.id, typ, laddning.dag(datum), av, kommentar, stamp, stamp)
                )
    laddning.infoga(
        "lakemedelstillsyn",
        "id, enhet_id, typ, datum, utford_av_id, kommentar, skapad, andrad",
        tillsyner,
    )
    laddning.infoga("lakemedelstillsyn_svar", "tillsyn_id, fraga, svar, kommentar", svar)
    laddning.infoga(
        "lakemedelstillsyn_fynd",
        "tillsyn_id, beskrivning, atgard, atgardad_datum, skapad, andrad",
        fynd,
    )


def _svar(
    rng: random.Random, fragor: list[dict[str, object]], typ: str, t_id: int, svar: list[Rad]
) -> list[str]:
    """Answers the checklist questions of this kind into ``svar``; returns those answered no."""
    brister: list[str] = []
    for fraga in fragor:
        typer, kod = fraga["typer"], str(fraga["kod"])
        if isinstance(typer, list) and typ in typer:
            x = rng.random()
            s = "nej" if x < 0.04 else ("ej_aktuellt" if x < 0.06 else "ja")
            svar.append((t_id, kod, s, ""))
            if s == "nej":
                brister.append(kod)
    return brister


def _fynd(
    rng: random.Random, laddning: Laddning, brister: list[str], t_id: int, datum: date, stamp: str
) -> list[Rad]:
    """A finding per question answered no; those older than a month are dealt with."""
    igar = laddning.idag - timedelta(1)
    rader: list[Rad] = []
    for kod in brister:
        text, atgard = _FYNDTEXTER.get(kod, "Brist noterad.|Åtgärdas.").split("|")
        klar = None
        if (laddning.idag - datum).days > 30 or rng.random() < 0.5:
            klar = laddning.dag(min(datum + timedelta(rng.randint(1, 30)), igar))
        rader.append((t_id, text, atgard, klar, stamp, stamp))
    return rader
