"""The län dialog: exports are added by folder, compiled in the background into a new
folder, a tampered file and a duplicate are said in the dialog."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from skrivbord.jobb import kor_till_slut
from skrivbord.perioder import tolka
from skrivbord.tjanster import kommun
from skrivbord.tjanster.aggregat import bygg, filer, fragor
from skrivbord.ui.export.lan import LanDialog

SKAPAD = datetime(2026, 11, 23, tzinfo=UTC)


def _export(ut: Path, kod: str, namn: str, fall: int) -> Path:
    rakning = fragor.Rakning(
        Counter({("fall", "sabo", 0): fall, ("lakemedel", "hemtjanst", 1): 12}),
        Counter({("vardcentral", "mottagen", "utskrivning"): 6}),
        Counter({"kommunikation": 5}),
        1,
    )
    aggregat = bygg.bygg(rakning, kommun.Kommun(namn, kod), tolka("2025H1"))
    return kor_till_slut(filer.skriv(aggregat, ut, SKAPAD)).katalog


@pytest.fixture
def exporter(tmp_path: Path) -> Path:
    ut = tmp_path / "in"
    ut.mkdir()
    _export(ut, "9971", "Åby", 30)
    _export(ut, "9972", "Öby", 8)
    return ut


def test_sammanstall_i_dialogen(qtbot, exporter: Path, tmp_path: Path, meddelanden) -> None:
    dialog = LanDialog()
    qtbot.addWidget(dialog)
    dialog.lagg_till(exporter)
    assert dialog.lista.count() == 2
    ut = tmp_path / "ut"
    ut.mkdir()
    dialog.sammanstall(ut)
    assert dialog.resultat == ut / "lan_2025H1"
    assert (dialog.resultat / "lan.pdf").is_file()
    assert any("lan_2025H1" in m for m in meddelanden)


def test_dubblett_och_andrad_fil_sags_i_dialogen(qtbot, exporter: Path, tmp_path: Path) -> None:
    andra = tmp_path / "andra"
    andra.mkdir()
    kopia = _export(andra, "9971", "Åby", 31)
    dialog = LanDialog()
    qtbot.addWidget(dialog)
    dialog.lagg_till(exporter)
    dialog.lagg_till(andra)
    dialog.sammanstall(tmp_path)
    assert dialog.fel.isVisibleTo(dialog) and "9971 har 2 exporter" in dialog.fel.text()
    (kopia / "aggregat.csv").write_text("ändrad", encoding="utf-8")
    rad = dialog.lista.findItems(str(kopia.resolve()), Qt.MatchFlag.MatchExactly)[0]
    rad.setSelected(True)
    dialog.sammanstall(tmp_path)
    assert "aggregat.csv i aggregat_9971_2025H1" in dialog.fel.text()
