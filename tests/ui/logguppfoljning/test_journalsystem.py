"""MAS lista över journalsystem i fönstret: lägga till, byta namn, bocka ur."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from skrivbord.tjanster.logguppfoljning import journalsystem
from skrivbord.ui.logguppfoljning.journalsystem import JournalsystemDialog


@pytest.fixture
def svar(monkeypatch) -> list[str]:
    """What the name question answers, in order."""
    svaren: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: (svaren.pop(0), True))
    return svaren


def test_lagg_till_byt_namn_och_bocka_ur(qtbot, databas, svar) -> None:
    dialog = JournalsystemDialog(databas)
    qtbot.addWidget(dialog)
    assert dialog.lista.count() == 0 and not dialog.byt.isEnabled()
    svar += ["Journalsystemet", "Journalsystemet för HSL"]
    qtbot.mouseClick(dialog.ny, Qt.MouseButton.LeftButton)
    assert dialog.lista.item(0).text() == "Journalsystemet (0 protokoll)"
    qtbot.mouseClick(dialog.byt, Qt.MouseButton.LeftButton)
    assert [s.namn for s in journalsystem.lista(databas)] == ["Journalsystemet för HSL"]
    dialog.lista.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert journalsystem.lista(databas, bara_aktiva=True) == []


def test_fel_visas_i_dialogen(qtbot, databas, svar) -> None:
    journalsystem.lagg_till(databas, "Journalsystemet")
    dialog = JournalsystemDialog(databas)
    qtbot.addWidget(dialog)
    svar += ["journalsystemet", "System 811218-9876"]
    qtbot.mouseClick(dialog.ny, Qt.MouseButton.LeftButton)
    assert "finns redan" in dialog.felrad.text() and dialog.felrad.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.ny, Qt.MouseButton.LeftButton)
    assert "personnummer" in dialog.felrad.text()
    assert dialog.lista.count() == 1
