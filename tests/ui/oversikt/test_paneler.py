"""Översikt's panels of delegations to renew and avvikelser that wait: rows name the
item and lead to it; the panels stand four in a row on a wide page."""

from __future__ import annotations

from datetime import date, timedelta

from skrivbord.modeller import Delegering, DelegeringUppgift, Personal
from skrivbord.tjanster import enheter
from skrivbord.typer import Roll
from skrivbord.ui.oversikt import OversiktSida

IDAG = date(2026, 6, 15)


def _delegeringar(databas) -> None:
    enhet = next(e.id for e in enheter.lista(databas) if e.namn == "Solgården")
    with databas.session() as s:
        ssk = Personal(fornamn="Test", efternamn="Legitimerad", roll=Roll.SJUKSKOTERSKA)
        usk = Personal(fornamn="Tova", efternamn="Omsorg", roll=Roll.UNDERSKOTERSKA)
        s.add_all([ssk, usk])
        s.flush()
        for till, uppgifter in (
            (IDAG - timedelta(days=4), ["insulin"]),
            (IDAG + timedelta(days=12), ["insulin", "ogondroppar", "inhalation"]),
        ):
            d = Delegering(
                delegerad_id=usk.id,
                delegerande_id=ssk.id,
                enhet_id=enhet,
                giltig_fran=till - timedelta(days=300),
                giltig_till=till,
            )
            d.uppgifter.extend(DelegeringUppgift(uppgift=u) for u in uppgifter)
            s.add(d)


def test_raderna_och_lanken(databas, qtbot) -> None:
    _delegeringar(databas)
    sida = OversiktSida(databas, idag=IDAG)
    qtbot.addWidget(sida)
    assert sida.delegeringar_rubrik.text() == "Delegeringar att förnya (2)"
    text = sida.delegeringar.text()
    assert text.count("Tova Omsorg") == 2 and "undersköterska" in text
    assert "Solgården · Ge insulin subkutant med insulinpenna" in text
    assert "gick ut 2026-06-11" in text and "t.o.m. 2026-06-27" in text
    assert "+ 2 till" in text  # the second and third task of the second
    assert text.index("gick ut") < text.index("t.o.m.")
    with qtbot.waitSignal(sida.delegering_vald) as signal:
        sida.delegeringar.linkActivated.emit("delegering:1")
    assert signal.args == [1]


def test_tom_lista_och_fyra_paneler_i_bredd(databas, qtbot) -> None:
    sida = OversiktSida(databas, idag=IDAG)
    qtbot.addWidget(sida)
    assert "Inga delegeringar går ut" in sida.delegeringar.text()
    sida.resize(1700, 900)
    sida.show()
    qtbot.waitExposed(sida)
    platser = {
        sida._panelrutnat.getItemPosition(sida._panelrutnat.indexOf(p))[:2] for p in sida.paneler
    }
    assert platser == {(0, 0), (0, 1), (0, 2), (0, 3)}
    sida.resize(1100, 900)
    qtbot.wait(10)
    platser = {
        sida._panelrutnat.getItemPosition(sida._panelrutnat.indexOf(p))[:2] for p in sida.paneler
    }
    assert platser == {(0, 0), (0, 1), (1, 0), (1, 1)}


def test_vantande_avvikelser_oppnas(databas, qtbot) -> None:
    from datetime import datetime

    from tests.tjanster.test_oversikt import _avvikelse

    enhet = next(e.id for e in enheter.lista(databas) if e.namn == "Solgården")
    gammal = _avvikelse(databas, enhet, datetime(2026, 6, 1, 10, 0))  # 14 days: waits
    _avvikelse(databas, enhet, datetime(2026, 6, 2, 10, 0))  # 13 days: not yet
    sida = OversiktSida(databas, idag=IDAG)
    qtbot.addWidget(sida)
    assert sida.vantande_rubrik.text() == "Avvikelser som väntar (1)"
    text = sida.vantande.text()
    assert f"href='avvikelse:{gammal}'" in text and "14\u00a0d" in text
    assert "På uppföljning, åtgärderna klara (0)" in text
    with qtbot.waitSignal(sida.avvikelse_vald) as signal:
        sida.vantande.linkActivated.emit(f"avvikelse:{gammal}")
    assert signal.args == [gammal]
