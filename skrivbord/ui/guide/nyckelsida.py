"""The wizard's last page (NYCKEL): the recovery key, shown once, with PDF and copy; it
cannot be left until the user confirms having saved the key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from skrivbord import fel
from skrivbord.tjanster import databasfil
from skrivbord.ui.gemensamt.formular import fellabel, monospace
from skrivbord.ui.gemensamt.sida import DAMPAD
from skrivbord.ui.guide.grund import Guiden

URKLIPP_TOMS_MS = 120_000


def nyckelrader(nyckel: str, per_rad: int = 4) -> str:
    """The key as rows of groups. Rows are padded with no-break spaces to the same
    width, so the groups stay in columns when the block is centred."""
    grupper = nyckel.split("-")
    mellanrum = "\u00a0" * 3
    rader = [mellanrum.join(grupper[i : i + per_rad]) for i in range(0, len(grupper), per_rad)]
    bredd = max(len(r) for r in rader)
    return "\n".join(r.ljust(bredd, "\u00a0") for r in rader)


class _NyckelSida(QWizardPage):
    def __init__(self, guide: Guiden) -> None:
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
