"""Det som logguppföljningens PDF:er skriver ut, som färdiga dataklasser: tjänsten
(tjanster/logguppfoljning) räknar fram och sätter etiketter, rapporten frågar aldrig
databasen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Protokollsteg:
    typ: str  # the label, e.g. "Samtal med medarbetaren"
    datum: date
    anteckning: str
    sen: bool = False  # an incident assessment later than 72 hours


@dataclass(frozen=True)
class Protokolldata:
    """Ett ifyllt protokoll, etiketterna redan på svenska."""

    id: int
    datum: date
    typ: str
    period_fran: date
    period_till: date
    system: str
    enhet: str
    granskare: str
    antal_anvandare: int
    antal_atkomster: int
    antal_avvikande: int
    metod: str
    avvikelse: bool
    avvikelse_beskrivning: str
    iakttagelser: str
    atgarder: tuple[Protokollsteg, ...]
    signerad_av: str = ""
    signerad_datum: date | None = None


@dataclass(frozen=True)
class Arssammanstallning:
    """Ett års logguppföljningar i antal, utan fritext och utan namn.

    ``typer`` är kontrollslagens etiketter; ``per_manad[m][t]`` antalet granskningar av
    slag ``t`` i månad ``m`` (0 = januari) och ``avvikelser_per_typ[t]`` hur många av dem
    som fann en avvikelse. ``atgarder`` är (stegets etikett, antal).
    """

    period: str  # e.g. "2025" or "2026 (1 januari–1 december)"
    pagaende: bool
    typer: tuple[str, ...]
    per_manad: tuple[tuple[int, ...], ...]
    avvikelser_per_typ: tuple[int, ...]
    granskade_atkomster: int
    avvikande_atkomster: int
    atgarder: tuple[tuple[str, int], ...]
    signerade: int
    manader_utan_systematisk: tuple[int, ...]  # 1–12, months already begun
    incidentbedomningar_sena: int = 0

    @property
    def totalt(self) -> int:
        return sum(sum(rad) for rad in self.per_manad)

    @property
    def med_avvikelse(self) -> int:
        return sum(self.avvikelser_per_typ)
