"""Opening a database from the GUI: the service does the work in the background
(tjanster/databasfil.py: lock, key, backup, migration), this module asks for the
recovery key when the keyring cannot open the file, and shows every typed error
as a Swedish message (never a traceback)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from skrivbord import fel
from skrivbord.tjanster import databasfil
from skrivbord.tjanster.databasfil import OppenDatabas
from skrivbord.ui import bakgrund
from skrivbord.ui.gemensamt.formular import fellabel, monospace, ok_avbryt
from skrivbord.ui.gemensamt.sida import DAMPAD

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


class AterstallningsDialog(QDialog):
    """Asks for the recovery key and opens the database with it (in the background).

    A typo (caught by the checksum) or a key that belongs to another database is shown
    in the dialog, which stays open. After ``exec()``: ``oppen`` is the opened
    database, or ``avbrott`` holds another typed error that ended the attempt, or both
    are None (Avbryt).
    """

    def __init__(self, sokvag: Path, orsak: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sokvag = Path(sokvag)
        self.oppen: OppenDatabas | None = None
        self.avbrott: fel.SkrivbordFel | None = None
        self.setWindowTitle(self.tr("Återställningsnyckel"))
        self.setMinimumWidth(620)
        self.orsak = QLabel(orsak, wordWrap=True)
        fil = QLabel(self.tr("Databas: {namn}").format(namn=self._sokvag.name))
        fil.setToolTip(str(self._sokvag))
        fil.setStyleSheet(f"color: {DAMPAD};")
        self.falt = QLineEdit(placeholderText="XXXXX-XXXXX-XXXXX-XXXXX-…")
        self.falt.setFont(monospace(12))
        self.falt.setAccessibleName(self.tr("Återställningsnyckel"))
        self.ledtext = QLabel()
        self.ledtext.setStyleSheet(f"color: {DAMPAD};")
        self.fel = fellabel()
        self.falt.textChanged.connect(self._skrivet)
        self.knappar = ok_avbryt(self, self.tr("Öppna"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.orsak)
        layout.addWidget(fil)
        layout.addSpacing(4)
        layout.addWidget(QLabel(self.tr("Återställningsnyckel (11 grupper om 5 tecken):")))
        layout.addWidget(self.falt)
        layout.addWidget(self.ledtext)
        layout.addWidget(self.fel)
        layout.addWidget(self.knappar)
        self._skrivet("")

    def _skrivet(self, text: str) -> None:
        antal = sum(1 for t in text if t not in " -\t\r\n")
        self.ledtext.setText(
            self.tr("{n} av {totalt} tecken. Bindestreck och mellanslag spelar ingen roll.").format(
                n=antal, totalt=databasfil.ATERSTALLNINGSNYCKEL_TECKEN
            )
        )

    def visa_fel(self, text: str) -> None:
        self.fel.setText(text)
        self.fel.show()
        self.adjustSize()  # room for the message, however long
        self.falt.setFocus()
        self.falt.selectAll()

    def accept(self) -> None:
        self.knappar.setEnabled(False)
        bakgrund.kor(
            self,
            self.tr("Öppnar databasen …"),
            databasfil.oppna(self._sokvag, self.falt.text()),
            self._oppnad,
            self._misslyckades,
        )

    def _oppnad(self, oppen: object) -> None:
        assert isinstance(oppen, OppenDatabas)
        self.oppen = oppen
        super().accept()

    def _misslyckades(self, exc: BaseException) -> bool:
        self.knappar.setEnabled(True)
        if isinstance(exc, fel.OgiltigAterstallningsnyckel | fel.FelNyckel):
            self.visa_fel(exc.meddelande)
            return True
        if isinstance(exc, fel.SkrivbordFel):
            self.avbrott = exc
            super().reject()
            return True
        return False
