"""Import staff from a CSV or Excel file: what the file should look like, the file
chooser, the import in the background, then what happened (counts and the row report)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skrivbord.fel import SkrivbordFel
from skrivbord.tjanster import personalimport
from skrivbord.ui import bakgrund
from skrivbord.ui.gemensamt.formular import fellabel, monospace
from skrivbord.ui.gemensamt.sida import DAMPAD

if TYPE_CHECKING:
    from skrivbord.tjanster.databasfil import Databas


class PersonalImportDialog(QDialog):
    """Emits ``importerat`` when people were added to the register."""

    importerat = Signal()

    def __init__(self, databas: Databas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._databas = databas
        self.resultat: personalimport.Personalimport | None = None
        self.setWindowTitle(self.tr("Importera personal"))
        self.setMinimumWidth(620)

        self.valj_knapp = QPushButton(self.tr("&Välj fil och importera …"))
        self.valj_knapp.clicked.connect(self.valj_fil)
        knapprad = QHBoxLayout()
        knapprad.addWidget(self.valj_knapp)
        knapprad.addStretch()

        self.sammanfattning = QLabel(wordWrap=True)
        self.sammanfattning.setStyleSheet("font-weight: 600;")
        self.sammanfattning.hide()
        self.felrapport = QPlainTextEdit(readOnly=True)
        self.felrapport.setAccessibleName(self.tr("Fel rad för rad"))
        self.felrapport.setMinimumHeight(140)
        self.felrapport.hide()
        self.fel = fellabel()

        knappar = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        knappar.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        knappar.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in self._instruktioner():
            layout.addWidget(widget)
        layout.addLayout(knapprad)
        layout.addWidget(self.sammanfattning)
        layout.addWidget(self.felrapport, 1)
        layout.addWidget(self.fel)
        layout.addWidget(knappar)
        self.valj_knapp.setFocus()

    def _instruktioner(self) -> tuple[QLabel, QLabel, QLabel]:
        """What the file must look like: the columns, an example and the rules."""
        forklaring = QLabel(
            self.tr(
                "Välj en CSV-fil eller Excel-arbetsbok (.xlsx) med en person per rad och de "
                "här kolumnerna på första raden:"
            ),
            wordWrap=True,
        )
        exempel = QLabel(
            "Förnamn;Efternamn;Roll;Enheter;Legitimerad\n"
            "Anna;Andersson;Undersköterska;Solgården, Björkbacken;\n"
            "Bo;Berg;Sjuksköterska;Hemsjukvården Öst;ja"
        )
        exempel.setFont(monospace(9))
        exempel.setStyleSheet("background: palette(base); padding: 6px;")
        exempel.setAccessibleName(self.tr("Exempel på en fil"))
        regler = QLabel(
            self.tr(
                "Roll skrivs som i Skrivbord (Undersköterska, Sjuksköterska …) eller förkortat "
                "(usk, ssk). Flera enheter skiljs med komma, semikolon eller |, och enheterna "
                "ska finnas i registret. Legitimerad (ja/nej) får saknas: då gäller rollen. "
                "Den som redan finns (samma namn och roll) hoppas över. Har någon rad fel "
                "importeras ingenting, och felen visas rad för rad."
            ),
            wordWrap=True,
        )
        regler.setStyleSheet(f"color: {DAMPAD};")
        return forklaring, exempel, regler

    def valj_fil(self) -> None:
        fil, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Importera personal"),
            str(Path.home()),
            self.tr("CSV eller Excel (*.csv *.txt *.xlsx);;Alla filer (*)"),
        )
        if fil:
            self.importera(Path(fil))

    def importera(self, sokvag: Path) -> None:
        self.fel.hide()
        bakgrund.kor(
            self,
            self.tr("Importerar personal …"),
            personalimport.importera(self._databas, sokvag),
            self._klar,
            self._visa_fel,
        )

    def _visa_fel(self, fel: BaseException) -> bool:
        """A file that cannot be read is said in the dialog, which stays open."""
        if not isinstance(fel, SkrivbordFel):
            return False
        self.sammanfattning.hide()
        self.felrapport.hide()
        self.fel.setText(fel.meddelande)
        self.fel.show()
        return True

    def _klar(self, resultat: object) -> None:
        assert isinstance(resultat, personalimport.Personalimport)
        self.resultat = r = resultat
        antal = self.tr(
            "Importerade: {nya} · Fanns redan i registret: {fanns} · Rader med fel: {fel}"
        ).format(nya=r.antal_importerade, fanns=r.antal_fanns_redan, fel=r.antal_rader_med_fel)
        if r.fel:
            text = self.tr(
                "Inget importerades: {fel} av {rader} rader har fel. Rätta dem i filen och "
                "importera den igen."
            ).format(fel=r.antal_rader_med_fel, rader=r.antal_rader)
            self.felrapport.setPlainText("\n".join(f.text for f in r.fel))
        else:
            text = self.tr("Klart: {nya} personer lades till i registret.").format(
                nya=r.antal_importerade
            )
        self.sammanfattning.setText(f"{text}\n{antal}")
        self.sammanfattning.show()
        self.felrapport.setVisible(bool(r.fel))
        if r.antal_importerade:
            self.importerat.emit()
