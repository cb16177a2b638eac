"""The shell: main window, navigation, status bar, opening files, the wizard."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from skrivbord.lagring import databas as lagring
from skrivbord.lagring.las import Instanslas
from skrivbord.modeller.typer import Enhetstyp
from skrivbord.tjanster import kommun
from skrivbord.ui import app as appmodul
from skrivbord.ui import databasval, installningar
from skrivbord.ui.dialoger import AterstallningsDialog
from skrivbord.ui.guide import ENHETER, KOMMUN, NYCKEL, PLATS, ForstaStartGuide
from skrivbord.ui.huvudfonster import SIDOR, Huvudfonster
from tests.conftest import VANTA_MS


@pytest.fixture
def meddelanden(monkeypatch) -> list[str]:
    fangade: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: fangade.append(text))
    return fangade


@pytest.fixture
def fonster(qtbot, ny_databas) -> Huvudfonster:
    ny_databas.databas.stang()
    fonster = Huvudfonster()
    qtbot.addWidget(fonster)
    fonster.show()
    fonster.starta(ny_databas.databas.sokvag)
    yield fonster
    fonster.close()


def test_qt_pa_svenska(qapp) -> None:
    oversattare = appmodul.ladda_qt_svenska(qapp)
    assert oversattare is not None
    try:
        assert QApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
    finally:
        qapp.removeTranslator(oversattare)


def test_navigerar_till_varje_sida(fonster, qtbot) -> None:
    assert fonster.navigering.count() == len(SIDOR) == 8
    for nummer in range(len(SIDOR)):
        fonster.navigering.setCurrentRow(nummer)
        assert fonster.stapel.currentIndex() == nummer
        assert fonster.stapel.currentWidget().isVisible()
    fonster.activateWindow()
    qtbot.waitUntil(fonster.isActiveWindow, timeout=VANTA_MS)
    qtbot.keyClick(fonster, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert fonster.stapel.currentIndex() == 4
    assert type(fonster.stapel.currentWidget()).__name__ == "AvvikelseSida"


def test_statusfaltet_visar_kommun_och_fil(fonster) -> None:
    text = fonster.statusfalt.text()
    assert "Testkommun (9999)" in text and "test.db" in text
    assert fonster.windowTitle() == "Skrivbord – Testkommun"
    assert installningar.senaste_databas() == fonster.oppen.databas.sokvag


def test_geometri_och_senaste_sparas(fonster, qtbot) -> None:
    fonster.close()
    sparad = installningar.installningar().value("fonster/geometri")
    # The offscreen screen clamps sizes, so check the stored geometry restores, not pixels.
    nytt = Huvudfonster()
    qtbot.addWidget(nytt)
    assert sparad is not None and nytt.restoreGeometry(sparad)


def test_fil_som_inte_ar_databas_ger_svenskt_meddelande(qtbot, tmp_path, meddelanden) -> None:
    fil = tmp_path / "inte.db"
    fil.write_bytes(b"%PDF-1.4" + b"x" * 5000)
    assert databasval.oppna(None, fil) is None
    assert meddelanden and "ingen Skrivbord-databas" in meddelanden[0]
    assert not Instanslas(fil).sokvag.exists()  # the lock was released


def test_andra_instansen_far_inte_oppna(ny_databas, meddelanden) -> None:
    ny_databas.databas.stang()
    with Instanslas(ny_databas.databas.sokvag):
        assert databasval.oppna(None, ny_databas.databas.sokvag) is None
    assert "används just nu" in meddelanden[0]


def test_aterstallningsnyckel_fel_och_ratt(ny_databas, monkeypatch, nyckelring) -> None:
    ny_databas.databas.stang()
    nyckelring.ta_bort(lagring.las_salt(ny_databas.databas.sokvag))
    inmatningar = iter(["ABCDE-FGHIJ", ny_databas.aterstallningsnyckel])
    sett: list[str] = []

    def exec_(dialog: AterstallningsDialog) -> int:
        for text in inmatningar:
            dialog.falt.setText(text)
            dialog.accept()
            if dialog.result():
                return 1
            sett.append(dialog.fel.text())
        return 0

    monkeypatch.setattr(AterstallningsDialog, "exec", exec_)
    oppen = databasval.oppna(None, ny_databas.databas.sokvag)
    assert oppen is not None
    assert "55 tecken" in sett[0]
    assert kommun.hamta(oppen.databas).namn == "Testkommun"
    oppen.stang()
    # The key went back into the keyring: no question the next time.
    databasval.oppna(None, ny_databas.databas.sokvag).stang()


def test_guiden_skapar_databas(qtbot, tmp_path) -> None:
    guide = ForstaStartGuide(synkront=True)
    qtbot.addWidget(guide)
    guide.show()
    guide.next()
    assert guide.currentId() == KOMMUN
    guide.kommun.namn.setText("Provby kommun")
    guide.kommun.kod.setText("12")
    guide.next()
    assert guide.currentId() == KOMMUN and "fyrsiffriga" in guide.kommun.fel.text()
    guide.kommun.kod.setText("1234")
    guide.next()
    assert guide.currentId() == ENHETER
    guide.enheter.tabell.item(0, 0).setText("Tallbacken")
    guide.enheter.lagg_till("Hemtjänst Syd", Enhetstyp.HEMTJANST)
    guide.next()
    assert guide.currentId() == PLATS
    guide.plats.sokvag.setText(str(tmp_path / "provby.db"))
    guide.next()
    assert guide.currentId() == NYCKEL
    nyckel = guide.skapad.aterstallningsnyckel
    assert nyckel.split("-")[0] in guide.nyckel.nyckel.text()
    assert not guide.button(guide.WizardButton.FinishButton).isEnabled()
    guide.nyckel.sparad.setChecked(True)
    assert guide.button(guide.WizardButton.FinishButton).isEnabled()
    guide.accept()
    oppen = guide.resultat
    assert oppen.databas.sokvag == tmp_path / "provby.db"
    assert kommun.hamta(oppen.databas).kommunkod == "1234"
    oppen.stang()


def test_guiden_demodatabas(qtbot, eget_hem) -> None:
    guide = ForstaStartGuide(synkront=True)
    qtbot.addWidget(guide)
    guide.show()
    guide.start.demo.setChecked(True)
    guide.next()
    assert guide.currentId() == NYCKEL
    assert guide.resultat is not None
    assert kommun.hamta(guide.resultat.databas).namn == "Demokommun"
    guide.resultat.stang()


def test_guiden_vagrar_befintlig_fil(qtbot, tmp_path, ny_databas) -> None:
    guide = ForstaStartGuide(synkront=True)
    qtbot.addWidget(guide)
    guide.show()
    guide.next()
    guide.kommun.namn.setText("X")
    guide.kommun.kod.setText("1234")
    guide.next()
    guide.enheter.tabell.item(0, 0).setText("A")
    guide.next()
    guide.plats.sokvag.setText(str(ny_databas.databas.sokvag))
    guide.next()
    assert guide.currentId() == PLATS
    assert "finns redan" in guide.plats.fel.text()


def test_tom_start_visar_guiden(qtbot, monkeypatch) -> None:
    visad = threading.Event()
    monkeypatch.setattr(ForstaStartGuide, "exec", lambda self: visad.set() or 0)
    fonster = Huvudfonster()
    qtbot.addWidget(fonster)
    fonster.starta()
    assert visad.is_set()
    assert "Ingen databas" in fonster.statusfalt.text()
    assert not fonster.navigering.isEnabled()


def test_sakerhetskopia_fran_menyn(fonster, eget_hem) -> None:
    fonster.sakerhetskopiera()
    from skrivbord.lagring import sakerhetskopia

    databas = fonster.oppen.databas
    assert sakerhetskopia.kopior(sakerhetskopia.kopiemapp(databas), databas.sokvag.stem)
    assert isinstance(Path(databas.sokvag), Path)
