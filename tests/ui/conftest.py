"""Fixtures for the shell's UI tests: captured message boxes and an open main window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox

from skrivbord.ui import bakgrund
from tests.conftest import VANTA_MS


@pytest.fixture(autouse=True)
def _inga_tradar_kvar() -> Iterator[None]:
    """No background job may outlive its test (it would report into the next one)."""
    yield
    assert bakgrund.vanta_tills_klart(VANTA_MS)
    bakgrund.satt_synkront(False)


@pytest.fixture
def meddelanden(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Texts of warning/information/critical boxes, captured instead of blocking."""
    fangade: list[str] = []

    def fanga(_foralder, _titel, text, *_args, **_kw):
        fangade.append(text)
        return QMessageBox.StandardButton.Ok

    for namn in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, namn, fanga)
    return fangade


@pytest.fixture
def fonster(qtbot, ny_databas):
    """The main window with the test database opened the way the app opens it at start."""
    from skrivbord.ui.huvudfonster import Huvudfonster

    ny_databas.databas.stang()
    fonster = Huvudfonster()
    qtbot.addWidget(fonster)
    fonster.show()
    fonster.starta(ny_databas.databas.sokvag)
    assert fonster.oppen is not None
    yield fonster
    fonster.close()
