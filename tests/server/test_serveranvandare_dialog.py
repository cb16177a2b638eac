"""The MAS's dialog of server users: shown only on a server database, lists the
logins, adds one with its units, and shows a refused rule on its error line."""

from __future__ import annotations

from PySide6.QtCore import Qt

from skrivbord.tjanster import serveranvandare
from skrivbord.tjanster.serveranvandare import Roll
from skrivbord.ui.organisation.register import EnhetFlik
from skrivbord.ui.organisation.serveranvandare import ServeranvandareDialog
from tests.server.conftest import LOSENORD, unikt


def test_knappen_bara_pa_en_server(qtbot, databas, rolldatabas) -> None:
    fil = EnhetFlik(databas)
    qtbot.addWidget(fil)
    assert not hasattr(fil, "anvandare_knapp")
    server = EnhetFlik(rolldatabas.admin)
    qtbot.addWidget(server)
    assert server.anvandare_knapp.text().replace("&", "") == "Användare i servern …"


def test_lagg_till_i_dialogen(qtbot, rolldatabas, tmp_path) -> None:
    mas = rolldatabas.anvandare(Roll.MAS)
    dialog = ServeranvandareDialog(mas)
    qtbot.addWidget(dialog)
    assert dialog.tabell.rowCount() == 1

    login = unikt("chef")
    rolldatabas.inloggningar.append(login)
    dialog.login.setText(login)
    dialog.losenord.setText(LOSENORD)
    dialog.losenord_igen.setText(LOSENORD)
    dialog.lagg_till_knapp.click()  # no unit ticked
    assert not dialog.felrad.isHidden() and "minst en enhet" in dialog.felrad.text()

    for i in range(dialog.enheter.count()):
        if dialog.enheter.item(i).text() in ("Solgården", "Björkbacken"):
            dialog.enheter.item(i).setCheckState(Qt.CheckState.Checked)
    dialog.losenord_igen.setText("något annat helt")
    dialog.lagg_till_knapp.click()
    assert "inte lika" in dialog.felrad.text()
    dialog.losenord_igen.setText(LOSENORD)
    dialog.lagg_till_knapp.click()
    assert dialog.felrad.isHidden()
    assert dialog.tabell.rowCount() == 2
    ny = next(a for a in serveranvandare.lista(mas) if a.login == login)
    assert ny.roll is Roll.ENHETSCHEF and ny.enheter == ("Björkbacken", "Solgården")
    assert dialog.login.text() == "" and dialog.losenord.text() == ""
    assert dialog.valda_enheter() == []

    dialog.roll.setCurrentIndex(list(Roll).index(Roll.LASARE))
    assert not dialog.enheter.isEnabled()
    dialog.show()
    dialog.grab().save(str(tmp_path / "serveranvandare.png"))
