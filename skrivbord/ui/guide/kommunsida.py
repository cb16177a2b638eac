"""The wizard's page KOMMUN: the kommun's name and code."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWizardPage

from skrivbord import fel
from skrivbord.tjanster import kommun
from skrivbord.ui.gemensamt.formular import fellabel


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
