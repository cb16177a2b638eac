"""Building the sammanställning from the rows read on one snapshot
(sammanstallning_fragor.py): plain counting in Python, no database.

Time of day for falls (from the hour of ``handelse_tid``): natt 22–06, morgon
06–10, dag 10–16, kväll 16–22 (``TIDER_PA_DYGNET``). A fall whose time of day is not
known (``tid_okand``) is left out of that table and counted beside it.

A row is *marked* when it changed by more than ``markera_forandring`` (0.5 = 50 %)
against the same span the year before, up or down, and at least one of the two
counts reaches ``markera_minst`` (so 2 → 4 is not "+100 %" news).

"Annat" is counted by the reasons the MAS classed its avvikelser as (annat_skal.py),
never by the explanation the reporter wrote: the sammanställning is public.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from skrivbord.perioder import Period
from skrivbord.rapporter.avvikelser.underlag import (
    EJ_ANGIVET,
    TIDER_PA_DYGNET,
    Andel,
    Annat,
    AnnatSkalAntal,
    Atgarder,
    Korstabell,
    LexMariaSiffror,
    Orsaker,
    Rad,
    Sammanstallning,
    tid_pa_dygnet,
)
from skrivbord.tjanster.avvikelser.registrering import ANNAT_KOD, FALL_KOD, LAKEMEDEL_KOD
from skrivbord.tjanster.avvikelser.sammanstallning_fragor import (
    Aggregat,
    Atgardsrad,
    Jamforelserad,
    Kategorirad,
    Orsaksrad,
    Rader,
    Radpassrad,
)
from skrivbord.typer import (
    Atgardsstatus,
    Avvikelsestatus,
    Enhetstyp,
    Fallskada,
    IvoBeslut,
    Konsekvens,
    Lakemedelsfel,
    Lakemedelssteg,
    LexMaria,
    Motpart,
    Orsaksomrade,
    Rapportorgrupp,
)


@dataclass(frozen=True)
class Markering:
    """The rule for marking a row (see the module docstring)."""

    andel: float
    minst: int

    def rad(self, etikett: str, antal: Iterable[int], kod: str = "") -> Rad:
        antal = tuple(antal)
        if len(antal) < 2:
            return Rad(etikett, antal, None, False, kod)
        fore, nu = antal[-2], antal[-1]
        forandring = (nu - fore) / fore if fore else None
        stor = max(fore, nu) >= self.minst
        tydlig = nu > 0 if forandring is None else abs(forandring) > self.andel
        return Rad(etikett, antal, forandring, stor and tydlig, kod)


def bygg(
    period: Period,
    alla: tuple[Period, ...],
    idag: date,
    rader: Rader,
    *,
    markera: Markering,
) -> Sammanstallning:
    """The result tree from the rows; ``alla`` are the compared periods, ``period`` last."""
    per = _fordela(rader.aggregat, rader.enhetstyp)
    typer = [t for t in Enhetstyp if any(c[t.value] for c in per.enhetstyp)]
    summor = _summera_radpass(rader.radpass, rader.kod_till_id)
    antal = summor.antal
    fall, fall_utan_tid = _fall(summor.fall)
    return Sammanstallning(
        period=period,
        perioder=alla,
        idag=idag,
        markera_forandring=markera.andel,
        markera_minst=markera.minst,
        totalt=markera.rad("Totalt", (sum(c.values()) for c in per.kategori)),
        kategorier=_kategorirader(rader.kategorier, per, markera),
        enhetstyper=tuple(
            markera.rad(t.etikett, (c[t.value] for c in per.enhetstyp)) for t in typer
        ),
        konsekvenser=tuple(
            markera.rad(k.etikett, (c[int(k)] for c in per.konsekvens)) for k in Konsekvens
        ),
        kategori_per_enhetstyp=_kategori_per_enhetstyp(rader.kategorier, per, typer),
        fall=fall,
        lakemedel=_lakemedel(summor.lakemedel),
        mellan_vardgivare=_mellan_vardgivare(rader.jamforelse, summor.mellan, markera),
        mellan_vardgivare_fordelning=korstabell(
            None,
            list(Motpart),
            [Listpost(kod, namn) for kod, namn in rader.overenskommelser.items()],
            summor.mellan,
        ),
        lex_maria=_lex_maria(rader, summor.lex, summor.lex_allvarliga),
        med_analys=Andel(summor.analys, antal),
        med_uppfoljning=Andel(rader.uppfoljda, antal),
        avslutade=Andel(summor.status[Avvikelsestatus.AVSLUTAD.value], antal),
        handelseanalyser=summor.handelseanalyser,
        status=tuple((s.etikett, summor.status[s.value]) for s in Avvikelsestatus),
        atgarder=atgarder(rader.atgarder, rader.forsenade_alla),
        annat=annat(summor.annat, summor.annat_skal, rader.annat_skal),
        orsaker=orsaker(rader.orsaker, rader.kategorier),
        fall_utan_tid=fall_utan_tid,
        lakemedel_per_steg=_per_steg(summor.lakemedel),
    )


# ---------------------------------------------------------------------------
# The index counts: category, unit type and consequence per compared period
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Fordelning:
    """Query 1 summed per compared period, oldest first."""

    kategori: list[Counter[int]]  # kategori_id → n
    enhetstyp: list[Counter[str | None]]  # unit type value → n
    konsekvens: list[Counter[int]]  # consequence → n
    # (kategori_id, unit type value) → n, chosen period only
    kategori_typ: Counter[tuple[int, str | None]]


def _fordela(aggregat: list[Aggregat], enhetstyp: dict[int, str]) -> _Fordelning:
    per_kategori: list[Counter[int]] = [Counter() for _ in aggregat]
    per_typ: list[Counter[str | None]] = [Counter() for _ in aggregat]
    per_konsekvens: list[Counter[int]] = [Counter() for _ in aggregat]
    kategori_typ: Counter[tuple[int, str | None]] = Counter()
    for i, antal in enumerate(aggregat):
        for (kategori_id, enhet_id, konsekvens), n in antal.items():
            per_kategori[i][kategori_id] += n
            per_typ[i][enhetstyp.get(enhet_id)] += n
            per_konsekvens[i][konsekvens] += n
            if i == len(aggregat) - 1:
                kategori_typ[(kategori_id, enhetstyp.get(enhet_id))] += n
    return _Fordelning(per_kategori, per_typ, per_konsekvens, kategori_typ)


def _kategorirader(
    kategorier: list[Kategorirad], per: _Fordelning, markera: Markering
) -> tuple[Rad, ...]:
    """Every active category, and an inactive one with avvikelser in a compared period."""
    return tuple(
        markera.rad(namn, (c[kid] for c in per.kategori), kod)
        for kid, kod, namn, aktiv in kategorier
        if aktiv or any(c[kid] for c in per.kategori)
    )


def _kategori_per_enhetstyp(
    kategorier: list[Kategorirad], per: _Fordelning, typer: list[Enhetstyp]
) -> Korstabell:
    """Categories × unit types in the chosen period (inactive ones only with counts)."""
    visade = [(kid, namn) for kid, _, namn, aktiv in kategorier if aktiv or per.kategori[-1][kid]]
    return Korstabell(
        tuple(namn for _, namn in visade),
        tuple(t.etikett for t in typer),
        tuple(tuple(per.kategori_typ[(kid, t.value)] for t in typer) for kid, _ in visade),
    )


# ---------------------------------------------------------------------------
# The pass over the period's rows
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Radsummor:
    """Query 2 summed over the period's rows."""

    antal: int
    status: Counter[str]  # status value → n
    lex: Counter[str]  # lex Maria value → n
    lex_allvarliga: Counter[str]  # the same, of avvikelser with konsekvens allvarlig/dödsfall
    analys: int  # with causes or an analysis text
    handelseanalyser: int
    # (time-of-day index, None when not known; injury) → n
    fall: Counter[tuple[int | None, str | None]]
    lakemedel: Counter[tuple[str | None, str | None]]  # (error type, reporter group) → n
    # (counterpart, agreement) → n, between caregivers only
    mellan: Counter[tuple[str | None, str | None]]
    annat: int
    annat_skal: Counter[int | None]  # the MAS's reason (None: not classed) → n


def _summera_radpass(radpass: list[Radpassrad], kod_till_id: dict[str, int]) -> _Radsummor:
    # Plain locals in the loop: it runs once per distinct row of a whole year.
    fall: Counter[tuple[int | None, str | None]] = Counter()
    lakemedel: Counter[tuple[str | None, str | None]] = Counter()
    mellan: Counter[tuple[str | None, str | None]] = Counter()
    status: Counter[str] = Counter()
    lex: Counter[str] = Counter()
    lex_allvarliga: Counter[str] = Counter()
    annat_skal: Counter[int | None] = Counter()
    analys = handelseanalyser = antal = annat_antal = 0
    fall_id = kod_till_id.get(FALL_KOD)
    lakemedel_id = kod_till_id.get(LAKEMEDEL_KOD)
    annat_id = kod_till_id.get(ANNAT_KOD)
    for (
        kategori_id,
        timme,
        skada,
        feltyp,
        upptackt,
        mellan_vardgivare,
        motpart,
        overenskommelse,
        st,
        lex_maria,
        allvarlig,
        med_handelseanalys,
        med_analys,
        skal_id,
        n,
    ) in radpass:
        antal += n
        status[st] += n
        lex[lex_maria] += n
        if allvarlig:
            lex_allvarliga[lex_maria] += n
        analys += n * med_analys
        handelseanalyser += n * med_handelseanalys
        if kategori_id == fall_id:
            fall[(None if timme is None else tid_pa_dygnet(timme), skada)] += n
        if kategori_id == lakemedel_id:
            lakemedel[(feltyp, upptackt)] += n
        if mellan_vardgivare:
            mellan[(motpart, overenskommelse)] += n
        if kategori_id == annat_id:
            annat_antal += n
            annat_skal[skal_id] += n
    return _Radsummor(
        antal,
        status,
        lex,
        lex_allvarliga,
        analys,
        handelseanalyser,
        fall,
        lakemedel,
        mellan,
        annat_antal,
        annat_skal,
    )


def _fall(fall: Counter[tuple[int | None, str | None]]) -> tuple[Korstabell, tuple[int, ...]]:
    """Falls by time of day (every row, even empty) × injury; and the falls whose time
    of day is not known, per column of that table (they are not in it)."""
    tabell = korstabell(
        [etikett for etikett, _, _ in TIDER_PA_DYGNET],
        list(range(len(TIDER_PA_DYGNET))),
        list(Fallskada),
        fall,
    )
    # The unknown time is korstabell's extra last row (key None), when there is one.
    n = len(TIDER_PA_DYGNET)
    utan_tid = tabell.antal[n] if len(tabell.antal) > n else tuple(0 for _ in tabell.kolumner)
    return Korstabell(tabell.rader[:n], tabell.kolumner, tabell.antal[:n]), utan_tid


def _lakemedel(lakemedel: Counter[tuple[str | None, str | None]]) -> Korstabell:
    """Medication errors by type (every type, even without a count) × reporter group."""
    return korstabell(
        None, list(Lakemedelsfel), list(Rapportorgrupp), lakemedel, utan_tomma_rader=False
    )


def _per_steg(lakemedel: Counter[tuple[str | None, str | None]]) -> tuple[tuple[str, int], ...]:
    """Medication errors per step of the chain (errors without a type are left out)."""
    per: Counter[Lakemedelssteg] = Counter()
    for (feltyp, _), n in lakemedel.items():
        if feltyp:
            per[Lakemedelsfel(feltyp).steg] += n
    return tuple((steg.etikett, per[steg]) for steg in Lakemedelssteg)


def _mellan_vardgivare(
    jamforelse: list[Jamforelserad],
    mellan: Counter[tuple[str | None, str | None]],
    markera: Markering,
) -> Rad:
    """Between caregivers over the years: the earlier ones from query 3, ours from the pass."""
    return markera.rad(
        "Avvikelser mellan vårdgivare",
        (*(int(m or 0) for _, m in jamforelse), sum(mellan.values())),
    )


def _lex_maria(rader: Rader, lex: Counter[str], allvarliga: Counter[str]) -> LexMariaSiffror:
    """Anmälningar by the date sent (every compared period); the rest by the event."""
    ej_bedomda = allvarliga[LexMaria.EJ_BEDOMD.value]
    beslut: Counter[str] = Counter()
    informerade = namnd = 0
    for informerad, namnd_informerad, ivo_beslut, n in rader.anmalningar:
        informerade += n * informerad
        namnd += n * namnd_informerad
        beslut[ivo_beslut] += n
    return LexMariaSiffror(
        tuple(rader.anmalda) or (0,) * len(rader.aggregat),
        lex[LexMaria.EJ_ANMALD.value],
        lex[LexMaria.UTREDS.value],
        allvarliga_bedomda=sum(allvarliga.values()) - ej_bedomda,
        allvarliga_ej_bedomda=ej_bedomda,
        informerade=informerade,
        namnd_informerad=namnd,
        ivo_beslut=tuple((b.etikett, beslut[b.value]) for b in IvoBeslut if beslut[b.value]),
        utan_ivo_beslut=beslut[""],
    )


R = TypeVar("R")
K = TypeVar("K")


@dataclass(frozen=True)
class Listpost:
    """An entry of a list the MAS keeps, as a table key: stored kod, shown name."""

    value: str
    etikett: str


def korstabell(
    radetiketter: list[str] | None,
    radnycklar: Sequence[object],
    kolumnnycklar: Sequence[object],
    antal: Counter[tuple[R, K]],
    *,
    utan_tomma_rader: bool = True,
) -> Korstabell:
    """A table from (row key, column key) counts; enum keys match their stored value.

    A column "Ej angivet" is added only when some count lacks a column value; rows with
    no count are left out when ``utan_tomma_rader`` (enum rows only).
    """

    def nyckel(varde: object) -> object:
        return getattr(varde, "value", varde)

    kolumner = [nyckel(k) for k in kolumnnycklar]
    kolumnnamn = [getattr(k, "etikett", str(k)) for k in kolumnnycklar]
    if any(k not in kolumner for _, k in antal):
        kolumner.append(None)
        kolumnnamn.append(EJ_ANGIVET)
    rader = [nyckel(r) for r in radnycklar]
    radnamn = radetiketter or [getattr(r, "etikett", str(r)) for r in radnycklar]
    if any(r not in rader for r, _ in antal):
        rader.append(None)
        radnamn.append(EJ_ANGIVET)
    celler: defaultdict[tuple[object, object], int] = defaultdict(int)
    for (r, k), n in antal.items():
        celler[(r if r in rader else None, k if k in kolumner else None)] += n
    tabell = [tuple(celler[(r, k)] for k in kolumner) for r in rader]
    behall = [
        i
        for i, rad in enumerate(tabell)
        if any(rad) or not utan_tomma_rader or radetiketter is not None
    ]
    return Korstabell(
        tuple(radnamn[i] for i in behall), tuple(kolumnnamn), tuple(tabell[i] for i in behall)
    )


def orsaker(rader: list[Orsaksrad], kategorier: list[Kategorirad]) -> Orsaker:
    """Orsaksområden × categories (those with any, in display order), and between
    caregivers; an avvikelse counts once in each of its orsaksområden."""
    per: Counter[tuple[str, int]] = Counter()  # (orsaksområde, kategori_id) → n
    mellan: Counter[str] = Counter()
    analyserade: Counter[int] = Counter()  # kategori_id → n
    analyserade_mellan = 0
    for kategori_id, mellan_vardgivare, kombination, n in rader:
        analyserade[kategori_id] += n
        analyserade_mellan += n if mellan_vardgivare else 0
        for orsak in kombination.split(","):
            per[(orsak, kategori_id)] += n
            if mellan_vardgivare:
                mellan[orsak] += n
    visade = [(kid, namn) for kid, _, namn, _ in kategorier if analyserade[kid]]
    return Orsaker(
        per_kategori=Korstabell(
            tuple(o.etikett for o in Orsaksomrade),
            tuple(namn for _, namn in visade),
            tuple(tuple(per[(o.value, kid)] for kid, _ in visade) for o in Orsaksomrade),
        ),
        analyserade=tuple(analyserade[kid] for kid, _ in visade),
        mellan_vardgivare=tuple(mellan[o.value] for o in Orsaksomrade),
        analyserade_mellan=analyserade_mellan,
    )


# ---------------------------------------------------------------------------
# Åtgärder and "Annat"
# ---------------------------------------------------------------------------


def atgarder(rader: list[Atgardsrad], forsenade_alla: int) -> Atgarder:
    """(status, past deadline, n) rows as the åtgärder figures."""
    totalt = klara = strukna = oppna = forsenade = 0
    for st, sen, n in rader:
        totalt += n
        if st == Atgardsstatus.KLAR.value:
            klara += n
        elif st == Atgardsstatus.STRUKEN.value:
            strukna += n
        else:
            oppna += n
            forsenade += n if sen else 0
    return Atgarder(totalt, klara, strukna, oppna, forsenade, forsenade_alla)


def annat(antal: int, per_skal: Counter[int | None], skalnamn: dict[int, str]) -> Annat:
    """The "Annat" avvikelser by the MAS's reason, most common first, and how many are
    not classed yet."""
    oklassade = per_skal.pop(None, 0)
    skal = sorted(
        (
            AnnatSkalAntal(skalnamn.get(sid, "Okänt skäl"), n)
            for sid, n in per_skal.items()
            if sid is not None
        ),
        key=lambda s: (-s.antal, s.namn.casefold()),
    )
    return Annat(antal=antal, skal=tuple(skal), oklassade=oklassade)
