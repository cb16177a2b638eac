"""The new-åtgärd dialog's "+" beside Ansvarig: a new kommun has no staff, so the person
responsible can be added from here, and is then chosen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from skrivbord.tjanster import personal
from skrivbord.typer import Roll
from skrivbord.ui.avvikelser.atgardsdialoger import NyAtgardDialog
from skrivbord.ui.avvikelser.detalj import AvvikelseDetaljPanel
from skrivbord.ui.organisation.persondialog import PersonDialog

KLICK = Qt.MouseButton.LeftButton


def test_plus_lagger_till_och_valjer_personen(qtbot, databas) -> None:
    personal.skapa(databas, "Anna", "Andersson", Roll.SJUKSKOTERSKA)
    # The detail panel opens the dialog as its parent, without passing the database.
    panel = AvvikelseDetaljPanel(databas, idag=date(2026, 11, 23))
    qtbot.addWidget(panel)
    sparade: list[tuple] = []
    dialog = NyAtgardDialog(personal.lista(databas), lambda *varden: sparade.append(varden), panel)
    dialog.show()
    assert dialog.ny_person.isVisible()
    assert dialog.ny_person.accessibleName() == "Lägg till person"
    assert [dialog.ansvarig.itemText(i) for i in range(dialog.ansvarig.count())] == [
        "Ingen vald",
        "Anna Andersson (Sjuksköterska)",
    ]
    qtbot.mouseClick(dialog.ny_person, KLICK)
    persondialog = dialog.persondialog
    assert isinstance(persondialog, PersonDialog) and persondialog.isVisible()
    persondialog.activateWindow()
    qtbot.waitUntil(persondialog.isActiveWindow)
    qtbot.keyClicks(persondialog.fornamn, "Nora")
    qtbot.keyClicks(persondialog.efternamn, "Nilsson")
    qtbot.keyClick(persondialog.efternamn, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not persondialog.isVisible() and dialog.persondialog is None

    nora = next(p for p in personal.lista(databas) if p.fornamn == "Nora")
    assert dialog.ansvarig.currentData() == nora.id
    assert dialog.ansvarig.currentText() == "Nora Nilsson (Undersköterska)"
    qtbot.keyClicks(dialog.beskrivning, "Nattbelysning")
    dialog._spara()
    assert sparade and sparade[0][:2] == ("Nattbelysning", nora.id)


def test_plus_med_databasen_given_och_utan_databas(qtbot, databas) -> None:
    given = NyAtgardDialog([], lambda *_: None, databas=databas)
    qtbot.addWidget(given)
    given.show()
    assert given.ny_person.isVisible()
    utan = NyAtgardDialog([], lambda *_: None)
    qtbot.addWidget(utan)
    utan.show()
    assert not utan.ny_person.isVisible()  # nowhere to add a person: no button
