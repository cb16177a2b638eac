"""The Översikt figures: each count on a small synthetic database, with its edges."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from skrivbord.modeller import (
    Atgard,
    Delegering,
    Egenkontroll,
    EgenkontrollTillfalle,
    Lakemedelstillsyn,
    Personal,
)
from skrivbord.tjanster import enheter, oversikt
from skrivbord.tjanster.avvikelser import kategorier
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.tjanster.egenkontroller import plan, regler, tillfallen
from skrivbord.typer import (
    Atgardsstatus,
    Avvikelsestatus,
    Enhetstyp,
    Omfang,
    Roll,
    Tillsynstyp,
)
from tests.fabrik import komplett

IDAG = date(2026, 6, 15)


def _avvikelse(databas, enhet_id: int, tid: datetime, mellan_vardgivare: bool = False) -> int:
    kategori = next(k for k in kategorier.lista(databas) if k.kod == "fall")
    uppgifter = komplett(
        databas,
        avvikelser.AvvikelseUppgifter(
            handelse_tid=tid,
            rapporterad_datum=tid.date(),
            enhet_id=enhet_id,
            rapportor_roll=Roll.UNDERSKOTERSKA,
            kategori_id=kategori.id,
            beskrivning="Syntetisk händelse",
        ),
    )
    if mellan_vardgivare:
        from skrivbord.typer import Motpart, Riktning

        uppgifter.mellan_vardgivare = True
        uppgifter.motpart = next(iter(Motpart))
        uppgifter.overenskommelse = "utskrivning"
        uppgifter.riktning = Riktning.SKICKAD
    return avvikelser.registrera(databas, uppgifter, max(IDAG, tid.date()))


@pytest.fixture
def enhet(databas) -> int:
    return next(e.id for e in enheter.lista(databas) if e.namn == "Solgården")


def test_tom_databas(databas) -> None:
    o = oversikt.hamta(databas, IDAG)
    assert (o.kommun, o.kommunkod) == ("Testkommun", "9999")
    # conftest: two SÄBO, one hemtjänst, one korttid; in Enhetstyp order.
    assert o.enheter_per_typ == {
        Enhetstyp.SABO: 2,
        Enhetstyp.HEMTJANST: 1,
        Enhetstyp.KORTTID: 1,
    }
    assert list(o.enheter_per_typ) == [Enhetstyp.SABO, Enhetstyp.HEMTJANST, Enhetstyp.KORTTID]
    assert o.aktiva_enheter == 4
    assert o.personal == 0
    assert o.avvikelser_i_ar == o.avvikelser_forra_aret == o.oppna_avvikelser == 0
    assert o.forsenade_atgarder == o.delegeringar_som_gar_ut == 0
    # In use since 2020 (conftest) with nothing documented: for every plan item and unit
    # the latest occurrence due before today is overdue, as SQL counts them.
    t = EgenkontrollTillfalle
    with databas.session() as s:
        par = (
            select(t.egenkontroll_id, t.enhet_id)
            .where(t.planerat_datum < IDAG)
            .distinct()
            .subquery()
        )
        forsenade = s.scalar(select(func.count()).select_from(par))
        kommande = s.scalar(
            select(func.count()).where(t.planerat_datum.between(IDAG, IDAG + timedelta(days=14)))
        )
    assert o.forsenade_egenkontroller == forsenade > 30
    assert o.kommande_egenkontroller == kommande > 0
    assert o.egenkontroller_i_planen > 5  # the default plan
    # Every active unit lacks both reviews in each of the two past weeks.
    assert len(o.saknade_veckogenomgangar) == 4 * 2 * 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        o.personal = 3  # type: ignore[misc]


def test_avvikelser_i_ar_och_i_fjol(databas, enhet) -> None:
    _avvikelse(databas, enhet, datetime(2026, 1, 1, 0, 5))
    _avvikelse(databas, enhet, datetime(2026, 6, 15, 8, 0))
    _avvikelse(databas, enhet, datetime(2025, 1, 1, 0, 0))
    _avvikelse(databas, enhet, datetime(2025, 6, 15, 23, 59))  # same day last year: counted
    _avvikelse(databas, enhet, datetime(2025, 6, 16, 0, 0))  # the day after: not
    _avvikelse(databas, enhet, datetime(2025, 12, 31, 23, 0))
    _avvikelse(databas, enhet, datetime(2024, 12, 31, 23, 0))
    o = oversikt.hamta(databas, IDAG)
    assert o.avvikelser_i_ar == 2
    assert o.avvikelser_forra_aret == 4
    assert o.avvikelser_forra_aret_samma_period == 2
    assert o.oppna_avvikelser == 7


def test_samma_period_i_fjol_fran_skottdag(databas, enhet) -> None:
    _avvikelse(databas, enhet, datetime(2027, 2, 28, 12, 0))
    o = oversikt.hamta(databas, date(2028, 2, 29))
    assert o.avvikelser_forra_aret_samma_period == 1


def test_forsenade_atgarder(databas, enhet) -> None:
    avvikelse_id = _avvikelse(databas, enhet, datetime(2026, 5, 1, 10, 0))
    with databas.session() as s:
        for status, deadline in (
            (Atgardsstatus.PLANERAD, IDAG - timedelta(days=1)),  # late
            (Atgardsstatus.PAGAR, IDAG - timedelta(days=30)),  # late
            (Atgardsstatus.PLANERAD, IDAG),  # due today: not late yet
            (Atgardsstatus.KLAR, IDAG - timedelta(days=5)),  # done
            (Atgardsstatus.STRUKEN, IDAG - timedelta(days=5)),  # dropped
            (Atgardsstatus.PLANERAD, None),  # no deadline
        ):
            s.add(
                Atgard(
                    avvikelse_id=avvikelse_id,
                    beskrivning="Syntetisk åtgärd",
                    status=status,
                    deadline=deadline,
                )
            )
    o = oversikt.hamta(databas, IDAG)
    assert o.forsenade_atgarder == 2
    # The list names the same two, the most overdue first, without anyone responsible.
    assert [(a.avvikelse_id, a.deadline, a.ansvarig) for a in o.forsenade_atgarder_lista] == [
        (avvikelse_id, IDAG - timedelta(days=30), ""),
        (avvikelse_id, IDAG - timedelta(days=1), ""),
    ]
    assert {a.enhet for a in o.forsenade_atgarder_lista} == {"Solgården"}


def test_forsenade_atgarder_listas_med_ansvarig_och_hogst_tio(databas, enhet) -> None:
    avvikelse_id = _avvikelse(databas, enhet, datetime(2026, 5, 1, 10, 0))
    with databas.session() as s:
        ansvarig = Personal(fornamn="Vera", efternamn="Testsson", roll=Roll.SJUKSKOTERSKA)
        s.add(ansvarig)
        s.flush()
        for dagar in range(1, 13):
            s.add(
                Atgard(
                    avvikelse_id=avvikelse_id,
                    beskrivning=f"Åtgärd {dagar}",
                    ansvarig_id=ansvarig.id,
                    status=Atgardsstatus.PLANERAD,
                    deadline=IDAG - timedelta(days=dagar),
                )
            )
    o = oversikt.hamta(databas, IDAG)
    assert o.forsenade_atgarder == 12
    assert len(o.forsenade_atgarder_lista) == oversikt.VISADE_ATGARDER == 10
    assert o.forsenade_atgarder_lista[0].atgard == "Åtgärd 12"
    assert o.forsenade_atgarder_lista[0].ansvarig == "Vera Testsson"


def test_per_manad_i_ar_till_innevarande_manad_och_hela_forra_aret(databas, enhet) -> None:
    _avvikelse(databas, enhet, datetime(2026, 1, 31, 23, 59))  # January's last minute
    _avvikelse(databas, enhet, datetime(2026, 2, 1, 0, 0))
    _avvikelse(databas, enhet, datetime(2026, 6, 15, 8, 0))  # today
    _avvikelse(databas, enhet, datetime(2025, 12, 31, 23, 0))
    _avvikelse(databas, enhet, datetime(2025, 2, 28, 12, 0))
    o = oversikt.hamta(databas, IDAG)
    # This year up to June (months to come are not zero: they are not there).
    assert o.per_manad.i_ar == (1, 1, 0, 0, 0, 1)
    assert o.per_manad.forra_aret == (0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)
    # The chart and the card agree.
    assert sum(o.per_manad.i_ar) == o.avvikelser_i_ar
    assert sum(o.per_manad.forra_aret) == o.avvikelser_forra_aret


def test_avslutade_raknas_inte_som_oppna(databas, enhet) -> None:
    avvikelse_id = _avvikelse(databas, enhet, datetime(2026, 5, 1, 10, 0))
    _avvikelse(databas, enhet, datetime(2026, 5, 2, 10, 0))
    with databas.session() as s:
        from skrivbord.modeller import Avvikelse

        s.get(Avvikelse, avvikelse_id).status = Avvikelsestatus.AVSLUTAD
    assert oversikt.hamta(databas, IDAG).oppna_avvikelser == 1


def test_delegeringar_som_gar_ut(databas, enhet) -> None:
    with databas.session() as s:
        sjukskoterska = Personal(
            fornamn="Test", efternamn="Legitimerad", roll=Roll.SJUKSKOTERSKA, legitimerad=True
        )
        usk = Personal(fornamn="Test", efternamn="Omsorg", roll=Roll.UNDERSKOTERSKA)
        slutad = Personal(fornamn="Test", efternamn="Slutat", roll=Roll.VARDBITRADE, aktiv=False)
        s.add_all([sjukskoterska, usk, slutad])
        s.flush()

        def delegering(till: date, **extra) -> Delegering:
            d = Delegering(
                delegerad_id=usk.id,
                delegerande_id=sjukskoterska.id,
                enhet_id=enhet,
                giltig_fran=till - timedelta(days=300),
                giltig_till=till,
                **extra,
            )
            s.add(d)
            s.flush()
            return d

        delegering(IDAG)  # ends today: counted
        delegering(IDAG + timedelta(days=30))  # last day of the window: counted
        delegering(IDAG + timedelta(days=31))  # outside
        delegering(IDAG - timedelta(days=1))  # already ended
        delegering(IDAG + timedelta(days=10), aterkallad_datum=IDAG - timedelta(days=2))
        fornyad = delegering(IDAG + timedelta(days=5))
        delegering(IDAG + timedelta(days=365), ersatter_id=fornyad.id)  # renewed: no warning
    o = oversikt.hamta(databas, IDAG)
    assert o.delegeringar_som_gar_ut == 2
    assert o.personal == 2
    antal = oversikt.omradesantal(databas, IDAG)
    assert antal.delegeringar_som_gar_ut == 2
    assert antal.delegeringar_giltiga == 4  # the renewal starts later


def test_forsenade_egenkontroller(databas, enhet) -> None:
    """Only what is due before today and not documented; an inactive plan item, a result
    and "ej aktuell" take an occurrence out."""
    with databas.session() as s:
        for e in s.scalars(select(Egenkontroll)):
            e.aktiv = False
    egen = plan.spara(
        databas,
        plan.Utkast(
            "Syntetisk kontroll",
            regler.regel_for(regler.Forval.MANADSVIS),
            Roll.SJUKSKOTERSKA,
            Omfang.VALDA,
            valda_enheter=(enhet,),
            rapporteras_till="MAS",
        ),
        idag=IDAG,
    )
    with databas.session() as s:  # in the plan since the start of the year
        s.get(Egenkontroll, egen).galler_fran = date(2026, 1, 1)
    fore = oversikt.hamta(databas, date(2000, 1, 1)).egenkontroller_i_planen
    lista = tillfallen.lista(databas, IDAG.year, idag=IDAG)
    assert {t.egenkontroll_id for t in lista} == {egen}
    januari, februari = lista[0], lista[1]
    tillfallen.registrera(
        databas, januari.id, tillfallen.Resultat(date(2026, 1, 30), None, False, ""), IDAG
    )
    tillfallen.ej_aktuellt(databas, februari.id, "Enheten var stängd för renovering.")
    o = oversikt.hamta(databas, IDAG)
    assert o.forsenade_egenkontroller == 1  # May's; March and April are missed
    # Done late, May's no longer counts, nor do the older ones.
    tillfallen.registrera(
        databas, lista[4].id, tillfallen.Resultat(date(2026, 6, 10), None, False, ""), IDAG
    )
    assert oversikt.hamta(databas, IDAG).forsenade_egenkontroller == 0
    assert o.kommande_egenkontroller == 0  # June's is due on the 30th, 15 days away
    assert oversikt.hamta(databas, date(2026, 6, 16)).kommande_egenkontroller == 1
    assert o.egenkontroller_i_planen == fore == 1
    assert len(tillfallen.lista(databas, 2026, idag=IDAG)) == 12


def test_inaktiva_enheter_raknas_inte(databas) -> None:
    korttid = next(e for e in enheter.lista(databas) if e.namn == "Korttids Lugnet")
    enheter.satt_aktiv(databas, korttid.id, False)
    o = oversikt.hamta(databas, IDAG)
    assert Enhetstyp.KORTTID not in o.enheter_per_typ
    assert o.aktiva_enheter == 3


def test_omradesantal(databas, enhet) -> None:
    _avvikelse(databas, enhet, datetime(2026, 3, 1, 10, 0), mellan_vardgivare=True)
    _avvikelse(databas, enhet, datetime(2025, 3, 1, 10, 0), mellan_vardgivare=True)
    _avvikelse(databas, enhet, datetime(2026, 3, 2, 10, 0))
    with databas.session() as s:
        s.add_all(
            [
                Lakemedelstillsyn(enhet_id=enhet, typ=next(iter(Tillsynstyp)), datum=d)
                for d in (date(2026, 1, 10), date(2025, 12, 10))
            ]
        )
    antal = oversikt.omradesantal(databas, IDAG)
    assert antal.mellan_vardgivare_i_ar == 1
    assert (antal.lakemedelstillsyner, antal.lakemedelstillsyner_i_ar) == (2, 1)
    assert (antal.logguppfoljningar, antal.logguppfoljningar_i_ar) == (0, 0)
