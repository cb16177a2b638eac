"""The app's settings (QSettings in an ini file in the settings folder) and the
recently used databases.

Only preferences and file paths live here: never a key, never database content.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from skrivbord import sokvagar
from skrivbord.tjanster import databasfil

MAX_SENASTE = 8
_SENASTE = "databaser/senaste"
_VID_STANGNING = "sakerhetskopior/vid_stangning"
_BEHALL = "sakerhetskopior/behall"
# The backup service rotates to its own limit after each copy, so keeping more than
# that is not possible from here; fewer is.
BEHALL_MAX = databasfil.BEHALL_MAX


def installningar() -> QSettings:
    return QSettings(str(sokvagar.installningsmapp() / "skrivbord.ini"), QSettings.Format.IniFormat)


def _lista(varde: object) -> list[str]:
    if isinstance(varde, str):  # QSettings returns a lone value as a string
        return [varde] if varde else []
    return [str(v) for v in varde or []]  # type: ignore[union-attr]


def senaste() -> list[Path]:
    """Recently used databases that still exist, most recent first (at most MAX_SENASTE)."""
    return [Path(p) for p in _lista(installningar().value(_SENASTE, [])) if Path(p).is_file()][
        :MAX_SENASTE
    ]


def anvand(sokvag: Path) -> None:
    """Put ``sokvag`` first in the recent list (dropping files that no longer exist)."""
    sokvag = Path(sokvag).absolute()
    lista = [p for p in senaste() if p.resolve() != sokvag.resolve()]
    lista.insert(0, sokvag)
    installningar().setValue(_SENASTE, [str(p) for p in lista[:MAX_SENASTE]])


def glom(sokvag: Path) -> None:
    """Drop one file from the recent list (it could not be opened)."""
    sokvag = Path(sokvag).resolve()
    kvar = [p for p in _lista(installningar().value(_SENASTE, [])) if Path(p).resolve() != sokvag]
    installningar().setValue(_SENASTE, kvar)


def rensa_senaste() -> None:
    installningar().setValue(_SENASTE, [])


def senaste_databas() -> Path | None:
    lista = senaste()
    return lista[0] if lista else None


def sakerhetskopiera_vid_stangning() -> bool:
    return bool(installningar().value(_VID_STANGNING, True, type=bool))


def satt_sakerhetskopiera_vid_stangning(varde: bool) -> None:
    installningar().setValue(_VID_STANGNING, bool(varde))


def behall_antal_kopior() -> int:
    varde = installningar().value(_BEHALL, BEHALL_MAX, type=int)
    return max(1, min(BEHALL_MAX, int(varde)))


def satt_behall_antal_kopior(antal: int) -> None:
    installningar().setValue(_BEHALL, max(1, min(BEHALL_MAX, int(antal))))
