"""The avvikelse taxonomy, editable by the MAS: rename, deactivate, add.

A category in use is never deleted (reports and history keep pointing at it);
it can be deactivated so it is no longer offered in the form.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Avvikelse, AvvikelseKategori
from skrivbord.resurser import lasa_json


@dataclass(frozen=True)
class Kategori:
    id: int
    kod: str
    namn: str
    aktiv: bool


def lista(databas: Databas, bara_aktiva: bool = False) -> list[Kategori]:
    fraga = select(AvvikelseKategori).order_by(AvvikelseKategori.ordning, AvvikelseKategori.id)
    if bara_aktiva:
        fraga = fraga.where(AvvikelseKategori.aktiv.is_(True))
    with databas.session() as session:
        return [Kategori(k.id, k.kod, k.namn, k.aktiv) for k in session.scalars(fraga)]


def _kod_for(namn: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", namn).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "_", ascii_).strip("_")[:40] or "kategori"


def lagg_till(databas: Databas, namn: str) -> Kategori:
    namn = namn.strip()
    if not namn:
        raise OgiltigUppgift("Skriv kategorins namn.")
    with databas.session() as session:
        if session.scalar(
            select(func.count())
            .select_from(AvvikelseKategori)
            .where(func.lower(AvvikelseKategori.namn) == namn.lower())
        ):
            raise OgiltigUppgift(f"Kategorin {namn} finns redan.")
        kod, n = _kod_for(namn), 2
        while session.scalar(select(AvvikelseKategori.id).where(AvvikelseKategori.kod == kod)):
            kod = f"{_kod_for(namn)[:36]}_{n}"
            n += 1
        ordning = session.scalar(select(func.max(AvvikelseKategori.ordning))) or 0
        kategori = AvvikelseKategori(kod=kod, namn=namn, ordning=ordning + 1)
        session.add(kategori)
        session.flush()
        return Kategori(kategori.id, kategori.kod, kategori.namn, kategori.aktiv)


def byt_namn(databas: Databas, kategori_id: int, namn: str) -> None:
    if not namn.strip():
        raise OgiltigUppgift("Skriv kategorins namn.")
    with databas.session() as session:
        _hamta(session, kategori_id).namn = namn.strip()


def satt_aktiv(databas: Databas, kategori_id: int, aktiv: bool) -> None:
    with databas.session() as session:
        _hamta(session, kategori_id).aktiv = aktiv


def ta_bort(databas: Databas, kategori_id: int) -> None:
    with databas.session() as session:
        kategori = _hamta(session, kategori_id)
        anvands = session.scalar(
            select(func.count()).select_from(Avvikelse).where(Avvikelse.kategori_id == kategori_id)
        )
        if anvands:
            raise OgiltigUppgift(
                f"Kategorin {kategori.namn} används av {anvands} avvikelser och kan inte tas "
                "bort. Inaktivera den i stället, så erbjuds den inte längre i formuläret."
            )
        session.delete(kategori)


def _hamta(session: Session, kategori_id: int) -> AvvikelseKategori:
    kategori = session.get(AvvikelseKategori, kategori_id)
    if kategori is None:
        raise OgiltigUppgift("Kategorin finns inte längre.")
    return kategori


def faltval() -> dict[str, Any]:
    """Choices for the category-specific form fields (resurser/data/avvikelsefalt.json)."""
    val: dict[str, Any] = lasa_json("data", "avvikelsefalt.json")
    return val
