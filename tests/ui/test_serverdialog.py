"""Arkiv → Anslut till server …: the dialog against the real throw-away server (TLS,
password logins), and the main window on a server database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from skrivbord import fel
from skrivbord import installningar as installningsfil
from skrivbord.jobb import kor_till_slut
from skrivbord.tjanster import serveranslutning
from skrivbord.ui import installningar
from skrivbord.ui.huvudfonster import Huvudfonster
from skrivbord.ui.serverdialog import AnslutDialog
from tests import serverinloggning
from tests.postgres import _ledig_port


@pytest.fixture
def inloggning(postgres_server, server_mall) -> Iterator[serverinloggning.Inloggning]:
    inloggning = serverinloggning.skapa(postgres_server, server_mall)
    yield inloggning
    inloggning.stada()


def _dialog(qtbot, adress=None, orsak=None) -> AnslutDialog:
    dialog = AnslutDialog(adress, orsak)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fyll(dialog: AnslutDialog, inloggning, **andra) -> None:
    adress = inloggning.adress(**andra)
    dialog.vard.setText(adress.vard)
    dialog.port.setValue(adress.port)
    dialog.databas.setText(adress.databas)
    dialog.anvandare.setText(adress.anvandare)
    dialog.ca.setText(adress.sslrootcert)


def _anslut(qtbot, dialog: AnslutDialog) -> None:
    knapp = dialog.knappar.button(QDialogButtonBox.StandardButton.Ok)
    assert knapp.text() == "Anslut"
    qtbot.mouseClick(knapp, Qt.MouseButton.LeftButton)


def test_lösenordet_fragas_och_sparas_i_nyckelringen(qtbot, inloggning, nyckelring) -> None:
    dialog = _dialog(qtbot)
    assert dialog.losenord.isHidden() and dialog.avancerad_ruta.isHidden()
    assert dialog.tls.currentData() == "verify-full"
    _fyll(dialog, inloggning)
    _anslut(qtbot, dialog)
    # The keyring has none: the password field, and no attempt yet.
    assert not dialog.losenord.isHidden() and dialog.focusWidget() is dialog.losenord
    assert "Skriv lösenordet" in dialog.meddelande.text() and dialog.fel.isHidden()
    assert dialog.oppen is None and dialog.isVisible()
    dialog.losenord.setText(inloggning.losenord)
    _anslut(qtbot, dialog)
    assert dialog.result() == AnslutDialog.DialogCode.Accepted
    assert dialog.oppen is not None
    try:
        assert dialog.oppen.serveradress == inloggning.adress()
        assert dialog.losenord.text() == ""
    finally:
        dialog.oppen.stang()
    assert nyckelring.backend.get_password("skrivbord-server", inloggning.adress().nyckel) == (
        inloggning.losenord
    )


def test_fel_losenord_visas_i_dialogen_som_star_kvar(qtbot, inloggning) -> None:
    dialog = _dialog(qtbot)
    _fyll(dialog, inloggning)
    dialog._visa_losenord(True)
    dialog.losenord.setText("fel")
    _anslut(qtbot, dialog)
    assert dialog.isVisible() and dialog.oppen is None
    assert "godtog inte inloggningen" in dialog.fel.text()
    assert dialog.knappar.isEnabled()
    assert dialog.vard.text() == "127.0.0.1"  # what was typed is kept
    dialog.losenord.setText(inloggning.losenord)
    _anslut(qtbot, dialog)
    assert dialog.oppen is not None
    dialog.oppen.stang()


def test_certifikat_och_server_som_inte_svarar(qtbot, inloggning, tmp_path: Path) -> None:
    dialog = _dialog(qtbot)
    _fyll(dialog, inloggning, sslrootcert=str(serverinloggning.annan_ca(tmp_path)))
    dialog._visa_losenord(True)
    dialog.losenord.setText(inloggning.losenord)
    _anslut(qtbot, dialog)
    assert "kunde inte kontrolleras" in dialog.fel.text() and dialog.isVisible()
    _fyll(dialog, inloggning, port=_ledig_port())
    _anslut(qtbot, dialog)
    assert "svarar inte" in dialog.fel.text() and dialog.isVisible()
    assert dialog.oppen is None


def test_felaktiga_falt_sags_innan_nagot_provas(qtbot) -> None:
    dialog = _dialog(qtbot)
    _anslut(qtbot, dialog)
    assert "serverns namn" in dialog.fel.text()
    dialog.vard.setText("db.kommun.se")
    dialog.databas.setText("skrivbord")
    dialog.anvandare.setText("anna")
    _anslut(qtbot, dialog)
    assert "CA-fil" in dialog.fel.text()


def test_avancerat_tls_med_varning(qtbot) -> None:
    dialog = _dialog(qtbot)
    assert dialog.avancerad_ruta.isHidden()
    qtbot.mouseClick(dialog.avancerat, Qt.MouseButton.LeftButton)
    assert not dialog.avancerad_ruta.isHidden() and dialog.varning.isHidden()
    dialog.tls.setCurrentIndex(dialog.tls.findData("require"))
    assert not dialog.varning.isHidden()
    assert "utge sig för att vara servern" in dialog.varning.text()
    # An address that does not verify opens with Avancerat shown.
    adress = serveranslutning.tolka("postgresql://anna@db/skrivbord?sslmode=verify-ca")
    annan = _dialog(qtbot, adress, fel.ServernSvararInte(adress.visning()))
    assert annan.avancerat.isChecked() and annan.tls.currentData() == "verify-ca"
    assert "svarar inte" in annan.fel.text() and annan.losenord.isHidden()
    assert annan.anvandare.text() == "anna"


def test_huvudfonstret_pa_en_serverdatabas(qtbot, inloggning, eget_hem, monkeypatch) -> None:
    adress = inloggning.adress()
    oppen = kor_till_slut(serveranslutning.oppna(adress, inloggning.losenord))
    fonster = Huvudfonster()
    qtbot.addWidget(fonster)
    fonster.show()
    fonster.satt_databas(oppen)
    assert fonster.windowTitle() == f"Skrivbord – Testkommun – {adress.visning()}"
    assert f"Server: {adress.visning()}" in fonster.statustext()
    assert f"Inloggad som: {adress.anvandare}" in fonster.statustext()
    assert "Databas:" not in fonster.statustext()
    # Backup and restore are the server's IT's: not offered.
    assert not fonster.kopia_atgard.isVisible() and not fonster.kopia_atgard.isEnabled()
    assert not fonster.aterstall_atgard.isEnabled()
    # Remembered like a file, as its address without the password.
    assert installningar.senaste_server() == adress
    assert installningar.senaste()[0] == adress
    text = installningsfil.sokvag().read_text(encoding="utf-8")
    assert str(adress) in text and inloggning.losenord not in text
    for fil in eget_hem.rglob("*"):
        if fil.is_file():
            assert inloggning.losenord.encode() not in fil.read_bytes(), fil
    fonster.close()  # no backup of a server on closing
    assert fonster.oppen is None

    # The next start connects by itself with the keyring's password.
    igen = Huvudfonster()
    qtbot.addWidget(igen)
    igen.show()
    igen.starta()
    assert igen.oppen is not None and igen.oppen.serveradress == adress
    igen.close()


def test_start_utan_losenord_visar_dialogen_ifylld(qtbot, inloggning, monkeypatch) -> None:
    adress = inloggning.adress()
    installningar.anvand(adress)
    visade: list[tuple[str, str, bool]] = []

    def exec_(dialog: AnslutDialog) -> int:
        visade.append((dialog.vard.text(), dialog.meddelande.text(), dialog.losenord.isHidden()))
        return 0

    monkeypatch.setattr(AnslutDialog, "exec", exec_)
    fonster = Huvudfonster()
    qtbot.addWidget(fonster)
    fonster.starta()
    assert fonster.oppen is None
    assert visade == [("127.0.0.1", visade[0][1], False)]
    assert "Skriv lösenordet" in visade[0][1]
    fonster.close()
