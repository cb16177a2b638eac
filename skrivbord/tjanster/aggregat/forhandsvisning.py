"""The preview before an aggregate leaves: exactly the tables that will be written, how
much is hidden, and coarser choices that hide fewer cells (a half-year instead of a
quarter, a year instead of a half-year, fewer breakdowns), each with what it would hide.

Counting is a handful of grouped queries, so the alternatives are computed for real,
not guessed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date

from skrivbord import perioder
from skrivbord.fel import OgiltigUppgift
from skrivbord.jobb import Framsteg, Jobb
from skrivbord.lagring.databas import Databas
from skrivbord.perioder import Period
from skrivbord.rapporter.aggregat.underlag import Aggregat as Aggregat
from skrivbord.tjanster import kommun as kommuntjanst
from skrivbord.tjanster.aggregat import bygg, egenkontroller, filer, fragor

# The fewest breakdowns the region still needs: what happened, how serious, between
# caregivers or not, and lex Maria.
FARRE_UPPDELNINGAR = ("kategori", "konsekvens", "mellan_vardgivare", "lex_maria")


@dataclass(frozen=True)
class Alternativ:
    text: str  # "Halvår 2025H1 i stället för kvartal"
    period: Period
    tabeller: tuple[str, ...]
    antal_dolda: int
    antal_celler: int


@dataclass(frozen=True)
class Forhandsvisning:
    aggregat: Aggregat
    period: Period
    tabeller: tuple[str, ...]
    alternativ: tuple[Alternativ, ...]
    # Earlier exports (period codes) whose counted days overlap this one's without being
    # the same: the difference of the two could give a hidden cell away.
    overlappande: tuple[str, ...] = ()


def overlappande_exporter(databas: Databas, period: Period) -> tuple[str, ...]:
    """The logged exports a reader could subtract from this one (docs/aggregatexport.md,
    "Beviset"): a quarter and its half-year, or a running period exported on two days.
    Each earlier export counted its period up to the day it was made."""
    egen = (period.start, period.rakna_till)
    funna: list[str] = []
    for rad in filer.logg(databas):
        try:
            tidigare = perioder.tolka(rad.period)
        except OgiltigUppgift:
            continue
        gjord = rad.skapad.replace(tzinfo=UTC).astimezone().date()  # the user's day
        till = min(tidigare.slut, gjord)
        if till <= tidigare.start:
            continue
        overlappar = tidigare.start < egen[1] and egen[0] < till
        if overlappar and (tidigare.start, till) != egen and rad.period not in funna:
            funna.append(rad.period)
    return tuple(funna)


def _grovre(period: Period, idag: date) -> tuple[str, Period] | None:
    """The half-year around a quarter, or the year around a half-year (cut at today)."""
    kvartal = period.kvartal
    if len(kvartal) == 1:
        halva = 1 if kvartal[0] <= 2 else 2
        return "Halvår", perioder.kapa(perioder.halvar(period.ar, halva), idag)
    if len(kvartal) == 2:
        return "Helår", perioder.kapa(perioder.helar(period.ar), idag)
    return None


def forhandsvisa(
    databas: Databas,
    period: Period,
    troskel: int,
    tabeller: Sequence[str] = bygg.ALLA_TABELLER,
    idag: date | None = None,
) -> Jobb[Forhandsvisning]:
    """The aggregate as it would be written, and the coarser alternatives (a job)."""
    idag = idag or date.today()
    valda = tuple(t for t in bygg.ALLA_TABELLER if t in tabeller)
    kommun = kommuntjanst.hamta(databas)
    if kommun is None:
        kommun = kommuntjanst.Kommun("", "")
    yield Framsteg(0, 3, "Räknar perioden")
    rakning = fragor.rakna(databas, period)
    grader = egenkontroller.genomforande(databas, period, idag)
    aggregat = bygg.bygg(rakning, kommun, period, troskel, valda, grader)
    alternativ: list[Alternativ] = []
    yield Framsteg(1, 3, "Prövar en längre period")
    grovre = _grovre(period, idag)
    if grovre is not None:
        namn, lang = grovre
        annat = bygg.bygg(fragor.rakna(databas, lang), kommun, lang, troskel, valda)
        text = f"{namn} {lang.kod} i stället för {period.kod}"
        alternativ.append(Alternativ(text, lang, valda, annat.antal_dolda, annat.antal_celler))
    yield Framsteg(2, 3, "Prövar färre uppdelningar")
    farre = tuple(t for t in FARRE_UPPDELNINGAR if t in valda)
    if farre != valda:
        annat = bygg.bygg(rakning, kommun, period, troskel, farre)
        alternativ.append(
            Alternativ(
                "Färre uppdelningar (kategori, konsekvens, mellan vårdgivare, lex Maria)",
                period,
                farre,
                annat.antal_dolda,
                annat.antal_celler,
            )
        )
    yield Framsteg(3, 3, "Klart")
    battre = tuple(a for a in alternativ if a.antal_dolda < aggregat.antal_dolda)
    return Forhandsvisning(aggregat, period, valda, battre, overlappande_exporter(databas, period))
