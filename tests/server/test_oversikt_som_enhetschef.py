"""Översikt as an enhetschef on a server: "the whole kommun" is, for her, her units
(row-level security shows her nothing else), and the page says so."""

from __future__ import annotations

from PySide6.QtCore import Qt

from skrivbord.tjanster import enheter
from skrivbord.tjanster.serveranvandare import Roll
from skrivbord.ui.oversikt.sida import OversiktSida
from tests.server.conftest import IDAG


def test_enhetschefen_ser_mina_enheter(qtbot, rolldatabas, med_data) -> None:
    chef = rolldatabas.anvandare(Roll.ENHETSCHEF, "Solgården", "Björkbacken")
    sida = OversiktSida(chef, idag=IDAG)
    qtbot.addWidget(sida)
    val = [sida.enhet.itemText(i) for i in range(sida.enhet.count())]
    assert val == ["Mina enheter", "Björkbacken", "Solgården"]
    assert "dina enheter (Björkbacken, Solgården)" in sida.ingress.text()
    assert sida.oversikt is not None and sida.oversikt.oppna_avvikelser == 2
    # Only her units owe her weekly reviews.
    saknade = {g.enhet_id for g in sida.oversikt.saknade_veckogenomgangar}
    assert saknade and saknade <= set(enheter.mina(chef) or ())
    # One unit, chosen with the keyboard as she would.
    qtbot.keyClick(sida.enhet, Qt.Key.Key_Down)
    assert sida.enhet.currentText() == "Björkbacken"
    assert "Siffrorna gäller Björkbacken" in sida.ingress.text()
    assert sida.oversikt.oppna_avvikelser == 1

    mas = rolldatabas.anvandare(Roll.MAS)
    sida = OversiktSida(mas, idag=IDAG)
    qtbot.addWidget(sida)
    assert sida.enhet.itemText(0) == "Hela kommunen"
    assert sida.enhet.count() == 1 + 4
    assert "hela kommunen" in sida.ingress.text()
