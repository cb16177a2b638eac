"""The län compilation as plain data (tjanster/lan/sammanstallning.py computes it; the
files, the PDF and the page show it). Only what the kommuner published, summed: a sum
that includes a hidden kommun cell is a lower bound, ``minst N``, never recovered."""

from __future__ import annotations

from dataclasses import dataclass

from skrivbord.rapporter.aggregat.underlag import Tabell

LAN_SCHEMAVERSION = "1"


@dataclass(frozen=True)
class Kommunrad:
    """One kommun's published total and categories in the period (as it published them)."""

    kommunkod: str
    kommun: str
    total: str
    kategorier: tuple[str, ...]  # in the order of Lansammanstallning.kategorikoder


@dataclass(frozen=True)
class Lansammanstallning:
    schemaversion: str
    kodlistor: tuple[str, ...]  # the code list versions of the exports
    period: str
    troskel: int
    tabeller: tuple[Tabell, ...]  # summed, then protected again at län level
    kategorikoder: tuple[str, ...]
    per_kommun: tuple[Kommunrad, ...]
    trend: tuple[tuple[str, str, int], ...]  # (period, län total as text, kommuner) oldest first
    saknade: tuple[tuple[str, str], ...]  # (kommunkod, kommun) in earlier periods, not this one

    @property
    def antal_kommuner(self) -> int:
        return len(self.per_kommun)
