"""Risk assessment as in Socialstyrelsen's handbook: konsekvens × sannolikhet (1–4 each)."""

from __future__ import annotations

from dataclasses import dataclass

RISK_KONSEKVENS = {1: "Mindre", 2: "Måttlig", 3: "Betydande", 4: "Katastrofal"}
RISK_SANNOLIKHET = {1: "Mycket liten", 2: "Liten", 3: "Stor", 4: "Mycket stor"}

# A score this high, or a konsekvens of betydande/katastrofal, needs the MAS's decision
# on a händelseanalys and on lex Maria.
MAS_GRANS_POANG = 8
MAS_GRANS_KONSEKVENS = 3


@dataclass(frozen=True)
class Riskniva:
    namn: str
    farg: str  # hex, for the UI and PDFs


LAG = Riskniva("Låg risk", "#3a8f4b")
MATTLIG = Riskniva("Måttlig risk", "#c9a227")
HOG = Riskniva("Hög risk", "#d9731a")
MYCKET_HOG = Riskniva("Mycket hög risk", "#b3261e")


def poang(konsekvens: int | None, sannolikhet: int | None) -> int | None:
    if konsekvens is None or sannolikhet is None:
        return None
    return konsekvens * sannolikhet


def niva(riskpoang: int) -> Riskniva:
    if riskpoang <= 3:
        return LAG
    if riskpoang <= 6:
        return MATTLIG
    if riskpoang <= 9:
        return HOG
    return MYCKET_HOG


def kraver_mas_beslut(konsekvens: int | None, sannolikhet: int | None) -> bool:
    riskpoang = poang(konsekvens, sannolikhet)
    return (riskpoang is not None and riskpoang >= MAS_GRANS_POANG) or (
        konsekvens is not None and konsekvens >= MAS_GRANS_KONSEKVENS
    )
