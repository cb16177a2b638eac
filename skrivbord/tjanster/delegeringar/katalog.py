"""The catalogue of tasks that may be delegated (resurser/data/delegeringsuppgifter.json,
loaded into the database by migration 0018, then kept by the MAS).

A task in use is taken out of use, never deleted: decisions and the units' minimums
keep pointing at its code, and its name stays readable in the history.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import DelegerbarUppgift

log = logging.getLogger(__name__)

NAMN_HOGST = 120


@dataclass(frozen=True)
class Uppgift:
    kod: str
    namn: str
    aktiv: bool = True


def lista(databas: Databas, bara_aktiva: bool = False) -> list[Uppgift]:
    with databas.session() as s:
        return lasa(s, bara_aktiva)


def lasa(s: Session, bara_aktiva: bool = False) -> list[Uppgift]:
    fraga = select(DelegerbarUppgift).order_by(DelegerbarUppgift.ordning, DelegerbarUppgift.id)
    if bara_aktiva:
        fraga = fraga.where(DelegerbarUppgift.aktiv.is_(True))
    return [Uppgift(u.kod, u.namn, u.aktiv) for u in s.scalars(fraga)]


def namn(s: Session) -> dict[str, str]:
    """Every task's name by code, those out of use too (the history names them)."""
    return {u.kod: u.namn for u in lasa(s)}


def _kontrollera_namn(s: Session, text: str, utom: str | None = None) -> str:
    text = " ".join(text.split())
    if not text:
        raise OgiltigUppgift("Skriv uppgiftens namn.", "namn")
    if len(text) > NAMN_HOGST:
        raise OgiltigUppgift(f"Uppgiftens namn får vara högst {NAMN_HOGST} tecken.", "namn")
    andra = select(DelegerbarUppgift.namn)
    if utom is not None:
        andra = andra.where(DelegerbarUppgift.kod != utom)
    if text.casefold() in {n.casefold() for n in s.scalars(andra)}:
        raise OgiltigUppgift(f"Det finns redan en uppgift som heter {text}.", "namn")
    return text


def _ny_kod(s: Session, text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    bas = re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")[:30] or "uppgift"
    koder = set(s.scalars(select(DelegerbarUppgift.kod)))
    kod, n = bas, 2
    while kod in koder:
        kod, n = f"{bas}_{n}", n + 1
    return kod


def lagg_till(databas: Databas, text: str) -> Uppgift:
    """A new task, last in the list, in use."""
    with databas.session() as s:
        rent = _kontrollera_namn(s, text)
        ordning = (s.scalar(select(func.max(DelegerbarUppgift.ordning))) or 0) + 1
        uppgift = DelegerbarUppgift(kod=_ny_kod(s, rent), namn=rent, aktiv=True, ordning=ordning)
        s.add(uppgift)
        s.flush()
        log.info("delegeringsuppgift %d tillagd", uppgift.id)
        return Uppgift(uppgift.kod, uppgift.namn, True)


def _hamta(s: Session, kod: str) -> DelegerbarUppgift:
    uppgift = s.scalar(select(DelegerbarUppgift).where(DelegerbarUppgift.kod == kod))
    if uppgift is None:
        raise OgiltigUppgift(f"Delegeringsuppgiften {kod} finns inte i katalogen.", "uppgift")
    return uppgift


def byt_namn(databas: Databas, kod: str, text: str) -> Uppgift:
    with databas.session() as s:
        uppgift = _hamta(s, kod)
        uppgift.namn = _kontrollera_namn(s, text, utom=kod)
        return Uppgift(uppgift.kod, uppgift.namn, uppgift.aktiv)


def satt_aktiv(databas: Databas, kod: str, aktiv: bool) -> None:
    """Take a task out of use (no new decisions name it) or back into use."""
    with databas.session() as s:
        _hamta(s, kod).aktiv = aktiv
