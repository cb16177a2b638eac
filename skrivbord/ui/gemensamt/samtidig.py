"""The box a form shows when someone else saved the same row while she wrote.

The same steps as the avvikelse form's side panel (ui/avvikelser/samtidig.py), for the
smaller forms: nothing was saved and nothing she typed is cleared. The box says who
changed the row and offers *Hämta den sparade versionen*; the form then shows what is
saved now, and her own version of every text field that differs stays in the box, to
copy or put back, before she saves again (docs/flera-anvandare.md).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skrivbord.fel import SamtidigAndring
from skrivbord.ui.gemensamt.sida import BLA, KANT

# Field key → (the form's label for it, her text).
Texter = Mapping[str, tuple[str, str]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("SamtidigRuta", text)


class SamtidigRuta(QFrame):
    """Hidden until ``visa``. ``hamta_sparad`` asks the form to load the saved version;
    the form then calls ``sparad_hamtad`` with the saved texts."""

    hamta_sparad = Signal()

    def __init__(self, rubrik: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("samtidigruta")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"QFrame#samtidigruta {{ border: 1px solid {KANT}; border-radius: 4px; }}"
        )
        self._din: dict[str, tuple[str, str]] = {}
        self._anvand: Callable[[str, str], None] | None = None
        layout = QVBoxLayout(self)
        self.rubrik = QLabel(rubrik, wordWrap=True)
        self.rubrik.setStyleSheet(f"color: {BLA}; font-weight: 600;")
        layout.addWidget(self.rubrik)
        self.meddelande = QLabel(wordWrap=True)
        self.meddelande.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.meddelande)
        self.hamta = QPushButton(_tr("&Hämta den sparade versionen"))
        self.hamta.setToolTip(
            _tr("Formuläret fylls med det som är sparat nu. Din text finns kvar här.")
        )
        self.hamta.clicked.connect(self.hamta_sparad)
        layout.addWidget(self.hamta, alignment=Qt.AlignmentFlag.AlignLeft)
        self._falt = QVBoxLayout()
        self._falt.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._falt)
        self.hide()

    def visa(
        self,
        fel: SamtidigAndring,
        din: Texter,
        anvand: Callable[[str, str], None] | None = None,
    ) -> None:
        """Nothing was saved: say so, keep her texts for when the saved one is shown.
        ``anvand(falt, text)`` puts her text back into the form's field."""
        self._din = dict(din)
        self._anvand = anvand
        self._rensa()
        self.meddelande.setText(fel.meddelande)
        self.hamta.show()
        self.show()
        self.hamta.setFocus(Qt.FocusReason.OtherFocusReason)

    def sparad_hamtad(self, sparad: Mapping[str, str], tillagg: str = "") -> None:
        """The form shows the saved version: her text of every field that differs stays
        here. ``tillagg``: what else the form wants her to know about the saved row."""
        self._rensa()
        olika = [f for f, (_, text) in self._din.items() if text.strip() != sparad.get(f, "")]
        if olika:
            text = _tr(
                "Formuläret visar nu den sparade versionen. Din text står kvar nedan: för "
                "över det du vill ha kvar och spara igen."
            )
        else:
            text = _tr("Formuläret visar nu den sparade versionen. Gör din ändring igen och spara.")
        self.meddelande.setText(f"{text} {tillagg}".strip())
        for falt in olika:
            etikett, din = self._din[falt]
            ruta = self._faltruta(falt, etikett, din)
            self._falt.addWidget(ruta)
            ruta.show()
        self.hamta.hide()

    def stang(self) -> None:
        self._rensa()
        self._din = {}
        self.hide()

    def _rensa(self) -> None:
        while self._falt.count():
            gammal = self._falt.takeAt(0).widget()
            if gammal is not None:
                gammal.setParent(None)  # gone at once, not only when the loop next runs
                gammal.deleteLater()

    def _faltruta(self, falt: str, etikett: str, text: str) -> QWidget:
        ruta = QWidget()
        ruta.setObjectName(f"din_{falt}")
        layout = QVBoxLayout(ruta)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(QLabel(_tr("Din version: {falt}").format(falt=etikett)))
        rad = QHBoxLayout()
        visning = QPlainTextEdit(text, readOnly=True)
        visning.setMaximumHeight(64)
        visning.setAccessibleName(_tr("Din version: {falt}").format(falt=etikett))
        rad.addWidget(visning, 1)
        knappar = QVBoxLayout()
        kopiera = QPushButton(_tr("Kopiera"))
        kopiera.setObjectName("kopiera")
        kopiera.setToolTip(_tr("Kopiera din text, för att klistra in den i formuläret"))
        kopiera.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
        knappar.addWidget(kopiera)
        if self._anvand is not None:
            anvand = self._anvand
            anvand_knapp = QPushButton(_tr("Använd din text"))
            anvand_knapp.setObjectName("anvand")
            anvand_knapp.setToolTip(_tr("Ersätt fältet i formuläret med din text"))
            anvand_knapp.clicked.connect(lambda: anvand(falt, text))
            knappar.addWidget(anvand_knapp)
        knappar.addStretch()
        rad.addLayout(knappar)
        layout.addLayout(rad)
        return ruta
