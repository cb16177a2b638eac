"""``skrivbord sjalvtest``: offscreen on Linux, with the in-memory test keyring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QMainWindow

from skrivbord import sjalvtest
from skrivbord.lagring import nyckelring as nyckelring_modul

STEG = ["databas", "nyckelring", "pdf", "huvudfonster"]


def _rapport(ut: Path) -> dict:
    return json.loads((ut / sjalvtest.RAPPORT).read_text(encoding="utf-8"))


@pytest.fixture
def enkelt_fonster(monkeypatch: pytest.MonkeyPatch) -> None:
    """A plain main window, so the steps below the UI are tested on their own."""

    def skapa(_databas: object) -> QMainWindow:
        fonster = QMainWindow()
        fonster.setWindowTitle("Skrivbord")
        fonster.setCentralWidget(QLabel("Självtest"))
        return fonster

    monkeypatch.setattr(sjalvtest, "_skapa_huvudfonster", skapa)


def _kontrollera_rapport(ut: Path, tmp_path: Path) -> dict:
    rapport = _rapport(ut)
    assert [s["namn"] for s in rapport["steg"]] == STEG
    for steg in rapport["steg"]:
        assert set(steg) == {"namn", "ok", "sekunder", "meddelande"}
        assert isinstance(steg["sekunder"], float | int) and steg["sekunder"] >= 0
        assert steg["meddelande"]
    text = (ut / sjalvtest.RAPPORT).read_text(encoding="utf-8")
    assert str(tmp_path) not in text  # no paths (user names) in the report
    assert rapport["version"]
    return rapport


def test_alla_steg_lyckas(qapp, tmp_path: Path, nyckelring, enkelt_fonster) -> None:
    ut = tmp_path / "ut"
    assert sjalvtest.kor(ut) == 0
    rapport = _kontrollera_rapport(ut, tmp_path)
    assert rapport["ok"] is True
    assert all(s["ok"] for s in rapport["steg"]), rapport["steg"]
    assert "testnyckelring i minnet" in rapport["steg"][1]["meddelande"]
    bild = QImage(str(ut / sjalvtest.SKARMDUMP))
    assert not bild.isNull() and bild.width() >= 640
    # nothing left behind: no database, no keyring entry, no recovery-key PDF
    assert not list(ut.glob("*.db*"))
    assert not (ut / sjalvtest.PDF).exists()
    assert nyckelring.backend.poster == {}


def test_utan_nyckelring_misslyckas_bara_det_steget(qapp, tmp_path: Path, enkelt_fonster) -> None:
    nyckelring_modul.anvand(nyckelring_modul.Nyckelring.ingen())
    ut = tmp_path / "ut"
    assert sjalvtest.kor(ut) == 1
    rapport = _kontrollera_rapport(ut, tmp_path)
    ok = {s["namn"]: s["ok"] for s in rapport["steg"]}
    assert ok == {"databas": True, "nyckelring": False, "pdf": True, "huvudfonster": True}
    assert "säker nyckelring" in rapport["steg"][1]["meddelande"]
    assert rapport["ok"] is False


def test_ett_ovantat_fel_blir_en_rad_i_rapporten(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def trasig(_databas: object) -> QMainWindow:
        raise RuntimeError("hemligt innehåll som inte ska synas")

    monkeypatch.setattr(sjalvtest, "_skapa_huvudfonster", trasig)
    ut = tmp_path / "ut"
    assert sjalvtest.kor(ut) == 1
    steg = _rapport(ut)["steg"][-1]
    assert steg["namn"] == "huvudfonster" and not steg["ok"]
    assert "RuntimeError" in steg["meddelande"]
    assert "hemligt" not in steg["meddelande"]


def test_med_det_riktiga_huvudfonstret(qapp, tmp_path: Path) -> None:
    ut = tmp_path / "ut"
    status = sjalvtest.kor(ut)
    rapport = _kontrollera_rapport(ut, tmp_path)
    assert status == 0, rapport["steg"]
