"""The main window: navigation, status bar, settings it keeps, opening and switching files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from skrivbord.lagring import databas as lagring
from skrivbord.lagring import nyckelring as nyckelring_modul
from skrivbord.lagring.instanslas import Instanslas
from skrivbord.tjanster import nydatabas, sakerhetskopior
from skrivbord.ui import app as appmodul
from skrivbord.ui import installningar
from skrivbord.ui.avvikelser.sida import AvvikelseSida
from skrivbord.ui.avvikelser.veckogenomgangar import VeckogenomgangSida
from skrivbord.ui.databasval import AterstallningsDialog
from skrivbord.ui.delegeringar.sida import DelegeringSida
from skrivbord.ui.egenkontroller.sida import EgenkontrollSida
from skrivbord.ui.export.sida import ExportSida
from skrivbord.ui.guide import ForstaStartGuide
from skrivbord.ui.huvudfonster import AVVIKELSER, SIDOR, Huvudfonster
from skrivbord.ui.lakemedelstillsyn.sida import LakemedelstillsynSida
from skrivbord.ui.logguppfoljning.sida import LogguppfoljningSida
from skrivbord.ui.oversikt import OversiktSida
from tests.conftest import ENHETER, VANTA_MS

SIDTYPER = (
    OversiktSida,
    EgenkontrollSida,
    LakemedelstillsynSida,
    DelegeringSida,
    AvvikelseSida,
    VeckogenomgangSida,
    LogguppfoljningSida,
    ExportSida,
)


def test_qt_pa_svenska(qapp) -> None:
    oversattare = appmodul.ladda_qt_svenska(qapp)
    assert oversattare is not None
    try:
        assert QApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
    finally:
        qapp.removeTranslator(oversattare)


def test_programikonen_laddas_eller_saknas_tyst(qapp) -> None:
    ikon = appmodul.programikon()
    assert ikon is None or not ikon.isNull()


def test_klick_pa_varje_sida(fonster, qtbot) -> None:
    assert fonster.navigering.count() == len(SIDOR) == len(SIDTYPER) == 8
    assert [fonster.navigering.item(i).text() for i in range(8)][4] == "Avvikelser"
    for nummer, typ in enumerate(SIDTYPER):
        rad = fonster.navigering.visualItemRect(fonster.navigering.item(nummer))
        qtbot.mouseClick(fonster.navigering.viewport(), Qt.MouseButton.LeftButton, pos=rad.center())
        assert fonster.stapel.currentIndex() == nummer
        assert isinstance(fonster.stapel.currentWidget(), typ)
        assert fonster.stapel.currentWidget().isVisible()


def test_kortkommandon_och_piltangenter(fonster, qtbot) -> None:
    fonster.activateWindow()
    qtbot.waitUntil(fonster.isActiveWindow, timeout=VANTA_MS)
    for nummer in reversed(range(len(SIDOR))):
        qtbot.keyClick(fonster, Qt.Key(Qt.Key.Key_1 + nummer), Qt.KeyboardModifier.ControlModifier)
        assert fonster.stapel.currentIndex() == nummer
        assert isinstance(fonster.stapel.currentWidget(), SIDTYPER[nummer])
    # The list has focus after a shortcut, so the arrow keys walk on from there.
    assert fonster.navigering.hasFocus()
    qtbot.keyClick(fonster.navigering, Qt.Key.Key_Down)
    assert fonster.stapel.currentIndex() == 1
    qtbot.keyClick(fonster.navigering, Qt.Key.Key_End)
    assert fonster.stapel.currentIndex() == len(SIDOR) - 1


def test_statusfaltet(fonster, nyckelring) -> None:
    text = fonster.statustext()
    assert "Databas: test.db" in text
    assert "Kommun: Testkommun (9999)" in text
    assert f"Nyckel: {nyckelring.beskrivning}" in text
    assert fonster.status_databas.toolTip() == str(fonster.oppen.databas.sokvag)
    assert fonster.windowTitle() == "Skrivbord – Testkommun"


def test_oversikten_visar_riktiga_siffror(fonster) -> None:
    sida = fonster.sida(0)
    assert sida.rubrik.text() == "Översikt – Testkommun"
    assert sida.rutor["enheter"].tal.text() == str(len(ENHETER))
    assert sida.rutor["enheter"].under.text() == "2\u00a0SÄBO · 1\u00a0hemtjänst · 1\u00a0korttid"
    assert "Särskilt boende: 2" in sida.rutor["enheter"].toolTip()
    under = sida.rutor["egenkontroller"].under.text()
    assert "inom 14 dagar" in under and int(under.split(" · ")[1].split()[0]) > 5
    assert "Solgården" in sida.saknade.text()


def test_exportsidan_forhandsvisar_aggregatet(fonster) -> None:
    sida = fonster.sida(7)
    assert sida.rubrik.text() == SIDOR[7]
    assert sida.visning is not None
    assert sida.tabell.rowCount() == sida.visning.aggregat.antal_celler > 0


def test_lakemedelstillsynen_listar_tillsynerna(fonster) -> None:
    sida: LakemedelstillsynSida = fonster.sida(2)
    assert sida.rubrik.text() == SIDOR[2]
    assert sida.modell.rowCount() == 0 and sida.tom.isVisibleTo(sida)


def test_delegeringarna_listar_registret(fonster) -> None:
    sida: DelegeringSida = fonster.sida(3)
    assert sida.rubrik.text() == SIDOR[3]
    assert sida.modell.rowCount() == 0 and sida.tom.isVisibleTo(sida)
    assert sida.flikar.count() == 4


def test_logguppfoljningen_listar_protokollen(fonster) -> None:
    sida: LogguppfoljningSida = fonster.sida(6)
    assert sida.rubrik.text() == SIDOR[6]
    assert sida.modell.rowCount() == 0 and sida.tom.isVisibleTo(sida)


def test_egenkontrollplanen_i_tabell(fonster) -> None:
    sida: EgenkontrollSida = fonster.sida(1)
    assert sida.tabell.rowCount() > 5
    assert sida.tabell.item(0, sida.OMRADE).text()
    assert sida.tabell.item(0, sida.FREKVENS).text() == "2 gånger/år (jun, dec)"
    assert sida.tabell.editTriggers() == sida.tabell.EditTrigger.NoEditTriggers


def test_fonster_och_sida_sparas(fonster, qtbot) -> None:
    fonster.ga_till(3)
    fonster.close()
    lage = installningar.lasa_fonsterlage()
    assert not lage.geometri.isEmpty() and not lage.tillstand.isEmpty()
    assert lage.sida == 3
    nytt = Huvudfonster()
    qtbot.addWidget(nytt)
    nytt.starta()
    assert nytt.oppen is not None
    assert nytt.stapel.currentIndex() == 3
    nytt.close()


def test_startar_med_senast_anvanda(fonster, qtbot) -> None:
    sokvag = fonster.oppen.databas.sokvag
    fonster.close()
    assert installningar.senaste_databas() == sokvag
    nytt = Huvudfonster()
    qtbot.addWidget(nytt)
    nytt.starta()
    assert nytt.oppen is not None and nytt.oppen.databas.sokvag == sokvag
    nytt.close()


def test_tom_start_visar_guiden(qtbot, monkeypatch) -> None:
    visade: list[bool] = []
    monkeypatch.setattr(ForstaStartGuide, "exec", lambda self: visade.append(True) or 0)
    fonster = Huvudfonster()
    qtbot.addWidget(fonster)
    fonster.starta()
    assert visade == [True]
    assert "Ingen databas" in fonster.statustext()
    assert not fonster.navigering.isEnabled()
    assert not fonster.kopia_atgard.isEnabled()


def test_senaste_databasen_borttagen_visar_guiden(qtbot, monkeypatch, tmp_path) -> None:
    borta = tmp_path / "borta.db"
    borta.write_bytes(b"x")
    installningar.anvand(borta)
    borta.unlink()
    visade: list[bool] = []
    monkeypatch.setattr(ForstaStartGuide, "exec", lambda self: visade.append(True) or 0)
    fonster = Huvudfonster()
    qtbot.addWidget(fonster)
    fonster.starta()
    assert visade == [True]


def test_utan_nyckelring_fragas_efter_aterstallningsnyckeln(ny_databas, qtbot, monkeypatch) -> None:
    ny_databas.stang()
    nyckelring_modul.anvand(nyckelring_modul.Nyckelring.ingen())
    fragor: list[str] = []

    def exec_(dialog: AterstallningsDialog) -> int:
        fragor.append(dialog.orsak.text())
        dialog.falt.setText(ny_databas.aterstallningsnyckel)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AterstallningsDialog, "exec", exec_)
    fonster = Huvudfonster()
    qtbot.addWidget(fonster)
    fonster.starta(ny_databas.databas.sokvag)
    assert fonster.oppen is not None
    assert "ingen säker nyckelring" in fragor[0]
    assert "bara i minnet" in fonster.statustext()
    fonster.close()


def test_fel_fil_ger_svenskt_meddelande_och_behaller_databasen(
    fonster, tmp_path, meddelanden
) -> None:
    fil = tmp_path / "anteckningar.db"
    fil.write_text("inte en databas\n" * 200, encoding="utf-8")
    fore = fonster.oppen
    fonster.oppna(fil)
    assert meddelanden == [lagring.fel.InteEnSkrivbordsdatabas(fil).meddelande]
    assert "Traceback" not in meddelanden[0]
    assert fonster.oppen is fore and fonster.navigering.isEnabled()


def test_oppna_via_fildialog_byter_databas_och_slapper_laset(
    fonster, tmp_path, nyckelring, monkeypatch
) -> None:
    (tmp_path / "andra").mkdir()
    andra = nydatabas.skapa(tmp_path / "andra" / "b.db", "Annanby", "1234", ENHETER)
    andra.stang()
    forsta = fonster.oppen.databas.sokvag
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(andra.databas.sokvag), "")
    )
    fonster.oppna_dialog()
    assert fonster.oppen.databas.sokvag == andra.databas.sokvag
    assert "Annanby (1234)" in fonster.statustext()
    # The first database is closed and its lock released: another instance may take it.
    with Instanslas(forsta):
        pass
    with pytest.raises(lagring.fel.DatabasLast):
        Instanslas(andra.databas.sokvag).tag()
    assert installningar.senaste()[:2] == [andra.databas.sokvag, forsta]


def test_senast_anvanda_menyn(fonster) -> None:
    fonster.senaste_meny.aboutToShow.emit()
    atgarder = [a for a in fonster.senaste_meny.actions() if a.isEnabled()]
    assert len(atgarder) == 1 and atgarder[0].text().endswith("test.db")


def test_senaste_listan_hogst_atta_och_bara_befintliga(tmp_path) -> None:
    filer = [tmp_path / f"db{i}.db" for i in range(10)]
    for fil in filer:
        fil.write_bytes(b"x")
        installningar.anvand(fil)
    assert installningar.senaste() == list(reversed(filer))[:8]
    filer[9].unlink()
    assert installningar.senaste()[0] == filer[8]
    installningar.anvand(filer[3])
    assert installningar.senaste()[0] == filer[3]
    assert len(set(installningar.senaste())) == len(installningar.senaste())
    installningar.rensa_senaste()
    assert installningar.senaste() == []


def test_sakerhetskopia_fran_menyn_i_vald_mapp(fonster, tmp_path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    sakerhetskopior.spara_val(usb, sakerhetskopior.Rotation(2, 0, 0))
    sokvag = fonster.oppen.databas.sokvag
    fonster.sakerhetskopiera()
    fonster.sakerhetskopiera()  # two in a second: both written, rotation keeps the day's newest
    (kopia,) = sakerhetskopior.kopior(sokvag)
    assert kopia.sokvag.parent == usb / sokvag.stem and kopia.storlek > 1000
    assert "Säkerhetskopian är sparad" in fonster.statusBar().currentMessage()


def test_sakerhetskopia_vid_stangning(fonster) -> None:
    sokvag = fonster.oppen.databas.sokvag
    fonster.close()
    (kopia,) = sakerhetskopior.kopior(sokvag)
    assert kopia.orsak == "stangning"
    assert fonster.oppen is None


def test_ingen_kopia_vid_stangning_nar_avslaget(fonster) -> None:
    installningar.satt_sakerhetskopiera_vid_stangning(False)
    sokvag = fonster.oppen.databas.sokvag
    fonster.close()
    assert not sakerhetskopior.kopior(sokvag)


def test_avvikelsesidan_ar_inkopplad(fonster) -> None:
    fonster.ga_till(AVVIKELSER)
    sida = fonster.stapel.currentWidget()
    assert isinstance(sida, AvvikelseSida)
    assert sida.tabell.model() is sida.modell


def test_om_dialogen(fonster, monkeypatch) -> None:
    from skrivbord import __version__
    from skrivbord.ui.om import OmDialog

    visade: list[str] = []

    def exec_(dialog: OmDialog) -> int:
        visade.extend(
            etikett.text() for etikett in dialog.findChildren(type(fonster.status_nyckel))
        )
        return 0

    monkeypatch.setattr(OmDialog, "exec", exec_)
    fonster.om()
    text = "\n".join(visade)
    assert __version__ in text
    assert str(fonster.oppen.databas.sokvag) in text
    assert "testnyckelring i minnet" in text
    assert "Qt " in text and "Python " in text


def test_ett_fonster_utan_databas_gar_att_stanga(qtbot) -> None:
    fonster = Huvudfonster()
    qtbot.addWidget(fonster)
    fonster.show()
    assert fonster.close()


def test_loggmappen_oppnas(fonster, monkeypatch) -> None:
    from PySide6.QtGui import QDesktopServices

    oppnade: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: oppnade.append(url.toLocalFile()))
    fonster.oppna_loggmappen()
    assert Path(oppnade[0]).name == "loggar"


def test_starten_vantar_pa_forsta_malningen(qtbot) -> None:
    """The window is painted before the start flow (the wizard, a database) begins."""
    from skrivbord.ui.app import efter_forsta_malningen

    fonster = Huvudfonster()
    qtbot.addWidget(fonster)
    startad: list[bool] = []
    efter_forsta_malningen(fonster, lambda: startad.append(True))
    assert startad == []
    fonster.show()
    qtbot.waitUntil(lambda: startad == [True], timeout=VANTA_MS)
    fonster.repaint()
    qtbot.wait(20)
    assert startad == [True]  # once


def test_huvudfonstret_laddar_inte_sqlalchemy() -> None:
    """Start-up: the window paints before SQLAlchemy and the pages are imported."""
    import subprocess
    import sys

    kod = (
        "import sys; import skrivbord.ui.app, skrivbord.ui.huvudfonster; "
        "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'reportlab'))))"
    )
    svar = subprocess.run([sys.executable, "-c", kod], capture_output=True, text=True, check=True)
    assert svar.stdout.strip() == "[]"


def test_ctrl_n_oppnar_formularet_fran_varje_sida(fonster, qtbot, monkeypatch) -> None:
    from skrivbord.ui.avvikelser.formular import AvvikelseFormular

    oppnade: list[int] = []
    monkeypatch.setattr(
        AvvikelseFormular, "exec", lambda self: oppnade.append(fonster.stapel.currentIndex()) or 0
    )
    fonster.activateWindow()
    qtbot.waitUntil(fonster.isActiveWindow, timeout=VANTA_MS)
    for nummer in range(len(SIDOR)):
        fonster.ga_till(nummer)
        qtbot.keyClick(
            fonster.focusWidget() or fonster, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
        )
    # Each time the form opened, on the Avvikelser page (where the new one is shown).
    assert oppnade == [AVVIKELSER] * len(SIDOR)


def test_registret_fran_menyn_och_sidorna_laser_om(fonster, qtbot) -> None:
    from PySide6.QtGui import QKeySequence

    from skrivbord.ui.organisation.register import RegisterDialog

    assert [a.text() for a in fonster.menuBar().actions()] == [
        "&Arkiv",
        "Avv&ikelser",
        "&Register",
        "&Hjälp",
    ]
    assert fonster.register_atgard.text() == "&Enheter och personal …"
    assert fonster.register_atgard.shortcut() == QKeySequence("Ctrl+Shift+E")
    fonster.ga_till(AVVIKELSER)
    fore = fonster.stapel.currentWidget()
    assert fore.enhet.findText("Tallbacken") < 0
    fonster.activateWindow()
    qtbot.waitUntil(fonster.isActiveWindow, timeout=VANTA_MS)
    qtbot.keyClick(
        fonster,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    register = fonster.registerdialog
    assert isinstance(register, RegisterDialog) and register.isVisible()
    qtbot.mouseClick(register.enheter.ny_knapp, Qt.MouseButton.LeftButton)
    enhetsdialog = register.enheter.dialog
    qtbot.keyClicks(enhetsdialog.namn, "Tallbacken")
    enhetsdialog.spara()
    register.reject()  # Stäng
    assert fonster.registerdialog is None
    # The page on screen was built again, with the new unit in its filter.
    efter = fonster.stapel.currentWidget()
    assert isinstance(efter, AvvikelseSida) and efter is not fore
    assert efter.enhet.findText("Tallbacken") >= 0


def test_registret_kraver_en_oppen_databas(qtbot) -> None:
    fonster = Huvudfonster()
    qtbot.addWidget(fonster)
    assert not fonster.register_atgard.isEnabled()
    fonster.oppna_register()
    assert fonster.registerdialog is None


def _forsenad_atgard(databas, beskrivning: str) -> int:
    """An avvikelse from last year with an åtgärd whose deadline has passed."""
    from datetime import date, datetime

    from skrivbord.tjanster import enheter
    from skrivbord.tjanster.avvikelser import flode, kategorier
    from skrivbord.tjanster.avvikelser import registrering as avvikelser
    from skrivbord.typer import Roll
    from tests.fabrik import komplett

    fall = next(k for k in kategorier.lista(databas) if k.kod == "fall")
    avvikelse_id = avvikelser.registrera(
        databas,
        komplett(
            databas,
            avvikelser.AvvikelseUppgifter(
                datetime(2025, 3, 4, 10, 0),
                date(2025, 3, 4),
                enheter.lista(databas)[0].id,
                Roll.UNDERSKOTERSKA,
                fall.id,
                "Syntetisk händelse",
            ),
        ),
        date(2025, 3, 4),
    )
    flode.lagg_till_atgard(databas, avvikelse_id, beskrivning, None, date(2025, 4, 1))
    return avvikelse_id


def test_oversiktens_lankar_leder_till_avvikelsen(fonster, qtbot) -> None:
    databas = fonster.oppen.databas
    avvikelse_id = _forsenad_atgard(databas, "Byt belysning i korridoren")
    fonster.ga_till(0)
    oversikt = fonster.stapel.currentWidget()
    oversikt.uppdatera()
    assert "Byt belysning i korridoren" in oversikt.atgarder.text()
    assert "ingen ansvarig" in oversikt.atgarder.text()
    # The chart says its figures to a screen reader: March last year has the one.
    assert "mars: " in oversikt.diagram.accessibleDescription()
    # The avvikelse page opens on "I år" by default: last year's avvikelse is not in it,
    # so the link clears the filters to show it.
    oversikt.atgarder.linkActivated.emit(f"avvikelse:{avvikelse_id}")
    sida = fonster.stapel.currentWidget()
    assert isinstance(sida, AvvikelseSida)
    assert sida.panel.detalj is not None and sida.panel.detalj.id == avvikelse_id

    fonster.ga_till(0)
    fonster.stapel.currentWidget().atgarder.linkActivated.emit("forsenade")
    assert fonster.stapel.currentWidget() is sida
    assert sida.forsenade.isChecked() and sida.modell.rowCount() == 1

    fonster.ga_till(0)
    from datetime import date, timedelta

    from skrivbord.tjanster import enheter, personal
    from skrivbord.tjanster.delegeringar import beslut
    from skrivbord.tjanster.delegeringar.regler import Beslutsuppgifter

    ssk = personal.skapa(databas, "Sigrid", "Sjuksköterskesson", "sjukskoterska").id
    ids = [
        beslut.skapa(
            databas,
            Beslutsuppgifter(
                personal.skapa(databas, fornamn, "Omsorgsson", "underskoterska").id,
                ssk,
                ("insulin",),
                (enheter.lista(databas)[0].id,),
                date.today() - timedelta(days=300),
                date.today() + timedelta(days=10),
            ),
        )
        for fornamn in ("Alma", "Bodil")
    ]
    fonster.ga_till(0)
    fonster.stapel.currentWidget().delegeringar.linkActivated.emit(f"delegering:{ids[1]}")
    sida = fonster.stapel.currentWidget()
    assert isinstance(sida, DelegeringSida)
    assert sida.markerad() is not None and sida.markerad().id == ids[1]


def test_skrivbord_gui_med_en_fil_oppnar_den_direkt(qtbot, ny_databas, monkeypatch) -> None:
    """`skrivbord-gui FIL.db` (the entry point, as the installer's shortcut and these
    checks start it): the window opens that database, with no dialog in between."""
    import logging
    import sys
    import threading

    from skrivbord.__main__ import main_gui

    sokvag = ny_databas.databas.sokvag
    ny_databas.stang()
    fore = set(QApplication.topLevelWidgets())
    oppnade: list[Path] = []

    def exec_(_app) -> int:
        fonster = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, Huvudfonster) and w not in fore
        )
        qtbot.addWidget(fonster)
        qtbot.waitUntil(lambda: fonster.oppen is not None, timeout=VANTA_MS)
        oppnade.append(fonster.oppen.databas.sokvag)
        fonster.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    # main installs the crash handler and a log file: put back what the tests use.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(logging.getLogger(), "handlers", list(logging.getLogger().handlers))
    monkeypatch.setattr(sys, "argv", ["skrivbord-gui", str(sokvag)])
    assert main_gui() == 0
    assert oppnade == [sokvag]
