"""The avvikelse rows, with their åtgärder and links to the weekly reviews.

Proportions follow a small kommun's patientsäkerhetsberättelse (see the package
docstring). Rows are drawn from precomputed templates (mallar.py) and pools, in
batches; after each batch the rows that follow from it are derived in SQL
(harledda.py).
"""

from __future__ import annotations

from bisect import bisect
from collections.abc import Iterator
from datetime import date, timedelta

from skrivbord.jobb import Framsteg
from skrivbord.tjanster.demodata import harledda
from skrivbord.tjanster.demodata.laddning import Laddning
from skrivbord.tjanster.demodata.mallar import KATEGORIER, MALLKOLUMNER, STATUS
from skrivbord.tjanster.demodata.mallar import mall as ny_mall
from skrivbord.tjanster.demodata.veckogenomgangar import GENOMGANGSTYPER, Veckokarta
from skrivbord.typer import Enhetstyp, Roll

BATCH = 50_000
_MALLAR_PER_KATEGORI = 384
_POOL = 4096  # template references per (year, unit type)
_STATUSPOOL = 400

# Share of avvikelser per category, by unit type:
# SÄBO, hemtjänst, hemsjukvård, korttid, LSS, dagverksamhet.
_TYPORDNING = (
    Enhetstyp.SABO,
    Enhetstyp.HEMTJANST,
    Enhetstyp.HEMSJUKVARD,
    Enhetstyp.KORTTID,
    Enhetstyp.LSS,
    Enhetstyp.DAGVERKSAMHET,
)
_VIKTER = {
    "fall": (42, 28, 22, 40, 15, 35),
    "lakemedel": (21, 32, 30, 24, 30, 10),
    "hjalpmedel": (3, 3, 3, 3, 3, 3),
    "vard_behandling": (5, 5, 5, 5, 5, 5),
    "informationsoverforing": (3, 3, 10, 8, 3, 3),
    "vri": (1.5, 1.5, 1.5, 1.5, 1.5, 1.5),
    "trycksar": (2, 1, 1, 2, 1, 1),
    "nutrition": (1.5, 1.5, 1.5, 1.5, 1.5, 1.5),
    "utebliven_insats": (2, 10, 2, 2, 2, 2),
    "bemanning_rutiner": (3, 3, 3, 3, 3, 3),
    "hot_vald": (3, 1.5, 1.5, 1.5, 14, 1.5),
    "annat": (11, 11, 11, 11, 11, 11),
}
# Change per year: hjälpmedel rises (+172 % over two years in the seed kommun),
# vård och behandling creeps up, utebliven insats falls after a planning app came in.
_TREND = {"hjalpmedel": 1.55, "vard_behandling": 1.08, "utebliven_insats": 0.85}
_ENHETSVIKT = {
    Enhetstyp.SABO: 10,
    Enhetstyp.HEMTJANST: 12,
    Enhetstyp.HEMSJUKVARD: 6,
    Enhetstyp.KORTTID: 8,
    Enhetstyp.LSS: 4,
    Enhetstyp.DAGVERKSAMHET: 2,
}
# Reports by hour of day: day and evening shifts, a morning peak.
_TIMVIKTER = (2, 2, 2, 2, 2, 3, 5, 9, 10, 8, 7, 6, 6, 6, 6, 6, 7, 8, 8, 7, 6, 5, 4, 3)
# Status by age (days since reported): (below this age, weights over the five statuses).
_STATUS_EFTER_ALDER = (
    (7, (55, 35, 8, 0, 2)),
    (30, (20, 40, 25, 5, 10)),
    (90, (4, 14, 27, 20, 35)),
    (365, (1, 3, 8, 13, 75)),
    (10**9, (0, 0.5, 1.5, 4, 94)),
)
_FORSENING = (0,) * 14 + (1,) * 4 + (2, 3, 7)  # days from event to report
_MED_ATGARD = frozenset({"atgarder_beslutade", "uppfoljd", "avslutad"})
_TOMMA = ("", "", "", "", "")

# The avvikelse columns: first those drawn per row, then those from the template.
# A column marked '?' takes '' for NULL, one marked '#' takes -1: binding None costs
# the driver a failed adapter lookup (~1 µs) per value, which dominated the load.
_RADKOLUMNER = (
    "id, handelse_tid, rapporterad_datum, enhet_id, rapportor_namn?, status, lex_maria, "
    "lex_maria_datum?, ivo_referens?, lex_maria_motivering, extern_referens?, "
    "motpart_underrattad_datum?, skapad, andrad"
)


def arsantal(laddning: Laddning, per_ar: int) -> list[tuple[int, int, int, int]]:
    """(year, first day index, day count, number of avvikelser) per year."""
    rng = laddning.rng("arsantal")
    ut = []
    for ar in range(laddning.start.year, laddning.idag.year + 1):
        forsta = (date(ar, 1, 1) - laddning.start).days
        dagar_i_aret = (date(ar + 1, 1, 1) - date(ar, 1, 1)).days
        antal_dagar = min(forsta + dagar_i_aret, laddning.idag_index) - forsta
        varians = rng.uniform(0.97, 1.03)
        if antal_dagar > 0:
            antal = round(per_ar * varians * antal_dagar / dagar_i_aret)
            ut.append((ar, forsta, antal_dagar, antal))
    return ut


# -- avvikelser ---------------------------------------------------------


def skriv(
    laddning: Laddning,
    arsantal: list[tuple[int, int, int, int]],
    veckor: Veckokarta,
) -> Iterator[Framsteg]:
    rng = laddning.rng("avvikelser")
    rnd = rng.random
    plan = laddning.plan
    kategori_id = dict(laddning.con.execute("SELECT kod, id FROM avvikelse_kategori"))
    mallar = {}
    for kod in KATEGORIER:
        if kod in kategori_id:  # the MAS may have renamed codes in an old database
            mrng = laddning.rng(f"mall:{kod}")
            mallar[kod] = [
                ny_mall(mrng, kod, kategori_id[kod]) for _ in range(_MALLAR_PER_KATEGORI)
            ]
    enhetsvikt = [_ENHETSVIKT[e.typ] * rng.uniform(0.7, 1.3) for e in plan.enheter]
    enhetspool = rng.choices(plan.enheter, enhetsvikt, k=1024)
    # Reporter names per (unit, role): internal only, made up.
    namn: dict[tuple[int, str], list[str]] = {}
    for p in plan.personal:
        for e in p.enheter:
            namn.setdefault((e, p.roll.value), []).append(p.namn)
    ansvariga = {
        e.id: [p.id for p in plan.i_enhet(e.id, Roll.ENHETSCHEF, Roll.SJUKSKOTERSKA)]
        for e in plan.enheter
    }
    minuter = [
        h * 60 + m
        for h, vikt in enumerate(_TIMVIKTER)
        for m in rng.sample(range(60), 12)
        for _ in range(vikt)
    ]
    klockslag = [f" {m // 60:02d}:{m % 60:02d}:00.000000" for m in range(1440)]
    granser = [g for g, _ in _STATUS_EFTER_ALDER]
    statuspooler = [rng.choices(STATUS, v, k=_STATUSPOOL) for _, v in _STATUS_EFTER_ALDER]
    dagar = laddning.dagar
    sista = laddning.idag_index - 1
    status_per_dag = [statuspooler[bisect(granser, sista + 1 - d)] for d in range(len(dagar))]
    vecka_per_dag = [(laddning.start + timedelta(d)).isocalendar()[:2] for d in range(len(dagar))]
    genomgang = {kategori_id.get("fall"): "fall", kategori_id.get("lakemedel"): "lakemedel"}
    motiveringar = {
        "anmald": "Allvarlig vårdskada har inträffat; anmäld till IVO.",
        "ej_anmald": "Händelsen har inte medfört och kunde inte ha medfört allvarlig vårdskada.",
        "utreds": "",
    }
    kolumner = f"{_RADKOLUMNER}, {MALLKOLUMNER}"
    rader: list[tuple] = []
    atgarder: list[tuple] = []
    lankar: list[tuple[int, int]] = []
    nasta = 1
    atgard_id = 1
    ivo_lopnr = 1000

    def spara() -> Framsteg:
        laddning.infoga("avvikelse", kolumner, rader)
        laddning.infoga(
            "atgard",
            "id, avvikelse_id, beskrivning, ansvarig_id, deadline, status, klar_datum?, "
            "skapad, andrad",
            atgarder,
        )
        laddning.infoga("veckogenomgang_avvikelse", "veckogenomgang_id, avvikelse_id", lankar)
        if rader:
            harledda.harled(laddning, rader[0][0], rader[-1][0])
        steg = len(rader)
        rader.clear()
        atgarder.clear()
        lankar.clear()
        return laddning.framsteg(f"Avvikelser {ar}", steg)

    for arsindex, (ar, forsta, antal_dagar, antal) in enumerate(arsantal):
        pooler = {}
        for typ in _TYPORDNING:
            koder = [k for k in _VIKTER if k in mallar]
            i = _TYPORDNING.index(typ)
            vikter = [_VIKTER[k][i] * _TREND.get(k, 1.0) ** arsindex for k in koder]
            pooler[typ] = [
                mallar[k][int(rnd() * _MALLAR_PER_KATEGORI)]
                for k in rng.choices(koder, vikter, k=_POOL)
            ]
        nycklar = sorted(
            (forsta + int(rnd() * antal_dagar)) * 1440 + minuter[int(rnd() * len(minuter))]
            for _ in range(antal)
        )
        for nyckel in nycklar:
            dag, minut = divmod(nyckel, 1440)
            tid = klockslag[minut]
            enhet = enhetspool[int(rnd() * 1024)]
            mall = pooler[enhet.typ][int(rnd() * _POOL)]
            rdag = dag + _FORSENING[int(rnd() * 21)]
            if rdag > sista:
                rdag = sista
            rapporterad = dagar[rdag]
            status = status_per_dag[rdag][int(rnd() * _STATUSPOOL)]
            personer = namn.get((enhet.id, mall.roll))
            rapportor = personer[int(rnd() * len(personer))] if personer else ""
            lex, lex_datum, ivo, motivering, extern, underrattad = ("ej_aktuell", *_TOMMA)
            if mall.lex_maria:
                lex_datum = dagar[min(rdag + 3 + int(rnd() * 10), sista)]
                if sista - rdag < 45:
                    lex, status = "utreds", "under_utredning"
                else:
                    lex = "anmald" if rnd() < 0.35 else "ej_anmald"
                    lex_datum = dagar[rdag + 14 + int(rnd() * 21)]
                    if lex == "anmald":
                        ivo_lopnr += 1 + int(rnd() * 400)
                        ivo = f"3.1.1-{ivo_lopnr:05d}/{ar}"
                motivering = motiveringar[lex]
            if mall.mellan:
                extern = f"RV-{ar}-{nasta % 100000:05d}"
                if status != "registrerad":
                    underrattad = dagar[min(rdag + int(rnd() * 4), sista)]
            if status == "registrerad":
                andrad_dag = rdag
            elif status == "avslutad":
                andrad_dag = min(rdag + 7 + int(rnd() * 110), sista)
            else:
                andrad_dag = min(rdag + 1 + int(rnd() * 40), sista)
            rader.append(
                (
                    nasta,
                    dagar[dag] + tid,
                    rapporterad,
                    enhet.id,
                    rapportor,
                    status,
                    lex,
                    lex_datum,
                    ivo,
                    motivering,
                    extern,
                    underrattad,
                    rapporterad + tid,
                    dagar[andrad_dag] + tid,
                    *mall.varianter[status],
                )
            )
            gtyp = genomgang.get(mall.kategori_id)
            if gtyp is not None and enhet.typ in GENOMGANGSTYPER:
                vg = veckor.get((enhet.id, vecka_per_dag[dag], gtyp))
                if vg is not None:
                    lankar.append((vg, nasta))
            if status in _MED_ATGARD and rnd() < 0.3:
                texter = KATEGORIER[mall.kod].atgardstexter
                personer_id = ansvariga[enhet.id] or [enhet.chef]
                for _ in range(1 if rnd() < 0.8 else 2):
                    deadline = dagar[rdag + 14 + int(rnd() * 46)]
                    if status == "atgarder_beslutade":  # open, some overdue
                        a_status, klar = ("pagar" if rnd() < 0.5 else "planerad"), ""
                    elif rnd() < 0.04:
                        a_status, klar = "struken", ""
                    else:
                        a_status = "klar"
                        klar = dagar[rdag + int((andrad_dag - rdag) * (0.4 + 0.5 * rnd()))]
                    atgarder.append(
                        (
                            atgard_id,
                            nasta,
                            texter[int(rnd() * len(texter))],
                            personer_id[int(rnd() * len(personer_id))],
                            deadline,
                            a_status,
                            klar,
                            rapporterad + tid,
                            dagar[andrad_dag] + tid,
                        )
                    )
                    atgard_id += 1
            nasta += 1
            if len(rader) >= BATCH:
                yield spara()
        yield spara()
