"""Opening a database from the GUI: the service does the work in the background
(tjanster/databasfil.py: lock, key, backup, migration), this module asks for the
recovery key when the keyring cannot open the file (ui/nyckeldialog.py), offers the
newest whole backup when the file is damaged (ui/aterstallning.py), and shows every
typed error as a Swedish message (never a traceback)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from skrivbord import fel
from skrivbord.tjanster import databasfil
from skrivbord.tjanster.databasfil import OppenDatabas
from skrivbord.ui import aterstallning, bakgrund
from skrivbord.ui.nyckeldialog import AterstallningsDialog

__all__ = ["AterstallningsDialog", "Oppnad", "oppna", "visa_fel"]

log = logging.getLogger(__name__)

Oppnad = Callable[[OppenDatabas | None], None]


def visa_fel(foralder: QWidget | None, exc: fel.SkrivbordFel) -> None:
    QMessageBox.warning(
        foralder, QCoreApplication.translate("databasval", "Skrivbord"), exc.meddelande
    )


def oppna(foralder: QWidget | None, sokvag: Path, klar: Oppnad) -> None:
    """Open ``sokvag`` in the background with the keyring's key, asking for the
    recovery key when that is missing (or there is no keyring). ``klar`` gets the
    open database, or None when it could not be opened or the user gave up (the
    reason has been shown by then)."""
    sokvag = Path(sokvag)

    def misslyckades(exc: BaseException) -> bool:
        if databasfil.behover_aterstallningsnyckel(exc):
            assert isinstance(exc, fel.SkrivbordFel)
            dialog = AterstallningsDialog(sokvag, exc.meddelande, foralder)
            dialog.exec()
            if dialog.avbrott is not None:
                visa_fel(foralder, dialog.avbrott)
            klar(dialog.oppen)
            return True
        if isinstance(exc, fel.SkadadDatabas):
            log.info("databasen är skadad; en säkerhetskopia erbjuds")
            aterstallning.skadad_databas(
                foralder, sokvag, exc, lambda: oppna(foralder, sokvag, klar), lambda: klar(None)
            )
            return True
        if isinstance(exc, fel.SkrivbordFel):
            log.info("databasen kunde inte öppnas: %s", type(exc).__name__)
        klar(None)
        return False  # the default: a message box, or the crash handler

    bakgrund.kor(
        foralder,
        QCoreApplication.translate("databasval", "Öppnar databasen …"),
        databasfil.oppna(sokvag),
        klar,
        misslyckades,
    )
