"""Someone else changed the yearly review while the form was open: the form keeps her
comment, says who, fetches the saved review on request and then saves."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QPushButton, QWidget

from skrivbord.tjanster import enheter, personal
from skrivbord.tjanster.delegeringar import genomgang
from skrivbord.typer import Granskningsresultat, Roll
from skrivbord.ui.delegeringar.genomgangsdialog import GenomgangDialog

IDAG = date(2026, 6, 15)
ANNAS = "Anna: alla underskrifter på plats."
BERTILS = "Bertil: en delegering saknar MAS-information."


def test_genomgangen_behaller_hennes_kommentar(qtbot, databas) -> None:
    solgarden = next(e.id for e in enheter.lista(databas) if e.namn == "Solgården")
    ssk = personal.skapa(databas, "Siri", "Sköterskesson", Roll.SJUKSKOTERSKA).id
    bas = genomgang.Genomgangsuppgifter(
        solgarden, date(2026, 6, 3), ssk, Granskningsresultat.UTAN_ANMARKNING
    )
    g_id = genomgang.registrera(databas, bas, idag=IDAG)
    dialog = GenomgangDialog(databas, None, IDAG, genomgang_id=g_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resultat.setCurrentIndex(dialog.resultat.findData(Granskningsresultat.BRISTER.value))
    dialog.kommentar.setPlainText(BERTILS)

    genomgang.andra(databas, g_id, replace(bas, kommentar=ANNAS), IDAG, version=1)

    dialog.spara()
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.kommentar.toPlainText() == BERTILS
    assert dialog.samtidig.isVisible()
    assert f"({databas.anvandare})" in dialog.samtidig.meddelande.text()
    assert "genomgången" in dialog.samtidig.meddelande.text()
    assert genomgang.hamta(databas, g_id).kommentar == ANNAS

    dialog.samtidig.hamta.click()
    assert dialog.kommentar.toPlainText() == ANNAS
    ruta = dialog.samtidig.findChild(QWidget, "din_kommentar")
    assert ruta is not None and ruta.isVisible()
    ruta.findChild(QPushButton, "anvand").click()
    assert dialog.kommentar.toPlainText() == BERTILS
    dialog.resultat.setCurrentIndex(dialog.resultat.findData(Granskningsresultat.BRISTER.value))
    dialog.spara()
    assert dialog.result() == 1
    sparad = genomgang.hamta(databas, g_id)
    assert (sparad.kommentar, sparad.resultat) == (BERTILS, Granskningsresultat.BRISTER)
