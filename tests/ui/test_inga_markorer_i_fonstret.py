"""No free text leaks from the window (issue "Driftsäkerhet", "No leaks"): the main
window opens a database whose every free-text field holds a marker, every page is
shown, the list is exported (an internal document, marked so), a crash report is
written for an error that quotes a marker, and the window is closed (which makes the
daily backup). Afterwards no marker is found in any file under the temp folder, the
app's folders (data, settings, logs, backups) or the export folder, except the
encrypted database and its backups and the internal export."""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

import pytest

from skrivbord.jobb import kor_till_slut
from skrivbord.tjanster import demodata
from skrivbord.ui import krasch
from skrivbord.ui.huvudfonster import AVVIKELSER, SIDOR, Huvudfonster
from tests import sentineller


@pytest.fixture
def egen_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setenv("TMPDIR", str(temp))
    return temp


def test_fonstret_rapporter_export_och_krasch_lacker_ingen_fritext(
    qtbot, tmp_path: Path, eget_hem: Path, egen_temp: Path, meddelanden, monkeypatch
) -> None:
    skapad = kor_till_slut(
        demodata.skapa_demo(
            tmp_path / "demo.db", ar=1, avvikelser_per_ar=200, seed=9, idag=date(2026, 11, 23)
        )
    )
    sentineller.fyll(skapad.databas)
    skapad.stang()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(krasch, "visa_dialog", lambda text, fil: None)

    fonster = Huvudfonster()
    qtbot.addWidget(fonster)
    fonster.show()
    fonster.starta(skapad.databas.sokvag)
    for nummer in range(len(SIDOR)):
        fonster.ga_till(nummer)
    fonster.ga_till(AVVIKELSER)
    export = tmp_path / "export"
    export.mkdir()
    fonster.sida(AVVIKELSER).exportera(export / "lista-intern.csv")
    assert any("sparades i lista-intern.csv" in m for m in meddelanden)
    try:
        raise AttributeError(f"'{sentineller.MARKOR}-i-ett-fel' has no attribute")
    except AttributeError:
        krasch.hantera(*sys.exc_info())
    assert fonster.close()

    skrivna = [p for p in (*eget_hem.rglob("*"), *egen_temp.rglob("*"), *export.rglob("*"))]
    filer = [p for p in skrivna if p.is_file()]
    assert any(p.name.startswith("krasch-") for p in filer)
    for fil in filer:
        if fil.suffix in (".db", ".skrivs") or fil.name.endswith(("-wal", "-shm")):
            continue  # encrypted: the database and its backups
        innehall = fil.read_bytes()
        if fil.parent == export:
            assert "intern" in fil.name  # internal, marked, may hold text
            assert innehall.decode("utf-8-sig").startswith("Intern")
            continue
        assert sentineller.MARKOR.encode() not in innehall.replace(b"\n", b""), fil
