"""The settings dialog persists what it shows; the page building blocks."""

from __future__ import annotations

from skrivbord import installningar as installningsfilen
from skrivbord.tjanster import sakerhetskopior
from skrivbord.ui import installningar
from skrivbord.ui.gemensamt.sida import Ruta, tal_text
from skrivbord.ui.installningsdialog import InstallningarDialog


def test_installningar_sparas(qtbot, tmp_path, monkeypatch) -> None:
    fil = tmp_path / "a.db"
    fil.write_bytes(b"x")
    installningar.anvand(fil)
    dialog = InstallningarDialog()
    qtbot.addWidget(dialog)
    assert dialog.kopia.isChecked()
    assert (dialog.dagar.value(), dialog.veckor.value(), dialog.manader.value()) == (7, 4, 12)
    assert "(standard)" in dialog.mappfalt.text() and not dialog.standardmapp.isEnabled()
    assert dialog.senaste.count() == 1
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getExistingDirectory", lambda *_a, **_k: str(usb)
    )
    dialog.valj_mapp.click()
    assert dialog.mappfalt.text() == str(usb) and dialog.standardmapp.isEnabled()
    dialog.kopia.setChecked(False)
    dialog.dagar.setValue(3)
    dialog.manader.setValue(0)
    dialog.rensa.click()
    assert dialog.senaste.count() == 0 and not dialog.rensa.isEnabled()
    assert installningar.senaste() == [fil]  # nothing changes until Spara
    assert sakerhetskopior.las_val().mapp is None
    dialog.accept()
    assert installningar.sakerhetskopiera_vid_stangning() is False
    val = sakerhetskopior.las_val()
    assert val.mapp == usb and val.rotation == sakerhetskopior.Rotation(3, 4, 0)
    assert sakerhetskopior.kopiemapp(tmp_path / "a.db") == usb / "a"
    assert installningar.senaste() == []
    igen = InstallningarDialog()
    qtbot.addWidget(igen)
    assert not igen.kopia.isChecked() and igen.dagar.value() == 3
    igen.standardmapp.click()
    igen.accept()
    assert sakerhetskopior.las_val().mapp is None


def test_avbryt_andrar_ingenting(qtbot) -> None:
    dialog = InstallningarDialog()
    qtbot.addWidget(dialog)
    dialog.kopia.setChecked(False)
    dialog.dagar.setValue(2)
    dialog.reject()
    assert installningar.sakerhetskopiera_vid_stangning() is True
    assert sakerhetskopior.las_val().rotation.dagar == 7


def test_installningsfilen_ligger_i_testhemmet(eget_hem) -> None:
    installningar.satt_sakerhetskopiera_vid_stangning(False)
    assert installningsfilen.sokvag().is_file()
    assert installningsfilen.sokvag().is_relative_to(eget_hem)


def test_antal_kopior_halls_inom_granserna() -> None:
    sakerhetskopior.spara_val(None, sakerhetskopior.Rotation(500, -3, 7))
    assert sakerhetskopior.las_val().rotation == sakerhetskopior.Rotation(60, 0, 7)
    installningsfilen.spara(installningsfilen.KOPIOR_DAGAR, 0)  # hand-edited file
    assert sakerhetskopior.las_val().rotation.dagar == 1


def test_ruta_och_talformat(qtbot) -> None:
    assert tal_text(1044) == "1\u202f044"
    ruta = Ruta("Öppna avvikelser")
    qtbot.addWidget(ruta)
    ruta.satt(1044, "inte avslutade", varning=True)
    assert ruta.tal.text() == "1\u202f044"
    assert "#b3261e" in ruta.tal.styleSheet()
    assert ruta.accessibleName() == "Öppna avvikelser: 1\u202f044"
