"""The Export page on a demo kommun: the preview shows every cell that will be written,
the hidden ones marked; a coarser choice hides less; saving writes exactly the
previewed aggregate and the log shows it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from skrivbord.jobb import kor_till_slut
from skrivbord.lagring.databas import Databas
from skrivbord.tjanster import demodata
from skrivbord.tjanster.aggregat import lasning
from skrivbord.ui.export.sida import ExportSida

IDAG = date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Databas]:
    skapad = kor_till_slut(
        demodata.skapa_demo(
            tmp_path_factory.mktemp("export") / "demo.db",
            ar=1,
            avvikelser_per_ar=300,
            kommun="Påhittby",
            kommunkod="9998",
            idag=IDAG,
        )
    )
    yield skapad.databas
    skapad.stang()


@pytest.fixture
def sida(qtbot, demo: Databas) -> ExportSida:
    sida = ExportSida(demo, idag=IDAG)
    qtbot.addWidget(sida)
    sida.resize(1100, 900)
    sida.show()
    return sida


def _valj(sida: ExportSida, kod: str) -> None:
    sida.period.setCurrentText(kod)
    sida.forhandsvisa()


def test_forhandsvisningen_visar_varje_cell(sida: ExportSida) -> None:
    _valj(sida, "2025Q2")
    assert sida.visning is not None
    a = sida.visning.aggregat
    assert a.period == "2025Q2"
    assert sida.tabell.rowCount() == a.antal_celler
    antal = [sida.tabell.item(i, 3).text() for i in range(sida.tabell.rowCount())]
    assert antal.count("<5") + antal.count("x") == a.antal_dolda > 0
    assert f"{a.antal_dolda} av {a.antal_celler}" in sida.sammanfattning.text()


def test_grovre_val_doljer_mindre(sida: ExportSida) -> None:
    _valj(sida, "2025Q2")
    assert sida.visning is not None
    fore = sida.visning.aggregat
    alternativ = sida.visning.alternativ
    assert alternativ, "ett kvartal i en liten kommun ska få ett grövre förslag"
    for alt in alternativ:
        assert alt.antal_dolda < fore.antal_dolda
    farre = next(a for a in alternativ if "Färre" in a.text)
    sida.anvand(farre)
    efter = sida.visning.aggregat
    assert [t.namn for t in efter.tabeller] == list(farre.tabeller)
    assert efter.antal_dolda == farre.antal_dolda < fore.antal_dolda
    assert not sida.uppdelningar["motpart"].isChecked()


def test_farre_uppdelningar_och_beroenden(sida: ExportSida) -> None:
    sida.uppdelningar["mellan_vardgivare"].setChecked(False)
    assert not sida.uppdelningar["motpart"].isChecked()
    assert not sida.uppdelningar["motpart"].isEnabled()
    assert not sida.uppdelningar["kategori"].isEnabled()
    sida.forhandsvisa()
    assert sida.visning is not None
    assert "motpart" not in [t.namn for t in sida.visning.aggregat.tabeller]


def test_felaktig_period_sags_pa_sidan(sida: ExportSida) -> None:
    _valj(sida, "2025H3")
    assert sida.fel.isVisible() and "2025" in sida.fel.text()


def test_spara_skriver_det_som_visades(sida: ExportSida, tmp_path: Path, meddelanden) -> None:
    _valj(sida, "2025H1")
    assert sida.visning is not None
    visad = sida.visning.aggregat
    fore = sida.logg.rowCount()
    sida.spara_i(tmp_path)
    assert sida.senaste is not None and sida.senaste.parent == tmp_path
    assert lasning.lasa(sida.senaste) == visad
    assert sida.logg.rowCount() == fore + 1
    assert sida.logg.item(0, 1).text() == "2025H1"
    assert any("sparades" in m for m in meddelanden)


def test_overlappande_export_varnas(qtbot, sida: ExportSida, tmp_path: Path, meddelanden) -> None:
    """A quarter after its half-year was sent: the page says the two could be
    subtracted; the half-year beside it is no warning. The period is typed and the
    button pressed, as a user does."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    from tests.conftest import VANTA_MS

    knapp = next(k for k in sida.findChildren(QPushButton) if k.text() == "Förhandsvisa")

    def visa(kod: str) -> None:
        sida.period.lineEdit().selectAll()
        qtbot.keyClicks(sida.period.lineEdit(), kod)
        qtbot.mouseClick(knapp, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: sida.visning is not None and sida.visning.aggregat.period == kod,
            timeout=VANTA_MS,
        )

    visa("2025H1")
    sida.spara_i(tmp_path)
    assert not sida.overlapp.isVisible()
    visa("2025Q2")
    assert sida.overlapp.isVisible() and "2025H1" in sida.overlapp.text()
    visa("2025H2")
    assert not sida.overlapp.isVisible()
