"""The figures of a sammanställning of avvikelser: plain frozen data, no ORM objects,
no free text except the short "Annat" reasons, no names.

The service computes them (tjanster/avvikelser/sammanstallning.py) and the PDF prints
them (rapporter/avvikelser/sammanstallning.py); the report defines what it needs and
never asks a service or the database itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from skrivbord.perioder import Period

# (label, first hour, end hour exclusive); natt wraps past midnight.
TIDER_PA_DYGNET = (
    ("Natt 22–06", 22, 6),
    ("Morgon 06–10", 6, 10),
    ("Dag 10–16", 10, 16),
    ("Kväll 16–22", 16, 22),
)
EJ_ANGIVET = "Ej angivet"
MAX_JAMFORELSEAR = 4  # five columns of years still fit an A4 page


def tid_pa_dygnet(timme: int) -> int:
    """Index into TIDER_PA_DYGNET for an hour 0–23."""
    for i, (_, fran, till) in enumerate(TIDER_PA_DYGNET):
        if (fran <= timme < till) if fran < till else (timme >= fran or timme < till):
            return i
    raise ValueError(timme)


@dataclass(frozen=True)
class Rad:
    """One line compared over the years: counts oldest first, the chosen period last."""

    etikett: str
    antal: tuple[int, ...]
    forandring: float | None  # relative change against the year before; None without a base
    markerad: bool
    kod: str = ""  # the category's code (kategorier only): stays when the MAS renames it

    @property
    def aktuellt(self) -> int:
        return self.antal[-1]

    @property
    def foregaende(self) -> int | None:
        return self.antal[-2] if len(self.antal) > 1 else None


@dataclass(frozen=True)
class Korstabell:
    """Counts for the chosen period, ``antal[rad][kolumn]``."""

    rader: tuple[str, ...]
    kolumner: tuple[str, ...]
    antal: tuple[tuple[int, ...], ...]

    def radsumma(self, rad: int) -> int:
        return sum(self.antal[rad])

    def kolumnsumma(self, kolumn: int) -> int:
        return sum(r[kolumn] for r in self.antal)

    @property
    def summa(self) -> int:
        return sum(map(sum, self.antal))

    def varde(self, rad: str, kolumn: str) -> int:
        return self.antal[self.rader.index(rad)][self.kolumner.index(kolumn)]


@dataclass(frozen=True)
class Andel:
    antal: int
    av: int

    @property
    def andel(self) -> float | None:
        return self.antal / self.av if self.av else None


@dataclass(frozen=True)
class LexMariaSiffror:
    anmalda: tuple[int, ...]  # per compared period, like Rad.antal
    ej_anmalda: int  # assessed, not reported (chosen period)
    utreds: int  # assessment under way (chosen period)
    # Of the period's avvikelser with konsekvens allvarlig or dödsfall: with a lex Maria
    # assessment (any answer, "ej aktuell" included) and still without one.
    allvarliga_bedomda: int = 0
    allvarliga_ej_bedomda: int = 0
    # Of the chosen period's anmälningar (by the date sent): patient or närstående
    # informed (PSL 3 kap. 8 §), nämnd informed, IVO's decisions (label, n) and those
    # IVO has not decided yet.
    informerade: int = 0
    namnd_informerad: int = 0
    ivo_beslut: tuple[tuple[str, int], ...] = ()
    utan_ivo_beslut: int = 0


@dataclass(frozen=True)
class Atgarder:
    """The åtgärder decided for the period's avvikelser, as they stand on ``idag``."""

    totalt: int
    klara: int
    strukna: int
    oppna: int
    forsenade: int  # open with a deadline before idag
    forsenade_alla_perioder: int  # the same for every avvikelse, whatever its period


@dataclass(frozen=True)
class AnnatSkalAntal:
    namn: str  # a reason from the MAS's list (annat_skal), never free text
    antal: int


@dataclass(frozen=True)
class Annat:
    """What "Annat" hides, as the MAS classed it: the reasons from her list (most
    common first) and how many are not classed yet. The explanation the reporter wrote
    is free text and never reaches the sammanställning (a public document)."""

    antal: int
    skal: tuple[AnnatSkalAntal, ...]
    oklassade: int


@dataclass(frozen=True)
class Orsaker:
    """The orsaksområden found in the analyses of the period's avvikelser.

    An avvikelse may have several orsaksområden, so a column sums to more than its
    analysed avvikelser; shares are of the analysed (those with at least one).
    """

    # Rows: every orsaksområde; columns: the categories with any, in display order.
    per_kategori: Korstabell
    analyserade: tuple[int, ...]  # per column: avvikelser with at least one orsaksområde
    mellan_vardgivare: tuple[int, ...]  # per row: of the avvikelser between caregivers
    analyserade_mellan: int

    @property
    def totalt(self) -> tuple[int, ...]:
        """Per row: of every category."""
        return tuple(map(sum, self.per_kategori.antal))

    @property
    def analyserade_totalt(self) -> int:
        return sum(self.analyserade)


@dataclass(frozen=True)
class Sammanstallning:
    period: Period
    perioder: tuple[Period, ...]  # compared spans, oldest first; the chosen period last
    idag: date
    markera_forandring: float
    markera_minst: int
    totalt: Rad
    kategorier: tuple[Rad, ...]
    enhetstyper: tuple[Rad, ...]
    konsekvenser: tuple[Rad, ...]
    kategori_per_enhetstyp: Korstabell  # rows: categories, columns: unit types
    fall: Korstabell  # rows: time of day, columns: injury
    lakemedel: Korstabell  # rows: error type, columns: reporter group
    mellan_vardgivare: Rad
    mellan_vardgivare_fordelning: Korstabell  # rows: counterpart, columns: agreement
    lex_maria: LexMariaSiffror
    med_analys: Andel
    med_uppfoljning: Andel
    avslutade: Andel
    handelseanalyser: int
    status: tuple[tuple[str, int], ...]
    atgarder: Atgarder
    annat: Annat
    orsaker: Orsaker
    # Falls whose time of day is not known (imported without one), per column of
    # ``fall``; they are not in that table.
    fall_utan_tid: tuple[int, ...] = ()
    # Medication errors per step of the chain (label, n), every step in order.
    lakemedel_per_steg: tuple[tuple[str, int], ...] = ()

    @property
    def markerade_kategorier(self) -> tuple[Rad, ...]:
        return tuple(r for r in self.kategorier if r.markerad)

    def kategori(self, etikett: str) -> Rad:
        return next(r for r in self.kategorier if r.etikett == etikett)

    def kategori_med_kod(self, kod: str) -> Rad | None:
        return next((r for r in self.kategorier if r.kod == kod), None)
