"""The app's settings (QSettings in an ini file in the settings folder) and the
recently used databases."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from skrivbord import sokvagar

MAX_SENASTE = 8


def installningar() -> QSettings:
    return QSettings(str(sokvagar.installningsmapp() / "skrivbord.ini"), QSettings.Format.IniFormat)


def senaste() -> list[Path]:
    """Recently used databases that still exist, most recent first."""
    varde = installningar().value("databaser/senaste", [])
    if isinstance(varde, str):  # QSettings returns a lone value as a string
        varde = [varde]
    return [Path(p) for p in varde or [] if Path(p).exists()]


def anvand(sokvag: Path) -> None:
    lista = [p for p in senaste() if p.resolve() != sokvag.resolve()]
    lista.insert(0, sokvag)
    installningar().setValue("databaser/senaste", [str(p) for p in lista[:MAX_SENASTE]])


def rensa_senaste() -> None:
    installningar().setValue("databaser/senaste", [])


def senaste_databas() -> Path | None:
    lista = senaste()
    return lista[0] if lista else None


def sakerhetskopiera_vid_stangning() -> bool:
    return installningar().value("sakerhetskopior/vid_stangning", True, type=bool)


def satt_sakerhetskopiera_vid_stangning(varde: bool) -> None:
    installningar().setValue("sakerhetskopior/vid_stangning", varde)
