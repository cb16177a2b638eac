"""Someone else saved the avvikelse while the form was open: the form keeps the
user's text, says who in Swedish, loads the saved version on request with her own
beside it, and saves both edits merged (tjanster/samtidighet.py)."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QWidget

from skrivbord.tjanster.avvikelser import flode
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.typer import Atgardsstatus, Orsaksomrade
from skrivbord.ui.avvikelser.detalj import AvvikelseDetaljPanel
from skrivbord.ui.avvikelser.formular import AvvikelseFormular
from tests.tjanster.avvikelser.test_samtidighet import ANNAS, BERTILS, GRUND, IDAG, ny_avvikelse


def _knapp(formular: AvvikelseFormular, falt: str, namn: str) -> QPushButton:
    ruta = formular.samtidig.findChild(QWidget, f"din_{falt}")
    assert ruta is not None, falt
    return ruta.findChild(QPushButton, namn)


def _rutor(formular: AvvikelseFormular) -> set[str]:
    """The fields whose own version the panel shows (and shows now)."""
    return {
        w.objectName()
        for w in formular.samtidig.findChildren(QWidget)
        if w.objectName().startswith("din_") and w.isVisible()
    }


def test_andra_skrivaren_behaller_sin_text_och_sparar_bada(qtbot, databas) -> None:
    avvikelse_id = ny_avvikelse(databas)
    formular = AvvikelseFormular(databas, avvikelse_id, idag=IDAG)
    qtbot.addWidget(formular)
    formular.show()
    assert not formular.samtidig.isVisible()
    formular.beskrivning.setPlainText(GRUND + BERTILS)
    formular.omedelbar.setPlainText("Hjälpte upp, kontrollerade smärta.")

    # Anna saves from her own form meanwhile.
    anna = avvikelser.hamta(databas, avvikelse_id)
    avvikelser.uppdatera(
        databas,
        avvikelse_id,
        replace(anna.uppgifter, beskrivning=GRUND + ANNAS),
        IDAG,
        version=anna.version,
    )

    formular.spara_knapp.click()
    assert formular.isVisible() and formular.result() == 0  # not closed, nothing saved
    assert formular.beskrivning.toPlainText() == GRUND + BERTILS  # his text untouched
    assert formular.samtidig.isVisible()
    meddelande = formular.samtidig.meddelande.text()
    assert f"({databas.anvandare})" in meddelande and "Din text finns kvar" in meddelande
    assert avvikelser.hamta(databas, avvikelse_id).uppgifter.beskrivning == GRUND + ANNAS
    # His version of both changed text fields is beside the form.
    assert _rutor(formular) == {"din_beskrivning", "din_omedelbar_atgard"}
    if os.environ.get("SKARMDUMP"):  # a screenshot for the docs, laid out as the app shows it
        qtbot.wait(50)
        formular.grab().save(str(Path(os.environ["SKARMDUMP"]) / "samtidig_fore.png"))

    # Saving again without loading the saved version is refused again, still nothing lost.
    formular.spara_knapp.click()
    assert formular.isVisible() and formular.beskrivning.toPlainText() == GRUND + BERTILS

    formular.samtidig.hamta.click()
    assert formular.beskrivning.toPlainText() == GRUND + ANNAS  # the saved version
    assert not formular.samtidig.hamta.isVisible()
    assert "visar nu den sparade versionen" in formular.samtidig.meddelande.text()
    assert _rutor(formular) == {"din_beskrivning", "din_omedelbar_atgard"}

    _knapp(formular, "beskrivning", "kopiera").click()
    assert QGuiApplication.clipboard().text() == GRUND + BERTILS
    _knapp(formular, "omedelbar_atgard", "anvand").click()
    assert formular.omedelbar.toPlainText() == "Hjälpte upp, kontrollerade smärta."
    # He merges: Anna's text and his addition.
    formular.beskrivning.setPlainText(GRUND + ANNAS + BERTILS)
    if os.environ.get("SKARMDUMP"):  # a screenshot for the docs, laid out as the app shows it
        qtbot.wait(50)
        formular.grab().save(str(Path(os.environ["SKARMDUMP"]) / "samtidig_hamtad.png"))

    with qtbot.waitSignal(formular.sparad):
        formular.spara_knapp.click()
    sparad = avvikelser.hamta(databas, avvikelse_id)
    assert sparad.uppgifter.beskrivning == GRUND + ANNAS + BERTILS
    assert sparad.uppgifter.omedelbar_atgard == "Hjälpte upp, kontrollerade smärta."
    assert sparad.version == 3


# --- the detail panel's steps -----------------------------------------------------------


def test_detaljpanelens_analys_behaller_hennes_text(qtbot, databas) -> None:
    """Someone else saved the analysis while the panel was open: her analysis stays in
    the panel, a box says who, and fetching the saved one keeps hers beside it."""

    avvikelse_id = ny_avvikelse(databas)
    panel = AvvikelseDetaljPanel(databas, idag=IDAG)
    qtbot.addWidget(panel)
    panel.resize(520, 900)
    panel.show()
    panel.visa(avvikelse_id)
    assert not panel.samtidig.isVisible()
    panel.analystext.setPlainText("Bertil: larmet hördes inte.")
    panel.lex_maria.motivering.setText("Bertil: ingen vårdskada.")

    flode.spara_analys(
        databas, avvikelse_id, {Orsaksomrade.RUTINER}, "Anna: rutinen följdes inte.", version=1
    )
    panel._spara_analys()
    assert panel.samtidig.isVisible()
    assert f"({databas.anvandare})" in panel.samtidig.meddelande.text()
    assert panel.analystext.toPlainText() == "Bertil: larmet hördes inte."
    assert avvikelser.hamta(databas, avvikelse_id).analys_text == "Anna: rutinen följdes inte."
    # Another step is refused the same way, and his text is still there.
    panel._handelseanalys(True)
    assert avvikelser.hamta(databas, avvikelse_id).handelseanalys is None
    assert panel.lex_maria.motivering.text() == "Bertil: ingen vårdskada."

    panel.samtidig.hamta.click()
    assert panel.analystext.toPlainText() == "Anna: rutinen följdes inte."
    assert panel.orsaksrutor[Orsaksomrade.RUTINER].isChecked()
    assert _synliga(panel.samtidig) == {"din_analys_text", "din_lex_maria_motivering"}
    panel.samtidig.findChild(QWidget, "din_analys_text").findChild(QPushButton, "anvand").click()
    assert panel.analystext.toPlainText() == "Bertil: larmet hördes inte."
    panel._spara_analys()
    assert not panel.samtidig.isVisible()  # saved: the panel reloads, the box goes
    assert avvikelser.hamta(databas, avvikelse_id).analys_text == "Bertil: larmet hördes inte."


def test_atgardens_status_med_gammal_version(qtbot, databas) -> None:

    avvikelse_id = ny_avvikelse(databas)
    atgard_id = flode.lagg_till_atgard(databas, avvikelse_id, "Byt sänggrind.", None, None)
    panel = AvvikelseDetaljPanel(databas, idag=IDAG)
    qtbot.addWidget(panel)
    panel.show()
    panel.visa(avvikelse_id)
    flode.satt_atgardsstatus(databas, atgard_id, Atgardsstatus.PAGAR, version=1)
    panel.atgarder.selectRow(0)
    panel._atgardsstatus(Atgardsstatus.STRUKEN)
    assert panel.samtidig.isVisible() and "åtgärden" in panel.samtidig.meddelande.text()
    (atgard,) = avvikelser.hamta(databas, avvikelse_id).atgarder
    assert atgard.status is Atgardsstatus.PAGAR
    panel.samtidig.hamta.click()
    panel.atgarder.selectRow(0)
    panel._atgardsstatus(Atgardsstatus.STRUKEN)
    (atgard,) = avvikelser.hamta(databas, avvikelse_id).atgarder
    assert atgard.status is Atgardsstatus.STRUKEN


def _synliga(ruta: QWidget) -> set[str]:
    return {
        w.objectName()
        for w in ruta.findChildren(QWidget)
        if w.objectName().startswith("din_") and w.isVisible()
    }
