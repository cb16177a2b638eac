"""The codes the aggregate uses for each dimension, and their Swedish names for the PDF
and the preview. Every list is complete (a code with no case is a published 0), so 290
kommuner's exports have the same rows and merge (DESIGN §6 "Local terms, national
codes"). Values that are not recorded get ``ej_angiven``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Protocol

from skrivbord.rapporter.aggregat.underlag import RUBRIKER as RUBRIKER
from skrivbord.tjanster import standarddata
from skrivbord.typer import Enhetstyp, Konsekvens, Motpart, Orsaksomrade, Overenskommelse, Riktning

EJ_ANGIVEN = "ej_angiven"
ANNAT = "annat"
KONSEKVENSKODER = ("ingen_skada", "lindrig", "mattlig", "allvarlig", "dodsfall")
KODLISTVERSION = "1"


@cache
def _kategorier() -> dict[str, str]:
    return {k["kod"]: k["namn"] for k in standarddata.avvikelsekategorier()}


def kategorikod(lokal_kod: str) -> str:
    """A category's national code: its own when it is one of the standard list's, else
    ``annat`` until it is mapped."""
    return lokal_kod if lokal_kod in _kategorier() else ANNAT


def konsekvenskod(varde: int) -> str:
    return KONSEKVENSKODER[Konsekvens(varde).value]


class _Etiketterad(Protocol):
    @property
    def etikett(self) -> str: ...


_ENUMLISTOR: dict[str, Callable[[str], _Etiketterad]] = {
    "enhetstyp": Enhetstyp,
    "motpart": Motpart,
    "riktning": Riktning,
    "overenskommelse": Overenskommelse,
    "orsaksomrade": Orsaksomrade,
}
_ENUMKLASSER: dict[str, tuple[str, ...]] = {
    "enhetstyp": tuple(v.value for v in Enhetstyp),
    "motpart": tuple(v.value for v in Motpart),
    "riktning": tuple(v.value for v in Riktning),
    "overenskommelse": tuple(v.value for v in Overenskommelse),
    "orsaksomrade": tuple(v.value for v in Orsaksomrade),
}
_MED_EJ_ANGIVEN = frozenset({"motpart", "riktning", "overenskommelse"})


def koder(lista: str) -> tuple[str, ...]:
    """Every code of a dimension, in the order the tables show them."""
    if lista == "kategori":
        return tuple(_kategorier())
    if lista == "konsekvens":
        return KONSEKVENSKODER
    if lista == "mellan_vardgivare":
        return ("ja", "nej")
    if lista == "lex_maria":
        return ("anmald",)
    varden = _ENUMKLASSER[lista]
    return (*varden, EJ_ANGIVEN) if lista in _MED_EJ_ANGIVEN else varden


def namn(lista: str, kod: str) -> str:
    """The Swedish name of a code, for people (the files carry the code)."""
    if kod == EJ_ANGIVEN:
        return "Ej angiven"
    if kod == "totalt":
        return "Totalt"
    if lista == "kategori":
        return _kategorier().get(kod, kod)
    if lista == "konsekvens":
        return Konsekvens(KONSEKVENSKODER.index(kod)).etikett
    if lista == "mellan_vardgivare":
        return {"ja": "Ja", "nej": "Nej"}[kod]
    if lista == "lex_maria":
        return "Anmälda till IVO"
    return _ENUMLISTOR[lista](kod).etikett
