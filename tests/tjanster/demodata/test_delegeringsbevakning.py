"""Översikt's delegation list on the demo database: its counts against plain SQL, and
both counts on the index of giltig_till."""

from __future__ import annotations

from sqlalchemy.dialects import sqlite

from skrivbord.lagring import databas as lagring
from skrivbord.tjanster import delegeringsbevakning as bevakning
from tests.tjanster.demodata.conftest import IDAG, ett

EJ_FORNYAD = (
    "aterkallad_datum IS NULL AND NOT EXISTS (SELECT 1 FROM delegering n "
    "WHERE n.ersatter_id = d.id AND n.aterkallad_datum IS NULL)"
)


def test_antalen_stammer_med_sql(demo: lagring.Databas) -> None:
    idag = IDAG.isoformat()
    gar_ut = ett(
        demo,
        f"SELECT count(*) FROM delegering d WHERE {EJ_FORNYAD} AND giltig_fran <= ? "
        "AND giltig_till BETWEEN ? AND date(?, '+30 days')",
        idag,
        idag,
        idag,
    )
    utgangna = ett(
        demo,
        f"SELECT count(*) FROM delegering d JOIN personal p ON p.id = d.delegerad_id "
        f"WHERE {EJ_FORNYAD} AND p.aktiv AND giltig_till < ? "
        "AND giltig_till >= date(?, '-90 days')",
        idag,
        idag,
    )
    with demo.session() as s:
        svar = bevakning.hamta(s, IDAG)
    assert (svar.gar_ut, svar.utgangna) == (gar_ut, utgangna)
    assert gar_ut and utgangna, "demon ska visa båda slagen"
    assert len(svar.lista) == min(10, gar_ut + utgangna)
    # The ended ones first, then by end date.
    datum = [r.giltig_till for r in svar.lista]
    utgangen = [r.utgangen(IDAG) for r in svar.lista]
    assert utgangen == sorted(utgangen, reverse=True)
    assert all(r.uppgifter and r.namn for r in svar.lista)
    assert datum[: utgangen.count(True)] == sorted(datum[: utgangen.count(True)])


def test_raknas_pa_index(demo: lagring.Databas) -> None:
    from sqlalchemy import func, select

    from skrivbord.modeller import Delegering

    for utgangna in (False, True):
        fraga = (
            select(func.count()).select_from(Delegering).where(*bevakning._villkor(IDAG, utgangna))
        )
        sql = str(fraga.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
        with demo.ra_anslutning() as anslutning:
            plan = " ".join(r[3] for r in anslutning.execute(f"EXPLAIN QUERY PLAN {sql}"))
        # The candidates are searched on the date index, never scanned; the renewals
        # are one pass over the small table afterwards (_fornyade).
        assert plan.startswith("SEARCH delegering USING INDEX ix_delegering_giltig_till"), plan
        assert "SCAN personal" not in plan, plan
