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

from skrivbord import fel, installningar, sokvagar
from skrivbord.tjanster import serveranslutning
from skrivbord.tjanster.serveranslutning import ServerAdress, ar_serveradress

log = logging.getLogger(__name__)

MAX_SENASTE = 8
GAMMAL_INIFIL = "skrivbord.ini"


# --- recently used databases ----------------------------------------------------------------
# Files by their path, servers by their address (serveranslutning.ServerAdress: host,
# port, database, user, TLS mode and CA file; never a password) in one list.

Plats = Path | ServerAdress


def _tolka(text: str) -> Plats | None:
    """A stored entry: a file that still exists, a server address, or None."""
    if ar_serveradress(text):
        try:
            return serveranslutning.tolka(text)
        except fel.OgiltigUppgift:
            return None
    return Path(text) if Path(text).is_file() else None


def _samma(a: Plats, b: Plats) -> bool:
    if isinstance(a, ServerAdress) or isinstance(b, ServerAdress):
        return a == b
    return a.resolve() == b.resolve()


def senaste() -> list[Plats]:
    """Recently used databases (files that still exist, and servers), most recent first
    (at most MAX_SENASTE)."""
    lista = installningar.lasa(installningar.SENASTE_DATABASER)
    return [p for p in map(_tolka, lista) if p is not None][:MAX_SENASTE]


def anvand(plats: Plats) -> None:
    """Put ``plats`` first in the recent list (dropping files that no longer exist)."""
    if isinstance(plats, Path):
        plats = Path(plats).absolute()

    def forst(lista: list[str]) -> list[str]:
        kvar = [p for p in map(_tolka, lista) if p is not None and not _samma(p, plats)]
        return [str(p) for p in [plats, *kvar][:MAX_SENASTE]]

    installningar.andra(installningar.SENASTE_DATABASER, forst)


def glom(plats: Plats) -> None:
    """Drop one entry from the recent list (it could not be opened)."""

    def kvar(text: str) -> bool:
        if isinstance(plats, ServerAdress):
            return text != str(plats)
        return ar_serveradress(text) or Path(text).resolve() != Path(plats).resolve()

    installningar.andra(
        installningar.SENASTE_DATABASER, lambda lista: [t for t in lista if kvar(t)]
    )


def rensa_senaste() -> None:
    installningar.spara(installningar.SENASTE_DATABASER, [])


def senaste_databas() -> Plats | None:
    lista = senaste()
    return lista[0] if lista else None


def senaste_server() -> ServerAdress | None:
    """The last server used, to fill in the connect dialog."""
    return next((p for p in senaste() if isinstance(p, ServerAdress)), None)


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
