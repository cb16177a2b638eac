"""The half-year and full-year summary of avvikelser (sammanställningen).

For the political committee (twice a year) and the patientsäkerhetsberättelse
(yearly): totals and per category for the chosen period against the same span in
the previous years, per unit type and consequence, falls by time of day and injury,
medication errors by type and by who discovered them, avvikelser between caregivers
by counterpart and agreement, lex Maria, how many were analysed and followed up,
åtgärder past their deadline, and what the catch-all category "Annat" hides.

Everything is counted by the time of the event (``handelse_tid``): an avvikelse
belongs to the period in which it happened. A period that is still running is cut at
``idag`` (perioder.kapa: the whole days up to yesterday) and every earlier year is
counted over the same dates, so 1 January – 30 November 2026 is compared with
1 January – 30 November 2025, never with the whole year. Shares and åtgärder are as they stand
on the day the summary is made (``idag``). The result is a frozen tree of plain
numbers and labels (no ORM objects, no free text except the short "Annat" reasons,
no names), ready for a PDF or a screen.

This module is the public face: it checks the arguments and reports progress.
sammanstallning_fragor.py reads the figures (a handful of aggregate queries on one
snapshot, how they are counted is explained there); sammanstallning_bygg.py turns the
rows into the result (time of day, the marking of rows, the "Annat" reasons).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TypedDict, Unpack

from skrivbord import perioder
from skrivbord.fel import OgiltigUppgift
from skrivbord.jobb import Framsteg, Jobb, kor_till_slut
from skrivbord.lagring.databas import Databas
from skrivbord.perioder import Period
from skrivbord.rapporter.avvikelser.underlag import (
    MAX_JAMFORELSEAR,
    TIDER_PA_DYGNET,
    Andel,
    Annat,
    AnnatSkalAntal,
    Atgarder,
    Korstabell,
    LexMariaSiffror,
    Rad,
    Sammanstallning,
    tid_pa_dygnet,
)
from skrivbord.tjanster.avvikelser import sammanstallning_bygg, sammanstallning_fragor

# The result's vocabulary is part of this API: callers need not know it lives in rapporter.
__all__ = [
    "MAX_JAMFORELSEAR",
    "TIDER_PA_DYGNET",
    "Andel",
    "Annat",
    "AnnatSkalAntal",
    "Atgarder",
    "Berakningsval",
    "Korstabell",
    "LexMariaSiffror",
    "Rad",
    "Sammanstallning",
    "berakna",
    "berakna_och_skriv",
    "berakna_stegvis",
    "tid_pa_dygnet",
]


def berakna(
    databas: Databas,
    period: Period | str,
    *,
    markera_forandring: float = 0.5,
    jamfor_ar: int = 2,
    markera_minst: int = 10,
    idag: date | None = None,
) -> Sammanstallning:
    """The summary for ``period`` (a Period or its text form, e.g. ``"2025H1"``)."""
    return kor_till_slut(
        berakna_stegvis(
            databas,
            period,
            markera_forandring=markera_forandring,
            jamfor_ar=jamfor_ar,
            markera_minst=markera_minst,
            idag=idag,
        )
    )


class Berakningsval(TypedDict, total=False):
    """The options of ``berakna_stegvis`` that ``berakna_och_skriv`` passes on."""

    markera_forandring: float
    jamfor_ar: int
    markera_minst: int
    idag: date | None


# Reading takes steps 0 … len(alla) + 3 (sammanstallning_fragor), then building and done.
_STEG = 5


def berakna_stegvis(
    databas: Databas,
    period: Period | str,
    *,
    markera_forandring: float = 0.5,
    jamfor_ar: int = 2,
    markera_minst: int = 10,
    idag: date | None = None,
) -> Jobb[Sammanstallning]:
    """``berakna`` as a job (see jobb.py): yields Framsteg between the queries."""
    idag = idag or date.today()
    if isinstance(period, str):
        period = perioder.tolka(period)
    # A running period is counted up to yesterday and compared with the same dates.
    period = perioder.kapa(period, idag)
    if not 0 <= jamfor_ar <= MAX_JAMFORELSEAR:
        raise OgiltigUppgift(
            f"Jämförelsen kan omfatta 0–{MAX_JAMFORELSEAR} tidigare år; välj ett av dem."
        )
    if markera_forandring < 0:
        raise OgiltigUppgift("Gränsen för markerad förändring kan inte vara negativ.")
    alla = (*perioder.foregaende_ar(period, jamfor_ar), period)
    steg = _STEG + len(alla)

    rader = yield from sammanstallning_fragor.lasa_stegvis(databas, period, alla, idag, steg)
    yield Framsteg(steg - 1, steg, "Sammanställer")
    resultat = sammanstallning_bygg.bygg(
        period,
        alla,
        idag,
        rader,
        markera=sammanstallning_bygg.Markering(markera_forandring, markera_minst),
    )
    yield Framsteg(steg, steg, "Klart")
    return resultat


def berakna_och_skriv(
    databas: Databas,
    period: Period | str,
    ut: Path | str,
    *,
    kommun: str | None = None,
    **kw: Unpack[Berakningsval],
) -> Jobb[Path]:
    """Compute the summary and write it as a PDF to ``ut`` (a job; returns the path).

    ``kommun`` defaults to the name in the database's settings; ``kw`` go to berakna.
    The file appears only when complete (rapporter.pdfbas writes atomically).
    """
    from skrivbord.rapporter.avvikelser import sammanstallning as rapport
    from skrivbord.tjanster import kommun as kommun_tjanst

    ut = Path(ut)
    if kommun is None:
        installning = kommun_tjanst.hamta(databas)
        kommun = installning.namn if installning else ""
    # One scale for the whole job: the counting steps, then one step for the PDF.
    rakning = berakna_stegvis(databas, period, **kw)
    while True:
        try:
            steg = next(rakning)
        except StopIteration as slut:
            sammanstallning = slut.value
            break
        totalt = (steg.totalt or 0) + 1
        if steg.klart < totalt - 1:  # the counting's own "Klart" is not the end here
            yield Framsteg(steg.klart, totalt, steg.text)
    yield Framsteg(totalt - 1, totalt, "Skriver PDF")
    rapport.skriv_pdf(sammanstallning, ut, kommun)
    yield Framsteg(totalt, totalt, "PDF klar")
    return ut
