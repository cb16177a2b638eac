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
from skrivbord.perioder import Period
from skrivbord.tjanster.avvikelser import sammanstallning
from skrivbord.tjanster.databasfil import Databas
from skrivbord.ui import bakgrund


def forslag(idag: date) -> list[Period]:
    """Periods a MAS asks for: last year (berättelsen, 1 March), the half-years (nämnden),
    then the running year and half-year, cut at today (perioder.kapa).

    The running half-year is offered only in the second half: in the first it would
    count the same days as the running year. On 1 January and 1 July nothing new is
    running yet (no whole day has passed).
    """
    forra = idag.year - 1
    koder = [str(forra), f"{forra}H2", f"{forra}H1"]
    if idag.month > 6:
        koder.insert(0, f"{idag.year}H1")
    lista = [perioder.tolka(kod) for kod in koder]
    for pagaende in (perioder.helar(idag.year), perioder.halvar(idag.year, 2)):
        if pagaende.start < idag:
            lista.append(perioder.kapa(pagaende, idag))
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
        self._idag = idag or date.today()
        # Each item shows its period and holds its code; a typed code works as well.
        self.period = QComboBox(editable=True)
        for period in forslag(self._idag):
            self.period.addItem(self._text(period), period.kod)
        self.fil = QLineEdit(str(Path.home() / f"sammanstallning-{self._kod()}.pdf"))
        self.fil.setAccessibleName(self.tr("Spara som"))
        self.period.currentTextChanged.connect(
            lambda text: self.fil.setText(
                str(Path(self.fil.text()).with_name(f"sammanstallning-{self._kod(text)}.pdf"))
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
                # Two short lines, no word wrap: a wrapped label in a form row gets
                # the height of more lines than it shows.
                self.tr(
                    "2025 = helår, 2025H1/2025H2 = halvår, 2025Q3 = kvartal.\n"
                    "Pågående period: till och med i går, mot samma datum tidigare år."
                ),
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

    def _text(self, period: Period) -> str:
        """An item's text: the code, and for a running period the days it covers."""
        if not period.pagaende:
            return period.kod
        return self.tr("{kod} – hittills ({dagar})").format(
            kod=period.kod, dagar=perioder.datumspann(period.start, period.sista_dag, med_ar=False)
        )

    def _kod(self, text: str | None = None) -> str:
        """The period code of ``text`` (the box's text): an item's code, or what was typed."""
        text = (self.period.currentText() if text is None else text).strip()
        i = self.period.findText(text)
        return str(self.period.itemData(i)) if i >= 0 else text

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
            # A running period is cut at today; one not yet begun is refused here.
            period = perioder.kapa(perioder.tolka(self._kod()), self._idag)
        except OgiltigUppgift as exc:
            self._visa_fel(exc.meddelande)
            return
        ut = Path(self.fil.text().strip())
        if ut.suffix.lower() != ".pdf":
            ut = ut.with_suffix(".pdf")
        bakgrund.kor(
            self,
            self.tr("Sammanställning {period}").format(period=period.etikett),
            sammanstallning.berakna_och_skriv(self._databas, period, ut, idag=self._idag),
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
