"""The coverage per unit and week: whole weeks only, one count per person, the
minimum from the unit register, inactive staff and revoked decisions not counted."""

from __future__ import annotations

from datetime import date

import pytest

from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster import enheter, personal
from skrivbord.tjanster.delegeringar import beslut, tackning

AR = 2026


def test_veckor_minsta_antal_och_vad_som_raknas(databas, grupp) -> None:
    solgarden = enheter.hamta(databas, grupp.solgarden)
    enheter.andra(
        databas,
        grupp.solgarden,
        solgarden.namn,
        solgarden.typ,
        har_lakemedelsforrad=solgarden.har_lakemedelsforrad,
        gor_veckogenomgangar=solgarden.gor_veckogenomgangar,
        startdatum=solgarden.startdatum,
        enhetschef_id=solgarden.enhetschef_id,
        delegeringsbehov={"insulin": 2, "ogondroppar": 1},
    )
    # Ulla: insulin all summer (from Monday of week 24 to Sunday of week 34).
    beslut.skapa(
        databas,
        grupp.beslut(giltig_fran=date(2026, 6, 8), giltig_till=date(2026, 8, 23)),
    )
    # Vera: insulin until Wednesday of week 30 (so not week 30), two decisions the
    # same week 25 count once.
    vera = grupp.beslut(
        delegerad_id=grupp.vb,
        uppgifter=("insulin",),
        giltig_fran=date(2026, 6, 15),
        giltig_till=date(2026, 7, 22),
    )
    beslut.skapa(databas, vera)
    beslut.skapa(
        databas,
        grupp.beslut(
            delegerad_id=grupp.vb,
            uppgifter=("insulin",),
            giltig_fran=date(2026, 6, 15),
            giltig_till=date(2026, 6, 30),
        ),
    )
    # A revoked one counts until the week it was revoked in.
    aterkallad = beslut.skapa(
        databas,
        grupp.beslut(
            delegerad_id=grupp.fysioterapeut,
            delegerande_id=grupp.ssk,
            uppgifter=("ogondroppar",),
            giltig_fran=date(2026, 6, 1),
            giltig_till=date(2026, 12, 31),
        ),
    )
    beslut.aterkalla(databas, aterkallad, date(2026, 6, 20), "Byter arbetsplats.", grupp.ssk)
    # An inactive person's decisions do not count.
    slutar = personal.skapa(databas, "Stina", "Snartborta", "underskoterska").id
    beslut.skapa(databas, grupp.beslut(delegerad_id=slutar))
    personal.satt_aktiv(databas, slutar, False)

    svar = tackning.berakna(databas, AR, 24, 34, enhet_id=grupp.solgarden)
    assert svar.veckor == tuple(range(24, 35))
    (enhet,) = svar.enheter
    rader = {r.kod: r for r in enhet.rader}
    assert set(rader) == {"insulin", "ogondroppar", "overlamna_lakemedel"}
    insulin = rader["insulin"]
    assert insulin.minsta == 2
    assert insulin.antal == (1, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1)
    assert [insulin.under(i) for i in range(3)] == [True, False, False]
    ogon = rader["ogondroppar"]
    assert ogon.antal[:2] == (1, 0)  # revoked on Saturday of week 25
    assert rader["overlamna_lakemedel"].minsta == 0
    assert enhet.veckor_under == 11


def test_perioden_provas(databas) -> None:
    with pytest.raises(OgiltigUppgift, match="veckorna 1–53"):
        tackning.berakna(databas, 2026, 24, 54)
    with pytest.raises(OgiltigUppgift, match="före den första"):
        tackning.berakna(databas, 2026, 30, 24)
    alla = tackning.berakna(databas, 2026, 1, 2)
    assert len(alla.enheter) == len([e for e in enheter.lista(databas) if e.aktiv])
