"""Vakten mot personnummer och samordningsnummer i fritext.

Protokoll och andra texter som inte får identifiera en patient (logguppföljningens
protokoll, HSLF-FS 2016:40 4 kap. 9 §) prövas här innan de sparas. Regeln (DESIGN §6,
"Personnummer guard"): hellre ett falskt larm än en miss.

Vad som larmar:

- en följd av 10 eller 12 siffror, skriven i ett svep (``8112189876``,
  ``198112189876``) eller med bindestreck eller plustecken före de fyra sista
  (``811218-9876``, ``19811218-9876``, ``811218+9876``; plus skrivs för den som fyllt
  100 år), också med ett mellanslag runt skiljetecknet eller i stället för det
  (``811218 9876``);
- där de tio sista siffrorna klarar Luhn-kontrollen (Skatteverkets kontrollsiffra);
- och där datumdelen kan vara ett födelsedatum: månad 01–12, dag 01–31, eller dag
  61–91 för ett samordningsnummer (födelsedagen plus 60, Skatteverket SKV 707).
  Dagen prövas mot månadens längd först när århundradet är känt (12 siffror); med
  10 siffror räcker 01–31, så att inget skottårsfall släpps igenom.

Vad som inte larmar: vanliga datum (``2025-03-01``, ``20250301``), telefonnummer
med sina vanliga skiljetecken (``070-123 45 67``, ``08-123 456 78``), kortare eller
längre sifferföljder (en följd som är en del av en längre följd räknas inte), och
tio siffror vars kontrollsiffra inte stämmer.

Modulen är fri från Qt och SQLAlchemy så att alla skikt kan använda den.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from skrivbord.fel import OgiltigUppgift

# Sex eller åtta siffror, ett valfritt skiljetecken (-, + eller ett mellanslag, kanske
# med mellanslag runt - eller +), fyra siffror; aldrig en del av en längre sifferföljd.
_MONSTER = re.compile(r"(?<![0-9])((?:[0-9]{2})?[0-9]{6})(?: ?[-+] ?| )?([0-9]{4})(?![0-9])")
_SAMORDNING = 60


@dataclass(frozen=True)
class Traff:
    """En träff i en text: var den står och vilket slags nummer den liknar."""

    start: int
    slut: int
    samordningsnummer: bool


def luhn_ok(siffror: str) -> bool:
    """Sant när sista siffran i ``siffror`` är Luhn-kontrollsiffran för resten."""
    if not siffror.isdigit() or len(siffror) < 2:
        return False
    summa = 0
    for i, tecken in enumerate(reversed(siffror)):
        varde = int(tecken) * (2 if i % 2 else 1)
        summa += varde - 9 if varde > 9 else varde
    return summa % 10 == 0


def _manadsdagar(ar: int, manad: int) -> int:
    if manad == 2:
        skottar = ar % 4 == 0 and (ar % 100 != 0 or ar % 400 == 0)
        return 29 if skottar else 28
    return 30 if manad in (4, 6, 9, 11) else 31


def _datumdel(datum: str) -> bool | None:
    """Datumdelen (ÅÅMMDD eller ÅÅÅÅMMDD): None om den inte kan vara ett
    födelsedatum, annars om det är ett samordningsnummer (dag + 60)."""
    manad, dag = int(datum[-4:-2]), int(datum[-2:])
    samordning = dag > _SAMORDNING
    if samordning:
        dag -= _SAMORDNING
    if not (1 <= manad <= 12 and dag >= 1):
        return None
    hogst = _manadsdagar(int(datum[:4]), manad) if len(datum) == 8 else 31
    return samordning if dag <= hogst else None


def hitta(text: str) -> list[Traff]:
    """Varje följd i ``text`` som ser ut som ett personnummer eller samordningsnummer."""
    traffar = []
    for m in _MONSTER.finditer(text):
        datum, sista = m.group(1), m.group(2)
        samordning = _datumdel(datum)
        if samordning is None or not luhn_ok(datum[-6:] + sista):
            continue
        traffar.append(Traff(m.start(), m.end(), samordning))
    return traffar


def innehaller(text: str) -> bool:
    return bool(hitta(text))


def meddelande(etikett: str, traff: Traff) -> str:
    """Meningen för en träff i fältet som heter ``etikett``."""
    slag = "ett samordningsnummer" if traff.samordningsnummer else "ett personnummer"
    return (
        f"{etikett}: texten innehåller något som ser ut som {slag}. Uppgifter som kan "
        "identifiera en patient får inte sparas här: ta bort numret och spara igen."
    )


def fel_i_falt(falt: Mapping[str, tuple[str, str]]) -> list[tuple[str | None, str]]:
    """(fält, mening) för varje fält vars text innehåller ett nummer; ``falt`` ger för
    varje fälts namn (dess etikett, dess text)."""
    fel: list[tuple[str | None, str]] = []
    for namn, (etikett, text) in falt.items():
        traffar = hitta(text)
        if traffar:
            fel.append((namn, meddelande(etikett, traffar[0])))
    return fel


def kontrollera(falt: Mapping[str, tuple[str, str]] | Iterable[tuple[str, str, str]]) -> None:
    """Vägra (OgiltigUppgift som namnger varje fält) när någon text innehåller ett nummer.

    ``falt``: {namn: (etikett, text)} eller tripplar (namn, etikett, text).
    """
    if not isinstance(falt, Mapping):
        falt = {namn: (etikett, text) for namn, etikett, text in falt}
    OgiltigUppgift.om_nagot(fel_i_falt(falt))
