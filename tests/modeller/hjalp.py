"""Small helpers for the model tests: read the file the way SQLite sees it."""

from __future__ import annotations

from skrivbord.lagring.databas import Databas


def rader(databas: Databas, sql: str, *parametrar: object) -> list[tuple]:
    """Rows straight from the raw connection (no ORM, no identity map)."""
    with databas.ra_anslutning() as anslutning:
        return anslutning.execute(sql, parametrar).fetchall()


def antal(databas: Databas, tabell: str, villkor: str = "1", *parametrar: object) -> int:
    return rader(databas, f"SELECT count(*) FROM {tabell} WHERE {villkor}", *parametrar)[0][0]
