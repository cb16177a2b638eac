"""What the table modules share during the bulk load: the raw connection, the calendar,
the seeded random streams, the insert helper and the progress count.

Rows are tuples of strings in SQLAlchemy's storage format ('YYYY-MM-DD HH:MM:SS.ffffff'
for DateTime, 'YYYY-MM-DD' for Date), written with raw ``executemany``.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

import sqlcipher3.dbapi2 as sqlcipher

from skrivbord.jobb import Framsteg
from skrivbord.tjanster.demodata.plan import Plan

# A row for executemany: the values in the INSERT's column order.
Rad = tuple[object, ...]

# The months a recurring check falls in (on the 10th), by frequency; weekly ones: Mondays.
_MANADER = {"manad": range(1, 13), "kvartal": (3, 6, 9, 12), "halvar": (5, 11), "ar": (10,)}


def tidpunkt(dag: str, minut: int = 0) -> str:
    """A DateTime column value: day ``dag`` (ISO) at ``minut`` minutes past midnight."""
    return f"{dag} {minut // 60:02d}:{minut % 60:02d}:00.000000"


class Laddning:
    """One bulk load: everything runs on ``con`` inside one transaction (skapa.py).

    Each table draws from its own random stream (``rng(namn)``), so a table's rows
    depend only on the seed, the plan and ``idag``, not on the order of the steps.
    """

    def __init__(
        self, con: sqlcipher.Connection, plan: Plan, ar: int, seed: int, idag: date
    ) -> None:
        self.con = con
        self.plan = plan
        self.seed = seed
        self.idag = idag
        self.start = date(idag.year - ar, 1, 1)
        self.idag_index = (idag - self.start).days
        # Day index 0 is the start; events and reports end yesterday.
        self.dagar = [(self.start + timedelta(i)).isoformat() for i in range(self.idag_index + 400)]
        self.antal: dict[str, int] = {}  # rows written per table, for the Andringslogg
        self.klart = 0
        self.totalt = 0

    def rng(self, namn: str) -> random.Random:
        return random.Random(f"{self.seed}:{namn}")

    def dag(self, d: date) -> str:
        """``d`` in ISO format (from the precomputed calendar where it covers it)."""
        return self.dagar[(d - self.start).days] if d >= self.start else d.isoformat()

    def datum_for(self, frekvens: str, till: date) -> list[date]:
        """The planned dates of a recurring check from the start up to ``till``."""
        if frekvens == "vecka":
            forsta = self.start - timedelta(self.start.weekday()) + timedelta(7)
            return [forsta + timedelta(7 * i) for i in range((till - forsta).days // 7 + 1)]
        return [
            date(ar, m, 10)
            for ar in range(self.start.year, till.year + 1)
            for m in _MANADER[frekvens]
            if self.start <= date(ar, m, 10) <= till
        ]

    def framsteg(self, text: str, steg: int = 0) -> Framsteg:
        self.klart += steg
        return Framsteg(min(self.klart, self.totalt), self.totalt, text)

    def infoga(self, tabell: str, kolumner: str, rader: Sequence[Rad]) -> None:
        """INSERT ``rader`` with one executemany.

        A column marked '?' takes '' for NULL, one marked '#' takes -1: binding None
        costs the driver a failed adapter lookup (~1 µs) per value, which dominated
        the load.
        """
        if not rader:
            return
        namn = [k.strip() for k in kolumner.split(",")]
        platser = ", ".join(
            "NULLIF(?, '')" if k.endswith("?") else "NULLIF(?, -1)" if k.endswith("#") else "?"
            for k in namn
        )
        kolumner = ", ".join(k.rstrip("?#") for k in namn)
        self.con.executemany(f"INSERT INTO {tabell} ({kolumner}) VALUES ({platser})", rader)
        self.antal[tabell] = self.antal.get(tabell, 0) + len(rader)
