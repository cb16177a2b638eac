"""Settings of earlier versions (QSettings' skrivbord.ini and senaste_importmappning.json)
are moved into the settings file once, at start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QApplication

from skrivbord import installningar as installningsfilen
from skrivbord import sokvagar
from skrivbord.tjanster.avvikelser import importera as imp
from skrivbord.typer import Roll
from skrivbord.ui import app as appmodul
from skrivbord.ui import huvudfonster, installningar
from skrivbord.ui.avvikelser.formular import AvvikelseFormular
from skrivbord.ui.huvudfonster import Huvudfonster


def _gammal_version(databaser: list[Path], geometri: QByteArray, tillstand: QByteArray) -> Path:
    """Settings as the earlier version wrote them (its QSettings calls, verbatim)."""
    mapp = sokvagar.installningsmapp()
    ini = QSettings(str(mapp / "skrivbord.ini"), QSettings.Format.IniFormat)
    ini.setValue("databaser/senaste", [str(p) for p in databaser])
    ini.setValue("sakerhetskopior/vid_stangning", False)
    ini.setValue("fonster/geometri", geometri)
    ini.setValue("fonster/tillstand", tillstand)
    ini.setValue("fonster/sida", 4)
    ini.setValue("avvikelse/senaste_enhet", 3)
    ini.setValue("avvikelse/senaste_roll", Roll.SJUKSKOTERSKA.value)
    ini.sync()
    imp.spara_mappning(
        imp.Mappning({"beskrivning": "Vad hände"}), mapp / "senaste_importmappning.json"
    )
    return mapp


def _fonster_i_ny_storlek(qtbot) -> Huvudfonster:
    fonster = Huvudfonster()
    qtbot.addWidget(fonster)
    fonster.resize(937, 641)
    return fonster


def test_gamla_installningar_flyttas_en_gang(qtbot, databas, tmp_path) -> None:
    annan = tmp_path / "annan.db"
    annan.write_bytes(b"x")
    gammalt = _fonster_i_ny_storlek(qtbot)
    mapp = _gammal_version([databas.sokvag, annan], gammalt.saveGeometry(), gammalt.saveState())
    assert not installningsfilen.finns()

    assert installningar.flytta_gamla_installningar() is True
    assert installningar.senaste() == [databas.sokvag, annan]
    assert installningar.sakerhetskopiera_vid_stangning() is False
    lage = installningar.lasa_fonsterlage()
    assert lage.sida == 4 and lage.geometri == gammalt.saveGeometry()
    assert imp.senaste_mappning() == imp.Mappning({"beskrivning": "Vad hände"})
    formular = AvvikelseFormular(databas)
    qtbot.addWidget(formular)
    assert formular.enhet.currentData() == 3
    assert formular.roll.currentData() == Roll.SJUKSKOTERSKA
    nytt = Huvudfonster()  # the window comes back in the height it had (not 760);
    qtbot.addWidget(nytt)  # the offscreen screen is too narrow to show the width
    assert nytt.height() == 641
    assert sorted(p.name for p in mapp.iterdir()) == [
        "installningar.json",
        "senaste_importmappning.json.flyttad",
        "skrivbord.ini.flyttad",
    ]

    # Once only: a second start changes nothing, not even with a new ini beside it.
    installningar.satt_sakerhetskopiera_vid_stangning(True)
    QSettings(str(mapp / "skrivbord.ini"), QSettings.Format.IniFormat).setValue(
        "sakerhetskopior/vid_stangning", False
    )
    assert installningar.flytta_gamla_installningar() is False
    assert installningar.sakerhetskopiera_vid_stangning() is True
    assert (mapp / "skrivbord.ini").is_file()


def test_ensam_databas_och_ovantade_varden_i_ini_filen(tmp_path) -> None:
    """QSettings hands a one-element list back as a string; a value Qt cannot turn
    into the declared type is skipped, the rest is still moved."""
    databas = tmp_path / "ensam.db"
    databas.write_bytes(b"x")
    ini = QSettings(str(sokvagar.installningsmapp() / "skrivbord.ini"), QSettings.Format.IniFormat)
    ini.setValue("databaser/senaste", [str(databas)])
    ini.setValue("fonster/geometri", "inte bytes")
    ini.setValue("okand/nyckel", "behålls inte")
    ini.sync()
    assert installningar.flytta_gamla_installningar() is True
    assert installningar.senaste() == [databas]
    assert installningar.lasa_fonsterlage().geometri.isEmpty()
    assert "okand" not in installningsfilen.sokvag().read_text("utf-8")


def test_utan_gamla_filer_skapas_ingenting() -> None:
    assert installningar.flytta_gamla_installningar() is False
    assert not installningsfilen.finns()


def test_programmet_flyttar_installningarna_innan_fonstret_byggs(
    qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    mapp = _gammal_version([], QByteArray(), QByteArray())
    sag: list[bool] = []

    class Fonster:
        def __init__(self) -> None:
            sag.append(installningar.sakerhetskopiera_vid_stangning() is False)

        def show(self) -> None:
            pass

    monkeypatch.setattr(appmodul.loggning, "starta", lambda: None)
    monkeypatch.setattr(appmodul.krasch, "installera", lambda: None)
    monkeypatch.setattr(appmodul, "skapa_app", lambda _argv: qapp)
    monkeypatch.setattr(appmodul, "efter_forsta_malningen", lambda *_a: None)
    monkeypatch.setattr(QApplication, "exec", lambda _self: 0)
    monkeypatch.setattr(huvudfonster, "Huvudfonster", Fonster)
    assert appmodul.main([]) == 0
    assert sag == [True]
    assert (mapp / "skrivbord.ini.flyttad").is_file()
