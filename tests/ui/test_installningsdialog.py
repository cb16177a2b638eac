"""The settings dialog persists what it shows; the page building blocks."""

from __future__ import annotations

from skrivbord import installningar as installningsfilen
from skrivbord.ui import installningar
from skrivbord.ui.gemensamt.sida import Ruta, tal_text
from skrivbord.ui.installningsdialog import InstallningarDialog


def test_installningar_sparas(qtbot, tmp_path) -> None:
    fil = tmp_path / "a.db"
    fil.write_bytes(b"x")
    installningar.anvand(fil)
    dialog = InstallningarDialog()
    qtbot.addWidget(dialog)
    assert dialog.kopia.isChecked()
    assert dialog.behall.value() == installningar.BEHALL_MAX
    assert dialog.senaste.count() == 1
    dialog.kopia.setChecked(False)
    dialog.behall.setValue(3)
    dialog.rensa.click()
    assert dialog.senaste.count() == 0 and not dialog.rensa.isEnabled()
    assert installningar.senaste() == [fil]  # nothing changes until Spara
    dialog.accept()
    assert installningar.sakerhetskopiera_vid_stangning() is False
    assert installningar.behall_antal_kopior() == 3
    assert installningar.senaste() == []
    igen = InstallningarDialog()
    qtbot.addWidget(igen)
    assert not igen.kopia.isChecked() and igen.behall.value() == 3


def test_avbryt_andrar_ingenting(qtbot) -> None:
    dialog = InstallningarDialog()
    qtbot.addWidget(dialog)
    dialog.kopia.setChecked(False)
    dialog.reject()
    assert installningar.sakerhetskopiera_vid_stangning() is True


def test_installningsfilen_ligger_i_testhemmet(eget_hem) -> None:
    installningar.satt_behall_antal_kopior(3)
    assert installningsfilen.sokvag().is_file()
    assert installningsfilen.sokvag().is_relative_to(eget_hem)


def test_antal_kopior_halls_inom_tjanstens_grans() -> None:
    installningar.satt_behall_antal_kopior(installningar.BEHALL_MAX + 5)
    assert installningar.behall_antal_kopior() == installningar.BEHALL_MAX
    installningsfilen.spara(installningsfilen.BEHALL_KOPIOR, 0)  # hand-edited file
    assert installningar.behall_antal_kopior() == 1


def test_ruta_och_talformat(qtbot) -> None:
    assert tal_text(1044) == "1\u202f044"
    ruta = Ruta("Öppna avvikelser")
    qtbot.addWidget(ruta)
    ruta.satt(1044, "inte avslutade", varning=True)
    assert ruta.tal.text() == "1\u202f044"
    assert "#b3261e" in ruta.tal.styleSheet()
    assert ruta.accessibleName() == "Öppna avvikelser: 1\u202f044"
