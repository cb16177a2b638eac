"""A list the MAS keeps for avvikelser (the categories, the reasons for "Annat"):
add, rename, deactivate; never delete an entry in use.

Both lists are tables of (id, kod, namn, ordning, aktiv) referred to by a column of
``avvikelse``. An entry in use is never deleted, so reports and history keep pointing
at it; deactivated, it is no longer offered in the form.
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
from skrivbord.modeller import Avvikelse


@dataclass(frozen=True)
class Post:
    id: int
    kod: str
    namn: str
    aktiv: bool


@dataclass(frozen=True)
class Katalog:
    """One list: its model, the avvikelse column pointing at it, and its words
    ("Kategorin"/"kategorins", "Skälet"/"skälets") for the messages."""

    modell: Any  # AvvikelseKategori or AnnatSkal (same columns)
    kolumn: Any  # the avvikelse column that refers to it
    bestamd: str  # "Kategorin"
    genitiv: str  # "kategorins"
    pronomen: str = "den"  # "den" (kategorin), "det" (skälet)

    def lista(self, databas: Databas, bara_aktiva: bool = False) -> list[Post]:
        m = self.modell
        fraga = select(m).order_by(m.ordning, m.id)
        if bara_aktiva:
            fraga = fraga.where(m.aktiv.is_(True))
        with databas.session() as session:
            return [Post(p.id, p.kod, p.namn, p.aktiv) for p in session.scalars(fraga)]

    def lagg_till(self, databas: Databas, namn: str) -> Post:
        m, namn = self.modell, namn.strip()
        if not namn:
            raise OgiltigUppgift(f"Skriv {self.genitiv} namn.")
        with databas.session() as session:
            if session.scalar(
                select(func.count()).select_from(m).where(func.lower(m.namn) == namn.lower())
            ):
                raise OgiltigUppgift(f"{self.bestamd} {namn} finns redan.")
            kod, n = kod_for(namn), 2
            while session.scalar(select(m.id).where(m.kod == kod)):
                kod = f"{kod_for(namn)[:36]}_{n}"
                n += 1
            ordning = session.scalar(select(func.max(m.ordning))) or 0
            post = m(kod=kod, namn=namn, ordning=ordning + 1)
            session.add(post)
            session.flush()
            return Post(post.id, post.kod, post.namn, post.aktiv)

    def byt_namn(self, databas: Databas, post_id: int, namn: str) -> None:
        if not namn.strip():
            raise OgiltigUppgift(f"Skriv {self.genitiv} namn.")
        with databas.session() as session:
            self._hamta(session, post_id).namn = namn.strip()

    def satt_aktiv(self, databas: Databas, post_id: int, aktiv: bool) -> None:
        with databas.session() as session:
            self._hamta(session, post_id).aktiv = aktiv

    def ta_bort(self, databas: Databas, post_id: int) -> None:
        with databas.session() as session:
            post = self._hamta(session, post_id)
            anvands = session.scalar(
                select(func.count()).select_from(Avvikelse).where(self.kolumn == post_id)
            )
            if anvands:
                raise OgiltigUppgift(
                    f"{self.bestamd} {post.namn} används av {anvands} avvikelser och kan inte "
                    f"tas bort. Inaktivera {self.pronomen} i stället, så erbjuds {self.pronomen} inte "
                    "längre i formuläret."
                )
            session.delete(post)

    def _hamta(self, session: Session, post_id: int) -> Any:
        post = session.get(self.modell, post_id)
        if post is None:
            raise OgiltigUppgift(f"{self.bestamd} finns inte längre.")
        return post


def kod_for(namn: str) -> str:
    """A stable code from a name: ASCII, lower case, underscores."""
    ascii_ = unicodedata.normalize("NFKD", namn).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "_", ascii_).strip("_")[:40] or "post"
