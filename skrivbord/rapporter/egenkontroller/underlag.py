"""The figures of the egenkontroll report, as plain data (tjanster/egenkontroller/rapport.py
computes them): no names of people and no free text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Genomforande:
    """Occurrences by what became of them."""

    i_tid: int = 0
    sent: int = 0
    missade: int = 0  # due date passed without the record that documents it
    ej_aktuella: int = 0
    kommande: int = 0

    @property
    def forfallna(self) -> int:
        return self.i_tid + self.sent + self.missade

    @property
    def andel_utforda(self) -> float | None:
        return (self.i_tid + self.sent) / self.forfallna if self.forfallna else None


@dataclass(frozen=True)
class Planrad:
    omrade: str
    omfattning: str
    frekvens: str
    ansvarig: str
    rapporteras_till: str
    manader: tuple[int, ...]  # the months (1–12) it falls due in the year


@dataclass(frozen=True)
class Brist:
    datum: date
    omrade: str
    enhet: str
    atgarder: int
    atgarder_klara: int
    atgarder_forsenade: int


@dataclass(frozen=True)
class Underlag:
    kommun: str
    namnd: str
    ar: int
    idag: date
    plan: tuple[Planrad, ...]
    per_omrade: tuple[tuple[str, Genomforande], ...]
    per_enhet: tuple[tuple[str, Genomforande], ...]
    totalt: Genomforande
    brister: tuple[Brist, ...]
