"""The first-start wizard, end to end: new database, demo, existing file, recovery key."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from skrivbord import sokvagar
from skrivbord.lagring import nyckelring as nyckelring_modul
from skrivbord.tjanster import databasfil, enheter, kommun
from skrivbord.typer import Enhetstyp
from skrivbord.ui.guide import ENHETER, KOMMUN, NYCKEL, PLATS, START, ForstaStartGuide


@pytest.fixture
def guide(qtbot):
    guide = ForstaStartGuide()
    qtbot.addWidget(guide)
    guide.show()
    yield guide
    if guide.resultat is not None:
        guide.resultat.stang()


def _till_platssidan(guide: ForstaStartGuide, namn: str = "Provby kommun") -> None:
    guide.next()
    guide.kommun.namn.setText(namn)
    guide.kommun.kod.setText("1234")
    guide.next()
    guide.enheter.tabell.item(0, 0).setText("Tallbacken")
    guide.next()
    assert guide.currentId() == PLATS


def test_guiden_skapar_databas_som_gar_att_oppna_igen(guide, tmp_path) -> None:
    assert guide.currentId() == START
    guide.next()
    assert guide.currentId() == KOMMUN
    guide.kommun.namn.setText("Provby kommun")
    guide.kommun.kod.setText("12")
    guide.next()
    assert guide.currentId() == KOMMUN
    assert "fyrsiffriga" in guide.kommun.fel.text() and not guide.kommun.fel.isHidden()
    guide.kommun.kod.setText("1234")
    guide.next()
    assert guide.currentId() == ENHETER
    guide.enheter.tabell.item(0, 0).setText("Tallbacken")
    guide.enheter.lagg_till("Hemtjänst Syd", Enhetstyp.HEMTJANST)
    guide.enheter.lagg_till("", Enhetstyp.LSS)  # an empty row is ignored
    guide.next()
    assert guide.currentId() == PLATS
    assert guide.plats.sokvag.text() == str(sokvagar.standarddatabas())
    fil = tmp_path / "provby"  # the .db suffix is added
    guide.plats.sokvag.setText(str(fil))
    guide.next()
    assert guide.currentId() == NYCKEL
    nyckel = guide.skapad.aterstallningsnyckel
    assert all(grupp in guide.nyckel.nyckel.text() for grupp in nyckel.split("-"))
    assert "testnyckelring i minnet" in guide.nyckel.plats.text()
    knapp = guide.button(QWizard.WizardButton.FinishButton)
    assert not knapp.isEnabled()
    assert not guide.button(QWizard.WizardButton.CancelButton).isVisible()
    guide.nyckel.sparad.setChecked(True)
    assert knapp.isEnabled()
    knapp.click()
    assert guide.result() == QWizard.DialogCode.Accepted
    oppen = guide.resultat
    assert oppen.databas.sokvag == tmp_path / "provby.db"
    assert (tmp_path / "provby.db").is_file()
    assert {(e.namn, e.typ) for e in enheter.lista(oppen.databas)} == {
        ("Tallbacken", Enhetstyp.SABO),
        ("Hemtjänst Syd", Enhetstyp.HEMTJANST),
    }
    oppen.stang()
    guide.resultat = None
    igen = databasfil.oppna_genast(tmp_path / "provby.db")
    assert kommun.hamta(igen.databas) == kommun.Kommun("Provby kommun", "1234")
    igen.stang()


def test_nyckelsidan_gar_inte_att_lamna_utan_bekraftelse(guide, tmp_path) -> None:
    _till_platssidan(guide)
    guide.plats.sokvag.setText(str(tmp_path / "a.db"))
    guide.next()
    assert guide.currentId() == NYCKEL
    guide.reject()  # Esc or the window's close button
    assert guide.isVisible() and guide.currentId() == NYCKEL
    assert "Spara återställningsnyckeln" in guide.nyckel.paminnelse.text()
    # No way back past the commit page.
    assert not guide.button(QWizard.WizardButton.BackButton).isEnabled()


def test_minst_en_enhet_och_unika_namn(guide) -> None:
    guide.next()
    guide.kommun.namn.setText("Provby kommun")
    guide.kommun.kod.setText("1234")
    guide.next()
    guide.enheter.tabell.setCurrentCell(0, 0)
    guide.enheter.ta_bort_markerad()
    guide.next()
    assert guide.currentId() == ENHETER and "minst en enhet" in guide.enheter.fel.text()
    guide.enheter.lagg_till("Solbacken", Enhetstyp.SABO)
    guide.enheter.lagg_till("solbacken ", Enhetstyp.HEMTJANST)
    guide.next()
    assert guide.currentId() == ENHETER and "samma namn" in guide.enheter.fel.text()


def test_befintlig_fil_skrivs_inte_over(guide, ny_databas) -> None:
    _till_platssidan(guide)
    guide.plats.sokvag.setText(str(ny_databas.databas.sokvag))
    guide.next()
    assert guide.currentId() == PLATS
    assert "finns redan" in guide.plats.fel.text()
    assert guide.skapad is None and guide.resultat is None


def test_utan_nyckelring_sags_det_tydligt(guide, tmp_path) -> None:
    nyckelring_modul.anvand(nyckelring_modul.Nyckelring.ingen())
    _till_platssidan(guide)
    assert "saknar en säker nyckelring" in guide.plats.nyckelinfo.text()
    guide.plats.sokvag.setText(str(tmp_path / "a.db"))
    guide.next()
    assert "varje gång databasen öppnas" in guide.nyckel.plats.text()


def test_demodatabasen_skapas_och_oppnas_sedan(guide, qtbot, meddelanden) -> None:
    guide.start.demo.setChecked(True)
    guide.next()
    assert guide.currentId() == NYCKEL
    assert sokvagar.demodatabas().is_file()
    assert kommun.hamta(guide.resultat.databas).namn == "Demokommun"
    guide.resultat.stang()
    guide.resultat = None
    # The second time the existing demo database is opened, not rebuilt.
    andra = ForstaStartGuide()
    qtbot.addWidget(andra)
    andra.show()
    andra.start.demo.setChecked(True)
    andra.next()
    assert andra.result() == QWizard.DialogCode.Accepted
    assert andra.skapad is None and andra.resultat is not None
    andra.resultat.stang()
    assert meddelanden == []


def test_spara_nyckeln_som_pdf(guide, tmp_path) -> None:
    _till_platssidan(guide)
    guide.plats.sokvag.setText(str(tmp_path / "a.db"))
    guide.next()
    pdf = tmp_path / "nyckel.pdf"
    guide.nyckel.spara_pdf(pdf)
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert "nyckel.pdf" in guide.nyckel.pdf_klar.text()


def test_pdf_som_inte_kan_sparas_ger_meddelande(guide, tmp_path, meddelanden) -> None:
    _till_platssidan(guide)
    guide.plats.sokvag.setText(str(tmp_path / "a.db"))
    guide.next()
    guide.nyckel.spara_pdf(tmp_path / "finns-inte" / "nyckel.pdf")
    assert "kunde inte sparas" in meddelanden[0]
    assert not guide.nyckel.pdf_klar.text()


def test_oppna_befintlig_fil_fran_forsta_sidan(guide, ny_databas, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    ny_databas.stang()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(ny_databas.databas.sokvag), "")
    )
    guide.start.befintlig.setChecked(True)
    guide.next()
    assert guide.result() == QWizard.DialogCode.Accepted
    assert guide.skapad is None
    assert kommun.hamta(guide.resultat.databas).namn == "Testkommun"


def test_tab_och_alt_l_nar_lagg_till_enhet(guide, qtbot) -> None:
    """The unit table does not swallow Tab, and Alt+L adds a unit without the mouse."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    guide.next()
    guide.kommun.namn.setText("Provby kommun")
    guide.kommun.kod.setText("1234")
    guide.next()
    assert guide.currentId() == ENHETER
    guide.activateWindow()
    qtbot.waitUntil(guide.isActiveWindow)
    tabell = guide.enheter.tabell
    fore = tabell.rowCount()
    tabell.setFocus()
    qtbot.keyClick(tabell, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not tabell
    qtbot.keyClick(guide, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tabell.rowCount() == fore + 1)  # a mnemonic clicks after 100 ms
