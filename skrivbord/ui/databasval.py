"""Opening a database from the GUI: the instance lock, the keyring, the recovery key,
and every typed error as a Swedish message (never a traceback)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from skrivbord import fel
from skrivbord.lagring import databas as lagring
from skrivbord.lagring import nyckelring
from skrivbord.lagring.instanslas import Instanslas
from skrivbord.ui.dialoger import AterstallningsDialog

log = logging.getLogger(__name__)


@dataclass
class OppenDatabas:
    """An open database and the instance lock held for it; ``stang`` releases both."""

    databas: lagring.Databas
    las: Instanslas

    def stang(self) -> None:
        try:
            self.databas.stang()
        finally:
            self.las.slapp()


def visa_fel(foralder: QWidget | None, exc: fel.SkrivbordFel) -> None:
    QMessageBox.warning(
        foralder, QCoreApplication.translate("databasval", "Skrivbord"), exc.meddelande
    )


def _oppna_med_nyckelringen(sokvag: Path, ring: nyckelring.Nyckelring) -> lagring.Databas:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return lagring.oppna(sokvag, ring)
    finally:
        QApplication.restoreOverrideCursor()


def oppna(foralder: QWidget | None, sokvag: Path) -> OppenDatabas | None:
    """Open ``sokvag`` with the keyring's key, asking for the recovery key when the key
    is missing (or there is no keyring). Every typed error becomes a message box.
    Returns None when the file could not be opened or the user gave up."""
    sokvag = Path(sokvag)
    las = Instanslas(sokvag)
    try:
        las.tag()
    except fel.SkrivbordFel as exc:
        visa_fel(foralder, exc)
        return None
    ring = nyckelring.aktuell()
    try:
        try:
            return OppenDatabas(_oppna_med_nyckelringen(sokvag, ring), las)
        except (fel.NyckelSaknas, fel.FelNyckel) as exc:
            orsak = exc.meddelande
            if not ring.tillganglig:
                orsak = QCoreApplication.translate(
                    "databasval",
                    "Den här datorn har ingen säker nyckelring, så databasens nyckel sparas "
                    "inte mellan gångerna. Skriv in återställningsnyckeln för att öppna den.",
                )
        dialog = AterstallningsDialog(sokvag, orsak, ring, foralder)
        dialog.exec()
        if dialog.databas is not None:
            return OppenDatabas(dialog.databas, las)
        las.slapp()
        if dialog.avbrott is not None:
            visa_fel(foralder, dialog.avbrott)
        return None
    except fel.SkrivbordFel as exc:
        las.slapp()
        log.info("databasen kunde inte öppnas: %s", type(exc).__name__)
        visa_fel(foralder, exc)
        return None
    except BaseException:
        las.slapp()
        raise
