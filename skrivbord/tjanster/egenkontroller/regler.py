"""The frequency of a plan item as an iCalendar recurrence rule (RFC 5545, RRULE),
evaluated with python-dateutil's ``rrule``, not with home-made date arithmetic.

Each date the rule gives is a due date, and the occurrence covers the days since the
rule's previous date. The plan editor offers friendly presets; every preset is a rule
due on the last day of its period:

========================  =============================================
veckovis                  ``FREQ=WEEKLY;BYDAY=SU`` (the ISO week's Sunday)
månadsvis                 ``FREQ=MONTHLY;BYMONTHDAY=-1``
kvartalsvis               ``FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1``
två gånger per år         ``FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1`` (months chosen)
årligen                   ``FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1`` (month chosen)
specifika månader         ``FREQ=YEARLY;BYMONTH=3,9;BYMONTHDAY=-1``
========================  =============================================
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from dateutil.rrule import rrule, rrulestr

from skrivbord.fel import OgiltigUppgift
from skrivbord.oversattning import N_, oversatt

# A fixed anchor (a Monday), so a rule with INTERVAL gives the same dates every year.
_ANKARE = datetime(2000, 1, 3)
_MANADSNAMN = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


class Forval(StrEnum):
    VECKOVIS = "veckovis"
    MANADSVIS = "manadsvis"
    KVARTALSVIS = "kvartalsvis"
    HALVARSVIS = "halvarsvis"
    ARLIGEN = "arligen"
    MANADER = "manader"

    @property
    def etikett(self) -> str:
        return oversatt(_FORVAL_ETIKETTER[self.value])

    @property
    def antal_manader(self) -> int | None:
        """How many months the user chooses (None: any number, 0: none)."""
        return {"halvarsvis": 2, "arligen": 1, "manader": None}.get(self.value, 0)


_FORVAL_ETIKETTER = {
    "veckovis": N_("Veckovis"),
    "manadsvis": N_("Månadsvis"),
    "kvartalsvis": N_("Kvartalsvis"),
    "halvarsvis": N_("Två gånger per år"),
    "arligen": N_("Årligen"),
    "manader": N_("Specifika månader"),
}


@dataclass(frozen=True)
class Frekvens:
    """A rule as the editor shows it: a preset and, where it asks for them, months."""

    forval: Forval
    manader: tuple[int, ...] = ()


def regel_for(forval: Forval, manader: tuple[int, ...] = ()) -> str:
    """The RRULE of a preset; raises OgiltigUppgift when the months do not fit it."""
    if forval == Forval.VECKOVIS:
        return "FREQ=WEEKLY;BYDAY=SU"
    if forval == Forval.MANADSVIS:
        return "FREQ=MONTHLY;BYMONTHDAY=-1"
    if forval == Forval.KVARTALSVIS:
        manader = (3, 6, 9, 12)
    manader = tuple(sorted(set(manader)))
    if any(not 1 <= m <= 12 for m in manader):
        raise OgiltigUppgift("En månad ska vara 1–12.")
    onskat = forval.antal_manader
    if onskat == 2 and len(manader) != 2:
        raise OgiltigUppgift("Välj två månader för en egenkontroll två gånger per år.")
    if onskat == 1 and len(manader) != 1:
        raise OgiltigUppgift("Välj den månad då den årliga egenkontrollen ska vara klar.")
    if not manader:
        raise OgiltigUppgift("Välj minst en månad.")
    return f"FREQ=YEARLY;BYMONTH={','.join(map(str, manader))};BYMONTHDAY=-1"


def tolka(regel: str) -> Frekvens | None:
    """The preset a rule was made from, or None for a rule written by other means."""
    for forval in (Forval.VECKOVIS, Forval.MANADSVIS):
        if regel == regel_for(forval):
            return Frekvens(forval)
    prefix, suffix = "FREQ=YEARLY;BYMONTH=", ";BYMONTHDAY=-1"
    if not (regel.startswith(prefix) and regel.endswith(suffix)):
        return None
    try:
        manader = tuple(int(m) for m in regel[len(prefix) : -len(suffix)].split(","))
    except ValueError:
        return None
    if manader == (3, 6, 9, 12):
        return Frekvens(Forval.KVARTALSVIS)
    forval = {1: Forval.ARLIGEN, 2: Forval.HALVARSVIS}.get(len(manader), Forval.MANADER)
    return Frekvens(forval, manader)


def etikett(regel: str) -> str:
    """A short Swedish description: "Varje vecka", "2 gånger/år (jun, dec)" …"""
    frekvens = tolka(regel)
    if frekvens is None:
        return regel
    if frekvens.forval == Forval.VECKOVIS:
        return oversatt(N_("Varje vecka"))
    if frekvens.forval == Forval.MANADSVIS:
        return oversatt(N_("Varje månad"))
    if frekvens.forval == Forval.KVARTALSVIS:
        return oversatt(N_("4 gånger/år (mar, jun, sep, dec)"))
    manader = ", ".join(_MANADSNAMN[m - 1] for m in frekvens.manader)
    if len(frekvens.manader) == 1:
        return oversatt(N_("1 gång/år ({manader})")).format(manader=manader)
    return oversatt(N_("{n} gånger/år ({manader})")).format(
        n=len(frekvens.manader), manader=manader
    )


def _ankare(regel: str, nara: int | None) -> datetime:
    """Where the rule starts counting. A preset names its weekday or months and day, so it
    gives the same dates from any start: it starts two years before ``nara`` (dateutil
    walks from the start: from 2000 a weekly rule takes 1 400 steps to reach 2026). Any
    other rule keeps the fixed anchor (an INTERVAL, or a month or day taken from the
    start, would otherwise move with it)."""
    if nara is None or tolka(regel) is None:
        return _ANKARE
    start = datetime(nara - 2, 1, 1)
    return start - timedelta(days=start.weekday())  # a Monday, like _ANKARE


@functools.lru_cache(maxsize=256)
def _regel(regel: str, nara: int | None = None) -> rrule:
    try:
        tolkad = rrulestr(regel, dtstart=_ankare(regel, nara))
    except (ValueError, TypeError) as fel:
        raise OgiltigUppgift(
            f"Frekvensen {regel!r} är ingen giltig iCalendar-regel (RRULE)."
        ) from fel
    if not isinstance(tolkad, rrule):
        raise OgiltigUppgift("Frekvensen ska vara en enda RRULE.")
    return tolkad


def validera(regel: str) -> str:
    """``regel`` if it is a rule that gives a date at least once a year, else OgiltigUppgift."""
    regel = regel.strip().removeprefix("RRULE:")
    tolkad = _regel(regel)
    if tolkad.after(_ANKARE) is None or tolkad.after(datetime(2100, 1, 1)) is None:
        raise OgiltigUppgift("Frekvensen ger inga datum framåt i tiden.")
    return regel


def datum(regel: str, fran: date, till: date) -> list[date]:
    """The due dates from ``fran`` up to and including ``till``."""
    start, slut = (
        datetime.combine(fran, datetime.min.time()),
        datetime.combine(till, datetime.min.time()),
    )
    return [d.date() for d in _regel(regel, fran.year).between(start, slut, inc=True)]


def period_fran(regel: str, forfaller: date) -> date:
    """The first day of the period an occurrence due ``forfaller`` covers: the day after
    the rule's previous date (the first of the year for the first ever)."""
    fore = _regel(regel, forfaller.year).before(datetime.combine(forfaller, datetime.min.time()))
    if fore is None:
        return date(forfaller.year, 1, 1)
    forra: date = fore.date()
    return forra + timedelta(days=1)


def perioder(regel: str, ar: int) -> list[tuple[date, date]]:
    """(period_fran, due date) of each occurrence due in year ``ar``."""
    return list(_perioder(regel, ar))


@functools.lru_cache(maxsize=512)
def _perioder(regel: str, ar: int) -> tuple[tuple[date, date], ...]:
    datumlista = datum(regel, date(ar, 1, 1), date(ar, 12, 31))
    if not datumlista:
        return ()
    forsta = period_fran(regel, datumlista[0])
    starter = [forsta] + [d + timedelta(days=1) for d in datumlista[:-1]]
    return tuple(zip(starter, datumlista, strict=True))
