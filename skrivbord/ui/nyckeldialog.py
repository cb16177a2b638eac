"""The recovery key dialog: asks for the key and runs a job with it (opening a database,
by default; looking for or restoring a backup of it) in the background."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from skrivbord import fel
from skrivbord.jobb import Jobb
from skrivbord.tjanster import databasfil
from skrivbord.tjanster.databasfil import OppenDatabas
from skrivbord.ui import bakgrund
from skrivbord.ui.gemensamt.formular import fellabel, monospace, ok_avbryt
from skrivbord.ui.gemensamt.sida import DAMPAD


class AterstallningsDialog(QDialog):
    """Asks for the recovery key and opens the database with it (in the background).

    A typo (caught by the checksum) or a key that belongs to another database is shown
    in the dialog, which stays open. After ``exec()``: ``resultat`` is the job's result
    (``oppen`` the opened database when the job opens one), ``nyckel`` the key that
    worked, or ``avbrott`` holds another typed error that ended the attempt, or all are
    None (Avbryt). ``jobb`` runs with the key typed in; by default it opens ``sokvag``.
    """

    def __init__(
        self,
        sokvag: Path,
        orsak: str,
        parent: QWidget | None = None,
        jobb: Callable[[str], Jobb[object]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._sokvag = Path(sokvag)
        self._jobb = jobb or (lambda text: databasfil.oppna(self._sokvag, text))
        self.oppen: OppenDatabas | None = None
        self.resultat: object = None
        self.nyckel: str | None = None
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
            self._jobb(self.falt.text()),
            self._klar,
            self._misslyckades,
        )

    def _klar(self, resultat: object) -> None:
        self.resultat = resultat
        self.nyckel = self.falt.text()
        if isinstance(resultat, OppenDatabas):
            self.oppen = resultat
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
