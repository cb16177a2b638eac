"""The settings as the window uses them, over the declared keys of
skrivbord/installningar.py: the recently used databases, the backup choices, the
window's geometry, and moving the settings of earlier versions (a QSettings ini file)
over once at start.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from skrivbord import installningar, sokvagar

log = logging.getLogger(__name__)

MAX_SENASTE = 8
GAMMAL_INIFIL = "skrivbord.ini"


# --- recently used databases ----------------------------------------------------------------


def senaste() -> list[Path]:
    """Recently used databases that still exist, most recent first (at most MAX_SENASTE)."""
    lista = installningar.lasa(installningar.SENASTE_DATABASER)
    return [Path(p) for p in lista if Path(p).is_file()][:MAX_SENASTE]


def anvand(sokvag: Path) -> None:
    """Put ``sokvag`` first in the recent list (dropping files that no longer exist)."""
    sokvag = Path(sokvag).absolute()

    def forst(lista: list[str]) -> list[str]:
        kvar = [Path(p) for p in lista if Path(p).is_file()]
        kvar = [p for p in kvar if p.resolve() != sokvag.resolve()]
        return [str(p) for p in [sokvag, *kvar][:MAX_SENASTE]]

    installningar.andra(installningar.SENASTE_DATABASER, forst)


def glom(sokvag: Path) -> None:
    """Drop one file from the recent list (it could not be opened)."""
    sokvag = Path(sokvag).resolve()
    installningar.andra(
        installningar.SENASTE_DATABASER,
        lambda lista: [p for p in lista if Path(p).resolve() != sokvag],
    )


def rensa_senaste() -> None:
    installningar.spara(installningar.SENASTE_DATABASER, [])


def senaste_databas() -> Path | None:
    lista = senaste()
    return lista[0] if lista else None


# --- backups --------------------------------------------------------------------------------------


def sakerhetskopiera_vid_stangning() -> bool:
    return installningar.lasa(installningar.KOPIA_VID_STANGNING)


def satt_sakerhetskopiera_vid_stangning(varde: bool) -> None:
    installningar.spara(installningar.KOPIA_VID_STANGNING, bool(varde))


# --- the main window ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Fonsterlage:
    """What restoreGeometry/restoreState take (empty when nothing is saved) and the page."""

    geometri: QByteArray
    tillstand: QByteArray
    sida: int


def lasa_fonsterlage() -> Fonsterlage:
    return Fonsterlage(
        QByteArray(installningar.lasa(installningar.FONSTER_GEOMETRI)),
        QByteArray(installningar.lasa(installningar.FONSTER_TILLSTAND)),
        installningar.lasa(installningar.FONSTER_SIDA),
    )


def spara_fonsterlage(geometri: QByteArray, tillstand: QByteArray, sida: int | None) -> None:
    """``sida`` None keeps the saved page (no database open, no page shown)."""
    varden: dict[installningar.Installning, object] = {
        installningar.FONSTER_GEOMETRI: bytes(geometri.data()),
        installningar.FONSTER_TILLSTAND: bytes(tillstand.data()),
    }
    if sida is not None:
        varden[installningar.FONSTER_SIDA] = sida
    installningar.spara_flera(varden)


# --- settings of earlier versions -------------------------------------------------------------


def flytta_gamla_installningar() -> bool:
    """At the first start of this version: move what skrivbord.ini (QSettings, up to
    now) and senaste_importmappning.json held into the settings file, then rename
    them ``*.flyttad``. True when something was moved.

    The ini used the same key names as the declared settings, so every declared key
    it holds is taken over; values Qt cannot turn into the declared type are skipped.
    Runs only while the new file does not exist, so it happens once.
    """
    if installningar.finns():
        return False
    mapp = sokvagar.installningsmapp()
    ini = mapp / GAMMAL_INIFIL
    flyttat = False
    if ini.is_file():
        varden = _lasa_ini(ini)
        installningar.spara_flera(varden)
        installningar.flytta_undan(ini)
        log.info("inställningarna flyttades från %s (%d värden)", GAMMAL_INIFIL, len(varden))
        flyttat = True
    # Only here (once, at start): the import service and SQLAlchemy load late.
    from skrivbord.tjanster.avvikelser import import_mappning

    return import_mappning.flytta_gammal_senaste_mappning() or flyttat


def _lasa_ini(ini: Path) -> dict[installningar.Installning, object]:
    gamla = QSettings(str(ini), QSettings.Format.IniFormat)
    varden: dict[installningar.Installning, object] = {}
    for installning in installningar.ALLA.values():
        if not gamla.contains(installning.nyckel):
            continue
        try:
            varde = _fran_qsettings(gamla, installning)
        except (TypeError, ValueError):
            varde = None
        if varde is None:
            log.warning("%s i %s hoppades över (fel typ)", installning.nyckel, GAMMAL_INIFIL)
        else:
            varden[installning] = varde
    return varden


def _fran_qsettings(gamla: QSettings, installning: installningar.Installning) -> object:
    typ = installning.typ
    if typ is bytes:
        varde = gamla.value(installning.nyckel)
        return bytes(varde.data()) if isinstance(varde, QByteArray) else None
    if typ is list:
        varde = gamla.value(installning.nyckel, [])
        if isinstance(varde, str):  # QSettings returns a lone value as a string
            return [varde] if varde else []
        return [str(v) for v in varde] if isinstance(varde, list) else None
    if typ in (bool, int, str):
        return typ(gamla.value(installning.nyckel, type=typ))
    return None  # dicts were never kept in the ini
