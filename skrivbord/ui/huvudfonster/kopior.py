"""The backups the main window makes: Arkiv → Säkerhetskopiera nu, and the day's
automatic copy when the window closes. Both run on the worker thread (``bakgrund.kor``);
every text is in the window's translation context."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QWidget

from skrivbord import fel
from skrivbord.ui import bakgrund, installningar

if TYPE_CHECKING:
    from skrivbord.tjanster.databasfil import OppenDatabas

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Huvudfonster", text)


def kopiera_nu(fonster: QMainWindow, oppen: OppenDatabas) -> None:
    """A copy now; the status bar names it when it is saved."""
    from skrivbord.tjanster import databasfil

    def klar(kopia: object) -> None:
        fonster.statusBar().showMessage(
            _tr("Säkerhetskopian är sparad: {namn}").format(namn=Path(str(kopia)).name),
            8000,
        )

    bakgrund.kor(
        fonster,
        _tr("Säkerhetskopierar …"),
        databasfil.sakerhetskopiera(oppen, "manuell"),
        klar,
    )


def kopia_vid_stangning(
    foralder: QWidget, oppen: OppenDatabas | None, efterat: Callable[[], None]
) -> bakgrund.Bakgrundsjobb | None:
    """Start the day's automatic copy if one is due (``efterat`` runs when it is
    done, whatever happened); None when none is due. A failure is logged, never
    allowed to stop the window closing."""
    from skrivbord.tjanster import databasfil

    if (
        oppen is None
        or not installningar.sakerhetskopiera_vid_stangning()
        or not databasfil.kopia_vid_stangning_behovs(oppen)
    ):
        return None

    def misslyckades(exc: BaseException) -> bool:
        log.warning("säkerhetskopian vid stängning misslyckades (%s)", type(exc).__name__)
        efterat()
        return isinstance(exc, fel.SkrivbordFel | bakgrund.Avbrutet)

    return bakgrund.kor(
        foralder,
        _tr("Säkerhetskopierar före stängning …"),
        databasfil.sakerhetskopiera(oppen, "stangning"),
        lambda _kopia: efterat(),
        misslyckades,
    )
