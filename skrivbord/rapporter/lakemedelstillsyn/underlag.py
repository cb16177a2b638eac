"""Det som läkemedelstillsynens PDF:er skriver ut, som färdiga dataklasser: tjänsten
(tjanster/lakemedelstillsyn/utskrift.py) hämtar och sätter etiketter, rapporten frågar
aldrig databasen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

MINUS = "\u2212"


def saldo(varde: float) -> str:
    """12 or 12,5 (a halved tablet); a difference is written with its sign by the caller."""
    avrundat = round(varde, 2)
    if avrundat == int(avrundat):
        return str(int(avrundat)).replace("-", MINUS)
    return f"{avrundat:g}".replace(".", ",").replace("-", MINUS)


def differens(varde: float) -> str:
    """+2, −1,5 or 0."""
    if round(varde, 2) == 0:
        return "0"
    return ("+" if varde > 0 else MINUS) + saldo(abs(varde))


@dataclass(frozen=True)
class Svarsutskrift:
    fraga: str
    svar: str  # the label: Ja, Nej, Ej aktuellt
    nej: bool
    kommentar: str


@dataclass(frozen=True)
class Rakningsutskrift:
    preparat: str  # name, strength and form
    journal: float
    raknat: float
    kommentar: str
    avvikelse_id: int | None

    @property
    def differens(self) -> float:
        return round(self.raknat - self.journal, 2)


@dataclass(frozen=True)
class Atgardsutskrift:
    fynd: str
    beskrivning: str
    ansvarig: str
    deadline: date | None
    status: str


@dataclass(frozen=True)
class Protokollunderlag:
    id: int
    enhet: str
    typ: str
    datum: date
    utford_av: str
    deltagare: str
    kommentar: str
    svar: tuple[Svarsutskrift, ...]
    rakningar: tuple[Rakningsutskrift, ...]
    atgarder: tuple[Atgardsutskrift, ...]


@dataclass(frozen=True)
class Oversiktsrad:
    """One unit and kind of inspection in a year."""

    enhet: str
    typ: str
    planerade: int  # egenkontroll occurrences due in the year so far
    i_tid: int
    sent: int
    ej_gjorda: int  # due and past without an inspection
    tillsyner: int
    nej_svar: int
    differenser: int
    oppna_atgarder: int


@dataclass(frozen=True)
class Arsoversikt:
    ar: int
    till: date  # the day counted to (today in a running year)
    rader: tuple[Oversiktsrad, ...]
