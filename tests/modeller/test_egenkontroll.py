"""Egenkontroll and EgenkontrollTillfalle (modeller/egenkontroll.py) in a real encrypted file."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy.exc
from sqlalchemy import delete, select

from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Egenkontroll, EgenkontrollTillfalle, Enhet, Personal
from skrivbord.tjanster import standarddata
from skrivbord.typer import Dokumentkalla, Omfang, Roll, Tillfallesstatus
from tests.modeller.hjalp import antal, rader

HEMLIGT_RESULTAT = "Hemligt-Resultat-nattfasta-14h-a9f0"
KVARTAL = "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1"
HALVAR = "FREQ=YEARLY;BYMONTH=3,9;BYMONTHDAY=-1"


def _ny_plan(databas: Databas, **falt: object) -> int:
    varden: dict[str, object] = {
        "omrade": "Munhälsa",
        "regel": KVARTAL,
        "ansvarig": Roll.SJUKSKOTERSKA,
    }
    varden.update(falt)
    with databas.session() as session:
        plan = Egenkontroll(**varden)
        session.add(plan)
        session.flush()
        return plan.id


def test_standardplanen_fran_tjansten(databas: Databas) -> None:
    with databas.session() as session:
        planer = session.scalars(select(Egenkontroll).order_by(Egenkontroll.id)).all()
        assert [p.omrade for p in planer] == [p["omrade"] for p in standarddata.egenkontrollplan()]
        assert all(p.aktiv and p.tillfallen == [] for p in planer)
        assert {p.omfang for p in planer} == set(Omfang) - {Omfang.VALDA}
        assert {p.ansvarig for p in planer} == {Roll.MAS, Roll.ENHETSCHEF, Roll.SJUKSKOTERSKA}
        assert {p.dokumenteras_i for p in planer} == set(Dokumentkalla)
        assert all(p.regel.startswith("FREQ=") for p in planer)


def test_standardvarden(databas: Databas) -> None:
    plan_id = _ny_plan(databas)
    with databas.session() as session:
        plan = session.get(Egenkontroll, plan_id)
        assert (plan.beskrivning, plan.kalla, plan.rapporteras_till, plan.enhetstyper) == ("",) * 4
        assert plan.omfang is Omfang.ALLA  # every unit
        assert plan.dokumenteras_i is Dokumentkalla.RESULTAT
        assert plan.till_namnden is False and plan.valda_enheter == []
        assert plan.aktiv is True
        plan.tillfallen.append(EgenkontrollTillfalle(planerat_datum=date(2025, 3, 1)))
    with databas.session() as session:
        tillfalle = session.scalars(select(EgenkontrollTillfalle)).one()
        assert tillfalle.status is Tillfallesstatus.PLANERAD
        assert (tillfalle.resultat, tillfalle.brister_funna, tillfalle.orsak) == ("", False, "")
        assert tillfalle.period_fran is None
        assert (tillfalle.enhet_id, tillfalle.utfort_datum, tillfalle.utford_av_id) == (None,) * 3
        assert tillfalle.skapad <= tillfalle.andrad


def test_plan_med_tillfallen_gar_runt_genom_den_krypterade_filen(
    databas: Databas, enhet_id: int, ny_person, ateroppna
) -> None:
    utforare = ny_person()
    plan_id = _ny_plan(
        databas,
        omrade="Nattfasta",
        regel=HALVAR,
        omfang=Omfang.ENHETSTYPER,
        enhetstyper="sabo",
        tillfallen=[
            EgenkontrollTillfalle(
                planerat_datum=date(2025, 3, 1),
                enhet_id=enhet_id,
                utfort_datum=date(2025, 3, 4),
                utford_av_id=utforare,
                status=Tillfallesstatus.UTFORD,
                resultat=HEMLIGT_RESULTAT,
                brister_funna=True,
            ),
            EgenkontrollTillfalle(planerat_datum=date(2025, 9, 1), enhet_id=enhet_id),
        ],
    )
    oppnad = ateroppna(databas, HEMLIGT_RESULTAT)
    with oppnad.session() as session:
        plan = session.get(Egenkontroll, plan_id)
        assert (plan.omrade, plan.regel, plan.omfang, plan.enhetstyper) == (
            "Nattfasta",
            HALVAR,
            Omfang.ENHETSTYPER,
            "sabo",
        )
        utfort, planerat = sorted(plan.tillfallen, key=lambda t: t.planerat_datum)
        assert (utfort.status, utfort.resultat, utfort.brister_funna) == (
            Tillfallesstatus.UTFORD,
            HEMLIGT_RESULTAT,
            True,
        )
        assert (utfort.utfort_datum, utfort.utford_av_id, utfort.enhet_id) == (
            date(2025, 3, 4),
            utforare,
            enhet_id,
        )
        assert planerat.status is Tillfallesstatus.PLANERAD
        assert all(t.egenkontroll is plan for t in plan.tillfallen)


def test_tillfallena_forsvinner_med_planen(databas: Databas) -> None:
    kvar = _ny_plan(databas, tillfallen=[EgenkontrollTillfalle(planerat_datum=date(2025, 1, 1))])
    via_orm = _ny_plan(databas, tillfallen=[EgenkontrollTillfalle(planerat_datum=date(2025, 2, 1))])
    via_sql = _ny_plan(databas, tillfallen=[EgenkontrollTillfalle(planerat_datum=date(2025, 3, 1))])
    with databas.session() as session:
        session.delete(session.get(Egenkontroll, via_orm))
    with databas.session() as session:  # the file's own ON DELETE CASCADE
        session.execute(delete(Egenkontroll).where(Egenkontroll.id == via_sql))
    assert rader(databas, "SELECT egenkontroll_id FROM egenkontroll_tillfalle") == [(kvar,)]


def test_tillfalle_som_tas_ur_listan_raderas(databas: Databas) -> None:
    plan_id = _ny_plan(
        databas,
        tillfallen=[
            EgenkontrollTillfalle(planerat_datum=date(2025, 1, 1)),
            EgenkontrollTillfalle(planerat_datum=date(2025, 4, 1)),
        ],
    )
    with databas.session() as session:
        plan = session.get(Egenkontroll, plan_id)
        plan.tillfallen = [t for t in plan.tillfallen if t.planerat_datum.month == 4]
    assert rader(databas, "SELECT planerat_datum FROM egenkontroll_tillfalle") == [("2025-04-01",)]


def test_utforaren_tas_bort_och_enheten_skyddas(databas: Databas, enhet_id: int, ny_person) -> None:
    utforare = ny_person()
    _ny_plan(
        databas,
        tillfallen=[
            EgenkontrollTillfalle(
                planerat_datum=date(2025, 1, 1), enhet_id=enhet_id, utford_av_id=utforare
            )
        ],
    )
    with databas.session() as session:
        session.delete(session.get(Personal, utforare))
    assert rader(databas, "SELECT enhet_id, utford_av_id FROM egenkontroll_tillfalle") == [
        (enhet_id, None)
    ]
    with (
        pytest.raises(sqlalchemy.exc.IntegrityError, match="FOREIGN KEY constraint failed"),
        databas.session() as session,
    ):
        session.execute(delete(Enhet).where(Enhet.id == enhet_id))


def test_obligatoriska_falt_och_upprakningar(databas: Databas) -> None:
    fore = antal(databas, "egenkontroll")
    for falt, kolumn in [
        ({"regel": KVARTAL}, "egenkontroll.omrade"),
        ({"omrade": "Utan frekvens"}, "egenkontroll.regel"),
    ]:
        with pytest.raises(
            sqlalchemy.exc.IntegrityError, match=f"NOT NULL constraint failed: {kolumn}"
        ):
            _ny_plan(databas, **{"omrade": None, "regel": None, **falt})
    for falt in ({"omfang": "grannkommunen"}, {"ansvarig": "kurator"}):
        with pytest.raises(sqlalchemy.exc.StatementError) as info:
            _ny_plan(databas, **falt)
        assert isinstance(info.value.orig, LookupError)
    plan_id = _ny_plan(databas)
    with (
        pytest.raises(
            sqlalchemy.exc.IntegrityError,
            match="NOT NULL constraint failed: egenkontroll_tillfalle.planerat_datum",
        ),
        databas.session() as session,
    ):
        session.add(EgenkontrollTillfalle(egenkontroll_id=plan_id))
    assert antal(databas, "egenkontroll") == fore + 1
