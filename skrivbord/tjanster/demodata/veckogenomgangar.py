"""The weekly reviews of falls and medication per unit, written before the avvikelser
so these can link to the review of their unit, kind and ISO week."""

from __future__ import annotations

from datetime import timedelta

from skrivbord.tjanster.demodata.laddning import Laddning, Rad, tidpunkt
from skrivbord.typer import Enhetstyp

# The unit types that hold weekly reviews.
GENOMGANGSTYPER = frozenset(
    {Enhetstyp.SABO, Enhetstyp.HEMTJANST, Enhetstyp.HEMSJUKVARD, Enhetstyp.KORTTID}
)
_BESLUT = {
    "fall": (
        "Genomgång av veckans fall. Fallriskbedömningar uppdateras.",
        "Veckans fall gicks igenom; tätare tillsyn nattetid beslutades.",
        "Inga nya fall denna vecka.",
        "Förflyttningscoachen följer upp förflyttningar på kvällen.",
        "Fysioterapeut bjuds in till nästa teamträff.",
    ),
    "lakemedel": (
        "Genomgång av veckans läkemedelsavvikelser. Rutinen repeteras på APT.",
        "Inga nya läkemedelsavvikelser denna vecka.",
        "Delegeringar kontrolleras för kvällspersonalen.",
        "Signeringslistorna gås igenom med sjuksköterska.",
    ),
}
_DELTAGARE = (
    "Enhetschef, sjuksköterska, undersköterskor",
    "Enhetschef, sjuksköterska, fysioterapeut, undersköterskor",
    "Enhetschef, sjuksköterska, arbetsterapeut, omsorgspersonal",
)

# (unit id, ISO (year, week), "fall" or "lakemedel") -> veckogenomgang id
Veckokarta = dict[tuple[int, tuple[int, int], str], int]


def skriv(laddning: Laddning) -> Veckokarta:
    """Most weeks reviewed (fewer in summer), held Monday to Wednesday after the week."""
    rng = laddning.rng("veckogenomgang")
    mandag = laddning.start - timedelta(laddning.start.weekday())
    rader: list[Rad] = []
    karta: Veckokarta = {}
    while mandag + timedelta(8) < laddning.idag:
        iso = mandag.isocalendar()[:2]
        sommar = 26 <= iso[1] <= 32
        for enhet in laddning.plan.enheter:
            if enhet.typ not in GENOMGANGSTYPER:
                continue
            for typ in ("fall", "lakemedel"):
                if rng.random() < (0.45 if sommar else 0.12):
                    continue
                datum = mandag + timedelta(7 + rng.randint(0, 2))
                if datum >= laddning.idag:
                    continue
                vg_id = len(rader) + 1
                dag = laddning.dag(datum)
                stamp = tidpunkt(dag, 15 * 60)
                deltagare, beslut = rng.choice(_DELTAGARE), rng.choice(_BESLUT[typ])
                rader.append(
                    (vg_id, enhet.id, *iso, typ, dag, deltagare, beslut, enhet.chef, stamp, stamp)
                )
                karta[(enhet.id, iso, typ)] = vg_id
        mandag += timedelta(7)
    laddning.infoga(
        "veckogenomgang",
        "id, enhet_id, ar, vecka, typ, datum, deltagare, beslut, genomford_av_id, skapad, andrad",
        rader,
    )
    return karta
