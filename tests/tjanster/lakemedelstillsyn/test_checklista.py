"""Checklistorna: levererade standardpunkter, MAS ändringar, och att en punkt som har
besvarats aldrig tas bort eller skrivs om."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster import standarddata
from skrivbord.tjanster.databasfil import Databas
from skrivbord.tjanster.lakemedelstillsyn import checklista, protokoll
from skrivbord.tjanster.lakemedelstillsyn.uppgifter import Tillsynsuppgifter
from skrivbord.typer import Tillsynstyp
from tests.tjanster.lakemedelstillsyn.conftest import IDAG


def test_varje_tillsynstyp_har_sin_levererade_checklista(databas: Databas) -> None:
    filen = standarddata.lakemedelstillsyn_checklistor()
    assert set(filen) == set(Tillsynstyp)
    for typ in Tillsynstyp:
        punkter = checklista.punkter(databas, typ)
        assert [p.text for p in punkter] == [post["text"] for post in filen[typ]]
        assert all(p.aktiv and not p.anvand for p in punkter)
    texter = " ".join(p.text for p in checklista.punkter(databas, Tillsynstyp.MAS_INTERN))
    for ord_ in (
        "narkotikajournalen",
        "numrerade",
        "nycklar",
        "2 och 8 °C",
        "Utgångsdatum",
        "Brutna förpackningar",
        "Signeringslistorna",
        "Kasserade",
        "Dosetter",
        "ordinationerna",
        "delegering",
    ):
        assert ord_ in texter


def test_en_databas_utan_punkter_far_de_levererade(databas: Databas) -> None:
    with databas.ra_anslutning() as anslutning:
        anslutning.execute("DELETE FROM tillsynspunkt")
    assert len(checklista.punkter(databas, Tillsynstyp.OVRIGA)) == len(
        standarddata.lakemedelstillsyn_checklistor()[Tillsynstyp.OVRIGA]
    )


def test_oanvand_punkt_andras_och_tas_bort_pa_riktigt(databas: Databas) -> None:
    ny = checklista.lagg_till(databas, Tillsynstyp.OVRIGA, "  Finns  en aktuell  rutin? ")
    punkt = checklista.punkter(databas, Tillsynstyp.OVRIGA)[-1]
    assert (punkt.id, punkt.text, punkt.kod) == (
        ny,
        "Finns en aktuell rutin?",
        "egen_finns_en_aktuell_rutin",
    )
    assert checklista.andra_text(databas, ny, "Finns en fastställd rutin?") == ny
    assert checklista.ta_bort(databas, ny) is True
    assert ny not in {p.id for p in checklista.punkter(databas, Tillsynstyp.OVRIGA, False)}


def test_besvarad_punkt_inaktiveras_och_behaller_sin_text(
    databas: Databas, uppgifter: Callable[..., Tillsynsuppgifter]
) -> None:
    tillsyn_id = protokoll.spara(databas, uppgifter(), IDAG)
    forsta = checklista.punkter(databas, Tillsynstyp.NARKOTIKA)[0]
    assert forsta.anvand
    ny_id = checklista.andra_text(databas, forsta.id, "Saldot stämmer för varje preparat")
    assert ny_id != forsta.id
    alla = {p.id: p for p in checklista.punkter(databas, Tillsynstyp.NARKOTIKA, False)}
    assert not alla[forsta.id].aktiv and alla[forsta.id].text == forsta.text
    aktiva = checklista.punkter(databas, Tillsynstyp.NARKOTIKA)
    assert aktiva[0].id == ny_id  # on the old item's place
    assert checklista.ta_bort(databas, aktiva[1].id) is False
    assert aktiva[1].id not in {p.id for p in checklista.punkter(databas, Tillsynstyp.NARKOTIKA)}
    # The saved protocol still reads the questions it answered.
    detalj = protokoll.hamta(databas, tillsyn_id)
    assert detalj.svar[0].text == forsta.text
    assert detalj.svar[1].text == aktiva[1].text


def test_tom_eller_for_lang_fraga_vagras(databas: Databas) -> None:
    with pytest.raises(OgiltigUppgift, match="Skriv punktens fråga"):
        checklista.lagg_till(databas, Tillsynstyp.EXTERN, "   ")
    with pytest.raises(OgiltigUppgift, match="högst"):
        checklista.lagg_till(databas, Tillsynstyp.EXTERN, "x" * 301)


def test_sista_aktiva_punkten_kan_inte_inaktiveras(databas: Databas) -> None:
    punkter = checklista.punkter(databas, Tillsynstyp.NARKOTIKA)
    for p in punkter[:-1]:
        checklista.satt_aktiv(databas, p.id, False)
    with pytest.raises(OgiltigUppgift, match="minst en aktiv"):
        checklista.satt_aktiv(databas, punkter[-1].id, False)
    checklista.satt_aktiv(databas, punkter[0].id, True)
    assert len(checklista.punkter(databas, Tillsynstyp.NARKOTIKA)) == 2
