"""Fixtures for the shell's UI tests: captured message boxes and an open main window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox

from skrivbord.ui import bakgrund
from tests.conftest import VANTA_MS


@pytest.fixture(autouse=True)
def _bakgrundsjobb_genast() -> Iterator[None]:
    """Jobs run at once on the test's thread (a fake pool, as in Vorta's tests), so a
    click is followed by its result; tests/ui/test_bakgrund.py switches this off to
    test the real worker. No background job may outlive its test."""
    bakgrund.satt_synkront(True)
    yield
    bakgrund.satt_synkront(False)
    assert bakgrund.vanta_tills_klart(VANTA_MS)


@pytest.fixture(autouse=True)
def _ingen_ovantad_meddelanderuta(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box no test asked for fails the test instead of hanging it (offscreen,
    nobody would click OK). Tests that expect one use the ``meddelanden`` fixture."""

    def ovantad(_foralder, _titel, text, *_args, **_kw):
        raise AssertionError(f"oväntad meddelanderuta: {text}")

    def ovantad_ruta(ruta: QMessageBox) -> int:
        raise AssertionError(f"oväntad meddelanderuta: {ruta.text()}")

    for namn in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, namn, ovantad)
    monkeypatch.setattr(QMessageBox, "exec", ovantad_ruta)


@pytest.fixture
def meddelanden(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Texts of warning/information/critical boxes, captured instead of blocking."""
    fangade: list[str] = []

    def fanga(_foralder, _titel, text, *_args, **_kw):
        fangade.append(text)
        return QMessageBox.StandardButton.Ok

    def fanga_ruta(ruta: QMessageBox) -> int:
        fangade.append(ruta.text())
        return 0

    for namn in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, namn, fanga)
    monkeypatch.setattr(QMessageBox, "exec", fanga_ruta)
    return fangade


@pytest.fixture
def fonster(qtbot, ny_databas):
    """The main window with the test database opened the way the app opens it at start."""
    from skrivbord.ui.huvudfonster import Huvudfonster

    ny_databas.stang()
    fonster = Huvudfonster()
    qtbot.addWidget(fonster)
    fonster.show()
    fonster.starta(ny_databas.databas.sokvag)
    assert fonster.oppen is not None
    yield fonster
    fonster.close()
