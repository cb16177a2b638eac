"""What the first-start wizard's pages share: the page ids and the wizard as a page
sees it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from skrivbord.tjanster.databasfil import NyDatabas, OppenDatabas

START, KOMMUN, ENHETER, PLATS, NYCKEL = range(5)


class Guiden(Protocol):
    """What a page asks of the wizard (``forsta_start.ForstaStartGuide``)."""

    resultat: OppenDatabas | None
    skapad: NyDatabas | None
    kommunnamn: str

    def skapa_ny(self, sokvag: Path) -> None: ...

    def skapa_demo(self) -> None: ...

    def oppna_befintlig(self, sokvag: Path) -> None: ...
