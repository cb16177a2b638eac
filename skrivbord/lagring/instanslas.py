"""A lock so two app instances never write the same database at once.

Beside the database sits ``<fil>.las``. The holder keeps an OS lock on it for as
long as it runs; the OS drops that lock when the process dies, so a lock file
left by a crash is recognised as stale and taken over. The file holds only the
process id, the computer's name and a time: nothing about the database content.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from datetime import datetime
from pathlib import Path
from typing import IO

from skrivbord import fel

# sys.platform rather than os.name: mypy checks only the branch of the platform it runs for.
if sys.platform == "win32":
    import msvcrt

    def _ta(fil: IO[bytes]) -> bool:
        try:
            fil.seek(0)
            msvcrt.locking(fil.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _slapp(fil: IO[bytes]) -> None:
        with contextlib.suppress(OSError):
            fil.seek(0)
            msvcrt.locking(fil.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _ta(fil: IO[bytes]) -> bool:
        try:
            fcntl.flock(fil.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _slapp(fil: IO[bytes]) -> None:
        fcntl.flock(fil.fileno(), fcntl.LOCK_UN)


def lasfil_for(databas: Path) -> Path:
    return databas.with_name(databas.name + ".las")


class Instanslas:
    """Hold with ``with Instanslas(path):`` or ``tag()``/``slapp()``."""

    def __init__(self, databas: Path) -> None:
        self.databas = Path(databas)
        self.sokvag = lasfil_for(self.databas)
        self._fil: IO[bytes] | None = None
        self.tog_over_gammalt_las = False

    def tag(self) -> None:
        """Take the lock or raise DatabasLast naming the other holder."""
        try:
            fil = open(self.sokvag, "a+b")  # noqa: SIM115 - held open while locked
        except PermissionError:
            raise fel.SkrivskyddadDatabas(self.databas) from None
        if not _ta(fil):
            fil.seek(0)
            vem = _beskriv(fil.read())
            fil.close()
            raise fel.DatabasLast(self.databas, vem)
        fil.seek(0)
        self.tog_over_gammalt_las = bool(fil.read().strip())
        # Byte 0 is the one locked on Windows; the info is written after it.
        fil.seek(0)
        fil.truncate()
        info = {"pid": os.getpid(), "dator": socket.gethostname(), "sedan": _nu()}
        fil.write(b" " + json.dumps(info).encode())
        fil.flush()
        self._fil = fil

    def slapp(self) -> None:
        if self._fil is None:
            return
        fil, self._fil = self._fil, None
        with contextlib.suppress(OSError):
            fil.seek(0)
            fil.truncate()
        _slapp(fil)
        fil.close()
        with contextlib.suppress(OSError):
            self.sokvag.unlink()

    def __enter__(self) -> Instanslas:
        self.tag()
        return self

    def __exit__(self, *_: object) -> None:
        self.slapp()


def _nu() -> str:
    return datetime.now().isoformat(timespec="minutes")


def _beskriv(innehall: bytes) -> str:
    try:
        info = json.loads(innehall.strip() or b"{}")
    except (ValueError, RecursionError):
        return ""
    if not isinstance(info, dict) or not info:
        return ""
    return f"på datorn {info.get('dator', '?')} sedan {info.get('sedan', '?')}"
