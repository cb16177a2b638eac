"""The demo's delegations obey the rules (written through the service), show every
case the MAS meets, and the coverage view counts what plain SQL counts."""

from __future__ import annotations

from datetime import date, timedelta

from skrivbord.lagring import databas as lagring
from skrivbord.tjanster.delegeringar import listor, tackning
from tests.tjanster.demodata.conftest import IDAG, alla, ett


def test_reglerna_haller_och_alla_fall_finns(demo: lagring.Databas) -> None:
    assert not ett(demo, "SELECT count(*) FROM delegering WHERE giltig_till <= giltig_fran")
    assert not ett(
        demo,
        "SELECT count(*) FROM delegering d JOIN personal p ON p.id = d.delegerande_id "
        "WHERE p.roll NOT IN ('sjukskoterska', 'distriktsskoterska', 'fysioterapeut', "
        "'arbetsterapeut')",
    )
    assert not ett(demo, "SELECT count(*) FROM delegering WHERE delegerad_id = delegerande_id")
    assert not ett(
        demo,
        "SELECT count(*) FROM delegering d WHERE NOT EXISTS "
        "(SELECT 1 FROM delegering_enhet de WHERE de.delegering_id = d.id)",
    )
    assert ett(
        demo,
        "SELECT count(*) FROM delegering WHERE aterkallad_datum IS NOT NULL "
        "AND aterkallad_orsak <> '' AND aterkallad_av_id IS NOT NULL",
    )
    assert ett(demo, "SELECT count(*) FROM delegering WHERE ersatter_id IS NOT NULL")
    slag = {v.slag for v in listor.varningar(demo, IDAG)}
    assert slag == set(listor.Varningsslag)
    assert ett(demo, "SELECT count(*) FROM delegeringsgenomgang")


def test_tackningen_stammer_med_sql(demo: lagring.Databas) -> None:
    ar = IDAG.year
    svar = tackning.berakna(demo, ar, 24, 34)
    har_behov = [e for e in svar.enheter if any(r.minsta for r in e.rader)]
    assert har_behov and any(e.veckor_under for e in har_behov), "sommaren ska ha luckor"
    for enhet in svar.enheter:
        for rad in enhet.rader:
            for i, vecka in enumerate(svar.veckor):
                mandag = date.fromisocalendar(ar, vecka, 1)
                sondag = mandag + timedelta(days=6)
                antal = ett(
                    demo,
                    "SELECT count(DISTINCT d.delegerad_id) FROM delegering d "
                    "JOIN delegering_enhet de ON de.delegering_id = d.id "
                    "JOIN delegering_uppgift u ON u.delegering_id = d.id "
                    "JOIN personal p ON p.id = d.delegerad_id "
                    "WHERE de.enhet_id = ? AND u.uppgift = ? AND p.aktiv "
                    "AND d.giltig_fran <= ? AND d.giltig_till >= ? "
                    "AND (d.aterkallad_datum IS NULL OR d.aterkallad_datum > ?)",
                    enhet.enhet_id,
                    rad.kod,
                    mandag.isoformat(),
                    sondag.isoformat(),
                    sondag.isoformat(),
                )
                assert rad.antal[i] == antal, (enhet.namn, rad.kod, vecka)
    minsta = dict(
        ((e, k), n)
        for e, k, n in alla(
            demo, "SELECT enhet_id, uppgift, minsta_antal FROM enhet_delegeringsbehov"
        )
    )
    for enhet in svar.enheter:
        for rad in enhet.rader:
            assert rad.minsta == minsta.get((enhet.enhet_id, rad.kod), 0)


def test_en_enda_vecka(demo: lagring.Databas) -> None:
    svar = tackning.berakna(demo, IDAG.year, 30, 30)
    assert svar.veckor == (30,)
