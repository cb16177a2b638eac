"""First-start wizard: create the kommun's database (or open the demo), then show the
recovery key once, with a way to save it as a PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
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

from skrivbord import sokvagar
from skrivbord.lagring import fel, nyckelring
from skrivbord.lagring.databas import NySkapad
from skrivbord.lagring.las import Instanslas
from skrivbord.modeller.typer import Enhetstyp
from skrivbord.tjanster import demodata, kommun, nydatabas
from skrivbord.ui import bakgrund, databasval
from skrivbord.ui.databasval import OppenDatabas

START, KOMMUN, ENHETER, PLATS, NYCKEL = range(5)


def _fellabel() -> QLabel:
    etikett = QLabel(wordWrap=True)
    etikett.setStyleSheet("color: #b3261e; font-weight: 600;")
    etikett.hide()
    return etikett


class _StartSida(QWizardPage):
    def __init__(self, guide: ForstaStartGuide) -> None:
        super().__init__()
        self._guide = guide
        self.setTitle(self.tr("Välkommen till Skrivbord"))
        self.setSubTitle(
            self.tr(
                "Skrivbord håller kommunens patientsäkerhetsarbete i en krypterad databas på den här datorn."
            )
        )
        self.ny = QRadioButton(self.tr("Skapa en ny databas för min kommun"))
        self.demo = QRadioButton(
            self.tr("Öppna demodatabasen (påhittade uppgifter, för att prova)")
        )
        self.befintlig = QRadioButton(self.tr("Öppna en befintlig databasfil …"))
        self.ny.setChecked(True)
        self.fel = _fellabel()
        layout = QVBoxLayout(self)
        for knapp in (self.ny, self.demo, self.befintlig):
            layout.addWidget(knapp)
        layout.addWidget(self.fel)
        layout.addStretch()

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return KOMMUN if self.ny.isChecked() else NYCKEL

    def validatePage(self) -> bool:  # noqa: N802
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
        skapad = self._guide.skapa_demo()
        self.setCommitPage(skapad)  # no way back once the demo exists
        return skapad


class _KommunSida(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Kommunen"))
        self.setSubTitle(
            self.tr(
                "Namnet och SCB:s fyrsiffriga kommunkod syns i rapporter och sammanställningar."
            )
        )
        self.namn = QLineEdit(placeholderText=self.tr("Till exempel Vindelns kommun"))
        self.kod = QLineEdit(placeholderText="2404", maxLength=4)
        self.fel = _fellabel()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Kommunens namn")))
        layout.addWidget(self.namn)
        layout.addWidget(QLabel(self.tr("Kommunkod")))
        layout.addWidget(self.kod)
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
        self.setSubTitle(self.tr("Verksamhetens enheter. Du kan lägga till och ändra fler senare."))
        self.tabell = QTableWidget(0, 2)
        self.tabell.setHorizontalHeaderLabels([self.tr("Namn"), self.tr("Typ")])
        self.tabell.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tabell.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.tabell.verticalHeader().hide()
        ny = QPushButton(self.tr("Lägg till enhet"))
        ny.clicked.connect(lambda: self.lagg_till())
        bort = QPushButton(self.tr("Ta bort markerad"))
        bort.clicked.connect(lambda: self.tabell.removeRow(self.tabell.currentRow()))
        knappar = QHBoxLayout()
        knappar.addWidget(ny)
        knappar.addWidget(bort)
        knappar.addStretch()
        self.fel = _fellabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabell)
        layout.addLayout(knappar)
        layout.addWidget(self.fel)
        self.lagg_till("", Enhetstyp.SABO)

    def lagg_till(self, namn: str = "", typ: Enhetstyp = Enhetstyp.HEMTJANST) -> None:
        rad = self.tabell.rowCount()
        self.tabell.insertRow(rad)
        self.tabell.setItem(rad, 0, QTableWidgetItem(namn))
        val = QComboBox()
        for t in Enhetstyp:
            val.addItem(t.etikett, t.value)
        val.setCurrentIndex(val.findData(typ.value))
        self.tabell.setCellWidget(rad, 1, val)

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
        namn = [n.lower() for n, _ in enheter]
        if not enheter:
            text = self.tr("Lägg till minst en enhet.")
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
        self.setSubTitle(self.tr("Filen krypteras. Nyckeln sparas i datorns nyckelring."))
        self.sokvag = QLineEdit(str(sokvagar.standarddatabas()))
        valj = QPushButton(self.tr("Välj …"))
        valj.clicked.connect(self._valj)
        rad = QHBoxLayout()
        rad.addWidget(self.sokvag, 1)
        rad.addWidget(valj)
        self.nyckelinfo = QLabel(wordWrap=True)
        self.fel = _fellabel()
        # Once the database exists there is no going back to change where it is.
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Skapa databasen"))
        layout = QVBoxLayout(self)
        layout.addLayout(rad)
        layout.addWidget(self.nyckelinfo)
        layout.addWidget(self.fel)
        layout.addStretch()

    def initializePage(self) -> None:  # noqa: N802
        ring = nyckelring.aktuell()
        self.nyckelinfo.setText(
            self.tr("Nyckeln sparas i {plats}.").format(plats=ring.beskrivning)
            if ring.tillganglig
            else self.tr("Obs: {plats}.").format(plats=ring.beskrivning)
        )

    def _valj(self) -> None:
        fil, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Spara databasen som"),
            self.sokvag.text(),
            self.tr("Skrivbord-databas (*.db)"),
        )
        if fil:
            self.sokvag.setText(fil)

    def validatePage(self) -> bool:  # noqa: N802
        try:
            self._guide.skapa_ny(Path(self.sokvag.text().strip()))
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
                "Skriv ut eller spara nyckeln och lås in den. Den visas bara nu och behövs om databasen ska öppnas på en annan dator."
            )
        )
        self.nyckel = QLabel()
        self.nyckel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.nyckel.setWordWrap(True)
        typsnitt = QFont("monospace")
        typsnitt.setStyleHint(QFont.StyleHint.Monospace)
        typsnitt.setPointSize(15)
        typsnitt.setBold(True)
        self.nyckel.setFont(typsnitt)
        self.nyckel.setStyleSheet(
            "color: #1f4e79; padding: 10px; background: #f2f6fa; border: 1px solid #1f4e79;"
        )
        self.plats = QLabel(wordWrap=True)
        self.pdf = QPushButton(self.tr("Spara som PDF …"))
        self.pdf.clicked.connect(self._spara_pdf)
        self.sparad = QCheckBox(self.tr("Jag har sparat återställningsnyckeln"))
        self.registerField("nyckel_sparad*", self.sparad)
        layout = QVBoxLayout(self)
        layout.addWidget(self.nyckel)
        layout.addWidget(self.plats)
        layout.addWidget(self.pdf, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        layout.addWidget(self.sparad)

    def initializePage(self) -> None:  # noqa: N802
        skapad = self._guide.skapad
        if skapad is None:
            return
        grupper = skapad.aterstallningsnyckel.split("-")
        self.nyckel.setText(
            "\n".join("  ".join(grupper[i : i + 4]) for i in range(0, len(grupper), 4))
        )
        ring = nyckelring.aktuell()
        if skapad.nyckel_i_nyckelringen:
            self.plats.setText(
                self.tr("Nyckeln är sparad i {plats}.").format(plats=ring.beskrivning)
            )
        else:
            self.plats.setText(
                self.tr(
                    "Nyckeln kunde inte sparas i någon nyckelring ({plats}). Skriv in återställningsnyckeln varje gång databasen öppnas."
                ).format(plats=ring.beskrivning)
            )

    def _spara_pdf(self) -> None:
        from skrivbord.rapporter import aterstallningsnyckel as pdf

        skapad = self._guide.skapad
        fil, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Spara återställningsnyckeln"),
            str(Path.home() / "aterstallningsnyckel.pdf"),
            "PDF (*.pdf)",
        )
        if not fil or skapad is None:
            return
        try:
            pdf.skriv_pdf(
                Path(fil),
                skapad.aterstallningsnyckel,
                self._guide.kommunnamn,
                skapad.databas.sokvag.name,
            )
        except fel.SkrivbordFel as exc:
            QMessageBox.warning(self, "Skrivbord", exc.meddelande)


class ForstaStartGuide(QWizard):
    """After ``exec()``, ``resultat`` holds the opened database (with its lock) or None."""

    def __init__(self, parent: QWidget | None = None, synkront: bool = False) -> None:
        super().__init__(parent)
        self._synkront = synkront
        self.setWindowTitle(self.tr("Skrivbord – kom igång"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(640, 480)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Nästa >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Tillbaka"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Börja arbeta"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Avbryt"))
        self.resultat: OppenDatabas | None = None
        self.skapad: NySkapad | None = None
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

    def _ta_las(self, sokvag: Path) -> Instanslas:
        las = Instanslas(sokvag)
        las.tag()
        return las

    def skapa_ny(self, sokvag: Path) -> None:
        if self.skapad is not None:  # came back with Tillbaka: the database exists already
            return
        self.skapad = nydatabas.skapa(
            sokvag,
            nyckelring.aktuell(),
            self.kommun.namn.text(),
            self.kommun.kod.text(),
            self.enheter.enheter(),
        )
        self.kommunnamn = self.kommun.namn.text().strip()
        self.resultat = OppenDatabas(self.skapad.databas, self._ta_las(sokvag))

    def skapa_demo(self) -> bool:
        sokvag = sokvagar.demodatabas()
        if sokvag.exists():
            self.resultat = databasval.oppna(self, sokvag)
            if self.resultat is not None:
                self.accept()
            return False
        utfall: dict[str, object] = {}
        slinga = QEventLoop()

        def klar(resultat: object, exc: BaseException | None) -> None:
            utfall.update(resultat=resultat, fel=exc)
            slinga.quit()

        jobb = bakgrund.kor(
            self,
            self.tr("Skapar demodatabasen …"),
            demodata.skapa_demo(sokvag, nyckelring.aktuell()),
            klar,
            self._synkront,
        )
        if not jobb.ar_klart:
            slinga.exec()
        exc = utfall.get("fel")
        if isinstance(exc, fel.SkrivbordFel):
            databasval.visa_fel(self, exc)
            return False
        if isinstance(exc, bakgrund.Avbrutet):
            return False
        if exc is not None:
            raise exc
        self.skapad = utfall["resultat"]  # type: ignore[assignment]
        self.kommunnamn = "Demokommun"
        self.resultat = OppenDatabas(self.skapad.databas, self._ta_las(sokvag))
        return True

    def oppna_befintlig(self, sokvag: Path) -> None:
        self.resultat = databasval.oppna(self, sokvag)
        if self.resultat is not None:
            self.accept()
