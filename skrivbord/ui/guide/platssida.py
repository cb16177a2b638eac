"""The wizard's page PLATS: where the database file is saved. Leaving it creates the
database (a commit page: no way back)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from skrivbord import fel, sokvagar
from skrivbord.tjanster import databasfil
from skrivbord.ui.gemensamt.formular import fellabel
from skrivbord.ui.guide.grund import Guiden


class _PlatsSida(QWizardPage):
    def __init__(self, guide: Guiden) -> None:
        super().__init__()
        self._guide = guide
        self.setTitle(self.tr("Var databasen sparas"))
        self.setSubTitle(
            self.tr(
                "Databasen är en enda krypterad fil. Den vanliga platsen passar de flesta; "
                "välj en annan om kommunens IT har bestämt var filen ska ligga."
            )
        )
        self.sokvag = QLineEdit(str(sokvagar.standarddatabas()))
        self.sokvag.setAccessibleName(self.tr("Databasfil"))
        self.sokvag.textEdited.connect(lambda _t: self.fel.hide())
        valj = QPushButton(self.tr("Välj …"))
        valj.clicked.connect(self._valj)
        rad = QHBoxLayout()
        rad.addWidget(self.sokvag, 1)
        rad.addWidget(valj)
        self.nyckelinfo = QLabel(wordWrap=True)
        self.fel = fellabel()
        # Once the database exists there is no going back to change where it is.
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Skapa databasen"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Databasfil:")))
        layout.addLayout(rad)
        layout.addSpacing(8)
        layout.addWidget(self.nyckelinfo)
        layout.addWidget(self.fel)
        layout.addStretch()

    def initializePage(self) -> None:  # noqa: N802
        plats = databasfil.nyckelplats()
        if plats.saker:
            text = self.tr(
                "Filen krypteras med en slumpad nyckel som sparas i {plats}. På nästa sida "
                "visas en återställningsnyckel som du sparar på ett säkert ställe."
            ).format(plats=plats.beskrivning)
        else:
            text = self.tr(
                "Obs: den här datorn saknar en säker nyckelring. Du behöver skriva in "
                "återställningsnyckeln (den visas på nästa sida) varje gång databasen öppnas."
            )
        self.nyckelinfo.setText(text)

    def _valj(self) -> None:
        fil, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Spara databasen som"),
            self.sokvag.text(),
            self.tr("Skrivbord-databas (*.db)"),
        )
        if fil:
            self.sokvag.setText(fil)
            self.fel.hide()

    def vald_sokvag(self) -> Path:
        sokvag = Path(self.sokvag.text().strip()).expanduser()
        if sokvag.suffix.lower() != ".db":
            sokvag = sokvag.with_name(sokvag.name + ".db")
        return sokvag

    def validatePage(self) -> bool:  # noqa: N802
        if not self.sokvag.text().strip():
            self.fel.setText(self.tr("Välj var databasfilen ska sparas."))
            self.fel.show()
            return False
        try:
            self._guide.skapa_ny(self.vald_sokvag())
        except fel.SkrivbordFel as exc:
            self.fel.setText(exc.meddelande)
            self.fel.show()
            return False
        return True
