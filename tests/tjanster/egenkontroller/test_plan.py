"""The egenkontroll plan: the default plan, the MAS's edits, and that an edit re-plans
the occurrences from today on without rewriting those already done."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from skrivbord.fel import OgiltigUppgift
from skrivbord.modeller import Egenkontroll, EgenkontrollTillfalle
from skrivbord.tjanster import enheter, standarddata
from skrivbord.tjanster import kommun as kommuntjanst
from skrivbord.tjanster.egenkontroller import plan, regler, tillfallen
from skrivbord.typer import Dokumentkalla, Enhetstyp, Omfang, Roll

IDAG = date(2026, 6, 15)


def test_standardplanen_efter_berattelsen(databas) -> None:
    poster = plan.plan(databas)
    assert [p.omrade for p in poster] == [p["omrade"] for p in standarddata.egenkontrollplan()]
    per_omrade = {p.omrade: p for p in poster}
    stickprov = per_omrade["Logguppföljning – stickprov"]
    assert stickprov.ansvarig == Roll.ENHETSCHEF
    assert stickprov.dokumenteras_i == Dokumentkalla.LOGG_STICKPROV
    assert per_omrade["Läkemedelstillsyn – narkotika"].omfang == Omfang.LAKEMEDELSFORRAD
    assert per_omrade["Fall – uppföljning med vårdpersonalen"].frekvens == "Varje månad"
    assert per_omrade["Hygienrond"].frekvens.startswith("1 gång/år")
    assert per_omrade["Nattfasta – mätning"].enhetstyper == (Enhetstyp.SABO,)
    # Reported to the kommun's own committee, whatever its name.
    sammanstallning = per_omrade["Fall – sammanställning"]
    assert sammanstallning.till_namnden and sammanstallning.rapporteras_till == "Socialnämnden"
    kommuntjanst.spara_namnd(databas, "Social- och arbetsmarknadsutskottet")
    efter = {p.omrade: p for p in plan.plan(databas)}
    assert efter["Fall – sammanställning"].rapporteras_till == "Social- och arbetsmarknadsutskottet"
    assert efter["Fall – veckogenomgång"].rapporteras_till == "MAS"


def _utkast(**falt) -> plan.Utkast:
    varden = {
        "omrade": "Munhälsa",
        "regel": regler.regel_for(regler.Forval.KVARTALSVIS),
        "ansvarig": Roll.SJUKSKOTERSKA,
        "omfang": Omfang.ENHETSTYPER,
        "enhetstyper": (Enhetstyp.SABO,),
        "rapporteras_till": "MAS",
    }
    varden.update(falt)
    return plan.Utkast(**varden)


@pytest.mark.parametrize(
    ("falt", "text"),
    [
        ({"omrade": "  "}, "vilket område"),
        ({"enhetstyper": ()}, "minst en enhetstyp"),
        ({"omfang": Omfang.VALDA}, "minst en enhet"),
        ({"rapporteras_till": ""}, "redovisas för"),
        ({"regel": "FREQ=NÅGON"}, "iCalendar"),
        ({"omradeskod": "munhalsa"}, "nationellt område"),
    ],
)
def test_ogiltiga_poster_vagras(databas, falt, text) -> None:
    with pytest.raises(OgiltigUppgift, match=text):
        plan.spara(databas, _utkast(**falt), idag=IDAG)


def test_nationellt_omrade_foljer_posten(databas) -> None:
    """The default plan carries the code list's areas; a new item starts on "annat"
    until the MAS chooses, and her choice is kept."""
    per_omrade = {p.omrade: p.omradeskod for p in plan.plan(databas)}
    assert per_omrade["Läkemedelstillsyn – narkotika"] == "lakemedelstillsyn"
    assert per_omrade["Hygienrond"] == "hygien"
    ny = plan.spara(databas, _utkast(), idag=IDAG)
    assert plan.hamta(databas, ny).omradeskod == "annat"
    plan.spara(databas, _utkast(omradeskod="vri"), ny, idag=IDAG)
    assert plan.hamta(databas, ny).omradeskod == "vri"


def _sedan_arets_borjan(databas, post_id: int) -> None:
    """As if the item had been in the plan since the database was made."""
    with databas.session() as s:
        s.get(Egenkontroll, post_id).galler_fran = None


def test_en_ny_post_ger_inga_tillfallen_bakat(databas) -> None:
    post_id = plan.spara(databas, _utkast(), idag=IDAG)
    lista = [t for t in tillfallen.lista(databas, 2026, idag=IDAG) if t.egenkontroll_id == post_id]
    assert sorted({t.planerat_datum for t in lista}) == [
        date(2026, 6, 30),
        date(2026, 9, 30),
        date(2026, 12, 31),
    ]
    assert not [
        t for t in tillfallen.lista(databas, 2025, idag=IDAG) if t.egenkontroll_id == post_id
    ]


def test_en_andring_skriver_inte_om_gjorda_tillfallen(databas) -> None:
    post_id = plan.spara(databas, _utkast(), idag=IDAG)
    _sedan_arets_borjan(databas, post_id)
    fore = [t for t in tillfallen.lista(databas, 2026, idag=IDAG) if t.egenkontroll_id == post_id]
    # Two units of type SÄBO (conftest), four quarters.
    assert len(fore) == 8
    mars = next(t for t in fore if t.planerat_datum == date(2026, 3, 31))
    tillfallen.registrera(
        databas, mars.id, tillfallen.Resultat(date(2026, 3, 20), None, True, "Brister"), IDAG
    )
    # Now twice a year, in the hemtjänst only.
    plan.spara(
        databas,
        _utkast(
            regel=regler.regel_for(regler.Forval.HALVARSVIS, (6, 12)),
            enhetstyper=(Enhetstyp.HEMTJANST,),
        ),
        post_id,
        idag=IDAG,
    )
    efter = [t for t in tillfallen.lista(databas, 2026, idag=IDAG) if t.egenkontroll_id == post_id]
    gjord = next(t for t in efter if t.id == mars.id)
    assert (gjord.utfort_datum, gjord.brister, gjord.kommentar) == (
        date(2026, 3, 20),
        True,
        "Brister",
    )
    framtida = sorted((t.planerat_datum, t.enhet) for t in efter if t.planerat_datum >= IDAG)
    assert framtida == [
        (date(2026, 6, 30), "Hemtjänst Norra"),
        (date(2026, 12, 31), "Hemtjänst Norra"),
    ]
    # The past planned ones stay as history (the other unit's March is overdue).
    assert sum(1 for t in efter if t.planerat_datum < IDAG) == 2


def test_vilande_post_har_inga_kommande_tillfallen(databas) -> None:
    post_id = plan.spara(databas, _utkast(), idag=IDAG)
    _sedan_arets_borjan(databas, post_id)
    tillfallen.lista(databas, 2026, idag=IDAG)
    plan.satt_aktiv(databas, post_id, False, IDAG)
    assert post_id not in {p.id for p in plan.plan(databas)}
    assert post_id in {p.id for p in plan.plan(databas, med_inaktiva=True)}
    with databas.session() as s:
        kvar = s.scalars(
            select(EgenkontrollTillfalle.planerat_datum).where(
                EgenkontrollTillfalle.egenkontroll_id == post_id
            )
        ).all()
    assert kvar and all(d < IDAG for d in kvar)


def test_valda_enheter_och_stangd_enhet(databas) -> None:
    solgarden = next(e.id for e in enheter.lista(databas) if e.namn == "Solgården")
    post_id = plan.spara(
        databas, _utkast(omfang=Omfang.VALDA, valda_enheter=(solgarden,)), idag=IDAG
    )
    assert plan.plan(databas)[-1].valda_enheter == (solgarden,)
    lista = [t for t in tillfallen.lista(databas, 2026, idag=IDAG) if t.egenkontroll_id == post_id]
    assert {t.enhet for t in lista} == {"Solgården"}
