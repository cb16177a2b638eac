"""Choose a period and a file, then write the sammanställning PDF in the background."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skrivbord import perioder
from skrivbord.fel import OgiltigUppgift, SkrivbordFel
from skrivbord.tjanster.avvikelser import sammanstallning
from skrivbord.tjanster.databasfil import Databas
from skrivbord.ui import bakgrund


def forslag(idag: date) -> list[str]:
    """Periods a MAS asks for: last year (berättelsen, 1 March), the half-years (nämnden)."""
    forra = idag.year - 1
    lista = [str(forra), f"{forra}H2", f"{forra}H1"]
    if idag.month > 6:
        lista.insert(0, f"{idag.year}H1")
    return lista


class SammanstallningDialog(QDialog):
    def __init__(
        self,
        databas: Databas,
        parent: QWidget | None = None,
        idag: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._databas = databas
        self.setWindowTitle(self.tr("Sammanställning av avvikelser"))
        self.setMinimumWidth(520)
        self.resultat: Path | None = None
        idag = idag or date.today()
        self.period = QComboBox(editable=True)
        self.period.addItems(forslag(idag))
        self.fil = QLineEdit(str(Path.home() / f"sammanstallning-{self.period.currentText()}.pdf"))
        self.fil.setAccessibleName(self.tr("Spara som"))
        self.period.currentTextChanged.connect(
            lambda text: self.fil.setText(
                str(Path(self.fil.text()).with_name(f"sammanstallning-{text}.pdf"))
            )
        )
        valj = QPushButton(self.tr("Välj …"))
        valj.clicked.connect(self._valj)
        filrad = QHBoxLayout()
        filrad.addWidget(self.fil, 1)
        filrad.addWidget(valj)
        form = QFormLayout()
        form.addRow(self.tr("Period"), self.period)
        form.addRow(
            "",
            QLabel(
                self.tr("2025 = helår, 2025H1/2025H2 = halvår, 2025Q3 = kvartal"),
                styleSheet="color:#5f6b76",
            ),
        )
        form.addRow(self.tr("Spara som"), filrad)
        self.fel = QLabel(wordWrap=True, styleSheet="color: #b3261e; font-weight: 600;")
        self.fel.hide()
        knappar = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        knappar.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Skapa PDF"))
        knappar.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        knappar.accepted.connect(self.skapa)
        knappar.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fel)
        layout.addWidget(knappar)

    def _valj(self) -> None:
        fil, _ = QFileDialog.getSaveFileName(
            self, self.tr("Spara sammanställningen"), self.fil.text(), "PDF (*.pdf)"
        )
        if fil:
            self.fil.setText(fil)

    def _visa_fel(self, text: str) -> None:
        self.fel.setText(text)
        self.fel.show()
        self.adjustSize()  # room for the whole message

    def skapa(self) -> None:
        try:
            period = perioder.tolka(self.period.currentText())
        except OgiltigUppgift as exc:
            self._visa_fel(exc.meddelande)
            return
        ut = Path(self.fil.text().strip())
        if ut.suffix.lower() != ".pdf":
            ut = ut.with_suffix(".pdf")
        bakgrund.kor(
            self,
            self.tr("Sammanställning {period}").format(period=period.etikett),
            sammanstallning.berakna_och_skriv(self._databas, period, ut),
            self._klar,
            self._fel_i_dialogen,
        )

    def _fel_i_dialogen(self, fel: BaseException) -> bool:
        if isinstance(fel, SkrivbordFel):
            self._visa_fel(fel.meddelande)
            return True
        return False

    def _klar(self, resultat: object) -> None:
        self.resultat = Path(str(resultat))
        svar = QMessageBox.information(
            self,
            self.tr("Klart"),
            self.tr("Sammanställningen sparades som {namn}.").format(namn=self.resultat.name),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        )
        if svar == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.resultat)))
        self.accept()
