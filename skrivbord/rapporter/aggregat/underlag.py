"""The anonymised aggregate as plain data: what the export service counts and
protects, what the files, the PDF summary and the preview show (docs/aggregatexport.md).

Codes only (the code list's), never a local name, a person, a unit or a date finer
than the period. A hidden cell has ``antal`` None and its mark (``<5`` or ``x``).
"""

from __future__ import annotations

from dataclasses import dataclass

from skrivbord.oversattning import N_

SCHEMAVERSION = "1"
TOTALKOD = "totalt"
# Each table's heading, for the PDF and the preview.
RUBRIKER = {
    "kategori": N_("Avvikelser per kategori"),
    "konsekvens": N_("Avvikelser per konsekvens"),
    "enhetstyp": N_("Avvikelser per enhetstyp"),
    "mellan_vardgivare": N_("Avvikelser mellan vårdgivare"),
    "motpart": N_("Mellan vårdgivare: motpart"),
    "riktning": N_("Mellan vårdgivare: mottagna och skickade"),
    "overenskommelse": N_("Mellan vårdgivare: överenskommelse som inte följdes"),
    "orsaksomrade": N_("Mellan vårdgivare: orsaksområden i analyserna"),
    "lex_maria": N_("Lex Maria: anmälningar till IVO (efter anmälningsdatum)"),
}


@dataclass(frozen=True)
class Cell:
    kod: str
    antal: int | None  # None: hidden
    markning: str = ""  # "" when published, else "<5" or "x"

    @property
    def dold(self) -> bool:
        return self.antal is None

    @property
    def text(self) -> str:
        return self.markning if self.antal is None else str(self.antal)


@dataclass(frozen=True)
class Tabell:
    """One breakdown: a row per code and (for additive tables) the total."""

    namn: str  # "kategori", "konsekvens" …: the dimension
    population: str  # "alla", "mellan_vardgivare" or "lex_maria"
    rader: tuple[Cell, ...]
    total: Cell | None  # None when a case may count in several rows (orsaksområden)

    @property
    def celler(self) -> tuple[Cell, ...]:
        return (*self.rader, self.total) if self.total is not None else self.rader


@dataclass(frozen=True)
class Genomforandegrad:
    """Egenkontroll occurrences of one area code that fell due in the period, and how
    many were done (on time or late). Counts of inspections, not of people."""

    omradeskod: str
    forfallna: int
    utforda: int

    @property
    def andel(self) -> float | None:
        return self.utforda / self.forfallna if self.forfallna else None


@dataclass(frozen=True)
class Aggregat:
    schemaversion: str
    kodlista: str  # the code list's version
    appversion: str
    kommunkod: str
    kommun: str
    period: str  # "2025", "2025H1", "2025Q3"
    troskel: int
    tabeller: tuple[Tabell, ...]
    egenkontroller: tuple[Genomforandegrad, ...]

    def tabell(self, namn: str) -> Tabell:
        return next(t for t in self.tabeller if t.namn == namn)

    @property
    def antal_celler(self) -> int:
        return sum(len(t.celler) for t in self.tabeller)

    @property
    def antal_dolda(self) -> int:
        return sum(c.dold for t in self.tabeller for c in t.celler)
