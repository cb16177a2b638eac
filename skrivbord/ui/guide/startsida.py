"""The wizard's first page (START): a new database, the demo, or an existing file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLabel, QRadioButton, QVBoxLayout, QWizardPage

from skrivbord import sokvagar
from skrivbord.ui.gemensamt.formular import fellabel
from skrivbord.ui.gemensamt.sida import DAMPAD
from skrivbord.ui.guide.grund import KOMMUN, NYCKEL, Guiden


def _forklaring(text: str) -> QLabel:
    etikett = QLabel(text, wordWrap=True)
    etikett.setStyleSheet(f"color: {DAMPAD}; margin-left: 26px; margin-bottom: 10px;")
    return etikett


class _StartSida(QWizardPage):
    def __init__(self, guide: Guiden) -> None:
        super().__init__()
        self._guide = guide
        self.setTitle(self.tr("Välkommen till Skrivbord"))
        self.setSubTitle(
            self.tr(
                "Skrivbord samlar kommunens patientsäkerhetsarbete i en krypterad databas: "
                "egenkontroller, läkemedelstillsyn, delegeringar, avvikelser och logguppföljning."
            )
        )
        self.ny = QRadioButton(self.tr("Skapa en ny databas för min kommun"))
        self.demo = QRadioButton(self.tr("Öppna demodatabasen"))
        self.befintlig = QRadioButton(self.tr("Öppna en befintlig databasfil …"))
        self.server = QRadioButton(self.tr("Anslut till kommunens server …"))
        self.ny.setChecked(True)
        self.fel = fellabel()
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addWidget(self.ny)
        layout.addWidget(
            _forklaring(
                self.tr(
                    "Du anger kommunen och dess enheter. Standardplanen för egenkontroll och "
                    "avvikelsekategorierna läggs in, och du kan ändra dem senare."
                )
            )
        )
        layout.addWidget(self.demo)
        layout.addWidget(
            _forklaring(
                self.tr(
                    "En påhittad kommun med tre års avvikelser, för att prova programmet "
                    "eller visa det för andra. Inga riktiga uppgifter."
                )
            )
        )
        layout.addWidget(self.befintlig)
        layout.addWidget(
            _forklaring(
                self.tr(
                    "Om kommunens databas redan finns, till exempel på en annan dator eller "
                    "en gemensam disk. Du kan behöva återställningsnyckeln."
                )
            )
        )
        layout.addWidget(self.server)
        layout.addWidget(
            _forklaring(
                self.tr(
                    "Om kommunen har en gemensam Skrivbord-databas på en server, så att MAS "
                    "och enhetscheferna arbetar i samma uppgifter. Uppgifterna för "
                    "anslutningen får du av kommunens IT eller MAS."
                )
            )
        )
        layout.addWidget(self.fel)
        layout.addStretch()

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return KOMMUN if self.ny.isChecked() else NYCKEL

    def validatePage(self) -> bool:  # noqa: N802
        if self._guide.resultat is not None:
            # A database was opened from this page; QWizard validates again on accept().
            return True
        self.fel.hide()
        if self.ny.isChecked():
            return True
        if self.befintlig.isChecked():
            fil, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Öppna databas"),
                str(sokvagar.datamapp()),
                self.tr("Skrivbord-databas (*.db);;Alla filer (*)"),
            )
            if fil:
                self._guide.oppna_befintlig(Path(fil))
            return False
        if self.server.isChecked():
            self._guide.anslut_server()
            return False
        self._guide.skapa_demo()
        return False  # the wizard moves on by itself when the demo exists
