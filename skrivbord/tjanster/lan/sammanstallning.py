"""Compiling the kommun exports: read one at a time (checked against its manifest),
add what it published to running sums, and let it go, so 290 exports take no more
memory than a handful. Then the chosen period's sums become the län tables, protected
again (bygg.skydda): a sum over a hidden kommun cell is known only as a lower bound
(``minst N``: the published cells plus one for each ``<N``) and stays hidden; an exact
sum below the threshold is hidden as in a kommun export.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from skrivbord import perioder
from skrivbord.fel import OgiltigUppgift
from skrivbord.jobb import Framsteg, Jobb
from skrivbord.rapporter.aggregat.underlag import TOTALKOD, Aggregat, Tabell
from skrivbord.rapporter.lan.underlag import LAN_SCHEMAVERSION, Kommunrad, Lansammanstallning
from skrivbord.tjanster.aggregat import bygg, lasning
from skrivbord.tjanster.aggregat.undertryckning import STANDARDTROSKEL, kontrollera_troskel
from skrivbord.tjanster.lan.insamling import Kalla


@dataclass
class _Summa:
    """One cell summed over the kommuner: published counts, and hidden cells."""

    publicerat: int = 0
    sma: int = 0  # "<N" cells: each at least 1
    dolda: int = 0  # "x" cells: at least 0

    @property
    def minst(self) -> int:
        return self.publicerat + self.sma

    @property
    def exakt(self) -> bool:
        return self.sma == 0 and self.dolda == 0


@dataclass
class _Period:
    kommuner: int = 0
    celler: dict[tuple[str, str], _Summa] = field(default_factory=dict)
    tabeller: dict[str, tuple[str, bool, list[str]]] = field(default_factory=dict)
    med_tabell: dict[str, int] = field(default_factory=dict)  # kommuner per table
    # (kommunkod, kommun, total as published, category code → as published)
    per_kommun: list[tuple[str, str, str, dict[str, str]]] = field(default_factory=list)


def _lagg_till(summa: _Period, a: Aggregat) -> None:
    summa.kommuner += 1
    for t in a.tabeller:
        finns = summa.tabeller.setdefault(t.namn, (t.population, t.total is not None, []))
        summa.med_tabell[t.namn] = summa.med_tabell.get(t.namn, 0) + 1
        for c in t.celler:
            if c.kod not in finns[2] and c.kod != TOTALKOD:
                finns[2].append(c.kod)
            nyckel = (t.namn, c.kod)
            cell = summa.celler.setdefault(nyckel, _Summa())
            if c.antal is not None:
                cell.publicerat += c.antal
            elif c.markning.startswith("<"):
                cell.sma += 1
            else:
                cell.dolda += 1
    kategori = next((t for t in a.tabeller if t.namn == "kategori"), None)
    if kategori is not None and kategori.total is not None:
        texter = {c.kod: c.text for c in kategori.rader}
        summa.per_kommun.append((a.kommunkod, a.kommun, kategori.total.text, texter))


def _tabeller(summa: _Period, troskel: int) -> tuple[Tabell, ...]:
    raa: list[bygg.Radantal] = []
    inexakta: set[tuple[str, str]] = set()
    for namn in [t for t in bygg.ALLA_TABELLER if t in summa.tabeller]:
        population, additiv, koder = summa.tabeller[namn]
        hel = summa.med_tabell[namn] == summa.kommuner
        antal = {}
        for kod in koder:
            cell = summa.celler[(namn, kod)]
            antal[kod] = cell.minst
            if not (cell.exakt and hel):
                inexakta.add((namn, kod))
        raa.append(bygg.Radantal(namn, population, additiv, antal))
        if additiv:
            total = summa.celler[(namn, TOTALKOD)]
            nyckel = ("alla", TOTALKOD) if population == "alla" else ("mellan_vardgivare", "ja")
            if not (total.exakt and hel):
                inexakta.add(nyckel)
    alla = summa.celler[("kategori", TOTALKOD)].minst
    return bygg.skydda(raa, troskel, alla, frozenset(inexakta))


def _huvudperiod(perioder_: Sequence[str], vald: str | None) -> str:
    if vald is not None:
        if vald not in perioder_:
            raise OgiltigUppgift(
                f"Ingen av exporterna gäller {vald}; de gäller {', '.join(sorted(perioder_))}."
            )
        return vald
    # The latest period, and of those starting the same day the longest.
    return max(perioder_, key=lambda k: (perioder.tolka(k).start, perioder.tolka(k).slut))


def sammanstall(
    kallor: Sequence[Kalla], troskel: int = STANDARDTROSKEL, period: str | None = None
) -> Jobb[Lansammanstallning]:
    """The län compilation of ``kallor`` for ``period`` (the latest when None); earlier
    periods of the same length give the trend, kommuner in them but not in the period
    are listed as missing. Each export is read, checked and dropped in turn."""
    kontrollera_troskel(troskel)
    huvud = _huvudperiod([k.period for k in kallor], period)
    langd = len(perioder.tolka(huvud).kvartal)
    summor: dict[str, _Period] = {}
    kommunnamn: dict[str, str] = {}
    kodlistor: set[str] = set()
    for i, kalla in enumerate(kallor):
        yield Framsteg(i, len(kallor) + 1, f"Läser {kalla.katalog.name}")
        if len(perioder.tolka(kalla.period).kvartal) != langd:
            continue  # another length of period: not comparable with the chosen one
        aggregat = lasning.lasa(kalla.katalog)
        kommunnamn[aggregat.kommunkod] = aggregat.kommun
        kodlistor.add(aggregat.kodlista)
        if aggregat.period == huvud:
            troskel = max(troskel, aggregat.troskel)
        _lagg_till(summor.setdefault(aggregat.period, _Period()), aggregat)
    yield Framsteg(len(kallor), len(kallor) + 1, "Lägger ihop och skyddar små tal")
    summa = summor[huvud]
    tabeller = _tabeller(summa, troskel)
    kategori = next(t for t in tabeller if t.namn == "kategori")
    kategorikoder = tuple(c.kod for c in kategori.rader)
    per_kommun = tuple(
        Kommunrad(kod, namn, total, tuple(texter.get(k, "0") for k in kategorikoder))
        for kod, namn, total, texter in sorted(summa.per_kommun)
    )
    med = {r.kommunkod for r in per_kommun}
    saknade = tuple(
        (kod, kommunnamn[kod])
        for kod in sorted({r[0] for p in summor.values() for r in p.per_kommun} - med)
    )
    trend = tuple(
        (kod, _total_text(summor[kod]), summor[kod].kommuner)
        for kod in sorted(summor, key=lambda k: perioder.tolka(k).start)
        if perioder.tolka(kod).start <= perioder.tolka(huvud).start
    )
    return Lansammanstallning(
        LAN_SCHEMAVERSION,
        tuple(sorted(kodlistor)),
        huvud,
        troskel,
        tabeller,
        kategorikoder,
        per_kommun,
        trend,
        saknade,
    )


def _total_text(summa: _Period) -> str:
    total = summa.celler.get(("kategori", TOTALKOD), _Summa())
    return str(total.publicerat) if total.exakt else f"{bygg.MINST} {total.minst}"
