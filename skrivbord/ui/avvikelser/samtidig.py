"""The side panel an avvikelse form shows when someone else saved first.

Nothing of the user's is thrown away: her text stays in the form until she asks for
the saved version, and from then on her own version of every text field that differs
stays here, to copy back piece by piece (docs/flera-anvandare.md).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from skrivbord.tjanster.avvikelser.registrering import AvvikelseUppgifter
from skrivbord.ui.gemensamt.sida import BLA, DAMPAD, KANT


def _tr(text: str) -> str:
    return QCoreApplication.translate("SamtidigAndringPanel", text)


# The form's text fields, in the form's order, with the words the form uses.
TEXTFALT: dict[str, str] = {
    "underkategori": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Underkategori"),
    "annat_orsak": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Förklaring (Annat)"),
    "beskrivning": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Vad hände"),
    "omedelbar_atgard": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Omedelbar åtgärd"),
    "motpart_enhet": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Motpartens enhet"),
    "overenskommelse_text": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Vad i överenskommelsen"),
    "motpart_svar": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Motpartens svar"),
    "rapportor_namn": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Rapportörens namn"),
    "extern_referens": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Extern referens"),
}
# The other fields, named for the line that says which of them differ.
OVRIGA_FALT: dict[str, str] = {
    "handelse_tid": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Händelsedatum"),
    "tid_okand": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Händelsedatum"),
    "enhet_id": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Enhet"),
    "kategori_id": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Kategori"),
    "fall_plats": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Fall"),
    "fall_aktivitet": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Fall"),
    "fall_skada": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Fall"),
    "lakemedel_feltyp": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Läkemedel"),
    "lakemedel_upptackt_av": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Läkemedel"),
    "annat_skal_id": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Skäl (Annat)"),
    "konsekvens": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Faktisk konsekvens"),
    "risk_konsekvens": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Riskbedömning"),
    "risk_sannolikhet": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Riskbedömning"),
    "mellan_vardgivare": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Mellan vårdgivare"),
    "motpart": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Mellan vårdgivare"),
    "overenskommelse": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Mellan vårdgivare"),
    "motpart_underrattad_datum": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Mellan vårdgivare"),
    "riktning": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Mellan vårdgivare"),
    "motpart_svar_datum": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Mellan vårdgivare"),
    "oenighet": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Mellan vårdgivare"),
    "rapporterad_datum": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Rapporterad"),
    "rapportor_roll": QT_TRANSLATE_NOOP("SamtidigAndringPanel", "Rapportörens roll"),
}


def _text(varde: object) -> str:
    return "" if varde is None else str(varde)


class SamtidigAndringPanel(QFrame):
    """Hidden until ``visa``; ``hamta_sparad`` asks the form to load the saved version."""

    hamta_sparad = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("samtidig")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"QFrame#samtidig {{ border: 1px solid {KANT}; border-radius: 4px; }}")
        self.setMinimumWidth(320)
        self.setMaximumWidth(380)
        layout = QVBoxLayout(self)
        rubrik = QLabel(_tr("Avvikelsen ändrades medan du skrev"))
        rubrik.setStyleSheet(f"color: {BLA}; font-weight: 600; font-size: 11pt;")
        rubrik.setWordWrap(True)
        layout.addWidget(rubrik)
        self.meddelande = QLabel(wordWrap=True)
        layout.addWidget(self.meddelande)
        self.hamta = QPushButton(_tr("Hämta den sparade versionen"))
        self.hamta.setToolTip(
            _tr("Formuläret fylls med det som är sparat nu. Din version finns kvar här.")
        )
        self.hamta.clicked.connect(self.hamta_sparad)
        layout.addWidget(self.hamta)
        self.din_rubrik = QLabel(_tr("Din version"))
        self.din_rubrik.setStyleSheet("font-weight: 600;")
        layout.addSpacing(8)
        layout.addWidget(self.din_rubrik)
        self.ovriga = QLabel(wordWrap=True)
        self.ovriga.setStyleSheet(f"color: {DAMPAD};")
        layout.addWidget(self.ovriga)
        self._falt = QVBoxLayout()
        self._falt.setContentsMargins(0, 0, 0, 0)
        falt = QWidget()
        falt.setLayout(self._falt)
        rulla = QScrollArea(widgetResizable=True)
        rulla.setFrameShape(QScrollArea.Shape.NoFrame)
        rulla.setWidget(falt)
        layout.addWidget(rulla, 1)
        self.hide()

    def visa(
        self,
        meddelande: str,
        din: AvvikelseUppgifter,
        sparad: AvvikelseUppgifter,
        anvand: Callable[[str, str], None],
    ) -> None:
        """Show the message and the user's version of every field the saved one lacks.
        ``anvand(falt, text)`` puts her text back into the form's field."""
        self.meddelande.setText(meddelande)
        while self._falt.count():
            gammal = self._falt.takeAt(0).widget()
            if gammal is not None:
                gammal.setParent(None)  # gone at once, not only when the loop next runs
                gammal.deleteLater()
        olika = [f for f in TEXTFALT if _text(getattr(din, f)).strip() != _text(getattr(sparad, f))]
        for falt in olika:
            ruta = self._faltruta(falt, _text(getattr(din, falt)), anvand)
            self._falt.addWidget(ruta)
            ruta.show()  # the panel may be showing already: Qt would show it only later
        self._falt.addStretch()
        ovriga = sorted(
            {_tr(n) for f, n in OVRIGA_FALT.items() if getattr(din, f) != getattr(sparad, f)}
        )
        self.ovriga.setText(
            _tr("Du hade också ändrat: {falt}. Välj dem igen i formuläret om de ska gälla.").format(
                falt=", ".join(ovriga)
            )
            if ovriga
            else ""
        )
        self.ovriga.setVisible(bool(ovriga))
        self.din_rubrik.setVisible(bool(olika or ovriga))
        self.hamta.show()
        self.show()

    def sparad_hamtad(self, meddelande: str) -> None:
        self.meddelande.setText(meddelande)
        self.hamta.hide()

    def _faltruta(self, falt: str, text: str, anvand: Callable[[str, str], None]) -> QWidget:
        ruta = QWidget()
        ruta.setObjectName(f"din_{falt}")
        layout = QVBoxLayout(ruta)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(QLabel(_tr(TEXTFALT[falt])))
        visning = QPlainTextEdit(text, readOnly=True)
        visning.setMaximumHeight(90)
        visning.setAccessibleName(_tr("Din version: {falt}").format(falt=_tr(TEXTFALT[falt])))
        layout.addWidget(visning)
        knappar = QHBoxLayout()
        kopiera = QPushButton(_tr("Kopiera"))
        kopiera.setObjectName("kopiera")
        kopiera.setToolTip(_tr("Kopiera din text, för att klistra in den i formuläret"))
        kopiera.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
        anvand_knapp = QPushButton(_tr("Använd din text"))
        anvand_knapp.setObjectName("anvand")
        anvand_knapp.setToolTip(_tr("Ersätt fältet i formuläret med din text"))
        anvand_knapp.clicked.connect(lambda: anvand(falt, text))
        knappar.addWidget(kopiera)
        knappar.addWidget(anvand_knapp)
        knappar.addStretch()
        layout.addLayout(knappar)
        return ruta
