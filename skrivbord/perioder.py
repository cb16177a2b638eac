"""Report periods: a calendar year, a half-year or a quarter.

The text forms are those of the CLI and the report dialog: ``2025`` (the year),
``2025H1``/``2025H2`` (first/second half-year) and ``2025Q1``…``2025Q4`` (quarter;
the Swedish ``K`` is accepted too, ``2025K3``). Case and surrounding spaces do not
matter. A period always lies inside one calendar year, so it is also a year plus a
set of quarters: that is how the aggregates ask for it (``ar = ? AND kvartal IN
(…)``, the generated columns of ``ix_avvikelse_aggregat``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from skrivbord.fel import OgiltigUppgift

FORSTA_AR = 1900
SISTA_AR = 2999

_HELAR = (1, 2, 3, 4)
_MONSTER = re.compile(r"([0-9]{4})(?:([HQK])([0-9]))?")
_EXEMPEL = "till exempel 2025 (helår), 2025H1 eller 2025H2 (halvår) eller 2025Q3 (kvartal)"


@dataclass(frozen=True, order=True)
class Period:
    """A span of whole quarters within one year; ``slut`` is exclusive."""

    start: date
    slut: date
    etikett: str  # "2025", "första halvåret 2025", "kvartal 3 2025"

    @property
    def ar(self) -> int:
        return self.start.year

    @property
    def kvartal(self) -> tuple[int, ...]:
        """The quarters the period covers, for ``kvartal IN (…)``."""
        forsta = (self.start.month - 1) // 3 + 1
        antal = ((self.slut.year - self.start.year) * 12 + self.slut.month - self.start.month) // 3
        return tuple(range(forsta, forsta + antal))

    @property
    def kod(self) -> str:
        """The text form ``tolka`` reads back: ``2025``, ``2025H1``, ``2025Q3``."""
        kvartal = self.kvartal
        if kvartal == _HELAR:
            return str(self.ar)
        if len(kvartal) == 2:
            return f"{self.ar}H{(kvartal[0] + 1) // 2}"
        return f"{self.ar}Q{kvartal[0]}"

    @property
    def kort(self) -> str:
        """A column heading: ``2025``, ``H1 2025``, ``Kv 3 2025``."""
        kvartal = self.kvartal
        if kvartal == _HELAR:
            return str(self.ar)
        if len(kvartal) == 2:
            return f"H{(kvartal[0] + 1) // 2} {self.ar}"
        return f"Kv {kvartal[0]} {self.ar}"

    @property
    def helt_ar(self) -> bool:
        return self.kvartal == _HELAR

    def __str__(self) -> str:
        return self.etikett


def helar(varde: int) -> Period:
    return Period(date(varde, 1, 1), date(varde + 1, 1, 1), str(varde))


def halvar(varde: int, halva: int) -> Period:
    if halva not in (1, 2):
        raise OgiltigUppgift(f"Halvåret ska vara H1 eller H2, inte H{halva}. Skriv {_EXEMPEL}.")
    start = date(varde, 1 if halva == 1 else 7, 1)
    slut = date(varde, 7, 1) if halva == 1 else date(varde + 1, 1, 1)
    namn = "första" if halva == 1 else "andra"
    return Period(start, slut, f"{namn} halvåret {varde}")


def kvartal(varde: int, nummer: int) -> Period:
    if nummer not in _HELAR:
        raise OgiltigUppgift(f"Kvartalet ska vara 1–4, inte {nummer}. Skriv {_EXEMPEL}.")
    start = date(varde, 3 * nummer - 2, 1)
    slut = date(varde + 1, 1, 1) if nummer == 4 else date(varde, 3 * nummer + 1, 1)
    return Period(start, slut, f"kvartal {nummer} {varde}")


def tolka(text: str) -> Period:
    """``2025``, ``2025H1``, ``2025H2``, ``2025Q1``…``2025Q4`` (or ``2025K3``) as a Period.

    Anything else raises OgiltigUppgift with a Swedish sentence giving the forms.
    """
    rensad = (text or "").strip().upper()
    if not rensad:
        raise OgiltigUppgift(f"Ange en period, {_EXEMPEL}.")
    traff = _MONSTER.fullmatch(rensad)
    if traff is None:
        raise OgiltigUppgift(
            f'Perioden "{text.strip()}" går inte att tolka. Skriv året med fyra siffror, '
            f"{_EXEMPEL}."
        )
    varde = int(traff.group(1))
    _kontrollera_ar(varde)
    slag, nummer = traff.group(2), traff.group(3)
    if slag is None:
        return helar(varde)
    if slag == "H":
        return halvar(varde, int(nummer))
    return kvartal(varde, int(nummer))


def foregaende_ar(period: Period, n: int) -> tuple[Period, ...]:
    """The same span in each of the ``n`` previous years, oldest first.

    ``foregaende_ar(tolka("2025H1"), 2)`` is (första halvåret 2023, första halvåret 2024).
    """
    if n < 0:
        raise ValueError("n kan inte vara negativt")
    return tuple(flytta(period, -steg) for steg in range(n, 0, -1))


def flytta(period: Period, antal_ar: int) -> Period:
    """The same span ``antal_ar`` years later (earlier when negative)."""
    nytt_ar = period.ar + antal_ar
    kvartalen = period.kvartal
    if kvartalen == _HELAR:
        return helar(nytt_ar)
    if len(kvartalen) == 2:
        return halvar(nytt_ar, (kvartalen[0] + 1) // 2)
    return kvartal(nytt_ar, kvartalen[0])


def _kontrollera_ar(varde: int) -> None:
    if not FORSTA_AR <= varde <= SISTA_AR:
        raise OgiltigUppgift(
            f"Året {varde} ligger utanför {FORSTA_AR}–{SISTA_AR}. Skriv {_EXEMPEL}."
        )
