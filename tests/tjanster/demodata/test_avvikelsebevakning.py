"""Avvikelser waiting for analysis or follow-up on the demo database: counts against
plain SQL, the oldest first, and every query on the status index."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.dialects import sqlite

from skrivbord.lagring import databas as lagring
from skrivbord.modeller import Avvikelse
from skrivbord.tjanster import avvikelsebevakning as bevakning
from skrivbord.typer import Avvikelsestatus
from tests.tjanster.demodata.conftest import IDAG, alla, ett


def test_antalen_stammer_med_sql(demo: lagring.Databas) -> None:
    utreda = ett(
        demo,
        "SELECT count(*) FROM avvikelse WHERE status IN ('registrerad', 'under_utredning') "
        "AND date(handelse_tid) <= date(?, '-14 days')",
        IDAG.isoformat(),
    )
    folja_upp = ett(
        demo,
        "SELECT count(*) FROM avvikelse v WHERE status = 'atgarder_beslutade' AND NOT EXISTS "
        "(SELECT 1 FROM atgard a WHERE a.avvikelse_id = v.id "
        "AND a.status IN ('planerad', 'pagar'))",
    )
    with demo.session() as s:
        svar = bevakning.hamta(s, IDAG)
    assert (svar.att_utreda, svar.att_folja_upp) == (utreda, folja_upp)
    assert utreda and folja_upp, "demon ska visa båda slagen"
    aldsta = alla(
        demo,
        "SELECT id FROM avvikelse WHERE status IN ('registrerad', 'under_utredning') "
        "AND date(handelse_tid) <= date(?, '-14 days') ORDER BY handelse_tid, id LIMIT 8",
        IDAG.isoformat(),
    )
    assert [r.avvikelse_id for r in svar.att_utreda_lista] == [r[0] for r in aldsta]
    assert len(svar.att_folja_upp_lista) == min(8, folja_upp)
    assert all(r.status is Avvikelsestatus.ATGARDER_BESLUTADE for r in svar.att_folja_upp_lista)
    assert all(r.enhet for r in svar.att_utreda_lista + svar.att_folja_upp_lista)


def _plan(demo: lagring.Databas, fraga) -> str:
    sql = str(fraga.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with demo.ra_anslutning() as anslutning:
        return " ".join(r[3] for r in anslutning.execute(f"EXPLAIN QUERY PLAN {sql}"))


def test_fragorna_gar_pa_index(demo: lagring.Databas) -> None:
    for villkor in (
        bevakning.villkor_utreda(IDAG, Avvikelsestatus.UNDER_UTREDNING),
        bevakning.villkor_folja_upp(),
    ):
        for fraga in (
            select(func.count()).select_from(Avvikelse).where(*villkor),
            select(Avvikelse.id).where(*villkor).order_by(Avvikelse.handelse_tid, Avvikelse.id),
        ):
            plan = _plan(demo, fraga)
            assert "SEARCH avvikelse USING COVERING INDEX ix_avvikelse_status_lista" in plan, plan
            assert "SCAN" not in plan and "TEMP B-TREE" not in plan, plan
