"""Report periods: a calendar year, a half-year or a quarter.

The text forms are those of the CLI and the report dialog: ``2025`` (the year),
``2025H1``/``2025H2`` (first/second half-year) and ``2025Q1``…``2025Q4`` (quarter;
the Swedish ``K`` is accepted too, ``2025K3``). Case and surrounding spaces do not
matter. A period always lies inside one calendar year, so it is also a year plus a
set of quarters: that is how the aggregates ask for it (``ar = ? AND kvartal IN
(…)``, the generated columns of ``ix_avvikelse_aggregat``).

A period that has not ended is *running* and is cut at today (``kapa``): it counts
whole days up to and including yesterday, the last complete day, so on 1 December
2026 the year 2026 is "1 januari – 30 november 2026". Today itself is left out
because it is not over: a summary printed in the morning and one printed in the
evening of the same day give the same figures. A running period is compared with
the same dates in earlier years (``flytta``, ``foregaende_ar``), as Översikt does;
29 February becomes 28 February in a year without it (``samma_dag``). A period that
has not begun (or begins today, with no whole day yet) cannot be summarised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from skrivbord.fel import OgiltigUppgift

FORSTA_AR = 1900
SISTA_AR = 2999

_HELAR = (1, 2, 3, 4)
_MONSTER = re.compile(r"([0-9]{4})(?:([HQK])([0-9]))?")
_EXEMPEL = "till exempel 2025 (helår), 2025H1 eller 2025H2 (halvår) eller 2025Q3 (kvartal)"
MANADER = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)


@dataclass(frozen=True, order=True)
class Period:
    """A span of whole quarters within one year (``start``, ``slut`` exclusive: the
    nominal period), cut short when it is running (``kapad``, see the module docstring).

    ``kod``, ``kort``, ``kvartal`` and ``helt_ar`` describe the nominal period; the
    counted days are ``start`` up to ``rakna_till`` (exclusive), ``sista_dag`` included.
    """

    start: date
    slut: date
    # "2025", "första halvåret 2025", "kvartal 3 2025"; cut: "1 januari – 30 november 2026"
    etikett: str
    # A running period's exclusive end: the day it was cut at (today). None when over.
    kapad: date | None = None

    @property
    def ar(self) -> int:
        return self.start.year

    @property
    def pagaende(self) -> bool:
        """Running: cut at today, so the counted days end before the nominal period."""
        return self.kapad is not None

    @property
    def rakna_till(self) -> date:
        """The exclusive end of the counted days: ``kapad`` or ``slut``."""
        return self.kapad or self.slut

    @property
    def sista_dag(self) -> date:
        """The last counted day (included): yesterday for a running period."""
        return self.rakna_till - timedelta(days=1)

    @property
    def hela_kvartal(self) -> tuple[int, ...]:
        """The quarters counted whole: all of ``kvartal`` unless the period is cut."""
        till = self.rakna_till
        return tuple(k for k in self.kvartal if _kvartalets_slut(self.ar, k) <= till)

    @property
    def nominell(self) -> Period:
        """The whole period, not cut (the one ``tolka(kod)`` gives)."""
        return _period(self.ar, self.kvartal)

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


def samma_dag(dag: date, ar: int) -> date:
    """``dag`` in the year ``ar``; 29 February becomes 28 February in a year without it."""
    try:
        return dag.replace(year=ar)
    except ValueError:
        return dag.replace(year=ar, day=28)


def datumspann(fran: date, till: date, *, med_ar: bool = True) -> str:
    """Two days of one year, both included, in words, the way the documents write them:
    "1 januari – 30 november 2026", "1–15 juli 2026", "1 januari 2026" (without the
    year when not ``med_ar``)."""
    ar = f" {till.year}" if med_ar else ""
    if fran == till:
        return f"{fran.day} {MANADER[fran.month - 1]}{ar}"
    if fran.month == till.month:
        return f"{fran.day}–{till.day} {MANADER[till.month - 1]}{ar}"
    return f"{fran.day} {MANADER[fran.month - 1]} – {till.day} {MANADER[till.month - 1]}{ar}"


def kapa(period: Period, idag: date) -> Period:
    """``period`` as it can be counted on ``idag``: unchanged when it is over, cut at
    ``idag`` when running (the days up to yesterday, titled by their dates), refused
    with OgiltigUppgift when no whole day of it has passed.
    """
    hel = period.nominell
    if idag >= hel.slut:
        return hel
    if idag > hel.start:
        return _kapad(hel, idag)
    if idag == hel.start:
        raise OgiltigUppgift(
            f"Perioden {hel.etikett} börjar i dag, {datumspann(idag, idag)}. En "
            "sammanställning räknar hela dagar till och med i går; välj en period som har "
            "börjat."
        )
    raise OgiltigUppgift(
        f"Perioden {hel.etikett} har inte börjat: den börjar "
        f"{datumspann(hel.start, hel.start)}. Välj en period som har börjat."
    )


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
    """The same span ``antal_ar`` years later (earlier when negative); a cut period
    keeps the same dates (1 January – 30 November in every year)."""
    nytt_ar = period.ar + antal_ar
    flyttad = _period(nytt_ar, period.kvartal)
    if period.kapad is None:
        return flyttad
    return _kapad(flyttad, samma_dag(period.sista_dag, nytt_ar) + timedelta(days=1))


def _period(ar: int, kvartalen: tuple[int, ...]) -> Period:
    """The whole period of ``kvartalen`` in ``ar``."""
    if kvartalen == _HELAR:
        return helar(ar)
    if len(kvartalen) == 2:
        return halvar(ar, (kvartalen[0] + 1) // 2)
    return kvartal(ar, kvartalen[0])


def _kapad(hel: Period, till: date) -> Period:
    """``hel`` cut at ``till`` (exclusive), titled by its dates."""
    return replace(hel, kapad=till, etikett=datumspann(hel.start, till - timedelta(days=1)))


def _kvartalets_slut(ar: int, nummer: int) -> date:
    """The exclusive end of quarter ``nummer``."""
    return date(ar + 1, 1, 1) if nummer == 4 else date(ar, 3 * nummer + 1, 1)


def _kontrollera_ar(varde: int) -> None:
    if not FORSTA_AR <= varde <= SISTA_AR:
        raise OgiltigUppgift(
            f"Året {varde} ligger utanför {FORSTA_AR}–{SISTA_AR}. Skriv {_EXEMPEL}."
        )
