"""The year's egenkontroll occurrences as an iCalendar file (RFC 5545) that Outlook and
other calendars import: one all-day event per occurrence on its due date, with area and
unit, and a reminder a week before, so the MAS and the enhetschefer are reminded in the
calendar they already use.

The file holds areas, unit names and roles, never a person's name or a result.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from skrivbord import atomiskfil
from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.databas import Databas
from skrivbord.tjanster import enheter
from skrivbord.tjanster import kommun as kommuntjanst
from skrivbord.tjanster.egenkontroller import plan, tillfallen
from skrivbord.tjanster.egenkontroller.utfall import Lage

PAMINNELSE = "-P7D"  # a week before the due date


def _text(varde: str) -> str:
    """RFC 5545 §3.3.11: backslash, semicolon, comma and newline escaped."""
    return (
        varde.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _vik(rad: str) -> str:
    """RFC 5545 §3.1: lines of at most 75 octets, continued with CRLF and a space,
    never splitting a UTF-8 character."""
    delar, aktuell, langd = [], "", 0
    for tecken in rad:
        storlek = len(tecken.encode("utf-8"))
        if langd + storlek > 75:
            delar.append(aktuell)
            aktuell, langd = " ", 1
        aktuell += tecken
        langd += storlek
    delar.append(aktuell)
    return "\r\n".join(delar)


def _dag(d: date) -> str:
    return d.strftime("%Y%m%d")


def enhet_id(databas: Databas, namn: str) -> int:
    """The unit called ``namn`` (case as the user writes it), else OgiltigUppgift."""
    for enhet in enheter.lista(databas):
        if enhet.namn.casefold() == namn.strip().casefold():
            return enhet.id
    raise OgiltigUppgift(f"Det finns ingen enhet som heter {namn.strip()!r}.")


def ics(databas: Databas, ar: int, enhet: int | None = None, idag: date | None = None) -> str:
    """The calendar text (CRLF line ends) of ``ar``'s occurrences, of one unit if given."""
    idag = idag or date.today()
    uppgifter = kommuntjanst.hamta(databas)
    kod = uppgifter.kommunkod if uppgifter else "0000"
    poster = {p.id: p for p in plan.plan(databas, med_inaktiva=True)}
    stampel = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    rader = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Skrivbord//Egenkontroller//SV",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_text(f'Egenkontroller {ar}')}",
    ]
    for t in tillfallen.lista(databas, ar, enhet, idag):
        if t.lage == Lage.EJ_AKTUELL:
            continue
        post = poster[t.egenkontroll_id]
        plats = t.enhet or "Hela kommunen"
        rubrik = f"{t.omrade} – {plats}"
        beskrivning = (
            f"Egenkontroll: {t.omrade}\n{plats}\n"
            f"Perioden {(t.period_fran or t.planerat_datum).isoformat()}–"
            f"{t.planerat_datum.isoformat()}\n"
            f"Ansvarig: {post.ansvarig.etikett}\nRedovisas för: {post.rapporteras_till}\n"
            f"Dokumenteras i: {post.dokumenteras_i.etikett}"
        )
        rader += [
            "BEGIN:VEVENT",
            f"UID:egenkontroll-{t.id}@{kod}.skrivbord",
            f"DTSTAMP:{stampel}",
            f"DTSTART;VALUE=DATE:{_dag(t.planerat_datum)}",
            f"DTEND;VALUE=DATE:{_dag(t.planerat_datum + timedelta(days=1))}",
            f"SUMMARY:{_text(rubrik)}",
            f"DESCRIPTION:{_text(beskrivning)}",
            f"LOCATION:{_text(plats)}",
            "CATEGORIES:Egenkontroll",
            "TRANSP:TRANSPARENT",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{_text(rubrik)}",
            f"TRIGGER:{PAMINNELSE}",
            "END:VALARM",
            "END:VEVENT",
        ]
    rader.append("END:VCALENDAR")
    return "".join(_vik(rad) + "\r\n" for rad in rader)


def skriv(
    databas: Databas, ar: int, ut: Path, enhet: str | None = None, idag: date | None = None
) -> int:
    """Write the calendar to ``ut`` (whole or not at all); returns the number of events."""
    text = ics(databas, ar, enhet_id(databas, enhet) if enhet else None, idag)
    with atomiskfil.ersatt(ut, ".ics") as tillfallig:
        tillfallig.write_bytes(text.encode("utf-8"))
    return text.count("BEGIN:VEVENT")
