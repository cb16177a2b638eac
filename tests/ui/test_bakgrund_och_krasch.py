"""Background jobs report on the GUI thread; the crash handler logs without personal data."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QLabel

from skrivbord import sokvagar
from skrivbord.jobb import Framsteg
from skrivbord.ui import bakgrund, krasch
from tests.conftest import VANTA_MS


def _jobb(steg: int, fel: Exception | None = None, stoppa: threading.Event | None = None):
    stangd = {"stangd": False}

    def gen():
        try:
            for i in range(steg):
                if stoppa is not None and i > 0:
                    stoppa.wait(5)
                yield Framsteg(i, steg, f"steg {i}")
            if fel is not None:
                raise fel
            return "klart"
        finally:
            stangd["stangd"] = True

    return gen(), stangd


def test_resultat_kommer_pa_gui_traden(qtbot) -> None:
    jobb, _ = _jobb(5)
    svar: list = []
    uppdrag = bakgrund.kor(
        None, "Test", jobb, lambda r, e: svar.append((r, e, QThread.currentThread()))
    )
    qtbot.waitUntil(lambda: bool(svar), timeout=VANTA_MS)
    resultat, fel, trad = svar[0]
    assert (resultat, fel) == ("klart", None)
    assert trad is QApplication.instance().thread()
    assert uppdrag.ar_klart


def test_undantag_kommer_till_callback(qtbot) -> None:
    jobb, _ = _jobb(2, ValueError("trasigt"))
    svar: list = []
    bakgrund.kor(None, "Test", jobb, lambda r, e: svar.append((r, e)))
    qtbot.waitUntil(lambda: bool(svar), timeout=VANTA_MS)
    assert svar[0][0] is None and isinstance(svar[0][1], ValueError)


def test_avbryt_stanger_generatorn(qtbot) -> None:
    stoppa = threading.Event()
    jobb, stangd = _jobb(1000, stoppa=stoppa)
    svar: list = []
    uppdrag = bakgrund.kor(None, "Test", jobb, lambda r, e: svar.append(e))
    qtbot.waitUntil(lambda: uppdrag._senaste is not None, timeout=VANTA_MS)  # it has started
    uppdrag.avbryt()
    stoppa.set()
    qtbot.waitUntil(lambda: bool(svar), timeout=VANTA_MS)
    assert isinstance(svar[0], bakgrund.Avbrutet)
    assert stangd["stangd"]


def test_forloppsdialog_visas_forst_efter_en_stund(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(bakgrund, "VISA_EFTER_MS", 50)
    stoppa = threading.Event()
    jobb, _ = _jobb(3, stoppa=stoppa)
    svar: list = []
    uppdrag = bakgrund.kor(None, "Långt jobb", jobb, lambda r, e: svar.append(r))
    assert uppdrag._dialog is None
    qtbot.waitUntil(lambda: uppdrag._dialog is not None, timeout=VANTA_MS)
    stoppa.set()
    qtbot.waitUntil(lambda: bool(svar), timeout=VANTA_MS)
    assert uppdrag._dialog is None


def test_synkront_lage() -> None:
    jobb, _ = _jobb(3)
    svar: list = []
    bakgrund.kor(None, "Test", jobb, lambda r, e: svar.append((r, e)), synkront=True)
    assert svar == [("klart", None)]


def test_krasch_skriver_logg_utan_falttext(qtbot, monkeypatch) -> None:
    hemligt = QLabel("Anna Provsdotter 19121212-1212")
    qtbot.addWidget(hemligt)
    visade: list[str] = []
    monkeypatch.setattr(krasch, "visa_dialog", lambda text, fil: visade.append(text))
    try:
        raise RuntimeError("något gick sönder")
    except RuntimeError:
        krasch.hantera(*sys.exc_info())
    (fil,) = sokvagar.loggmapp().glob("krasch-*.txt")
    text = fil.read_text(encoding="utf-8")
    assert "RuntimeError: något gick sönder" in text and "Skrivbord" in text
    assert "Provsdotter" not in text and "19121212" not in text
    assert visade == [text]


def test_krasch_rekurserar_inte(monkeypatch) -> None:
    anrop: list = []
    monkeypatch.setattr(sys, "__excepthook__", lambda *a: anrop.append(a))

    def visa(text, fil):
        try:
            raise ValueError("i dialogen")
        except ValueError:
            krasch.hantera(*sys.exc_info())  # a second failure while handling

    monkeypatch.setattr(krasch, "visa_dialog", visa)
    try:
        raise RuntimeError("först")
    except RuntimeError:
        krasch.hantera(*sys.exc_info())
    assert len(anrop) == 1


@pytest.fixture(autouse=True)
def _vanta_in_tradar():
    yield
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(VANTA_MS)
