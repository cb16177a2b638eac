"""Opening a database from the GUI: the instance lock, the keyring, the recovery key,
and every typed error as a Swedish message (never a traceback)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from skrivbord.lagring import databas as lagring
from skrivbord.lagring import fel, nyckelring
from skrivbord.lagring.las import Instanslas
from skrivbord.ui.dialoger import AterstallningsDialog


@dataclass
class OppenDatabas:
    databas: lagring.Databas
    las: Instanslas

    def stang(self) -> None:
        self.databas.stang()
        self.las.slapp()


def visa_fel(foralder: QWidget | None, exc: fel.SkrivbordFel) -> None:
    QMessageBox.warning(foralder, "Skrivbord", exc.meddelande)


def oppna(foralder: QWidget | None, sokvag: Path) -> OppenDatabas | None:
    """Open with the keyring's key, asking for the recovery key when needed; None if given up."""
    las = Instanslas(sokvag)
    try:
        las.tag()
    except fel.SkrivbordFel as exc:
        visa_fel(foralder, exc)
        return None
    ring = nyckelring.aktuell()
    try:
        try:
            return OppenDatabas(lagring.oppna(sokvag, ring), las)
        except (fel.NyckelSaknas, fel.FelNyckel) as exc:
            orsak = exc.meddelande
            if not ring.tillganglig:
                orsak = f"Den här datorn har {ring.beskrivning}."
        while True:
            dialog = AterstallningsDialog(sokvag, orsak, foralder)
            if not dialog.exec() or dialog.nyckel is None:
                las.slapp()
                return None
            try:
                return OppenDatabas(lagring.oppna(sokvag, ring, nyckel=dialog.nyckel), las)
            except fel.FelNyckel as exc:
                orsak = exc.meddelande
    except fel.SkrivbordFel as exc:
        las.slapp()
        visa_fel(foralder, exc)
        return None
    except BaseException:
        las.slapp()
        raise
