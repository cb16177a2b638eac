"""The crash handler: a log file, a dialog with copyable details, no personal data."""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox

from skrivbord import __version__, loggning, sokvagar
from skrivbord.fel import DatabasLast, SkadadDatabas
from skrivbord.ui import krasch


@pytest.fixture
def visade(monkeypatch) -> list[str]:
    texter: list[str] = []
    monkeypatch.setattr(krasch, "visa_dialog", lambda text, fil: texter.append(text))
    return texter


@pytest.fixture(autouse=True)
def _aterstall_hook(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


def _krascha(exc: BaseException) -> None:
    try:
        raise exc
    except BaseException:
        krasch.hantera(*sys.exc_info())


def test_krasch_skriver_logg_utan_falttext(qtbot, visade) -> None:
    namn = QLineEdit("Anna Provsdotter")
    personnummer = QLabel("19121212-1212")
    qtbot.addWidget(namn)
    qtbot.addWidget(personnummer)

    def spara_formularet() -> None:
        # A programming error whose message quotes what the user typed.
        int(namn.text() + " " + personnummer.text())

    try:
        spara_formularet()
    except ValueError:
        krasch.hantera(*sys.exc_info())
    (fil,) = sokvagar.loggmapp().glob("krasch-*.txt")
    text = fil.read_text(encoding="utf-8")
    assert f"Skrivbord {__version__}" in text and "Python " in text and "Qt " in text
    assert "ValueError" in text and "spara_formularet" in text
    assert "Provsdotter" not in text and "19121212" not in text and "Anna" not in text
    assert visade == [text.rstrip("\n")]


HEMLIGT = "Provsdotter-19121212-1212"


@pytest.fixture
def loggfil():
    """The app's log file for this test, taken down again after it."""
    rot = logging.getLogger()
    fore = list(rot.handlers)
    fil = loggning.starta()
    yield fil
    for hanterare in rot.handlers[:]:
        if hanterare not in fore:
            rot.removeHandler(hanterare)
            hanterare.close()


@pytest.mark.parametrize("typ", [TypeError, AttributeError, KeyError, ValueError])
def test_pythons_meddelanden_utelamnas_i_rapport_och_logg(visade, loggfil, typ) -> None:
    def spara_formularet() -> None:
        raise typ(f"'{HEMLIGT}' object is not callable")

    try:
        spara_formularet()
    except typ:
        logging.getLogger("test").exception("formuläret kunde inte sparas")
        krasch.hantera(*sys.exc_info())
    (fil,) = sokvagar.loggmapp().glob("krasch-*.txt")
    for text in (visade[0], fil.read_text(encoding="utf-8"), loggfil.read_text(encoding="utf-8")):
        assert HEMLIGT not in text
        assert typ.__name__ in text and "spara_formularet" in text
        assert "raise typ(" not in text  # no source lines either


def test_skrivbordsfelets_meddelande_behalls_i_kedjan(visade) -> None:
    try:
        try:
            raise TypeError(HEMLIGT)
        except TypeError as inre:
            raise SkadadDatabas("/tmp/prov.db", "sidan 2") from inre
    except SkadadDatabas as yttre:
        text = "\n".join(loggning.felkedja(yttre, yttre.__traceback__))
    assert "SkadadDatabas: Databasen prov.db är skadad: sidan 2." in text
    assert "TypeError" in text and HEMLIGT not in text


@pytest.mark.skipif(os.name != "posix", reason="filrättigheter finns bara på POSIX")
def test_rapporten_och_loggen_lases_bara_av_agaren(visade, loggfil) -> None:
    gammal = os.umask(0o022)
    try:
        _krascha(RuntimeError("x"))
    finally:
        os.umask(gammal)
    (fil,) = sokvagar.loggmapp().glob("krasch-*.txt")
    assert stat.S_IMODE(fil.stat().st_mode) == 0o600
    assert stat.S_IMODE(loggfil.stat().st_mode) == 0o600


def test_orsakskedjan_finns_med(visade) -> None:
    uppslag = "hemlig " + "nyckel"
    try:
        try:
            {}[uppslag]
        except KeyError as inre:
            raise RuntimeError("yttre") from inre
    except RuntimeError:
        krasch.hantera(*sys.exc_info())
    assert "KeyError" in visade[0] and "RuntimeError" in visade[0]
    assert "hemlig nyckel" not in visade[0]
    assert (
        visade[0].index("KeyError") < visade[0].index("orsakade") < visade[0].index("RuntimeError")
    )


def test_hemmappen_skrivs_som_tilde(visade, monkeypatch, tmp_path) -> None:
    hem = tmp_path / "anna.provsdotter"
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: hem))
    text = krasch._dolj_hemmapp(f'File "{hem}/AppData/skrivbord/x.py", line 3')
    assert "anna.provsdotter" not in text and text.startswith('File "~/AppData')


def test_skrivbordsfel_blir_ett_meddelande_inte_en_krasch(visade, monkeypatch) -> None:
    meddelanden: list[str] = []
    monkeypatch.setattr(krasch, "visa_meddelande", meddelanden.append)
    _krascha(DatabasLast("/tmp/x.db"))
    assert visade == [] and "används just nu" in meddelanden[0]
    assert not list(sokvagar.loggmapp().glob("krasch-*.txt"))


def test_krasch_rekurserar_inte(monkeypatch) -> None:
    anrop: list = []
    monkeypatch.setattr(sys, "__excepthook__", lambda *a: anrop.append(a))
    krasch.installera()

    def visa(text, fil):
        assert sys.excepthook is not krasch.hantera  # reset while handling
        _krascha(ValueError("i dialogen"))  # a second failure while handling

    monkeypatch.setattr(krasch, "visa_dialog", visa)
    _krascha(RuntimeError("först"))
    assert len(anrop) == 1 and anrop[0][0] is ValueError
    assert sys.excepthook is krasch.hantera  # and back afterwards


def test_dialogen_kopierar_detaljer_och_stannar_oppen(qtbot) -> None:
    ruta = krasch.skapa_dialog("rapporttext", Path("krasch-1.txt"))
    qtbot.addWidget(ruta)
    ruta.show()
    assert ruta.windowTitle() == "Ett oväntat fel inträffade"
    assert "krasch-1.txt" in ruta.informativeText()
    (kopiera,) = [k for k in ruta.buttons() if k.text() == "Kopiera detaljer"]
    kopiera.click()
    assert QGuiApplication.clipboard().text() == "rapporttext"
    assert ruta.isVisible()
    assert ruta.icon() == QMessageBox.Icon.Critical


def test_tradar_utanfor_qt_loggas(monkeypatch) -> None:
    import threading

    krasch.installera()
    monkeypatch.setattr(threading, "excepthook", krasch._trad_hantera)
    trad = threading.Thread(target=lambda: 1 / 0, name="provtråd")
    trad.start()
    trad.join()
    (fil,) = sokvagar.loggmapp().glob("krasch-*.txt")
    assert "ZeroDivisionError" in fil.read_text(encoding="utf-8")
