"""Someone else saved the avvikelse while the form was open: the form keeps the
user's text, says who in Swedish, loads the saved version on request with her own
beside it, and saves both edits merged (tjanster/samtidighet.py)."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QWidget

from skrivbord.tjanster.avvikelser import registrering as avvikelser
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
