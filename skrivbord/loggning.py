"""Log to a rotating file in the log folder.

Log lines carry record ids and short technical facts, never names, personnummer
or free text (see DESIGN.md, habit 12).
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from skrivbord import sokvagar

LOGGFIL = "skrivbord.log"


def starta(niva: int = logging.INFO) -> Path:
    fil = sokvagar.loggmapp() / LOGGFIL
    rot = logging.getLogger()
    if not any(getattr(h, "skrivbord", False) for h in rot.handlers):
        hanterare = logging.handlers.RotatingFileHandler(
            fil, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        hanterare.skrivbord = True  # type: ignore[attr-defined]
        hanterare.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        rot.addHandler(hanterare)
    rot.setLevel(niva)
    return fil
