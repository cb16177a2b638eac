"""Putting a backup back from the GUI: when a database is found damaged (opening it
failed with SkadadDatabas) and from Arkiv → Återställ från säkerhetskopia.

The service finds the newest backup that passes the checks (tjanster/aterstallning.py);
the user sees when it was made and that the current file is kept aside, and decides.
"Välj en annan kopia …" takes any file instead (a USB stick, another folder). The
restore runs as a job; ``fore`` (the window closing the open database) runs just
before it, and ``oppna_igen`` opens the restored file afterwards. Every text is in
the context "aterstallning".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from skrivbord import fel
from skrivbord.tjanster import aterstallning, databasfil, sakerhetskopior
from skrivbord.ui import bakgrund
from skrivbord.ui.nyckeldialog import AterstallningsDialog

log = logging.getLogger(__name__)

Atgard = Callable[[], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("aterstallning", text)


def skadad_databas(
    foralder: QWidget | None,
    sokvag: Path,
    exc: fel.SkrivbordFel,
    oppna_igen: Atgard,
    avbryt: Atgard,
) -> None:
    """The damaged-database message, with the offer to put the newest whole backup back."""
    ruta = QMessageBox(QMessageBox.Icon.Warning, _tr("Skrivbord"), exc.meddelande, parent=foralder)
    ruta.setInformativeText(
        _tr(
            "Skrivbord kan leta upp den senaste säkerhetskopian som är hel och lägga "
            "tillbaka den. Den skadade filen tas inte bort; den läggs undan bredvid."
        )
    )
    aterstall = ruta.addButton(_tr("Återställ säkerhetskopia …"), QMessageBox.ButtonRole.AcceptRole)
    ruta.addButton(_tr("Stäng"), QMessageBox.ButtonRole.RejectRole)
    ruta.exec()
    if ruta.clickedButton() is aterstall:
        erbjud(foralder, sokvag, oppna_igen, avbryt)
    else:
        avbryt()


def erbjud(
    foralder: QWidget | None,
    sokvag: Path,
    oppna_igen: Atgard,
    avbryt: Atgard,
    fore: Atgard | None = None,
) -> None:
    """Find the newest whole backup of ``sokvag`` and offer to put it back."""
    sokvag = Path(sokvag)
    steg = _Steg(foralder, sokvag, oppna_igen, avbryt, fore)
    bakgrund.kor(
        foralder,
        _tr("Letar efter den senaste hela säkerhetskopian …"),
        aterstallning.hitta_hel_kopia(sokvag),
        lambda kopia: steg.fraga(kopia, None),
        steg.sokningen_misslyckades,
    )


class _Steg:
    """The dialog steps of one restore, with what they share."""

    def __init__(
        self,
        foralder: QWidget | None,
        sokvag: Path,
        oppna_igen: Atgard,
        avbryt: Atgard,
        fore: Atgard | None,
    ) -> None:
        self.foralder = foralder
        self.sokvag = sokvag
        self.oppna_igen = oppna_igen
        self.avbryt = avbryt
        self.fore = fore

    def sokningen_misslyckades(self, exc: BaseException) -> bool:
        if databasfil.behover_aterstallningsnyckel(exc):
            assert isinstance(exc, fel.SkrivbordFel)
            dialog = AterstallningsDialog(
                self.sokvag,
                exc.meddelande,
                self.foralder,
                jobb=lambda text: aterstallning.hitta_hel_kopia(self.sokvag, text),
            )
            dialog.exec()
            if isinstance(dialog.resultat, sakerhetskopior.Kopia):
                self.fraga(dialog.resultat, dialog.nyckel)
            else:
                self.avbryt()
            return True
        if isinstance(exc, fel.IngenHelKopia):
            ruta = QMessageBox(
                QMessageBox.Icon.Warning, _tr("Skrivbord"), exc.meddelande, parent=self.foralder
            )
            valj = ruta.addButton(_tr("Välj en kopia …"), QMessageBox.ButtonRole.AcceptRole)
            ruta.addButton(_tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
            ruta.exec()
            if ruta.clickedButton() is valj:
                self.valj_annan(None)
            else:
                self.avbryt()
            return True
        self.avbryt()
        return False

    def fraga(self, kopia: object, nyckel: str | None) -> None:
        assert isinstance(kopia, sakerhetskopior.Kopia)
        ruta = QMessageBox(
            QMessageBox.Icon.Question, _tr("Återställ säkerhetskopia"), "", parent=self.foralder
        )
        tid = f"{kopia.tid:%Y-%m-%d %H:%M}"
        ruta.setText(
            _tr(
                "Den senaste hela säkerhetskopian av {databas} är från {tid}. Den är "
                "kontrollerad och kan läggas tillbaka nu."
            ).format(databas=self.sokvag.name, tid=tid)
        )
        ruta.setInformativeText(
            _tr(
                "Det som sparats efter {tid} finns inte i kopian. Den nuvarande filen tas "
                "inte bort: den läggs undan som {namn}.ersatt-<datum_tid>{suffix} i samma mapp."
            ).format(tid=tid, namn=self.sokvag.stem, suffix=self.sokvag.suffix)
        )
        ruta.setDetailedText(str(kopia.sokvag))
        ja = ruta.addButton(_tr("Återställ"), QMessageBox.ButtonRole.AcceptRole)
        annan = ruta.addButton(_tr("Välj en annan kopia …"), QMessageBox.ButtonRole.ActionRole)
        ruta.addButton(_tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        ruta.setDefaultButton(ja)
        ruta.exec()
        if ruta.clickedButton() is ja:
            self.aterstall(kopia.sokvag, nyckel)
        elif ruta.clickedButton() is annan:
            self.valj_annan(nyckel)
        else:
            self.avbryt()

    def valj_annan(self, nyckel: str | None) -> None:
        mapp = sakerhetskopior.kopiemapp(self.sokvag)
        fil, _ = QFileDialog.getOpenFileName(
            self.foralder,
            _tr("Välj säkerhetskopia"),
            str(mapp if mapp.is_dir() else mapp.parent),
            _tr("Säkerhetskopior (*.db);;Alla filer (*)"),
        )
        if fil:
            self.aterstall(Path(fil), nyckel)
        else:
            self.avbryt()

    def aterstall(self, kopia: Path, nyckel: str | None) -> None:
        if self.fore is not None:
            self.fore()

        def klar(resultat: object) -> None:
            assert isinstance(resultat, aterstallning.Aterstalld)
            log.info("säkerhetskopia återställd från fönstret")
            self.oppna_igen()

        def misslyckades(exc: BaseException) -> bool:
            if databasfil.behover_aterstallningsnyckel(exc):
                assert isinstance(exc, fel.SkrivbordFel)
                dialog = AterstallningsDialog(
                    kopia,
                    exc.meddelande,
                    self.foralder,
                    jobb=lambda text: aterstallning.aterstall(kopia, self.sokvag, True, text),
                )
                dialog.exec()
                if dialog.resultat is not None:
                    klar(dialog.resultat)
                    return True
                if dialog.avbrott is not None:
                    QMessageBox.warning(self.foralder, _tr("Skrivbord"), dialog.avbrott.meddelande)
                self.avbryt()
                return True
            self.avbryt()
            return False

        bakgrund.kor(
            self.foralder,
            _tr("Lägger tillbaka säkerhetskopian …"),
            aterstallning.aterstall(kopia, self.sokvag, True, nyckel),
            klar,
            misslyckades,
        )
