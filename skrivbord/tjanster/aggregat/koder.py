"""The codes the aggregate uses for each dimension, from the national code list
(skrivbord/kodlista.py, DESIGN §6 "Local terms, national codes"), and their Swedish
names for the PDF and the preview. Every list is complete (a code with no case is a
published 0), so 290 kommuner's exports have the same rows and merge.

Two codes are the export schema's own, not the code list's: ``ej_angiven`` for a
between-caregivers avvikelse whose counterpart, direction or agreement was never
recorded (not the same as ``annat``, a recorded local term not yet mapped), and
``totalt`` for a table's total.
"""

from __future__ import annotations

from skrivbord import kodlista
from skrivbord.rapporter.aggregat.underlag import RUBRIKER as RUBRIKER
from skrivbord.rapporter.aggregat.underlag import TOTALKOD

EJ_ANGIVEN = "ej_angiven"
ANNAT = kodlista.ANNAT
_MED_EJ_ANGIVEN = frozenset({"motpart", "riktning", "overenskommelse"})
_EGNA = {"mellan_vardgivare": ("ja", "nej"), "lex_maria": ("anmald",)}
_EGNA_NAMN = {"ja": "Ja", "nej": "Nej", "anmald": "Anmälda till IVO"}


def version() -> str:
    return kodlista.version()


def kod(lista: str, varde: str | None) -> str:
    """A stored value as its code: itself when the list has it, ``ej_angiven`` when
    nothing was recorded (where that can happen), else ``annat``."""
    if not varde and lista in _MED_EJ_ANGIVEN:
        return EJ_ANGIVEN
    return kodlista.giltig_eller_annat(lista, varde)


def konsekvenskod(varde: int) -> str:
    return kodlista.konsekvenskod(varde)


def koder(lista: str) -> tuple[str, ...]:
    """Every code of a dimension, in the order the tables show them."""
    if lista in _EGNA:
        return _EGNA[lista]
    varden = tuple(k.kod for k in kodlista.koder(lista))
    return (*varden, EJ_ANGIVEN) if lista in _MED_EJ_ANGIVEN else varden


def namn(lista: str, kod: str) -> str:
    """The Swedish name of a code, for people (the files carry the code)."""
    if kod == EJ_ANGIVEN:
        return "Ej angiven"
    if kod == TOTALKOD:
        return "Totalt"
    if lista in _EGNA:
        return _EGNA_NAMN[kod]
    return kodlista.namn(lista, kod)
