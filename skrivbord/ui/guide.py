"""First-start wizard: create the kommun's database (or open the demo database), then
show the recovery key once, with a way to save it as a PDF.

Pages: START (what to do) → KOMMUN → ENHETER → PLATS (creates the database; no way
back after it) → NYCKEL (the recovery key; cannot be left until the user confirms
having saved it). The demo goes from START straight to NYCKEL.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from skrivbord import fel, sokvagar
from skrivbord.tjanster import databasfil, demodata, kommun, nydatabas
from skrivbord.tjanster.databasfil import NyDatabas, OppenDatabas
from skrivbord.typer import Enhetstyp
from skrivbord.ui import bakgrund, databasval
from skrivbord.ui.gemensamt.formular import fellabel, monospace
from skrivbord.ui.gemensamt.sida import DAMPAD

log = logging.getLogger(__name__)

START, KOMMUN, ENHETER, PLATS, NYCKEL = range(5)
DEMO_AR = 3
DEMO_AVVIKELSER_PER_AR = 1200
DEMO_SEED = 1
URKLIPP_TOMS_MS = 120_000


def nyckelrader(nyckel: str, per_rad: int = 4) -> str:
    """The key as rows of groups. Rows are padded with no-break spaces to the same
    width, so the groups stay in columns when the block is centred."""
    grupper = nyckel.split("-")
    mellanrum = "\u00a0" * 3
    rader = [mellanrum.join(grupper[i : i + per_rad]) for i in range(0, len(grupper), per_rad)]
    bredd = max(len(r) for r in rader)
    return "\n".join(r.ljust(bredd, "\u00a0") for r in rader)


def _forklaring(text: str) -> QLabel:
    etikett = QLabel(text, wordWrap=True)
    etikett.setStyleSheet(f"color: {DAMPAD}; margin-left: 26px; margin-bottom: 10px;")
    return etikett


class _StartSida(QWizardPage):
    def __init__(self, guide: ForstaStartGuide) -> None:
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
        self._guide.skapa_demo()
        return False  # the wizard moves on by itself when the demo exists


class _KommunSida(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Kommunen"))
        self.setSubTitle(
            self.tr(
                "Kommunens namn och SCB:s fyrsiffriga kommunkod. De syns i rapporter och "
                "sammanställningar."
            )
        )
        self.namn = QLineEdit(placeholderText=self.tr("till exempel Provby kommun"))
        self.kod = QLineEdit(placeholderText=self.tr("till exempel 2480"), maxLength=4)
        self.kod.setMaximumWidth(160)
        self.fel = fellabel()
        for falt in (self.namn, self.kod):
            falt.textEdited.connect(self.fel.hide)
        formular = QFormLayout()
        formular.setVerticalSpacing(10)
        formular.addRow(self.tr("Kommunens namn:"), self.namn)
        formular.addRow(self.tr("Kommunkod:"), self.kod)
        layout = QVBoxLayout(self)
        layout.addLayout(formular)
        layout.addWidget(self.fel)
        layout.addStretch()

    def validatePage(self) -> bool:  # noqa: N802
        try:
            kommun.validera(self.namn.text(), self.kod.text())
        except fel.OgiltigUppgift as exc:
            self.fel.setText(exc.meddelande)
            self.fel.show()
            return False
        return True


class _EnhetSida(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Enheter"))
        self.setSubTitle(
            self.tr(
                "Verksamhetens enheter, var och en med sin typ. Det räcker med en för att börja; "
                "fler kan läggas till senare."
            )
        )
        self.tabell = QTableWidget(0, 2)
        self.tabell.setHorizontalHeaderLabels([self.tr("Namn"), self.tr("Typ")])
        self.tabell.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tabell.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.tabell.setColumnWidth(1, 230)
        self.tabell.verticalHeader().hide()
        self.tabell.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabell.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabell.setAccessibleName(self.tr("Enheter"))
        # Tab leaves the table for the buttons; the arrow keys move between cells.
        self.tabell.setTabKeyNavigation(False)
        self.ny = QPushButton(self.tr("&Lägg till enhet"))
        self.ny.clicked.connect(self._ny_rad)
        self.bort = QPushButton(self.tr("&Ta bort markerad"))
        self.bort.clicked.connect(self.ta_bort_markerad)
        knappar = QHBoxLayout()
        knappar.addWidget(self.ny)
        knappar.addWidget(self.bort)
        knappar.addStretch()
        self.fel = fellabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabell)
        layout.addLayout(knappar)
        layout.addWidget(self.fel)
        self.lagg_till("", Enhetstyp.SABO)

    def _ny_rad(self) -> None:
        self.lagg_till()
        rad = self.tabell.rowCount() - 1
        self.tabell.setCurrentCell(rad, 0)
        self.tabell.editItem(self.tabell.item(rad, 0))

    def lagg_till(self, namn: str = "", typ: Enhetstyp = Enhetstyp.HEMTJANST) -> None:
        rad = self.tabell.rowCount()
        self.tabell.insertRow(rad)
        self.tabell.setItem(rad, 0, QTableWidgetItem(namn))
        val = QComboBox()
        val.setAccessibleName(self.tr("Enhetstyp"))
        for t in Enhetstyp:
            val.addItem(t.etikett, t.value)
        val.setCurrentIndex(val.findData(typ.value))
        self.tabell.setCellWidget(rad, 1, val)
        self.fel.hide()

    def ta_bort_markerad(self) -> None:
        rad = self.tabell.currentRow()
        if rad >= 0:
            self.tabell.removeRow(rad)

    def enheter(self) -> list[tuple[str, Enhetstyp]]:
        rader = []
        for rad in range(self.tabell.rowCount()):
            cell = self.tabell.item(rad, 0)
            namn = cell.text().strip() if cell else ""
            if namn:
                rader.append((namn, Enhetstyp(self.tabell.cellWidget(rad, 1).currentData())))
        return rader

    def validatePage(self) -> bool:  # noqa: N802
        enheter = self.enheter()
        namn = [n.casefold() for n, _ in enheter]
        if not enheter:
            text = self.tr("Lägg till minst en enhet och skriv dess namn.")
        elif len(set(namn)) != len(namn):
            text = self.tr("Två enheter har samma namn. Ge dem olika namn.")
        else:
            return True
        self.fel.setText(text)
        self.fel.show()
        return False


class _PlatsSida(QWizardPage):
    def __init__(self, guide: ForstaStartGuide) -> None:
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


class _NyckelSida(QWizardPage):
    def __init__(self, guide: ForstaStartGuide) -> None:
        super().__init__()
        self._guide = guide
        self.setTitle(self.tr("Återställningsnyckel"))
        self.setSubTitle(
            self.tr(
                "Skriv ut nyckeln eller spara den som PDF och förvara den inlåst. Den visas bara "
                "nu och behövs för att öppna databasen på en annan dator."
            )
        )
        self.nyckel = QLabel()
        self.nyckel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.nyckel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nyckel.setFont(monospace(16, fet=True))
        self.nyckel.setAccessibleName(self.tr("Återställningsnyckel"))
        self.nyckel.setStyleSheet(
            "color: #1f4e79; padding: 14px; background: #f2f6fa; "
            "border: 1px solid #1f4e79; border-radius: 6px;"
        )
        self.plats = QLabel(wordWrap=True)
        self.pdf = QPushButton(self.tr("Spara som &PDF …"))
        self.pdf.clicked.connect(lambda: self.spara_pdf())
        self.kopiera = QPushButton(self.tr("&Kopiera"))
        self.kopiera.setToolTip(self.tr("Kopiera nyckeln, t.ex. till kommunens lösenordshanterare"))
        self.kopiera.clicked.connect(self.kopiera_nyckeln)
        self.pdf_klar = QLabel(wordWrap=True)
        self.pdf_klar.setStyleSheet(f"color: {DAMPAD};")
        pdf_rad = QHBoxLayout()
        pdf_rad.addWidget(self.pdf)
        pdf_rad.addWidget(self.kopiera)
        pdf_rad.addWidget(self.pdf_klar, 1)
        self.sparad = QCheckBox(self.tr("Jag har sparat återställningsnyckeln"))
        self.sparad.setStyleSheet("font-weight: 600;")
        self.sparad.toggled.connect(lambda _p: self.paminnelse.hide())
        self.paminnelse = fellabel()
        self.registerField("nyckel_sparad*", self.sparad)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.nyckel)
        layout.addWidget(self.plats)
        layout.addLayout(pdf_rad)
        layout.addStretch()
        layout.addWidget(self.sparad)
        layout.addWidget(self.paminnelse)

    def initializePage(self) -> None:  # noqa: N802
        skapad = self._guide.skapad
        self.wizard().setOption(QWizard.WizardOption.NoCancelButton, True)
        if skapad is None:
            return
        self.nyckel.setText(nyckelrader(skapad.aterstallningsnyckel))
        if skapad.nyckel_i_nyckelringen:
            self.plats.setText(
                self.tr(
                    "Databasens nyckel är sparad i {plats}, så på den här datorn öppnas "
                    "databasen utan att du behöver skriva något."
                ).format(plats=databasfil.nyckelplats().beskrivning)
            )
        else:
            self.plats.setText(
                self.tr(
                    "Den här datorn har ingen säker nyckelring, så nyckeln sparas inte. Du "
                    "behöver skriva in återställningsnyckeln varje gång databasen öppnas."
                )
            )

    def paminn(self) -> None:
        self.paminnelse.setText(
            self.tr(
                "Databasen är skapad. Spara återställningsnyckeln och kryssa i rutan innan du "
                "går vidare."
            )
        )
        self.paminnelse.show()

    def kopiera_nyckeln(self) -> None:
        """The key on the clipboard, and off it again after two minutes if still there."""
        skapad = self._guide.skapad
        if skapad is None:
            return
        urklipp = QApplication.clipboard()
        urklipp.setText(skapad.aterstallningsnyckel)
        self.pdf_klar.setText(
            self.tr(
                "Nyckeln är kopierad. Klistra in den där den ska förvaras; urklippet töms "
                "om två minuter."
            )
        )

        def tom() -> None:
            if urklipp.text() == skapad.aterstallningsnyckel:
                urklipp.clear()

        QTimer.singleShot(URKLIPP_TOMS_MS, tom)

    def spara_pdf(self, fil: Path | None = None) -> None:
        skapad = self._guide.skapad
        if skapad is None:
            return
        if not fil:
            namn, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Spara återställningsnyckeln"),
                str(Path.home() / f"aterstallningsnyckel-{skapad.databas.sokvag.stem}.pdf"),
                "PDF (*.pdf)",
            )
            if not namn:
                return
            fil = Path(namn)
        try:
            databasfil.spara_aterstallningsnyckel(skapad, self._guide.kommunnamn, Path(fil))
        except fel.SkrivbordFel as exc:
            QMessageBox.warning(self, "Skrivbord", exc.meddelande)
            return
        self.pdf_klar.setText(
            self.tr("Sparad som {namn}. Skriv ut den och radera filen sedan.").format(
                namn=Path(fil).name
            )
        )


class ForstaStartGuide(QWizard):
    """After ``exec()``, ``resultat`` holds the opened database (with its lock) or None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Skrivbord – kom igång"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        ikon = QApplication.windowIcon()
        if not ikon.isNull():
            self.setPixmap(QWizard.WizardPixmap.LogoPixmap, ikon.pixmap(48, 48))
        self.setMinimumSize(680, 500)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Nästa >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< T&illbaka"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Börja arbeta"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Avbryt"))
        self.resultat: OppenDatabas | None = None
        self.skapad: NyDatabas | None = None
        self.kommunnamn = ""
        self.start = _StartSida(self)
        self.kommun = _KommunSida()
        self.enheter = _EnhetSida()
        self.plats = _PlatsSida(self)
        self.nyckel = _NyckelSida(self)
        for sid, sida in (
            (START, self.start),
            (KOMMUN, self.kommun),
            (ENHETER, self.enheter),
            (PLATS, self.plats),
            (NYCKEL, self.nyckel),
        ):
            self.setPage(sid, sida)

    def reject(self) -> None:
        # A database has been created and its recovery key is on screen: leaving now
        # could lose the key. The user has to confirm having saved it first.
        if self.skapad is not None and self.currentId() == NYCKEL:
            self.nyckel.paminn()
            return
        super().reject()

    def _ny_databas(self, skapad: NyDatabas, kommunnamn: str) -> None:
        self.skapad = skapad
        self.kommunnamn = kommunnamn
        self.resultat = skapad.oppen

    def skapa_ny(self, sokvag: Path) -> None:
        """Create the kommun's database (well under a second, so at once)."""
        if self.skapad is not None:  # the database exists already
            return
        skapad = nydatabas.skapa(
            sokvag, self.kommun.namn.text(), self.kommun.kod.text(), self.enheter.enheter()
        )
        self._ny_databas(skapad, self.kommun.namn.text().strip())
        log.info("ny databas skapad i guiden")

    def skapa_demo(self) -> None:
        """Create the demo database in the background (or open it if it exists); when it
        is ready the wizard goes on to the recovery key by itself."""
        sokvag = sokvagar.demodatabas()
        if sokvag.exists():
            self.oppna_befintlig(sokvag)
            return
        jobb = demodata.skapa_demo(
            sokvag, ar=DEMO_AR, avvikelser_per_ar=DEMO_AVVIKELSER_PER_AR, seed=DEMO_SEED
        )

        def klar(skapad: object) -> None:
            assert isinstance(skapad, NyDatabas)
            self._ny_databas(skapad, "Demokommun")
            self.start.setCommitPage(True)  # no way back once the demo exists
            self.next()

        bakgrund.kor(self, self.tr("Skapar demodatabasen …"), jobb, klar)

    def oppna_befintlig(self, sokvag: Path) -> None:
        def oppnad(oppen: OppenDatabas | None) -> None:
            self.resultat = oppen
            if oppen is not None:
                self.accept()

        databasval.oppna(self, sokvag, oppnad)
