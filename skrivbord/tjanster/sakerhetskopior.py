"""Where backups go and how many are kept, from the settings, and making one.

The user chooses the folder (Arkiv → Inställningar; a network drive or a USB stick
will do); without a choice it is ``sakerhetskopior/`` in the data folder. Each database
gets a subfolder named after its file. Rotation keeps the newest copy per day, ISO week
and month (7, 4 and 12 by default, lagring/sakerhetskopia.py). Every copy is verified
before it gets its name.

The GUI and the CLI reach this through tjanster/databasfil.py (an open database) and
tjanster/aterstallning.py (a file: the CLI's ``sakerhetskopia``, restoring).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from skrivbord import installningar, sokvagar
from skrivbord.lagring import sakerhetskopia
from skrivbord.lagring.databas import Databas
from skrivbord.lagring.sakerhetskopia import Kopia, Rotation

__all__ = ["GRANSER", "Kopia", "Rotation", "Val", "kopiemapp", "las_val", "skapa", "spara_val"]

log = logging.getLogger(__name__)

KOPIA_HOGST_VAR = timedelta(days=1)
# The lowest and highest number of copies per period the settings accept.
GRANSER = {"dagar": (1, 60), "veckor": (0, 104), "manader": (0, 120)}


@dataclass(frozen=True)
class Val:
    """The backup settings: the chosen folder (None: the default) and the rotation."""

    mapp: Path | None
    rotation: Rotation

    @property
    def standardmapp(self) -> Path:
        return sokvagar.sakerhetskopiemapp()

    @property
    def aktuell_mapp(self) -> Path:
        return self.mapp or self.standardmapp


def _inom(namn: str, varde: int) -> int:
    minst, mest = GRANSER[namn]
    return max(minst, min(mest, int(varde)))


def las_val() -> Val:
    text = installningar.lasa(installningar.KOPIEMAPP).strip()
    return Val(
        Path(text) if text else None,
        Rotation(
            _inom("dagar", installningar.lasa(installningar.KOPIOR_DAGAR)),
            _inom("veckor", installningar.lasa(installningar.KOPIOR_VECKOR)),
            _inom("manader", installningar.lasa(installningar.KOPIOR_MANADER)),
        ),
    )


def spara_val(mapp: Path | None, rotation: Rotation) -> None:
    installningar.spara_flera(
        {
            installningar.KOPIEMAPP: str(mapp) if mapp else "",
            installningar.KOPIOR_DAGAR: _inom("dagar", rotation.dagar),
            installningar.KOPIOR_VECKOR: _inom("veckor", rotation.veckor),
            installningar.KOPIOR_MANADER: _inom("manader", rotation.manader),
        }
    )


def kopiemapp(databas: Path, val: Val | None = None) -> Path:
    """The folder with ``databas``'s backups (it may not exist yet)."""
    return sakerhetskopia.kopiemapp(Path(databas), (val or las_val()).aktuell_mapp)


def skapa(databas: Databas, orsak: str, val: Val | None = None) -> Path:
    """A verified backup in the chosen folder, then rotation (lagring/sakerhetskopia.py)."""
    val = val or las_val()
    return sakerhetskopia.skapa(
        databas, kopiemapp(databas.sokvag, val), orsak=orsak, rotation=val.rotation
    )


def kopior(databas: Path, val: Val | None = None) -> list[Kopia]:
    """The backups of ``databas`` in the chosen folder, newest first."""
    return sakerhetskopia.kopior(kopiemapp(databas, val), Path(databas))


def kopia_behovs(databas: Path, nu: datetime | None = None) -> bool:
    """True when the newest backup is a day old or more (or there is none)."""
    befintliga = kopior(databas)
    if not befintliga:
        return True
    return (nu or datetime.now()) - befintliga[0].tid >= KOPIA_HOGST_VAR
