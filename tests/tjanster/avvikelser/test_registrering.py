"""Intake rules, and the workflow's transitions and validations."""

from __future__ import annotations

import dataclasses
from dataclasses import fields, replace
from datetime import date, datetime

import pytest
from sqlalchemy import select

from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Atgard, Avvikelse, AvvikelseKategori, Enhet
from skrivbord.tjanster.avvikelser import flode, risk
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.typer import (
    Atgardsstatus,
    Avvikelsestatus,
    Fallskada,
    Informerad,
    IvoBeslut,
    Konsekvens,
    Lakemedelsfel,
    LexMaria,
    Motpart,
    Oenighet,
    Orsaksomrade,
    Rapportorgrupp,
    Riktning,
    Roll,
)

IDAG = date(2026, 11, 23)


def _id(databas: Databas, modell, **villkor) -> int:
    with databas.session() as session:
        return session.scalars(select(modell.id).filter_by(**villkor)).first()


@pytest.fixture
def fall(databas: Databas) -> avvikelser.AvvikelseUppgifter:
    return avvikelser.AvvikelseUppgifter(
        handelse_tid=datetime(2026, 11, 20, 22, 40),
        rapporterad_datum=date(2026, 11, 21),
        enhet_id=_id(databas, Enhet, namn="Solgården"),
        rapportor_roll=Roll.UNDERSKOTERSKA,
        kategori_id=_id(databas, AvvikelseKategori, kod="fall"),
        beskrivning="Hittad på golvet vid sängen, larmade inte.",
        konsekvens=Konsekvens.LINDRIG,
        fall_plats="rum",
        fall_aktivitet="forflyttning",
        fall_skada=Fallskada.LINDRIG,
        risk_konsekvens=2,
        risk_sannolikhet=3,
    )


def test_registrera_och_lasa_tillbaka(databas: Databas, fall) -> None:
    nytt_id = avvikelser.registrera(databas, fall, IDAG)
    detalj = avvikelser.hamta(databas, nytt_id)
    assert detalj.uppgifter == fall
    assert detalj.status == Avvikelsestatus.REGISTRERAD
    assert detalj.riskpoang == 6
    assert [h.till for h in detalj.historik] == [Avvikelsestatus.REGISTRERAD]
    assert detalj.historik[0].anvandare == databas.anvandare


@pytest.mark.parametrize(
    ("andring", "fras"),
    [
        ({"handelse_tid": datetime(2026, 12, 1, 8, 0)}, "framtiden"),
        ({"rapporterad_datum": date(2026, 11, 19)}, "före händelsedatum"),
        ({"rapporterad_datum": date(2026, 11, 30)}, "Rapportdatum kan inte ligga i framtiden"),
        ({"beskrivning": "   "}, "beskriv vad som hände"),
        ({"risk_konsekvens": 5}, "1–4"),
        ({"mellan_vardgivare": True}, "vilken vårdgivare"),
        (
            {"mellan_vardgivare": True, "motpart": Motpart.REGION_AVDELNING},
            "överenskommelse",
        ),
        (
            {
                "mellan_vardgivare": True,
                "motpart": Motpart.REGION_AVDELNING,
                "overenskommelse": "utskrivning",
                "motpart_underrattad_datum": date(2026, 11, 1),
            },
            "underrättats före händelsen",
        ),
    ],
)
def test_ogiltiga_uppgifter_vagras_och_inget_sparas(databas, fall, andring, fras) -> None:
    with pytest.raises(OgiltigUppgift, match=fras):
        avvikelser.registrera(databas, replace(fall, **andring), IDAG)
    with databas.session() as session:
        assert session.scalar(select(Avvikelse.id)) is None


def test_annat_kraver_forklaring(databas, fall) -> None:
    annat = replace(fall, kategori_id=_id(databas, AvvikelseKategori, kod="annat"))
    with pytest.raises(OgiltigUppgift, match="Annat: skriv kort"):
        avvikelser.registrera(databas, annat, IDAG)
    nytt_id = avvikelser.registrera(databas, replace(annat, annat_orsak="Nyckel saknades"), IDAG)
    detalj = avvikelser.hamta(databas, nytt_id)
    assert detalj.uppgifter.annat_orsak == "Nyckel saknades"
    # Fields of another category are not kept behind the changed category.
    assert detalj.uppgifter.fall_skada is None


def test_kategoribyte_rensar_gamla_falt(databas, fall) -> None:
    nytt_id = avvikelser.registrera(databas, fall, IDAG)
    lakemedel = replace(
        fall,
        kategori_id=_id(databas, AvvikelseKategori, kod="lakemedel"),
        lakemedel_feltyp=Lakemedelsfel.UTEBLIVEN_DOS,
        lakemedel_upptackt_av=Rapportorgrupp.SJUKSKOTERSKA,
    )
    avvikelser.uppdatera(databas, nytt_id, lakemedel, IDAG)
    uppgifter = avvikelser.hamta(databas, nytt_id).uppgifter
    assert uppgifter.lakemedel_feltyp == Lakemedelsfel.UTEBLIVEN_DOS
    assert (uppgifter.fall_plats, uppgifter.fall_skada) == (None, None)


def test_kolumnvarden_har_varje_falt_i_formularet(fall) -> None:
    # Kolumnvarden is written out field by field; a new form field must be added there too.
    falt = [f.name for f in fields(avvikelser.AvvikelseUppgifter)]
    assert list(avvikelser.Kolumnvarden.__annotations__) == falt
    assert list(avvikelser.kolumnvarden(fall, "fall")) == falt


def test_risk_och_mas_beslut() -> None:
    assert risk.poang(2, 4) == 8
    assert risk.kraver_mas_beslut(2, 4)
    assert risk.kraver_mas_beslut(3, 1)  # betydande, whatever the probability
    assert not risk.kraver_mas_beslut(2, 3)
    assert risk.niva(1) is risk.LAG
    assert risk.niva(6) is risk.MATTLIG
    assert risk.niva(9) is risk.HOG
    assert risk.niva(16) is risk.MYCKET_HOG


def test_hela_flodet_med_krav_i_varje_steg(databas, fall) -> None:
    nytt_id = avvikelser.registrera(databas, fall, IDAG)
    assert flode.flytta_fram(databas, nytt_id) == Avvikelsestatus.UNDER_UTREDNING

    with pytest.raises(OgiltigUppgift, match="analysen"):
        flode.flytta_fram(databas, nytt_id)
    flode.spara_analys(databas, nytt_id, {Orsaksomrade.MILJO, Orsaksomrade.RUTINER}, "Mörkt rum")
    with pytest.raises(OgiltigUppgift, match="minst en åtgärd"):
        flode.flytta_fram(databas, nytt_id)
    atgard = flode.lagg_till_atgard(databas, nytt_id, "Nattlampa", None, date(2026, 12, 1))
    assert flode.flytta_fram(databas, nytt_id) == Avvikelsestatus.ATGARDER_BESLUTADE

    with pytest.raises(OgiltigUppgift, match="uppföljning"):
        flode.flytta_fram(databas, nytt_id)
    with pytest.raises(OgiltigUppgift, match="före händelsen"):
        flode.lagg_till_uppfoljning(databas, nytt_id, date(2026, 11, 1), True, idag=IDAG)
    flode.lagg_till_uppfoljning(databas, nytt_id, date(2026, 11, 22), True, "Klart", idag=IDAG)
    assert flode.flytta_fram(databas, nytt_id) == Avvikelsestatus.UPPFOLJD

    with pytest.raises(OgiltigUppgift, match="åtgärder som inte är klara"):
        flode.flytta_fram(databas, nytt_id)
    flode.satt_atgardsstatus(databas, atgard, Atgardsstatus.KLAR, date(2026, 11, 22))
    assert flode.flytta_fram(databas, nytt_id) == Avvikelsestatus.AVSLUTAD
    detalj = avvikelser.hamta(databas, nytt_id)
    assert detalj.orsaker == {Orsaksomrade.MILJO, Orsaksomrade.RUTINER}
    assert detalj.analys_text == "Mörkt rum"
    assert [(a.beskrivning, a.status) for a in detalj.atgarder] == [("Nattlampa", "klar")]
    assert not detalj.atgarder[0].forsenad(date(2027, 1, 1))
    assert [(u.datum, u.effekt_uppnadd) for u in detalj.uppfoljningar] == [
        (date(2026, 11, 22), True)
    ]
    with pytest.raises(OgiltigUppgift, match="redan avslutad"):
        flode.flytta_fram(databas, nytt_id)

    with pytest.raises(OgiltigUppgift, match="varför"):
        flode.ateroppna(databas, nytt_id, " ")
    flode.ateroppna(databas, nytt_id, "Ny fallhändelse samma natt")
    historik = avvikelser.hamta(databas, nytt_id).historik
    assert [h.till for h in historik] == [
        Avvikelsestatus.REGISTRERAD,
        Avvikelsestatus.UNDER_UTREDNING,
        Avvikelsestatus.ATGARDER_BESLUTADE,
        Avvikelsestatus.UPPFOLJD,
        Avvikelsestatus.AVSLUTAD,
        Avvikelsestatus.UNDER_UTREDNING,
    ]
    assert historik[-1].orsak == "Ny fallhändelse samma natt"
    with pytest.raises(OgiltigUppgift, match="Bara en avslutad"):
        flode.ateroppna(databas, nytt_id, "igen")


def test_analysen_kan_andras(databas, fall) -> None:
    nytt_id = avvikelser.registrera(databas, fall, IDAG)
    flode.spara_analys(databas, nytt_id, {Orsaksomrade.MILJO, Orsaksomrade.BEMANNING}, "")
    flode.spara_analys(databas, nytt_id, {Orsaksomrade.BEMANNING}, "Kort")
    with databas.session() as session:
        orsaker = {o.orsak for o in session.get(Avvikelse, nytt_id).orsaker}
    assert orsaker == {Orsaksomrade.BEMANNING}


def test_fallets_skada_stammer_med_faktisk_konsekvens(databas, fall) -> None:
    for skada, konsekvens in (
        (Fallskada.INGEN, Konsekvens.LINDRIG),
        (Fallskada.LINDRIG, Konsekvens.INGEN_SKADA),
        (Fallskada.FRAKTUR, Konsekvens.LINDRIG),
        (Fallskada.ANNAN_ALLVARLIG, Konsekvens.INGEN_SKADA),
    ):
        uppgifter = dataclasses.replace(fall, fall_skada=skada, konsekvens=konsekvens)
        with pytest.raises(OgiltigUppgift, match="stämmer inte med den faktiska") as fel:
            avvikelser.registrera(databas, uppgifter, IDAG)
        assert fel.value.falt == "fall_skada"
    for skada, konsekvens in (
        (Fallskada.FRAKTUR, Konsekvens.MATTLIG),
        (Fallskada.ANNAN_ALLVARLIG, Konsekvens.DODSFALL),
        (Fallskada.LINDRIG, Konsekvens.LINDRIG),
    ):
        uppgifter = dataclasses.replace(fall, fall_skada=skada, konsekvens=konsekvens)
        assert avvikelser.registrera(databas, uppgifter, IDAG)


def test_lex_maria_regler(databas, fall) -> None:
    nytt_id = avvikelser.registrera(databas, fall, IDAG)
    with pytest.raises(OgiltigUppgift, match="datum"):
        flode.satt_lex_maria(databas, nytt_id, LexMaria.UTREDS, None)
    with pytest.raises(OgiltigUppgift, match="motivering"):
        flode.satt_lex_maria(databas, nytt_id, LexMaria.ANMALD, date(2026, 11, 22))
    with pytest.raises(OgiltigUppgift, match="före händelsen"):
        flode.satt_lex_maria(databas, nytt_id, LexMaria.UTREDS, date(2026, 1, 1))
    with pytest.raises(OgiltigUppgift, match="anmälan skickades"):
        flode.satt_lex_maria(
            databas, nytt_id, LexMaria.ANMALD, date(2026, 11, 22), "Allvarlig vårdskada"
        )
    flode.satt_lex_maria(
        databas,
        nytt_id,
        LexMaria.ANMALD,
        date(2026, 11, 22),
        "Allvarlig vårdskada",
        "IVO 3.1-1",
        avvikelser.Anmalan(anmald_datum=date(2026, 11, 22)),
    )
    with databas.session() as session:
        rad = session.get(Avvikelse, nytt_id)
        assert (rad.lex_maria, rad.ivo_referens) == (LexMaria.ANMALD, "IVO 3.1-1")
        assert rad.lex_maria_anmald_datum == date(2026, 11, 22)


def test_lex_maria_anmalan_informerad_ivo_beslut_och_namnd(databas, fall) -> None:
    """PSL 3 kap. 5 och 8 §§: beside an anmälan, who was informed and when, IVO's
    decision with its date, the nämnd; each pair complete, no date before the event or
    the anmälan, and nothing of it kept once the assessment is no longer an anmälan."""
    nytt_id = avvikelser.registrera(databas, fall, IDAG)
    dag = date(2026, 11, 22)

    def satt(bedomning: LexMaria, **anmalan: object) -> None:
        flode.satt_lex_maria(
            databas,
            nytt_id,
            bedomning,
            dag,
            "Motiverat.",
            "IVO 3.1-2",
            avvikelser.Anmalan(**anmalan),
            idag=IDAG,  # type: ignore[arg-type]
        )

    with pytest.raises(OgiltigUppgift) as fel:
        satt(
            LexMaria.ANMALD,
            anmald_datum=dag,
            informerad=Informerad.PATIENTEN,
            ivo_beslut=IvoBeslut.AVSLUTAT,
        )
    assert {f for f, _ in fel.value.alla} == {"lex_maria_informerad", "ivo_beslut"}
    with pytest.raises(OgiltigUppgift, match="före anmälan"):
        satt(
            LexMaria.ANMALD,
            anmald_datum=dag,
            ivo_beslut=IvoBeslut.AVSLUTAT,
            ivo_beslut_datum=date(2026, 11, 21),
        )
    with pytest.raises(OgiltigUppgift, match="framåt i tiden"):
        satt(LexMaria.ANMALD, anmald_datum=date(2026, 12, 24))
    satt(
        LexMaria.ANMALD,
        anmald_datum=dag,
        informerad=Informerad.NARSTAENDE,
        informerad_datum=IDAG,
        ivo_beslut=IvoBeslut.AVSLUTAT_MED_KRITIK,
        ivo_beslut_datum=IDAG,
        namnd_informerad_datum=IDAG,
    )
    lex = avvikelser.hamta(databas, nytt_id).lex_maria
    assert lex.anmalan == avvikelser.Anmalan(
        dag, Informerad.NARSTAENDE, IDAG, IvoBeslut.AVSLUTAT_MED_KRITIK, IDAG, IDAG
    )
    # Assessed again as not relevant: no anmälan, no IVO reference is left behind.
    satt(
        LexMaria.EJ_AKTUELL, anmald_datum=dag, ivo_beslut=IvoBeslut.AVSLUTAT, ivo_beslut_datum=IDAG
    )
    lex = avvikelser.hamta(databas, nytt_id).lex_maria
    assert lex.anmalan == avvikelser.Anmalan() and lex.ivo_referens is None


def test_anmald_avvikelse_avslutas_inte_innan_patienten_informerats(databas, fall) -> None:
    nytt_id = avvikelser.registrera(databas, fall, IDAG)
    _till_uppfoljd(databas, nytt_id)
    anmalan = avvikelser.Anmalan(anmald_datum=date(2026, 11, 22))
    flode.satt_lex_maria(
        databas, nytt_id, LexMaria.ANMALD, date(2026, 11, 22), "Vårdskada.", None, anmalan
    )
    with pytest.raises(OgiltigUppgift, match="PSL 3 kap. 8 §"):
        flode.flytta_fram(databas, nytt_id)
    informerad = avvikelser.Anmalan(date(2026, 11, 22), Informerad.PATIENTEN, date(2026, 11, 22))
    flode.satt_lex_maria(
        databas, nytt_id, LexMaria.ANMALD, date(2026, 11, 22), "Vårdskada.", None, informerad
    )
    assert flode.flytta_fram(databas, nytt_id) == Avvikelsestatus.AVSLUTAD


def test_lex_maria_som_utreds_hindrar_avslut(databas, fall) -> None:
    nytt_id = avvikelser.registrera(databas, fall, IDAG)
    flode.flytta_fram(databas, nytt_id)
    flode.spara_analys(databas, nytt_id, {Orsaksomrade.KOMPETENS}, "")
    flode.besluta_inga_atgarder(databas, nytt_id, "Engångshändelse.")
    flode.flytta_fram(databas, nytt_id)
    flode.lagg_till_uppfoljning(databas, nytt_id, date(2026, 11, 22), False, idag=IDAG)
    flode.flytta_fram(databas, nytt_id)
    flode.satt_lex_maria(databas, nytt_id, LexMaria.UTREDS, date(2026, 11, 22))
    with pytest.raises(OgiltigUppgift, match="Lex Maria"):
        flode.flytta_fram(databas, nytt_id)


def _till_uppfoljd(databas, nytt_id: int, effekt: bool | None = True, steg: str = "") -> None:
    flode.flytta_fram(databas, nytt_id)
    flode.spara_analys(databas, nytt_id, {Orsaksomrade.KOMPETENS}, "")
    flode.besluta_inga_atgarder(databas, nytt_id, "Engångshändelse, rutinen följdes.")
    flode.flytta_fram(databas, nytt_id)
    flode.lagg_till_uppfoljning(databas, nytt_id, date(2026, 11, 22), effekt, steg, idag=IDAG)
    flode.flytta_fram(databas, nytt_id)


def test_atgarder_beslutade_kraver_en_atgard_eller_en_motivering(databas, fall) -> None:
    nytt_id = avvikelser.registrera(databas, fall, IDAG)
    flode.flytta_fram(databas, nytt_id)
    flode.spara_analys(databas, nytt_id, {Orsaksomrade.MILJO}, "")
    with pytest.raises(OgiltigUppgift, match="Inga åtgärder behövs"):
        flode.flytta_fram(databas, nytt_id)
    # A struck åtgärd is no decision.
    struken = flode.lagg_till_atgard(databas, nytt_id, "Byt lampa", None, None)
    flode.satt_atgardsstatus(databas, struken, Atgardsstatus.STRUKEN)
    with pytest.raises(OgiltigUppgift, match="minst en åtgärd"):
        flode.flytta_fram(databas, nytt_id)
    # The reason is required.
    with pytest.raises(OgiltigUppgift, match="varför inga åtgärder"):
        flode.besluta_inga_atgarder(databas, nytt_id, "  ")
    flode.besluta_inga_atgarder(databas, nytt_id, "  Lampan var redan bytt.  ")
    assert avvikelser.hamta(databas, nytt_id).inga_atgarder_motivering == "Lampan var redan bytt."
    assert flode.flytta_fram(databas, nytt_id) == Avvikelsestatus.ATGARDER_BESLUTADE
    # An åtgärd can still be added afterwards; the reason stays.
    flode.lagg_till_atgard(databas, nytt_id, "Nattlampa", None, None)
    detalj = avvikelser.hamta(databas, nytt_id)
    assert [a.beskrivning for a in detalj.atgarder] == ["Byt lampa", "Nattlampa"]
    assert detalj.inga_atgarder_motivering == "Lampan var redan bytt."


def test_effekt_ej_uppnadd_avslutas_inte_utan_ny_atgard_eller_nasta_steg(databas, fall) -> None:
    nytt_id = avvikelser.registrera(databas, fall, IDAG)
    _till_uppfoljd(databas, nytt_id, effekt=False)
    with pytest.raises(OgiltigUppgift, match="effekten inte uppnåddes"):
        flode.flytta_fram(databas, nytt_id)
    # A struck new åtgärd does not count.
    struken = flode.lagg_till_atgard(databas, nytt_id, "Larmmatta", None, None)
    flode.satt_atgardsstatus(databas, struken, Atgardsstatus.STRUKEN)
    with pytest.raises(OgiltigUppgift, match="ny åtgärd"):
        flode.flytta_fram(databas, nytt_id)
    # A new åtgärd, added after the uppföljning, does (once it is done).
    ny = flode.lagg_till_atgard(databas, nytt_id, "Sensorlarm", None, None)
    flode.satt_atgardsstatus(databas, ny, Atgardsstatus.KLAR, date(2026, 11, 22))
    assert flode.flytta_fram(databas, nytt_id) == Avvikelsestatus.AVSLUTAD


def test_effekt_ej_uppnadd_med_nasta_steg_som_motivering_kan_avslutas(databas, fall) -> None:
    nytt_id = avvikelser.registrera(databas, fall, IDAG)
    _till_uppfoljd(databas, nytt_id, effekt=False, steg="Tas upp på teamträffen; ingen ny åtgärd.")
    assert flode.flytta_fram(databas, nytt_id) == Avvikelsestatus.AVSLUTAD


def test_effekt_ej_uppnadd_galler_bara_den_senaste_uppfoljningen(databas, fall) -> None:
    nytt_id = avvikelser.registrera(databas, fall, IDAG)
    _till_uppfoljd(databas, nytt_id, effekt=False)
    flode.lagg_till_uppfoljning(databas, nytt_id, date(2026, 11, 23), True, idag=IDAG)
    assert flode.flytta_fram(databas, nytt_id) == Avvikelsestatus.AVSLUTAD


@pytest.mark.parametrize(
    ("andring", "kravs"),
    [
        ({"konsekvens": Konsekvens.ALLVARLIG, "fall_skada": Fallskada.FRAKTUR}, True),
        ({"konsekvens": Konsekvens.DODSFALL, "fall_skada": Fallskada.ANNAN_ALLVARLIG}, True),
        ({"risk_konsekvens": 4, "risk_sannolikhet": 2}, True),  # risk 8
        ({"risk_konsekvens": 3, "risk_sannolikhet": 2}, False),  # risk 6, lindrig
        ({"konsekvens": Konsekvens.MATTLIG, "fall_skada": Fallskada.FRAKTUR}, False),
    ],
)
def test_allvarlig_konsekvens_eller_hog_risk_avslutas_inte_utan_lex_maria_bedomning(
    databas, fall, andring, kravs
) -> None:
    """PSL 3 kap. 5 §: "not yet assessed" is not "not relevant". A case that may be a
    serious vårdskada is not closed before the lex Maria question has an answer."""
    nytt_id = avvikelser.registrera(databas, dataclasses.replace(fall, **andring), IDAG)
    assert avvikelser.hamta(databas, nytt_id).lex_maria.bedomning is LexMaria.EJ_BEDOMD
    _till_uppfoljd(databas, nytt_id)
    if kravs:
        with pytest.raises(OgiltigUppgift, match="lex Maria-bedömningen"):
            flode.flytta_fram(databas, nytt_id)
        # "Assessed, not relevant" is an answer; it carries the day it was given.
        with pytest.raises(OgiltigUppgift, match="datum"):
            flode.satt_lex_maria(databas, nytt_id, LexMaria.EJ_AKTUELL, None)
        flode.satt_lex_maria(databas, nytt_id, LexMaria.EJ_AKTUELL, date(2026, 11, 22))
    assert flode.flytta_fram(databas, nytt_id) == Avvikelsestatus.AVSLUTAD


def test_atgard_regler(databas, fall) -> None:
    nytt_id = avvikelser.registrera(databas, fall, IDAG)
    with pytest.raises(OgiltigUppgift, match="Beskriv åtgärden"):
        flode.lagg_till_atgard(databas, nytt_id, "", None, None)
    with pytest.raises(OgiltigUppgift, match="före händelsen"):
        flode.lagg_till_atgard(databas, nytt_id, "X", None, date(2026, 1, 1))
    atgard = flode.lagg_till_atgard(databas, nytt_id, "Larmmatta", None, None)
    with pytest.raises(OgiltigUppgift, match="före händelsen"):
        flode.satt_atgardsstatus(databas, atgard, Atgardsstatus.KLAR, date(2026, 1, 1))
    flode.satt_atgardsstatus(databas, atgard, Atgardsstatus.PAGAR, date(2026, 11, 22))
    with databas.session() as session:
        rad = session.get(Atgard, atgard)
        assert (rad.status, rad.klar_datum) == (Atgardsstatus.PAGAR, None)


def test_handelseanalys_beslut(databas, fall) -> None:
    nytt_id = avvikelser.registrera(databas, fall, IDAG)
    flode.besluta_handelseanalys(databas, nytt_id, True)
    with databas.session() as session:
        assert session.get(Avvikelse, nytt_id).handelseanalys is True


def test_alla_brutna_regler_pa_en_gang_och_faltet_namns(databas, fall) -> None:
    trasig = replace(fall, beskrivning=" ", handelse_tid=datetime(2027, 1, 1, 8, 0))
    with pytest.raises(OgiltigUppgift) as fel:
        avvikelser.registrera(databas, trasig, IDAG)
    assert [falt for falt, _ in fel.value.alla] == [
        "handelse_tid",
        "rapporterad_datum",
        "beskrivning",
    ]
    assert fel.value.falt == "handelse_tid"
    assert fel.value.meddelande.splitlines()[0].startswith("Händelsedatum:")


@pytest.mark.parametrize(
    ("kod", "saknas"),
    [
        ("fall", {"fall_plats", "fall_aktivitet", "fall_skada"}),
        ("lakemedel", {"lakemedel_feltyp", "lakemedel_upptackt_av"}),
    ],
)
def test_formularet_kraver_det_sammanstallningen_raknar(databas, fall, kod, saknas) -> None:
    """A fall or a medication error registered by hand must say what the summary counts."""
    tom = replace(
        fall,
        kategori_id=_id(databas, AvvikelseKategori, kod=kod),
        fall_plats=None,
        fall_aktivitet=None,
        fall_skada=None,
    )
    with pytest.raises(OgiltigUppgift) as fel:
        avvikelser.registrera(databas, tom, IDAG)
    assert {falt for falt, _ in fel.value.alla} == saknas
    # An import from a journal system may lack them (counted as "Ej angivet").
    avvikelser.validera(tom, kod, IDAG)


def test_mellan_vardgivare_riktning_svar_och_oenighet(databas, fall) -> None:
    """Seeds 000, 001, 004: direction, the other party's answer and its date, and the
    escalation step of a disagreement; cleared when no longer between caregivers."""
    mellan = dataclasses.replace(
        fall,
        mellan_vardgivare=True,
        motpart=Motpart.AMBULANS,
        overenskommelse="informationsoverforing",
        motpart_underrattad_datum=date(2026, 11, 21),
    )
    with pytest.raises(OgiltigUppgift, match="togs emot från motparten") as fel:
        avvikelser.registrera(databas, mellan, IDAG)
    assert fel.value.falt == "riktning"
    for svar in (date(2026, 11, 20), date(2026, 11, 24)):  # before the notice; future
        with pytest.raises(OgiltigUppgift, match="motpartens svar"):
            avvikelser.registrera(
                databas,
                dataclasses.replace(mellan, riktning=Riktning.MOTTAGEN, motpart_svar_datum=svar),
                IDAG,
            )
    nytt_id = avvikelser.registrera(
        databas,
        dataclasses.replace(
            mellan,
            riktning=Riktning.MOTTAGEN,
            motpart_svar_datum=date(2026, 11, 22),
            oenighet=Oenighet.STEG1,
        ),
        IDAG,
    )
    u = avvikelser.hamta(databas, nytt_id).uppgifter
    assert (u.riktning, u.motpart_svar_datum, u.oenighet) == (
        Riktning.MOTTAGEN,
        date(2026, 11, 22),
        Oenighet.STEG1,
    )
    avvikelser.uppdatera(databas, nytt_id, dataclasses.replace(u, mellan_vardgivare=False), IDAG)
    u = avvikelser.hamta(databas, nytt_id).uppgifter
    assert (u.riktning, u.motpart_svar_datum, u.oenighet) == (None, None, None)
