"""Someone else recorded the occurrence while the result dialog was open: the dialog
stays open with everything she typed, says who, fetches the saved result on request
with her comment beside it, and then saves (tjanster/samtidighet.py)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QWidget

from skrivbord.tjanster.egenkontroller import tillfallen
from skrivbord.ui.egenkontroller.resultatdialog import ResultatDialog

IDAG = date(2026, 6, 15)
ANNAS = "Anna: allt i ordning."
BERTILS = "Bertil: handsprit saknades vid entrén."


def _hygienrond(databas) -> tillfallen.Tillfalle:
    return next(
        t
        for t in tillfallen.lista(databas, 2026, idag=IDAG)
        if t.omrade == "Hygienrond" and t.enhet == "Solgården"
    )


def test_resultatet_behaller_hennes_text(qtbot, databas) -> None:
    oppnat = _hygienrond(databas)
    dialog = ResultatDialog(databas, oppnat, idag=IDAG)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.samtidig.isVisible()
    dialog.brister.setChecked(True)
    dialog.kommentar.setPlainText(BERTILS)
    dialog.atgard_text.setText("Sätt upp handsprit vid entrén.")
    dialog._lagg_till_atgard()

    # Anna records the same occurrence from her computer meanwhile.
    tillfallen.registrera(
        databas,
        oppnat.id,
        tillfallen.Resultat(date(2026, 5, 5), None, False, ANNAS),
        IDAG,
        version=oppnat.version,
    )

    dialog.spara()
    assert dialog.isVisible() and dialog.result() == 0  # not closed, nothing saved
    assert dialog.kommentar.toPlainText() == BERTILS and dialog.brister.isChecked()
    assert dialog.atgardslista.count() == 1
    assert dialog.samtidig.isVisible() and not dialog.felrad.isVisible()
    meddelande = dialog.samtidig.meddelande.text()
    assert f"({databas.anvandare})" in meddelande and "tillfället" in meddelande
    assert _hygienrond(databas).kommentar == ANNAS
    if os.environ.get("SKARMDUMP"):
        qtbot.wait(50)
        dialog.grab().save(str(Path(os.environ["SKARMDUMP"]) / "samtidig_resultat_fore.png"))

    # Saving again without fetching is refused again; still nothing lost.
    dialog.spara()
    assert dialog.isVisible() and dialog.kommentar.toPlainText() == BERTILS

    dialog.samtidig.hamta.click()
    assert dialog.kommentar.toPlainText() == ANNAS and dialog.ok.isChecked()
    assert dialog.datum.date().toPython() == date(2026, 5, 5)
    assert not dialog.samtidig.hamta.isVisible()
    efter = dialog.samtidig.meddelande.text()
    assert "visar nu den sparade versionen" in efter and "Du hade valt Brister." in efter
    ruta = dialog.samtidig.findChild(QWidget, "din_kommentar")
    assert ruta is not None and ruta.isVisible()
    ruta.findChild(QPushButton, "kopiera").click()
    assert QGuiApplication.clipboard().text() == BERTILS
    if os.environ.get("SKARMDUMP"):
        qtbot.wait(50)
        dialog.grab().save(str(Path(os.environ["SKARMDUMP"]) / "samtidig_resultat_efter.png"))

    # She keeps Anna's date and adds her own finding.
    ruta.findChild(QPushButton, "anvand").click()
    assert dialog.kommentar.toPlainText() == BERTILS
    dialog.brister.setChecked(True)
    dialog.spara()
    assert dialog.result() == 1
    sparat = _hygienrond(databas)
    assert (sparat.kommentar, sparat.brister, sparat.utfort_datum) == (
        BERTILS,
        True,
        date(2026, 5, 5),
    )
