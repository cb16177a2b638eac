from datetime import date, datetime

import pytest

from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster import enheter
from skrivbord.tjanster.avvikelser import kategorier
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.typer import Roll
from tests.fabrik import komplett


def test_standardkategorierna_finns(databas) -> None:
    koder = [k.kod for k in kategorier.lista(databas)]
    for kod in ("fall", "lakemedel", "hjalpmedel", "vri", "trycksar", "hot_vald", "annat"):
        assert kod in koder
    assert len(koder) >= 12


def test_lagg_till_byt_namn_inaktivera(databas) -> None:
    ny = kategorier.lagg_till(databas, "Självskada")
    assert ny.kod == "sjalvskada"
    with pytest.raises(OgiltigUppgift, match="finns redan"):
        kategorier.lagg_till(databas, "självskada")
    kategorier.byt_namn(databas, ny.id, "Självskadande handling")
    kategorier.satt_aktiv(databas, ny.id, False)
    assert ny.id not in [k.id for k in kategorier.lista(databas, bara_aktiva=True)]
    assert [k.namn for k in kategorier.lista(databas) if k.id == ny.id] == [
        "Självskadande handling"
    ]


def test_kategori_som_anvands_tas_aldrig_bort(databas) -> None:
    fall = next(k for k in kategorier.lista(databas) if k.kod == "fall")
    avvikelser.registrera(
        databas,
        komplett(
            databas,
            avvikelser.AvvikelseUppgifter(
                handelse_tid=datetime(2026, 1, 5, 10, 0),
                rapporterad_datum=date(2026, 1, 5),
                enhet_id=enheter.lista(databas)[0].id,
                rapportor_roll=Roll.UNDERSKOTERSKA,
                kategori_id=fall.id,
                beskrivning="Föll i korridoren.",
            ),
        ),
    )
    with pytest.raises(OgiltigUppgift, match="används av 1 avvikelser"):
        kategorier.ta_bort(databas, fall.id)
    oanvand = kategorier.lagg_till(databas, "Tillfällig")
    kategorier.ta_bort(databas, oanvand.id)
    assert oanvand.id not in [k.id for k in kategorier.lista(databas)]


def test_faltval_laddas() -> None:
    val = kategorier.faltval()
    assert {"fall_plats", "fall_aktivitet", "underkategorier"} <= set(val)
