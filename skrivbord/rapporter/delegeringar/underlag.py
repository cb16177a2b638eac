"""What the delegation PDFs print, as plain data the service fills in (the reports
never ask the database). Labels are already Swedish text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Beslutsdata:
    id: int
    delegerad: str
    delegerad_roll: str
    delegerande: str
    delegerande_roll: str
    enheter: tuple[str, ...]
    uppgifter: tuple[str, ...]
    giltig_fran: date
    giltig_till: date
    utbildning_datum: date | None
    kunskapstest_datum: date | None
    kunskapstest: str  # "" when not recorded
    mas_informerad_datum: date | None
    villkor: str
    ersatter_id: int | None = None
    aterkallad: str = ""  # "2026-05-01: orsak (av vem)" when revoked


@dataclass(frozen=True)
class Registerrad:
    id: int
    delegerad: str
    roll: str
    uppgifter: tuple[str, ...]
    delegerande: str
    giltig_fran: date
    giltig_till: date
    lage: str
    varning: bool  # ending soon, ended, or the person inactive


@dataclass(frozen=True)
class Registerenhet:
    namn: str
    rader: tuple[Registerrad, ...]


@dataclass(frozen=True)
class Registerdata:
    utskriven: date
    urval: str  # "Alla enheter" or the unit's name
    enheter: tuple[Registerenhet, ...]
