"""The national code list (resurser/data/kodlista.json): the fixed codes that the
MAS's local terms map to, so that exports from many kommuner merge (DESIGN
"Local terms, national codes").

A local term (a category, an agreement, an egenkontroll area …) carries exactly one
code; a new local term starts on ``annat`` until the MAS maps it. A code is never
removed and never changes meaning; a new code means a new version.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from skrivbord.resurser import lasa_json

ANNAT = "annat"

LISTOR = (
    "kategori",
    "konsekvens",
    "motpart",
    "riktning",
    "overenskommelse",
    "orsaksomrade",
    "lakemedelssteg",
    "enhetstyp",
    "egenkontrollomrade",
)

# Konsekvens is stored as 0–4 (an IntEnum); these are its codes in order.
KONSEKVENSKODER = ("ingen_skada", "lindrig", "mattlig", "allvarlig", "dodsfall")


@dataclass(frozen=True)
class Kod:
    kod: str
    namn: str


@cache
def _fil() -> dict[str, Any]:
    data: dict[str, Any] = lasa_json("data", "kodlista.json")
    return data


def version() -> str:
    """The code list's version, written into every export beside the codes."""
    return str(_fil()["version"])


def koder(lista: str) -> tuple[Kod, ...]:
    try:
        poster = _fil()["listor"][lista]
    except KeyError:
        raise KeyError(f"Kodlistan har ingen lista {lista!r}") from None
    return tuple(Kod(p["kod"], p["namn"]) for p in poster)


def finns(lista: str, kod: str) -> bool:
    return any(k.kod == kod for k in koder(lista))


def namn(lista: str, kod: str) -> str:
    for k in koder(lista):
        if k.kod == kod:
            return k.namn
    raise KeyError(f"Koden {kod!r} finns inte i kodlistans lista {lista!r}")


def giltig_eller_annat(lista: str, kod: str | None) -> str:
    """The code itself if the list has it, else ``annat`` (a new local term)."""
    return kod if kod is not None and finns(lista, kod) else ANNAT


def konsekvenskod(konsekvens: int) -> str:
    return KONSEKVENSKODER[konsekvens]
