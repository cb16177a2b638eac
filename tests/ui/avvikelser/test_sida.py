"""The Avvikelser page: filters, search, selection and the side panel together."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from skrivbord.tjanster import enheter
from skrivbord.tjanster.avvikelser import kategorier
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.typer import Roll
from skrivbord.ui.avvikelser import sida as sidmodul
from skrivbord.ui.avvikelser.sida import AvvikelseSida
from tests.fabrik import komplett

IDAG = date(2026, 11, 23)


@pytest.fixture
def sida(qtbot, databas) -> AvvikelseSida:
    fall = next(k for k in kategorier.lista(databas) if k.kod == "fall")
    lakemedel = next(k for k in kategorier.lista(databas) if k.kod == "lakemedel")
    alla_enheter = enheter.lista(databas)
    texter = ["Föll i badrummet", "Glömd kvällsdos", "Föll ur rullstolen", "Fel dos given"]
    for i, text in enumerate(texter):
        avvikelser.registrera(
            databas,
            komplett(
                databas,
                avvikelser.AvvikelseUppgifter(
                    handelse_tid=datetime(2026, 11, 1 + i, 8, 0),
                    rapporterad_datum=date(2026, 11, 1 + i),
                    enhet_id=alla_enheter[i % 2].id,
                    rapportor_roll=Roll.UNDERSKOTERSKA,
                    kategori_id=(fall if "Föll" in text else lakemedel).id,
                    beskrivning=text,
                ),
            ),
            IDAG,
        )
    sida = AvvikelseSida(databas, idag=IDAG)
    qtbot.addWidget(sida)
    sida.resize(1200, 700)
    sida.show()
    return sida


def test_lista_filter_och_sok(sida, qtbot) -> None:
    assert sida.modell.rowCount() == 4
    assert sida.antal.text() == "4 avvikelser"
    fall_index = sida.kategori.findText("Fall")
    sida.kategori.setCurrentIndex(fall_index)
    assert sida.modell.rowCount() == 2
    sida.kategori.setCurrentIndex(0)
    qtbot.keyClicks(sida.sok, "dos")  # a word prefix: "kvällsdos" is not a hit
    qtbot.waitUntil(lambda: sida.modell.rowCount() == 1, timeout=2000)
    sida.sok.setText("föll")
    qtbot.waitUntil(lambda: sida.modell.rowCount() == 2, timeout=2000)
    sida.sok.clear()
    qtbot.waitUntil(lambda: sida.modell.rowCount() == 4, timeout=2000)


def test_val_visar_panelen_och_andring_uppdaterar(sida, monkeypatch) -> None:
    sida.tabell.selectRow(0)
    assert sida.panel.detalj is not None
    vald = sida.panel.detalj.id
    assert sida.panel.detalj.uppgifter.beskrivning == "Fel dos given"  # newest first
    sida.panel.nasta_knapp.click()
    assert sida.modell.rad(sida.modell.rad_for_id(vald)).status == "under_utredning"
    assert sida.panel.detalj.id == vald


def test_ny_avvikelse_via_formularet(sida, monkeypatch) -> None:
    def fyll(formular) -> int:
        formular.beskrivning.setPlainText("Hittad på golvet i matsalen.")
        for falt in (formular.fall_plats, formular.fall_aktivitet, formular.fall_skada):
            falt.setCurrentIndex(1)  # the form opens on Fall, which needs these
        formular.spara()
        return 1

    monkeypatch.setattr(sidmodul.AvvikelseFormular, "exec", fyll)
    sida.ny_avvikelse()
    assert sida.modell.rowCount() == 5
    assert sida.panel.detalj.uppgifter.beskrivning == "Hittad på golvet i matsalen."


def test_forsenade_atgarder_i_listan(sida, databas) -> None:
    from skrivbord.tjanster.avvikelser import flode as avvikelseflode

    sida.tabell.selectRow(1)
    vald = sida.panel.detalj.id
    avvikelseflode.lagg_till_atgard(databas, vald, "Ny rutin", None, date(2026, 11, 10))
    avvikelseflode.lagg_till_atgard(
        databas, sida.modell.id_for_rad(2), "Senare", None, date(2026, 12, 24)
    )
    sida.forsenade.setChecked(True)
    assert sida.modell.rowCount() == 1
    assert sida.modell.id_for_rad(0) == vald
