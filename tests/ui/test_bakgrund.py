"""Background jobs: result or exception on the GUI thread, the default error handling,
progress, cancel, sync mode."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from skrivbord.fel import OgiltigUppgift
from skrivbord.jobb import Framsteg
from skrivbord.ui import bakgrund
from tests.conftest import VANTA_MS


@pytest.fixture(autouse=True)
def _riktig_arbetstrad() -> None:
    """These tests are about the real worker thread (tests/ui/conftest.py runs jobs at once)."""
    bakgrund.satt_synkront(False)


def _jobb(steg: int, fel: Exception | None = None, stoppa: threading.Event | None = None):
    tillstand = {"stangd": False, "trad": None}

    def gen():
        tillstand["trad"] = threading.current_thread()
        try:
            for i in range(steg):
                if stoppa is not None and i > 0:
                    stoppa.wait(5)
                yield Framsteg(i, steg, f"steg {i}")
            if fel is not None:
                raise fel
            return "klart"
        finally:
            tillstand["stangd"] = True
            tillstand["stangd_i"] = threading.current_thread()

    return gen(), tillstand


def test_resultat_kommer_pa_gui_traden(qtbot) -> None:
    jobb, tillstand = _jobb(5)
    svar: list = []
    uppdrag = bakgrund.kor(None, "Test", jobb, lambda r: svar.append((r, QThread.currentThread())))
    qtbot.waitUntil(lambda: bool(svar), timeout=VANTA_MS)
    resultat, trad = svar[0]
    assert resultat == "klart"
    assert trad is QApplication.instance().thread()
    assert tillstand["trad"] is not threading.main_thread()  # it really ran elsewhere
    assert uppdrag.fardigt and uppdrag not in bakgrund.Bakgrundsjobb.pagar


def test_undantag_kommer_till_vid_fel_pa_gui_traden(qtbot) -> None:
    jobb, _ = _jobb(2, ValueError("trasigt"))
    svar: list = []

    def vid_fel(exc: BaseException) -> bool:
        svar.append((exc, QThread.currentThread()))
        return True

    bakgrund.kor(None, "Test", jobb, lambda r: svar.append(r), vid_fel)
    qtbot.waitUntil(lambda: bool(svar), timeout=VANTA_MS)
    fel, trad = svar[0]
    assert isinstance(fel, ValueError) and len(svar) == 1
    assert trad is QApplication.instance().thread()


def test_standard_for_fel_meddelande_for_typat_och_krasch_for_ovantat(qtbot, monkeypatch) -> None:
    meddelanden: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _f, _t, text: meddelanden.append(text))
    krascher: list[type] = []
    monkeypatch.setattr("sys.excepthook", lambda typ, _exc, _tb: krascher.append(typ))
    bakgrund.satt_synkront(True)
    typat, _ = _jobb(1, OgiltigUppgift("Välj en enhet."))
    bakgrund.kor(None, "Test", typat)
    ovantat, _ = _jobb(1, KeyError("x"))
    bakgrund.kor(None, "Test", ovantat)
    avbrutet, _ = _jobb(1, bakgrund.Avbrutet())
    bakgrund.kor(None, "Test", avbrutet)
    # vid_fel may look first and still leave the default to it (returns False).
    sett: list[BaseException] = []
    typat_igen, _ = _jobb(1, OgiltigUppgift("Igen."))
    bakgrund.kor(None, "Test", typat_igen, vid_fel=lambda e: sett.append(e) or False)
    assert meddelanden == ["Välj en enhet.", "Igen."]
    assert krascher == [KeyError]
    assert len(sett) == 1


def test_avbryt_stanger_generatorn_pa_arbetstraden(qtbot) -> None:
    stoppa = threading.Event()
    jobb, tillstand = _jobb(1000, stoppa=stoppa)
    svar: list = []
    uppdrag = bakgrund.kor(None, "Test", jobb, svar.append, lambda e: svar.append(e) or True)
    qtbot.waitUntil(lambda: uppdrag._senaste is not None, timeout=VANTA_MS)  # it has started
    uppdrag.avbryt()
    stoppa.set()
    qtbot.waitUntil(lambda: bool(svar), timeout=VANTA_MS)
    assert len(svar) == 1 and isinstance(svar[0], bakgrund.Avbrutet)
    assert tillstand["stangd"] and tillstand["stangd_i"] is tillstand["trad"]


def test_forloppsdialogen_visas_forst_efter_en_stund_och_avbryt_fungerar(
    qtbot, monkeypatch
) -> None:
    monkeypatch.setattr(bakgrund, "VISA_EFTER_MS", 50)
    stoppa = threading.Event()
    jobb, tillstand = _jobb(1000, stoppa=stoppa)
    svar: list = []
    foralder = QWidget()
    qtbot.addWidget(foralder)
    uppdrag = bakgrund.kor(
        foralder, "Långt jobb", jobb, svar.append, lambda e: svar.append(e) or True
    )
    assert uppdrag._dialog is None  # not at once: short jobs never flash a dialog
    qtbot.waitUntil(lambda: uppdrag._dialog is not None, timeout=VANTA_MS)
    dialog = uppdrag._dialog
    qtbot.waitUntil(lambda: dialog.labelText().startswith("steg"), timeout=VANTA_MS)
    assert dialog.maximum() == 1000
    (avbryt,) = dialog.findChildren(QPushButton)
    assert avbryt.text() == "Avbryt"
    avbryt.click()
    stoppa.set()
    qtbot.waitUntil(lambda: bool(svar), timeout=VANTA_MS)
    assert isinstance(svar[0], bakgrund.Avbrutet) and tillstand["stangd"]
    assert uppdrag._dialog is None


def test_snabbt_jobb_visar_ingen_dialog(qtbot) -> None:
    jobb, _ = _jobb(3)
    svar: list = []
    uppdrag = bakgrund.kor(None, "Kort", jobb, svar.append)
    qtbot.waitUntil(lambda: bool(svar), timeout=VANTA_MS)
    qtbot.wait(bakgrund.VISA_EFTER_MS + 50)
    assert uppdrag._dialog is None


def test_callback_kommer_aven_om_foraldern_stangts(qtbot) -> None:
    stoppa = threading.Event()
    jobb, _ = _jobb(3, stoppa=stoppa)
    svar: list = []
    foralder = QWidget()
    bakgrund.kor(foralder, "Test", jobb, svar.append)
    foralder.deleteLater()
    qtbot.wait(10)
    stoppa.set()
    qtbot.waitUntil(lambda: bool(svar), timeout=VANTA_MS)
    assert svar == ["klart"]


def test_ett_jobb_i_taget(qtbot) -> None:
    """One worker: two jobs that write never run side by side."""
    samtidigt = {"nu": 0, "max": 0}
    las = threading.Lock()

    def jobb():
        with las:
            samtidigt["nu"] += 1
            samtidigt["max"] = max(samtidigt["max"], samtidigt["nu"])
        try:
            for i in range(3):
                threading.Event().wait(0.01)
                yield Framsteg(i, 3)
        finally:
            with las:
                samtidigt["nu"] -= 1
        return "ok"

    svar: list = []
    for _ in range(3):
        bakgrund.kor(None, "Test", jobb(), svar.append)
    qtbot.waitUntil(lambda: len(svar) == 3, timeout=VANTA_MS)
    assert samtidigt["max"] == 1


def test_synkront_lage() -> None:
    bakgrund.satt_synkront(True)
    jobb, tillstand = _jobb(3)
    svar: list = []
    uppdrag = bakgrund.kor(None, "Test", jobb, svar.append)
    assert svar == ["klart"] and uppdrag.fardigt
    assert tillstand["trad"] is threading.main_thread()
    fel_jobb, _ = _jobb(1, KeyError("x"))
    bakgrund.kor(None, "Test", fel_jobb, svar.append, lambda e: svar.append(type(e)) or True)
    assert svar[-1] is KeyError
