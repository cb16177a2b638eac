"""The MAS classes the "Annat" explanations: by reason, or moved to a category."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox

from skrivbord.tjanster.avvikelser import annat_skal, kategorier
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.tjanster.databasfil import Databas
from skrivbord.typer import Roll
from skrivbord.ui.avvikelser.annat_klassning import AnnatKlassningDialog
from skrivbord.ui.avvikelser.formular import AvvikelseFormular
from skrivbord.ui.avvikelser.kategorier import AnnatSkalDialog


def _annat(databas: Databas, forklaring: str, dag: int = 2) -> int:
    annat = next(k for k in kategorier.lista(databas) if k.kod == "annat")
    return avvikelser.registrera(
        databas,
        avvikelser.AvvikelseUppgifter(
            datetime(2026, 1, dag, 8),
            date(2026, 1, dag),
            1,
            Roll.UNDERSKOTERSKA,
            annat.id,
            "Något hände.",
            annat_orsak=forklaring,
        ),
    )


def _markera(dialog: AnnatKlassningDialog, text: str) -> None:
    rad = [dialog.tabell.item(r, 0).text() for r in range(dialog.tabell.rowCount())].index(text)
    dialog.tabell.selectionModel().select(
        dialog.tabell.model().index(rad, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_klassa_som_skal_och_flytta_till_kategori(qtbot, databas: Databas) -> None:
    for forklaring in ("Larm", "larm ", "Bemötande", "Hotade personal"):
        _annat(databas, forklaring)
    dialog = AnnatKlassningDialog(databas)
    qtbot.addWidget(dialog)
    assert [dialog.tabell.item(r, 0).text() for r in range(3)] == [
        "Larm",
        "Bemötande",
        "Hotade personal",
    ]
    assert dialog.tabell.item(0, 1).text() == "2"
    assert not dialog.klassa_knapp.isEnabled()  # nothing chosen

    _markera(dialog, "Larm")
    dialog.mal.setCurrentIndex(dialog.mal.findText("Larm och teknik"))
    assert dialog.klassa_knapp.isEnabled()
    dialog.klassa_knapp.click()
    assert "2 avvikelser klassades som Larm och teknik" in dialog.status.text()
    assert dialog.tabell.rowCount() == 2

    _markera(dialog, "Hotade personal")
    dialog.mal.setCurrentIndex(dialog.mal.findText("Flytta till kategorin Hot och våld"))
    dialog.klassa_knapp.click()
    assert "flyttades till kategorin Hot och våld" in dialog.status.text()
    assert [f.text for f in annat_skal.oklassade(databas)] == ["Bemötande"]


def test_formularet_visar_och_sparar_skalet(qtbot, databas: Databas) -> None:
    avvikelse_id = _annat(databas, "Nyckeln saknades")
    formular = AvvikelseFormular(databas, avvikelse_id)
    qtbot.addWidget(formular)
    assert formular.annat_skal.currentText() == "Ej klassad ännu"
    formular.annat_skal.setCurrentIndex(formular.annat_skal.findText("Nycklar och egendom"))
    formular.spara()
    detalj = avvikelser.hamta(databas, avvikelse_id)
    assert detalj.annat_skal_namn == "Nycklar och egendom"
    assert detalj.uppgifter.annat_orsak == "Nyckeln saknades"  # the explanation is kept
    assert annat_skal.oklassade(databas) == []


def test_skal_som_anvands_kan_inte_tas_bort(qtbot, databas: Databas, monkeypatch) -> None:
    avvikelse_id = _annat(databas, "Larm")
    skal = {s.namn: s.id for s in annat_skal.SKAL.lista(databas)}
    annat_skal.klassa(databas, ["Larm"], skal_id=skal["Larm och teknik"])
    assert avvikelser.hamta(databas, avvikelse_id).annat_skal_namn == "Larm och teknik"
    dialog = AnnatSkalDialog(databas)
    qtbot.addWidget(dialog)
    meddelanden: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: meddelanden.append(text))
    dialog.lista.setCurrentRow(list(skal).index("Larm och teknik"))
    dialog._ta_bort()
    assert meddelanden and "Inaktivera det i stället" in meddelanden[0]
    assert "Larm och teknik" in [s.namn for s in annat_skal.SKAL.lista(databas)]
