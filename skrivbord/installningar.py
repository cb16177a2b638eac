"""The app's settings: every key declared once, with its default and type, stored in
one JSON file in the settings folder.

Only preferences and file paths live here: never a key, never database content.
Qt-free, so the services and the CLI may read and write settings too; a lock makes
it safe to call from the background worker. The file is read on every call (it is
tiny) so another home folder (SKRIVBORD_HEM in tests) is picked up at once, and it is
replaced atomically, so a crash never leaves half a file behind.

A missing file means the defaults. A damaged file also means the defaults: it is
moved aside as ``installningar.json.trasig`` (for support to look at) and the next
save writes a whole new file. A value of the wrong type is ignored for that key
only. Log lines name the problem, never the contents.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import copy
import json
import logging
import os
import tempfile
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from skrivbord import sokvagar

log = logging.getLogger(__name__)

FILNAMN = "installningar.json"
FORMAT = "skrivbord-installningar"
VERSION = 1
TRASIG_SUFFIX = ".trasig"
FLYTTAD_SUFFIX = ".flyttad"

T = TypeVar("T")

# The types a setting may have; bytes (Qt's saveGeometry/saveState) are stored as base64.
TYPER = (bool, int, str, list, dict, bytes)


def _har_typ(varde: object, typ: type) -> bool:
    if typ is int:
        return isinstance(varde, int) and not isinstance(varde, bool)
    if typ is list:
        return isinstance(varde, list) and all(isinstance(v, str) for v in varde)
    return isinstance(varde, typ)


@dataclass(frozen=True)
class Installning(Generic[T]):
    """One setting. ``standard`` is returned while nothing (or nothing valid) is stored;
    a standard of None makes the setting optional. Lists hold text (file paths)."""

    nyckel: str
    standard: T = field(compare=False)
    typ: type

    def __post_init__(self) -> None:
        if self.typ not in TYPER:
            raise TypeError(f"{self.nyckel}: typen {self.typ.__name__} kan inte sparas")
        if self.standard is not None and not _har_typ(self.standard, self.typ):
            raise TypeError(f"{self.nyckel}: standardvärdet har fel typ")


# --- every setting the app has ----------------------------------------------------------------

SENASTE_DATABASER: Installning[list[str]] = Installning("databaser/senaste", [], list)
KOPIA_VID_STANGNING: Installning[bool] = Installning("sakerhetskopior/vid_stangning", True, bool)
# The folder for backups ("" = sakerhetskopior/ in the data folder), and how many are
# kept: the newest per day, ISO week and month (tjanster/sakerhetskopior.py clamps them).
KOPIEMAPP: Installning[str] = Installning("sakerhetskopior/mapp", "", str)
KOPIOR_DAGAR: Installning[int] = Installning("sakerhetskopior/dagar", 7, int)
KOPIOR_VECKOR: Installning[int] = Installning("sakerhetskopior/veckor", 4, int)
KOPIOR_MANADER: Installning[int] = Installning("sakerhetskopior/manader", 12, int)
FONSTER_GEOMETRI: Installning[bytes] = Installning("fonster/geometri", b"", bytes)
FONSTER_TILLSTAND: Installning[bytes] = Installning("fonster/tillstand", b"", bytes)
FONSTER_SIDA: Installning[int] = Installning("fonster/sida", 0, int)
SENASTE_ENHET: Installning[int | None] = Installning("avvikelse/senaste_enhet", None, int)
SENASTE_ROLL: Installning[str] = Installning("avvikelse/senaste_roll", "", str)
GENOMGANG_ENHET: Installning[int | None] = Installning("veckogenomgang/senaste_enhet", None, int)
# The unit Översikt shows (None: the whole kommun): an enhetschef's laptop opens on hers.
OVERSIKT_ENHET: Installning[int | None] = Installning("oversikt/enhet", None, int)
# The last column choices, and per file layout (a hash of the header row) the whole
# mapping: header names, fixed values and value maps of units, categories and other
# closed-set values (import_mappning.kom_ihag_mappning); never a row's other data.
SENASTE_IMPORTMAPPNING: Installning[dict] = Installning("import/senaste_mappning", {}, dict)

ALLA: dict[str, Installning[Any]] = {
    i.nyckel: i
    for i in (
        SENASTE_DATABASER,
        KOPIA_VID_STANGNING,
        KOPIEMAPP,
        KOPIOR_DAGAR,
        KOPIOR_VECKOR,
        KOPIOR_MANADER,
        FONSTER_GEOMETRI,
        FONSTER_TILLSTAND,
        FONSTER_SIDA,
        SENASTE_ENHET,
        SENASTE_ROLL,
        GENOMGANG_ENHET,
        OVERSIKT_ENHET,
        SENASTE_IMPORTMAPPNING,
    )
}

# Reentrant: andra() reads and writes under one hold.
_las = threading.RLock()


def sokvag() -> Path:
    return sokvagar.installningsmapp() / FILNAMN


def finns() -> bool:
    """Whether the settings file exists (false before the first save, e.g. first start)."""
    return sokvag().is_file()


# --- reading and writing ------------------------------------------------------------------


def lasa(installning: Installning[T]) -> T:
    """The stored value, or the default when there is none or it has the wrong type."""
    _kontrollera_deklarerad(installning)
    with _las:
        varden = _lasa_fil()
    return _tolka(installning, varden.get(installning.nyckel))


def spara(installning: Installning[T], varde: T | None) -> None:
    """Store one value (None goes back to the default)."""
    spara_flera({installning: varde})


def spara_flera(varden: Mapping[Installning[Any], object]) -> None:
    """Store several values in one write (e.g. the window's geometry and state)."""
    nya = {i.nyckel: _som_json(i, v) for i, v in varden.items()}
    with _las:
        lagrade = _lasa_fil()  # keys of a newer version are kept, not dropped
        lagrade.update(nya)
        _skriv_fil({k: v for k, v in lagrade.items() if v is not None})


def andra(installning: Installning[T], funktion: Callable[[T], T]) -> T:
    """Read, change and store one value under the lock (no lost update between threads)."""
    _kontrollera_deklarerad(installning)
    with _las:
        nytt = funktion(lasa(installning))
        spara(installning, nytt)
    return nytt


def flytta_undan(gammal: Path) -> None:
    """Rename a settings file of an earlier version to ``<namn>.flyttad`` once its
    values are moved here (kept, not deleted, in case the user goes back)."""
    try:
        os.replace(gammal, gammal.with_name(gammal.name + FLYTTAD_SUFFIX))
    except OSError as exc:
        log.warning("%s kunde inte döpas om (%s)", gammal.name, type(exc).__name__)


# --- the file -------------------------------------------------------------------------------------


def _kontrollera_deklarerad(installning: Installning[Any]) -> None:
    # Every key is declared above; an ad hoc key would bypass the list of what is stored.
    if ALLA.get(installning.nyckel) is not installning:
        raise KeyError(f"{installning.nyckel} är ingen deklarerad inställning")


def _som_json(installning: Installning[Any], varde: object) -> object:
    _kontrollera_deklarerad(installning)
    if varde is None:
        return None
    if installning.typ is list and isinstance(varde, list | tuple):
        varde = [os.fspath(v) for v in varde]  # paths are stored as text
    if not _har_typ(varde, installning.typ):
        raise TypeError(f"{installning.nyckel} ska vara {installning.typ.__name__}")
    if installning.typ is bytes:
        return base64.b64encode(varde).decode("ascii")  # type: ignore[arg-type]
    return copy.deepcopy(varde)


def _tolka(installning: Installning[T], varde: object) -> T:
    if varde is None:
        return copy.deepcopy(installning.standard)
    if installning.typ is bytes and isinstance(varde, str):
        try:
            return base64.b64decode(varde, validate=True)  # type: ignore[return-value]
        except (binascii.Error, ValueError):
            pass
    elif _har_typ(varde, installning.typ):
        return varde  # type: ignore[return-value]
    log.warning("inställningen %s har fel typ; standardvärdet används", installning.nyckel)
    return copy.deepcopy(installning.standard)


def _lasa_fil() -> dict[str, object]:
    fil = sokvag()
    try:
        text = fil.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        if isinstance(exc, OSError):
            # Perhaps only for now (locked by a virus scanner): leave the file alone.
            log.warning("inställningsfilen kunde inte läsas (%s)", type(exc).__name__)
            return {}
        return _trasig(fil, type(exc).__name__)
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return _trasig(fil, "ingen giltig JSON")
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return _trasig(fil, "okänt format")
    varden = data.get("varden")
    if not isinstance(varden, dict):
        return _trasig(fil, "inga värden")
    return varden


def _trasig(fil: Path, orsak: str) -> dict[str, object]:
    """Keep a damaged file aside (replacing an earlier one) and go on with the defaults."""
    log.warning("inställningsfilen är skadad (%s); standardvärdena används", orsak)
    try:
        os.replace(fil, fil.with_name(fil.name + TRASIG_SUFFIX))
    except OSError as exc:
        log.warning("den skadade inställningsfilen kunde inte flyttas (%s)", type(exc).__name__)
    return {}


def _skriv_fil(varden: dict[str, object]) -> None:
    """Write the whole file through a temporary file in the same folder and os.replace,
    so readers see the old file or the new one, never a part. A failure is logged and
    the old file stays: a lost preference must not stop the app (closing, for one)."""
    fil = sokvag()
    text = json.dumps(
        {"format": FORMAT, "version": VERSION, "varden": varden},
        ensure_ascii=False,
        indent=2,
        sort_keys=True,
    )
    tillfallig: str | None = None
    try:
        # mkstemp creates the file readable and writable by the owner only (POSIX).
        fd, tillfallig = tempfile.mkstemp(prefix=f".{FILNAMN}.", suffix=".skrivs", dir=fil.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as ut:
            ut.write(text + "\n")
            ut.flush()
            os.fsync(ut.fileno())
        os.replace(tillfallig, fil)
        tillfallig = None
    except OSError as exc:
        log.warning("inställningarna kunde inte sparas (%s)", type(exc).__name__)
    finally:
        if tillfallig is not None:
            with contextlib.suppress(OSError):
                os.unlink(tillfallig)
