"""The region's side on the Export page: choose the kommuner's export folders (or
folders holding them), check them, and compile the län tables and the report for the
samverkansråd in the background. Two exports for one kommun and period are refused
until one is chosen in the list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skrivbord.fel import SkrivbordFel
from skrivbord.jobb import Framsteg, Jobb
from skrivbord.tjanster.lan import filer as lanfiler
from skrivbord.tjanster.lan import insamling, sammanstallning
from skrivbord.ui import bakgrund
from skrivbord.ui.gemensamt.sida import DAMPAD

ROD = "#b3261e"


def _jobb(mappar: list[Path], valda: list[Path], ut: Path) -> Jobb[tuple[Path, str]]:
    kallor = insamling.forteckna(mappar, valda)
    yield Framsteg(0, 2, "Läser exporterna")
    lan = yield from sammanstallning.sammanstall(kallor)
    mapp = yield from lanfiler.skriv(lan, ut)
    saknade = ", ".join(f"{namn} ({kod})" for kod, namn in lan.saknade)
    return mapp, saknade


class LanDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Länets sammanställning"))
        self.setMinimumWidth(640)
        self.resultat: Path | None = None
        forklaring = QLabel(
            self.tr(
                "Lägg till kommunernas exportmappar (eller en mapp som innehåller dem). "
                "Varje fil kontrolleras mot sitt manifest; bara det kommunerna publicerat "
                'summeras, och där en kommun dolt ett litet tal står "minst".'
            ),
            wordWrap=True,
        )
        forklaring.setStyleSheet(f"color: {DAMPAD};")
        self.lista = QListWidget()
        self.lista.setAccessibleName(self.tr("Exporter att sammanställa"))
        lagg_till = QPushButton(self.tr("Lägg till mapp …"))
        lagg_till.clicked.connect(self._lagg_till)
        ta_bort = QPushButton(self.tr("Ta bort"))
        ta_bort.clicked.connect(self._ta_bort)
        knapprad = QHBoxLayout()
        knapprad.addWidget(lagg_till)
        knapprad.addWidget(ta_bort)
        knapprad.addStretch()
        self.fel = QLabel(wordWrap=True, styleSheet=f"color: {ROD}; font-weight: 600;")
        self.fel.hide()
        knappar = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        knappar.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sammanställ …"))
        knappar.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Stäng"))
        knappar.accepted.connect(self._valj_ut)
        knappar.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(forklaring)
        layout.addWidget(self.lista, 1)
        layout.addLayout(knapprad)
        layout.addWidget(self.fel)
        layout.addWidget(knappar)

    def lagg_till(self, mapp: Path) -> None:
        """Add a folder: each export under it becomes a row (ticked: used)."""
        try:
            hittade = insamling.hitta([mapp])
        except SkrivbordFel as exc:
            self._visa_fel(exc.meddelande)
            return
        finns = {self.lista.item(i).text() for i in range(self.lista.count())}
        for katalog in hittade:
            if str(katalog) not in finns:
                rad = QListWidgetItem(str(katalog))
                self.lista.addItem(rad)
        self._visa_fel("")

    def _lagg_till(self) -> None:
        mapp = QFileDialog.getExistingDirectory(
            self, self.tr("Välj en export eller en mapp med exporter")
        )
        if mapp:
            self.lagg_till(Path(mapp))

    def _ta_bort(self) -> None:
        for rad in self.lista.selectedItems():
            self.lista.takeItem(self.lista.row(rad))

    def _visa_fel(self, text: str) -> None:
        self.fel.setText(text)
        self.fel.setVisible(bool(text))

    def _valj_ut(self) -> None:
        mapp = QFileDialog.getExistingDirectory(self, self.tr("Välj mappen länets filer sparas i"))
        if mapp:
            self.sammanstall(Path(mapp))

    def sammanstall(self, ut: Path) -> None:
        """Compile the listed exports into a new folder under ``ut``; a chosen (selected)
        row settles two exports for one kommun and period."""
        mappar = [Path(self.lista.item(i).text()) for i in range(self.lista.count())]
        if not mappar:
            self._visa_fel(self.tr("Lägg till minst en export först."))
            return
        valda = [Path(r.text()) for r in self.lista.selectedItems()]
        bakgrund.kor(
            self,
            self.tr("Länets sammanställning"),
            _jobb(mappar, valda, ut),
            self._klar,
            self._fel_i_dialogen,
        )

    def _fel_i_dialogen(self, fel: BaseException) -> bool:
        if isinstance(fel, SkrivbordFel):
            self._visa_fel(fel.meddelande)
            return True
        return False

    def _klar(self, resultat: object) -> None:
        assert isinstance(resultat, tuple)
        mapp, saknade = resultat
        self.resultat = mapp
        text = self.tr("Länets sammanställning sparades i mappen {namn}.").format(namn=mapp.name)
        if saknade:
            text += " " + self.tr("Saknas för perioden: {kommuner}.").format(kommuner=saknade)
        svar = QMessageBox.information(
            self,
            self.tr("Klart"),
            text,
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        )
        if svar == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(mapp)))
        self._visa_fel("")
