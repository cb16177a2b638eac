"""The intake form, driven as a user would (keyboard where it matters)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTime

from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.typer import Fallskada, Konsekvens
from skrivbord.ui.avvikelser.formular import AvvikelseFormular

IDAG = date(2026, 11, 23)


def _valj_kategori(formular: AvvikelseFormular, kod: str) -> None:
    kategori_id = next(i for i, k in formular._kategorikoder.items() if k == kod)
    formular.kategori.setCurrentIndex(formular.kategori.findData(kategori_id))


def test_nytt_fall_sparas_med_tangentbordet(qtbot, databas) -> None:
    formular = AvvikelseFormular(databas, idag=IDAG)
    qtbot.addWidget(formular)
    formular.show()
    formular.activateWindow()
    qtbot.waitUntil(formular.isActiveWindow)
    formular.datum.setDate(QDate(2026, 11, 20))
    formular.tid.setTime(QTime(22, 40))
    _valj_kategori(formular, "fall")
    assert formular.fallgrupp.isVisibleTo(formular)
    assert not formular.lakemedelsgrupp.isVisibleTo(formular)
    formular.beskrivning.setFocus()
    # QTest types ASCII only; the service round-trip of å ä ö is tested elsewhere.
    qtbot.keyClicks(formular.beskrivning, "Hittad pa golvet vid sangen.")
    formular.fall_skada.setCurrentIndex(formular.fall_skada.findData(Fallskada.LINDRIG))
    formular.konsekvens.setCurrentIndex(formular.konsekvens.findData(Konsekvens.LINDRIG))
    formular.risk_konsekvens.setCurrentIndex(formular.risk_konsekvens.findData(2))
    formular.risk_sannolikhet.setCurrentIndex(formular.risk_sannolikhet.findData(4))
    assert "8 – Hög risk" in formular.risketikett.text()
    assert "MAS beslutar" in formular.risketikett.text()

    with qtbot.waitSignal(formular.sparad) as signal:
        qtbot.keyClick(formular.beskrivning, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    detalj = avvikelser.hamta(databas, signal.args[0])
    assert detalj.kategori_kod == "fall"
    assert detalj.uppgifter.beskrivning == "Hittad pa golvet vid sangen."
    assert detalj.uppgifter.fall_skada == Fallskada.LINDRIG
    assert detalj.riskpoang == 8


def test_fel_visas_i_formularet_och_inget_sparas(qtbot, databas) -> None:
    formular = AvvikelseFormular(databas, idag=IDAG)
    qtbot.addWidget(formular)
    formular.show()
    _valj_kategori(formular, "annat")
    assert formular.annatgrupp.isVisibleTo(formular)
    formular.beskrivning.setPlainText("Något hände.")
    formular.spara()
    assert formular.isVisible()
    assert "Annat kräver" in formular.felrad.text()
    assert formular.avvikelse_id is None
    formular.annat_orsak.setText("Nyckelskåp")
    formular.spara()
    assert formular.avvikelse_id is not None
    assert not formular.isVisible()


def test_andra_befintlig_och_mellan_vardgivare(qtbot, databas) -> None:
    ny = AvvikelseFormular(databas, idag=IDAG)
    qtbot.addWidget(ny)
    _valj_kategori(ny, "informationsoverforing")
    ny.beskrivning.setPlainText("Läkemedelslista saknades vid hemgång.")
    ny.mellan.setChecked(True)
    assert ny.vardgivargrupp.isVisibleTo(ny)
    ny.spara()
    assert "vilken vårdgivare" in ny.felrad.text()
    ny.motpart.setCurrentIndex(1)
    ny.overenskommelse.setCurrentIndex(1)
    ny.underrattad.setChecked(True)
    ny.spara()
    assert ny.avvikelse_id is not None

    andra = AvvikelseFormular(databas, ny.avvikelse_id, idag=IDAG)
    qtbot.addWidget(andra)
    assert andra.mellan.isChecked()
    assert andra.uppgifter() == avvikelser.hamta(databas, ny.avvikelse_id).uppgifter
    andra.beskrivning.setPlainText("Läkemedelslista saknades vid utskrivning.")
    andra.spara()
    assert avvikelser.hamta(databas, ny.avvikelse_id).uppgifter.beskrivning.endswith("utskrivning.")


def test_senaste_enhet_kommer_ihag(qtbot, databas) -> None:
    forsta = AvvikelseFormular(databas, idag=IDAG)
    qtbot.addWidget(forsta)
    forsta.enhet.setCurrentIndex(2)
    vald = forsta.enhet.currentData()
    _valj_kategori(forsta, "fall")
    forsta.beskrivning.setPlainText("Föll.")
    forsta.spara()
    andra = AvvikelseFormular(databas, idag=IDAG)
    qtbot.addWidget(andra)
    assert andra.enhet.currentData() == vald
