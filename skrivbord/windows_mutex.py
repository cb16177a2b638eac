"""The named mutex that tells the installer Skrivbord is running.

The GUI calls ``hall_mutex()`` once at start and keeps the result for the life of
the process; Windows releases the mutex when the process ends, however it ends.
The installer and uninstaller (packaging/skrivbord.nsi) check for it with
``OpenMutexW`` and refuse to replace or remove the program while it is held.
Elsewhere than on Windows this is a no-op.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass

log = logging.getLogger(__name__)

# Also written in packaging/skrivbord.nsi (tests/test_installer_indata.py compares them).
NAMN = "Local\\SkrivbordKor"
_ERROR_ALREADY_EXISTS = 183


@dataclass
class Mutex:
    """A held mutex. ``fanns_redan``: another Skrivbord process already held it."""

    handtag: int
    fanns_redan: bool

    def slapp(self) -> None:
        """Close the handle early (normally the process end does it)."""
        if self.handtag:
            _kernel32().CloseHandle(self.handtag)
            self.handtag = 0


_hallna: list[Mutex] = []  # kept alive for the life of the process


def _kernel32():  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.CreateMutexW.argtypes = [ctypes.c_void_p, wintypes.BOOL, wintypes.LPCWSTR]
    kernel32.CreateMutexW.restype = wintypes.HANDLE
    kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
    kernel32.CloseHandle.restype = wintypes.BOOL
    return kernel32


def hall_mutex() -> Mutex | None:
    """Create (or open) ``Local\\SkrivbordKor`` and hold it; None off Windows or on failure."""
    if sys.platform != "win32":
        return None
    import ctypes  # pragma: no cover - Windows only

    kernel32 = _kernel32()
    handtag = kernel32.CreateMutexW(None, False, NAMN)
    if not handtag:
        log.warning(
            "kunde inte skapa mutexen som visar att programmet körs (fel %s)",
            ctypes.get_last_error(),
        )
        return None
    mutex = Mutex(int(handtag), ctypes.get_last_error() == _ERROR_ALREADY_EXISTS)
    _hallna.append(mutex)
    return mutex
