"""Translation of the words that live outside the UI (enum labels), without Qt.

``N_("…")`` only marks a string for the translation catalogue (the catalogue script
extracts it into the context ``ETIKETTER``); ``oversatt`` looks it up when shown.
The GUI installs Qt's translator at start (ui/app.py); the CLI and the reports use
the Swedish source text as it is.
"""

from __future__ import annotations

from collections.abc import Callable

ETIKETTER = "Etiketter"  # the catalogue context of every N_ string

_oversattare: Callable[[str, str], str] | None = None


def N_(text: str) -> str:  # noqa: N802 - gettext's name for a no-op marker
    return text


def anvand(oversattare: Callable[[str, str], str] | None) -> None:
    """Translate through ``oversattare(kontext, text)`` from now on (None: Swedish)."""
    global _oversattare
    _oversattare = oversattare


def oversatt(text: str) -> str:
    return text if _oversattare is None else _oversattare(ETIKETTER, text)
