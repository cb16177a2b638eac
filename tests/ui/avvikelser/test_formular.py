"""The intake form, driven as a user would: keys pressed, buttons clicked."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication, QMessageBox

from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.typer import Fallskada, Konsekvens, Riktning
from skrivbord.ui.avvikelser.formular import AvvikelseFormular
from tests.conftest import VANTA_MS
from tests.ui.tillganglighet import har_namn

IDAG = date(2026, 11, 23)
CTRL = Qt.KeyboardModifier.ControlModifier


class Tangentbord:
    """Presses keys in whatever widget has focus, and counts them."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.antal = 0

    def tryck(self, tangent: Qt.Key | str, modifierare=Qt.KeyboardModifier.NoModifier) -> None:
        mottagare = QApplication.focusWidget()
        assert mottagare is not None, "inget har fokus"
        self.qtbot.keyClick(mottagare, tangent, modifierare)
        self.antal += 1

    def skriv(self, text: str) -> None:
        """Free text (not counted: the budget is for everything but the description)."""
        self.qtbot.keyClicks(QApplication.focusWidget(), text)


@pytest.fixture
def formular(qtbot, databas):
    # Not qtbot.addWidget: pytest-qt would close() it, which asks "close without saving?".
    formular = AvvikelseFormular(databas, idag=IDAG)
    formular.show()
    formular.activateWindow()
    qtbot.waitUntil(formular.isActiveWindow, timeout=VANTA_MS)
    yield formular
    formular.done(0)
    formular.deleteLater()


def _valj_kategori(formular: AvvikelseFormular, kod: str) -> None:
    kategori_id = next(i for i, k in formular._kategorikoder.items() if k == kod)
    formular.kategori.setCurrentIndex(formular.kategori.findData(kategori_id))


def test_nattfall_i_sabo_med_under_20_tangenttryck(qtbot, formular) -> None:
    """A night fall in a särskilt boende, keyboard only: the description aside, fewer
    than 20 key presses (it took 172 before the form was reordered)."""
    tangenter = Tangentbord(qtbot)
    assert QApplication.focusWidget() is formular.datum  # it opens on the date
    tangenter.tryck(Qt.Key.Key_Tab)  # to the time, in one press
    assert QApplication.focusWidget() is formular.tid
    for siffra in "0230":
        tangenter.tryck(siffra)
    tangenter.tryck(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is formular.enhet
    tangenter.tryck("S")  # Solgården
    tangenter.tryck(Qt.Key.Key_Tab)
    tangenter.tryck("F")  # Fall
    tangenter.tryck(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is formular.fall_plats
    tangenter.tryck("E")  # Eget rum
    tangenter.tryck(Qt.Key.Key_Tab)
    tangenter.tryck("O")  # Okänd (hittad på golvet)
    tangenter.tryck(Qt.Key.Key_Tab)
    tangenter.tryck("I")  # Ingen skada
    tangenter.tryck(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is formular.beskrivning
    tangenter.skriv("Hittad sittande pa golvet vid sangen vid nattillsynen.")
    with qtbot.waitSignal(formular.sparad, timeout=VANTA_MS) as sparad:
        tangenter.tryck(Qt.Key.Key_Return, CTRL)
    assert tangenter.antal < 20, tangenter.antal
    u = avvikelser.hamta(formular._databas, sparad.args[0]).uppgifter
    assert u.handelse_tid.time().isoformat() == "02:30:00"
    assert (u.fall_plats, u.fall_aktivitet, u.fall_skada) == ("rum", "okand", Fallskada.INGEN)
    assert u.beskrivning.startswith("Hittad sittande")


def test_alla_fel_visas_faltet_far_fokus_och_felen_forsvinner_vid_andring(qtbot, formular) -> None:
    _valj_kategori(formular, "fall")
    formular.datum.setFocus()
    Tangentbord(qtbot).tryck(Qt.Key.Key_Return, CTRL)
    rader = formular.felrad.text().splitlines()
    assert rader[:3] == [
        "Fall: ange var fallet skedde (plats).",
        "Fall: ange vad personen gjorde (aktivitet).",
        "Fall: ange om fallet gav någon skada.",
    ]
    assert rader[3] == "Beskrivning: beskriv vad som hände."
    assert not formular.felrad.isHidden()
    assert QApplication.focusWidget() is formular.fall_plats
    assert formular.avvikelse_id is None
    qtbot.keyClick(formular.fall_plats, "E")
    assert formular.felrad.isHidden()  # the list may no longer be true


def test_annat_kraver_forklaring_och_sparas_sedan(qtbot, formular) -> None:
    _valj_kategori(formular, "annat")
    assert formular.annatgrupp.isVisibleTo(formular)
    formular.beskrivning.setPlainText("Något hände.")
    formular.spara_knapp.click()
    assert formular.felrad.text().startswith("Annat:")
    assert QApplication.focusWidget() is formular.annat_orsak
    qtbot.keyClicks(formular.annat_orsak, "Nyckelskap")
    assert formular.felrad.isHidden()
    formular.spara_knapp.click()
    assert formular.avvikelse_id is not None and not formular.isVisible()


def test_underkategori_bara_dar_den_finns(formular) -> None:
    for kod, synlig in (("fall", False), ("lakemedel", False), ("hjalpmedel", True)):
        _valj_kategori(formular, kod)
        assert formular.underkategori.isVisibleTo(formular) is synlig, kod


def test_esc_fragar_innan_ifyllt_kastas(qtbot, formular, monkeypatch) -> None:
    svar: list[QMessageBox.StandardButton] = [QMessageBox.StandardButton.Cancel]
    fragor: list[str] = []

    def fraga(_foralder, _titel, text, *_a, **_k):
        fragor.append(text)
        return svar[0]

    monkeypatch.setattr(QMessageBox, "question", fraga)
    qtbot.keyClicks(formular.beskrivning, "Halkade.")
    qtbot.keyClick(formular.beskrivning, Qt.Key.Key_Escape)
    assert formular.isVisible() and len(fragor) == 1  # Avbryt: nothing lost
    svar[0] = QMessageBox.StandardButton.Discard
    qtbot.keyClick(formular.beskrivning, Qt.Key.Key_Escape)
    assert not formular.isVisible()


def test_esc_pa_orort_formular_stanger_utan_fraga(qtbot, formular) -> None:
    qtbot.keyClick(formular.datum, Qt.Key.Key_Escape)
    assert not formular.isVisible()


def test_oppnas_hogt_nog(formular) -> None:
    skarm = formular.screen().availableGeometry()
    assert formular.height() >= min(formular.sizeHint().height(), skarm.height() - 60)
    assert formular.height() > 386


def test_datum_och_tid_har_namn_for_skarmlasare(formular) -> None:
    for falt in (
        formular.datum,
        formular.tid,
        formular.rapporterad,
        formular.vardgivargrupp.underrattad_datum,
    ):
        assert har_namn(falt), falt


def test_andra_befintlig_och_mellan_vardgivare(qtbot, databas) -> None:
    ny = AvvikelseFormular(databas, idag=IDAG)
    qtbot.addWidget(ny)
    _valj_kategori(ny, "informationsoverforing")
    ny.beskrivning.setPlainText("Läkemedelslista saknades vid hemgång.")
    ny.mellan.setChecked(True)
    assert ny.vardgivargrupp.isVisibleTo(ny)
    ny.spara()
    assert "vilken vårdgivare" in ny.felrad.text()
    ny.vardgivargrupp.motpart.setCurrentIndex(1)
    ny.vardgivargrupp.overenskommelse.setCurrentIndex(1)
    ny.vardgivargrupp.riktning.setCurrentIndex(
        ny.vardgivargrupp.riktning.findData(Riktning.MOTTAGEN)
    )
    ny.vardgivargrupp.underrattad.setChecked(True)
    ny.spara()
    assert ny.avvikelse_id is not None

    andra = AvvikelseFormular(databas, ny.avvikelse_id, idag=IDAG)
    qtbot.addWidget(andra)
    assert andra.mellan.isChecked()
    assert andra.uppgifter() == avvikelser.hamta(databas, ny.avvikelse_id).uppgifter
    andra.beskrivning.setPlainText("Läkemedelslista saknades vid utskrivning.")
    andra.spara()
    assert avvikelser.hamta(databas, ny.avvikelse_id).uppgifter.beskrivning.endswith("utskrivning.")


def test_senaste_enhet_och_risk(qtbot, databas) -> None:
    forsta = AvvikelseFormular(databas, idag=IDAG)
    qtbot.addWidget(forsta)
    forsta.enhet.setCurrentIndex(2)
    vald = forsta.enhet.currentData()
    _valj_kategori(forsta, "fall")
    for falt in (forsta.fall_plats, forsta.fall_aktivitet):
        falt.setCurrentIndex(1)
    forsta.fall_skada.setCurrentIndex(forsta.fall_skada.findData(Fallskada.LINDRIG))
    forsta.konsekvens.setCurrentIndex(forsta.konsekvens.findData(Konsekvens.LINDRIG))
    forsta.risk_konsekvens.setCurrentIndex(forsta.risk_konsekvens.findData(2))
    forsta.risk_sannolikhet.setCurrentIndex(forsta.risk_sannolikhet.findData(4))
    assert "8 – Hög risk" in forsta.risketikett.text()
    assert "MAS beslutar" in forsta.risketikett.text()
    forsta.beskrivning.setPlainText("Föll.")
    forsta.tid.setTime(QTime(10, 0))
    forsta.spara()
    assert forsta.avvikelse_id is not None
    andra = AvvikelseFormular(databas, idag=IDAG)
    qtbot.addWidget(andra)
    assert andra.enhet.currentData() == vald
