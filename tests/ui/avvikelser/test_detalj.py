"""The detail panel drives the whole follow-up workflow through the services."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QMessageBox

from skrivbord.tjanster.avvikelser import flode, kategorier
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.typer import (
    Atgardsstatus,
    Avvikelsestatus,
    Informerad,
    LexMaria,
    Orsaksomrade,
    Roll,
)
from skrivbord.ui.avvikelser import detalj as detaljmodul
from skrivbord.ui.avvikelser.detalj import AvvikelseDetaljPanel
from skrivbord.ui.gemensamt.formular import fran_date
from tests.fabrik import komplett

IDAG = date(2026, 11, 23)


@pytest.fixture
def avvikelse_id(databas) -> int:
    fall = next(k for k in kategorier.lista(databas) if k.kod == "fall")
    return avvikelser.registrera(
        databas,
        komplett(
            databas,
            avvikelser.AvvikelseUppgifter(
                handelse_tid=datetime(2026, 11, 10, 3, 15),
                rapporterad_datum=date(2026, 11, 10),
                enhet_id=1,
                rapportor_roll=Roll.UNDERSKOTERSKA,
                kategori_id=fall.id,
                beskrivning="Föll <b>nattetid</b> på väg till toaletten.",
                risk_konsekvens=3,
                risk_sannolikhet=3,
            ),
        ),
        IDAG,
    )


@pytest.fixture
def panel(qtbot, databas, avvikelse_id) -> AvvikelseDetaljPanel:
    panel = AvvikelseDetaljPanel(databas, idag=IDAG)
    qtbot.addWidget(panel)
    panel.resize(700, 900)
    panel.show()
    panel.visa(avvikelse_id)
    return panel


def test_visar_avvikelsen_och_mas_beslut(panel, avvikelse_id) -> None:
    assert f"Avvikelse {avvikelse_id} · Fall" in panel.rubrik.text()
    assert "Registrerad" in panel.underrubrik.text()
    assert "riskbedömning 9" in panel.underrubrik.text()
    assert "faktisk konsekvens: " in panel.underrubrik.text()
    assert panel.masruta.isVisible()
    # User text is escaped, not rendered as markup.
    assert "&lt;b&gt;nattetid&lt;/b&gt;" in panel.beskrivning.text()
    panel.analys_ja.click()
    assert panel.detalj.handelseanalys is True
    assert "görs." in panel.mastext.text()


def _svara_inga_atgarder(monkeypatch, motivering: str) -> list[str]:
    """Fills IngaAtgarderDialog when the panel opens it: first empty (refused), then
    ``motivering``; returns the error lines it showed."""
    fel: list[str] = []

    def fyll(dialog) -> int:
        dialog.motivering.setPlainText("")
        dialog._spara()
        fel.append(dialog.felrad.text())
        dialog.motivering.setPlainText(motivering)
        dialog._spara()
        return dialog.result()

    monkeypatch.setattr(detaljmodul.IngaAtgarderDialog, "exec", fyll)
    return fel


def test_flodet_via_panelen(panel, avvikelse_id, qtbot, monkeypatch) -> None:
    with qtbot.waitSignal(panel.andrad):
        panel.nasta_knapp.click()
    assert panel.detalj.status == Avvikelsestatus.UNDER_UTREDNING
    panel.nasta_knapp.click()  # refused: no analysis yet
    assert panel.hinder.isVisible()
    assert "analysen" in panel.hinder.text()
    panel.orsaksrutor[Orsaksomrade.MILJO].setChecked(True)
    panel.analystext.setPlainText("Mörkt i rummet")
    panel._spara_analys()
    assert panel.detalj.orsaker == {Orsaksomrade.MILJO}
    panel.nasta_knapp.click()  # refused: no åtgärd, and no reason why none is needed
    assert panel.detalj.status == Avvikelsestatus.UNDER_UTREDNING
    assert panel.hinder.isVisible()
    assert "minst en åtgärd" in panel.hinder.text()
    _svara_inga_atgarder(monkeypatch, "Lampan var redan utbytt.")
    panel.inga_atgarder_knapp.click()
    assert not panel.hinder.isVisible()
    panel.nasta_knapp.click()
    assert panel.detalj.status == Avvikelsestatus.ATGARDER_BESLUTADE
    assert "Uppföljd" in panel.nasta_knapp.text()


def test_inga_atgarder_behovs_med_motivering(panel, avvikelse_id, qtbot, monkeypatch) -> None:
    assert panel.inga_atgarder_knapp.isVisible()
    assert not panel.inga_atgarder.isVisible()
    fel = _svara_inga_atgarder(monkeypatch, "Engångshändelse <utan> brist i rutinen.")
    with qtbot.waitSignal(panel.andrad):
        panel.inga_atgarder_knapp.click()
    assert fel and "varför inga åtgärder" in fel[0]  # a reason is required
    assert panel.detalj.inga_atgarder_motivering == "Engångshändelse <utan> brist i rutinen."
    assert panel.inga_atgarder.isVisible()
    assert "&lt;utan&gt;" in panel.inga_atgarder.text()  # user text is escaped
    assert "Ändra" in panel.inga_atgarder_knapp.text()

    # The dialog opens on the saved reason, to change it; an åtgärd can still be added.
    def andra(dialog) -> int:
        assert dialog.motivering.toPlainText() == "Engångshändelse <utan> brist i rutinen."
        dialog.motivering.setPlainText("Rutinen följdes.")
        dialog._spara()
        return dialog.result()

    monkeypatch.setattr(detaljmodul.IngaAtgarderDialog, "exec", andra)
    panel.inga_atgarder_knapp.click()
    assert panel.detalj.inga_atgarder_motivering == "Rutinen följdes."

    def fyll_atgard(dialog) -> int:
        dialog.beskrivning.setText("Nattbelysning")
        dialog._spara()
        return dialog.result()

    monkeypatch.setattr(detaljmodul.NyAtgardDialog, "exec", fyll_atgard)
    panel._ny_atgard()
    assert [a.beskrivning for a in panel.detalj.atgarder] == ["Nattbelysning"]
    assert panel.inga_atgarder.isVisible()


def test_effekt_ej_uppnadd_hindrar_avslut_i_panelen(panel, databas, avvikelse_id) -> None:
    flode.flytta_fram(databas, avvikelse_id)
    flode.spara_analys(databas, avvikelse_id, {Orsaksomrade.MILJO}, "")
    atgard = flode.lagg_till_atgard(databas, avvikelse_id, "Nattlampa", None, None)
    flode.flytta_fram(databas, avvikelse_id)
    flode.satt_atgardsstatus(databas, atgard, Atgardsstatus.KLAR, IDAG)
    flode.lagg_till_uppfoljning(databas, avvikelse_id, IDAG, False, idag=IDAG)
    flode.flytta_fram(databas, avvikelse_id)
    flode.satt_lex_maria(databas, avvikelse_id, LexMaria.EJ_AKTUELL, IDAG)
    panel.visa(avvikelse_id)
    assert panel.detalj.status == Avvikelsestatus.UPPFOLJD
    panel.nasta_knapp.click()
    assert panel.detalj.status == Avvikelsestatus.UPPFOLJD
    assert panel.hinder.isVisible()
    assert "effekten inte uppnåddes" in panel.hinder.text()
    assert "ny åtgärd" in panel.hinder.text()
    # A new åtgärd, done, answers it.
    ny = flode.lagg_till_atgard(databas, avvikelse_id, "Sensorlarm", None, None)
    flode.satt_atgardsstatus(databas, ny, Atgardsstatus.KLAR, IDAG)
    panel.visa(avvikelse_id)
    panel.nasta_knapp.click()
    assert panel.detalj.status == Avvikelsestatus.AVSLUTAD


def test_lex_maria_vagran_visas(panel, monkeypatch) -> None:
    varningar: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: varningar.append(text))
    ruta = panel.lex_maria
    ruta.bedomning.setCurrentIndex(ruta.bedomning.findData(LexMaria.ANMALD.value))
    ruta.spara.click()
    assert varningar and "motivering" in varningar[0]
    ruta.motivering.setText("Allvarlig vårdskada")
    ruta.ivo.setText("IVO 3.1-99")
    ruta.spara.click()
    assert panel.detalj.lex_maria.bedomning == LexMaria.ANMALD
    assert panel.detalj.lex_maria.ivo_referens == "IVO 3.1-99"
    assert panel.detalj.lex_maria.anmalan.anmald_datum is not None


def test_lex_maria_visar_bara_det_som_hor_till_bedomningen(panel) -> None:
    ruta = panel.lex_maria
    ruta.show()
    for bedomning, anmalan, information in (
        (LexMaria.EJ_BEDOMD, False, False),
        (LexMaria.EJ_AKTUELL, False, False),
        (LexMaria.UTREDS, False, True),
        (LexMaria.ANMALD, True, True),
    ):
        ruta.bedomning.setCurrentIndex(ruta.bedomning.findData(bedomning.value))
        assert ruta.ivo.isVisible() == anmalan, bedomning
        assert ruta.informerad.isVisible() == information, bedomning
    assert not ruta.informerad_datum.isEnabled()  # no date before someone is chosen
    ruta.informerad.setCurrentIndex(ruta.informerad.findData(Informerad.NARSTAENDE.value))
    assert ruta.informerad_datum.isEnabled()


def test_atgard_och_uppfoljning_med_dialoger(panel, monkeypatch) -> None:
    def fyll_atgard(dialog) -> int:
        dialog.beskrivning.setText("Nattbelysning")
        dialog._spara()
        return dialog.result()

    monkeypatch.setattr(detaljmodul.NyAtgardDialog, "exec", fyll_atgard)
    panel._ny_atgard()
    assert [a.beskrivning for a in panel.detalj.atgarder] == ["Nattbelysning"]
    panel.atgarder.selectRow(0)
    panel.klar_knapp.click()
    assert panel.detalj.atgarder[0].status == "klar"

    def fyll_uppfoljning(dialog) -> int:
        dialog.datum.setDate(fran_date(date(2026, 11, 1)))  # before the event
        dialog._spara()
        assert "före händelsen" in dialog.felrad.text()
        dialog.datum.setDate(fran_date(date(2026, 11, 20)))
        dialog._spara()
        return dialog.result()

    monkeypatch.setattr(detaljmodul.UppfoljningDialog, "exec", fyll_uppfoljning)
    panel._ny_uppfoljning()
    assert len(panel.detalj.uppfoljningar) == 1
    assert "2026-11-20" in panel.uppfoljningar.text()


@pytest.mark.parametrize("dialogtyp", ["ny_atgard", "uppfoljning"])
def test_dialogerna_oppnar_pa_forsta_faltet(qtbot, dialogtyp) -> None:
    from PySide6.QtWidgets import QApplication

    from skrivbord.ui.avvikelser.atgardsdialoger import NyAtgardDialog, UppfoljningDialog

    dialog = (
        NyAtgardDialog([], lambda *a: None)
        if dialogtyp == "ny_atgard"
        else UppfoljningDialog(lambda *a: None)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    forsta = dialog.beskrivning if dialogtyp == "ny_atgard" else dialog.datum
    assert QApplication.focusWidget() is forsta


def test_tab_lamnar_atgardstabellen(panel, avvikelse_id, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.atgarder.setFocus()
    qtbot.keyClick(panel.atgarder, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not panel.atgarder


def test_alt_t_tar_nasta_steg(panel, avvikelse_id, qtbot) -> None:
    """The panel's buttons have mnemonics: Alt+T is "Nästa steg" without the mouse."""
    from PySide6.QtCore import Qt

    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    assert panel.detalj.status is Avvikelsestatus.REGISTRERAD
    panel.analys_nej.click()  # risk 9 asks for the MAS decision first
    assert panel.nasta_knapp.isEnabled(), panel.hinder.text()
    qtbot.keyClick(panel, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    # A mnemonic "animates" the click: the button is released 100 ms later.
    qtbot.waitUntil(
        lambda: (
            avvikelser.hamta(panel._databas, avvikelse_id).status is Avvikelsestatus.UNDER_UTREDNING
        )
    )
