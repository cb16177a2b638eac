"""The follow-up steps of an avvikelse (analysis, MAS decisions, lex Maria, state,
åtgärd status) hand back the version they showed: a second writer with an old one
is told so, nothing of hers is written or lost, the row stays the first writer's,
and with the new version she saves (tjanster/samtidighet.py)."""

from __future__ import annotations

from datetime import date

import pytest

from skrivbord.fel import SamtidigAndring
from skrivbord.lagring.databas import Databas
from skrivbord.tjanster.avvikelser import flode
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.tjanster.avvikelser.registrering import Anmalan, LexMariaBedomning
from skrivbord.typer import Atgardsstatus, Avvikelsestatus, Informerad, LexMaria, Orsaksomrade
from tests.tjanster.avvikelser.test_samtidighet import IDAG, ny_avvikelse

ANNAS_ANALYS = "Sänggrinden var nere; rutinen följdes inte."
BERTILS_ANALYS = "Larmet hördes inte i korridoren."


def _version(databas: Databas, avvikelse_id: int) -> int:
    return avvikelser.hamta(databas, avvikelse_id).version


def test_analysen(databas: Databas) -> None:
    avvikelse_id = ny_avvikelse(databas)
    visad = _version(databas, avvikelse_id)
    flode.spara_analys(databas, avvikelse_id, {Orsaksomrade.RUTINER}, ANNAS_ANALYS, version=visad)
    bertils = ({Orsaksomrade.KOMMUNIKATION}, BERTILS_ANALYS)
    with pytest.raises(SamtidigAndring) as fel:
        flode.spara_analys(databas, avvikelse_id, *bertils, version=visad)
    assert fel.value.egna == (frozenset(bertils[0]), BERTILS_ANALYS)
    assert f"({databas.anvandare})" in fel.value.meddelande
    sparad = avvikelser.hamta(databas, avvikelse_id)
    assert (sparad.analys_text, sparad.orsaker) == (ANNAS_ANALYS, {Orsaksomrade.RUTINER})
    flode.spara_analys(
        databas,
        avvikelse_id,
        {Orsaksomrade.RUTINER, Orsaksomrade.KOMMUNIKATION},
        f"{ANNAS_ANALYS} {BERTILS_ANALYS}",
        version=sparad.version,
    )
    slutlig = avvikelser.hamta(databas, avvikelse_id)
    assert slutlig.analys_text == f"{ANNAS_ANALYS} {BERTILS_ANALYS}"
    assert slutlig.version > sparad.version


def test_en_andrad_orsak_ar_ocksa_en_andring(databas: Databas) -> None:
    """Only the causes change (child rows): the avvikelse's version still moves on."""
    avvikelse_id = ny_avvikelse(databas)
    flode.spara_analys(databas, avvikelse_id, {Orsaksomrade.RUTINER}, ANNAS_ANALYS, version=1)
    visad = _version(databas, avvikelse_id)
    flode.spara_analys(databas, avvikelse_id, {Orsaksomrade.MILJO}, ANNAS_ANALYS, version=visad)
    with pytest.raises(SamtidigAndring):
        flode.spara_analys(
            databas, avvikelse_id, {Orsaksomrade.RUTINER}, ANNAS_ANALYS, version=visad
        )
    assert avvikelser.hamta(databas, avvikelse_id).orsaker == {Orsaksomrade.MILJO}


def test_lex_maria(databas: Databas) -> None:
    avvikelse_id = ny_avvikelse(databas)
    visad = _version(databas, avvikelse_id)
    flode.satt_lex_maria(
        databas, avvikelse_id, LexMaria.UTREDS, date(2026, 11, 21), idag=IDAG, version=visad
    )
    anmalan = Anmalan(informerad=Informerad.PATIENTEN, informerad_datum=date(2026, 11, 22))
    with pytest.raises(SamtidigAndring) as fel:
        flode.satt_lex_maria(
            databas,
            avvikelse_id,
            LexMaria.EJ_ANMALD,
            date(2026, 11, 22),
            "Ingen vårdskada.",
            None,
            anmalan,
            idag=IDAG,
            version=visad,
        )
    assert fel.value.egna == LexMariaBedomning(
        LexMaria.EJ_ANMALD, date(2026, 11, 22), "Ingen vårdskada.", None, anmalan
    )
    sparad = avvikelser.hamta(databas, avvikelse_id)
    assert (sparad.lex_maria.bedomning, sparad.lex_maria.motivering) == (LexMaria.UTREDS, "")
    flode.satt_lex_maria(
        databas,
        avvikelse_id,
        LexMaria.EJ_ANMALD,
        date(2026, 11, 22),
        "Ingen vårdskada.",
        None,
        anmalan,
        idag=IDAG,
        version=sparad.version,
    )
    assert avvikelser.hamta(databas, avvikelse_id).lex_maria.bedomning == LexMaria.EJ_ANMALD


def test_besluten_och_statusen(databas: Databas) -> None:
    avvikelse_id = ny_avvikelse(databas)
    visad = _version(databas, avvikelse_id)
    flode.besluta_handelseanalys(databas, avvikelse_id, True, version=visad)
    with pytest.raises(SamtidigAndring):
        flode.besluta_handelseanalys(databas, avvikelse_id, False, version=visad)
    with pytest.raises(SamtidigAndring) as fel:
        flode.besluta_inga_atgarder(databas, avvikelse_id, "En engångshändelse.", version=visad)
    assert fel.value.egna == "En engångshändelse."
    with pytest.raises(SamtidigAndring):
        flode.flytta_fram(databas, avvikelse_id, version=visad)
    sparad = avvikelser.hamta(databas, avvikelse_id)
    assert (sparad.handelseanalys, sparad.inga_atgarder_motivering) == (True, "")
    assert sparad.status == Avvikelsestatus.REGISTRERAD

    flode.besluta_inga_atgarder(
        databas, avvikelse_id, "En engångshändelse.", version=sparad.version
    )
    visad = _version(databas, avvikelse_id)
    assert (
        flode.flytta_fram(databas, avvikelse_id, version=visad) == Avvikelsestatus.UNDER_UTREDNING
    )
    with pytest.raises(SamtidigAndring):
        flode.flytta_fram(databas, avvikelse_id, version=visad)
    assert avvikelser.hamta(databas, avvikelse_id).status == Avvikelsestatus.UNDER_UTREDNING


def test_ateroppna(databas: Databas) -> None:
    avvikelse_id = ny_avvikelse(databas)
    flode.spara_analys(databas, avvikelse_id, {Orsaksomrade.RUTINER}, ANNAS_ANALYS)
    flode.besluta_inga_atgarder(databas, avvikelse_id, "En engångshändelse.")
    flode.lagg_till_uppfoljning(databas, avvikelse_id, date(2026, 11, 22), True, idag=IDAG)
    for _ in range(4):
        flode.flytta_fram(databas, avvikelse_id)
    visad = _version(databas, avvikelse_id)
    flode.ateroppna(databas, avvikelse_id, "Anna: ny uppgift från anhöriga.", version=visad)
    with pytest.raises(SamtidigAndring) as fel:
        flode.ateroppna(databas, avvikelse_id, "Bertil: samma fall igen.", version=visad)
    assert fel.value.egna == "Bertil: samma fall igen."
    historik = avvikelser.hamta(databas, avvikelse_id).historik
    assert [h.orsak for h in historik if h.orsak] == ["Anna: ny uppgift från anhöriga."]


def test_atgardens_status(databas: Databas) -> None:
    avvikelse_id = ny_avvikelse(databas)
    atgard_id = flode.lagg_till_atgard(databas, avvikelse_id, "Byt sänggrind.", None, None)
    (visad,) = avvikelser.hamta(databas, avvikelse_id).atgarder
    assert visad.version == 1
    flode.satt_atgardsstatus(databas, atgard_id, Atgardsstatus.PAGAR, version=visad.version)
    with pytest.raises(SamtidigAndring) as fel:
        flode.satt_atgardsstatus(
            databas, atgard_id, Atgardsstatus.STRUKEN, IDAG, version=visad.version
        )
    assert "åtgärden" in fel.value.meddelande
    assert fel.value.egna == Atgardsstatus.STRUKEN
    (sparad,) = avvikelser.hamta(databas, avvikelse_id).atgarder
    assert (sparad.status, sparad.version) == (Atgardsstatus.PAGAR, 2)
    flode.satt_atgardsstatus(databas, atgard_id, Atgardsstatus.KLAR, IDAG, version=sparad.version)
    (klar,) = avvikelser.hamta(databas, avvikelse_id).atgarder
    assert (klar.status, klar.klar_datum, klar.version) == (Atgardsstatus.KLAR, IDAG, 3)
