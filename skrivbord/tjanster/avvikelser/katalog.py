"""A list the MAS keeps for avvikelser (the categories, the reasons for "Annat", the
agreements between caregivers): add, rename, deactivate, map to a national code; never
delete an entry in use.

Each list is a table of (id, kod, namn, ordning, aktiv[, nationell_kod]) referred to by
a column of ``avvikelse`` (by id, or by the never-changing kod). An entry in use is
never deleted, so reports and history keep pointing at it; deactivated, it is no longer
offered in the form. Where the list carries national codes (skrivbord/kodlista.py), a
new entry starts on "annat" until the MAS maps it (DESIGN "Local terms, national
codes").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from skrivbord import kodlista
from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Avvikelse


@dataclass(frozen=True)
class Post:
    id: int
    kod: str
    namn: str
    aktiv: bool
    nationell_kod: str | None = None


@dataclass(frozen=True)
class Katalog:
    """One list: its model, the avvikelse column pointing at it, and its words
    ("Kategorin"/"kategorins", "Skälet"/"skälets") for the messages."""

    modell: Any  # AvvikelseKategori, AnnatSkal or Overenskommelse (same columns)
    kolumn: Any  # the avvikelse column that refers to it
    bestamd: str  # "Kategorin"
    genitiv: str  # "kategorins"
    pronomen: str = "den"  # "den" (kategorin), "det" (skälet)
    kodlista: str | None = None  # the code list of its nationell_kod, if it has one
    via_kod: bool = False  # the avvikelse column holds the entry's kod, not its id
    kodlangd: int = 40  # the longest kod the referring column takes

    def _post(self, p: Any) -> Post:
        nationell = p.nationell_kod if self.kodlista else None
        return Post(p.id, p.kod, p.namn, p.aktiv, nationell)

    def lista(self, databas: Databas, bara_aktiva: bool = False) -> list[Post]:
        m = self.modell
        fraga = select(m).order_by(m.ordning, m.id)
        if bara_aktiva:
            fraga = fraga.where(m.aktiv.is_(True))
        with databas.session() as session:
            return [self._post(p) for p in session.scalars(fraga)]

    def lagg_till(self, databas: Databas, namn: str) -> Post:
        m, namn = self.modell, namn.strip()
        if not namn:
            raise OgiltigUppgift(f"Skriv {self.genitiv} namn.")
        with databas.session() as session:
            if session.scalar(
                select(func.count()).select_from(m).where(func.lower(m.namn) == namn.lower())
            ):
                raise OgiltigUppgift(f"{self.bestamd} {namn} finns redan.")
            bas = kod_for(namn)[: self.kodlangd]
            kod, n = bas, 2
            while session.scalar(select(m.id).where(m.kod == kod)):
                kod = f"{bas[: self.kodlangd - 4]}_{n}"
                n += 1
            ordning = session.scalar(select(func.max(m.ordning))) or 0
            post = m(kod=kod, namn=namn, ordning=ordning + 1)
            if self.kodlista:
                post.nationell_kod = kodlista.ANNAT  # until the MAS maps it
            session.add(post)
            session.flush()
            return self._post(post)

    def byt_namn(self, databas: Databas, post_id: int, namn: str) -> None:
        if not namn.strip():
            raise OgiltigUppgift(f"Skriv {self.genitiv} namn.")
        with databas.session() as session:
            self._hamta(session, post_id).namn = namn.strip()

    def satt_aktiv(self, databas: Databas, post_id: int, aktiv: bool) -> None:
        with databas.session() as session:
            self._hamta(session, post_id).aktiv = aktiv

    def satt_nationell_kod(self, databas: Databas, post_id: int, kod: str) -> None:
        """Map the entry to a code of the national code list."""
        if not self.kodlista:
            raise ValueError("listan har inga nationella koder")
        if not kodlista.finns(self.kodlista, kod):
            raise OgiltigUppgift(f"Koden {kod} finns inte i kodlistan {kodlista.version()}.")
        with databas.session() as session:
            self._hamta(session, post_id).nationell_kod = kod

    def ta_bort(self, databas: Databas, post_id: int) -> None:
        with databas.session() as session:
            post = self._hamta(session, post_id)
            referens = post.kod if self.via_kod else post_id
            anvands = session.scalar(
                select(func.count()).select_from(Avvikelse).where(self.kolumn == referens)
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
