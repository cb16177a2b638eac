"""First-start wizard: create the kommun's database (or open the demo database), then
show the recovery key once, with a way to save it as a PDF.

Pages: START (what to do) → KOMMUN → ENHETER → PLATS (creates the database; no way
back after it) → NYCKEL (the recovery key; cannot be left until the user confirms
having saved it). The demo goes from START straight to NYCKEL.

One module per page (``startsida``, ``kommunsida``, ``enhetsida``, ``platssida``,
``nyckelsida``); ``forsta_start`` is the wizard that holds them and creates or opens the
database; ``grund`` has the page ids and what a page asks of the wizard.
"""

from skrivbord.ui.guide.forsta_start import (
    DEMO_AR,
    DEMO_AVVIKELSER_PER_AR,
    DEMO_SEED,
    ForstaStartGuide,
)
from skrivbord.ui.guide.grund import ENHETER, KOMMUN, NYCKEL, PLATS, START
from skrivbord.ui.guide.nyckelsida import URKLIPP_TOMS_MS, nyckelrader

__all__ = [
    "DEMO_AR",
    "DEMO_AVVIKELSER_PER_AR",
    "DEMO_SEED",
    "ENHETER",
    "KOMMUN",
    "NYCKEL",
    "PLATS",
    "START",
    "URKLIPP_TOMS_MS",
    "ForstaStartGuide",
    "nyckelrader",
]
