"""Units and staff, and the other tables: delegations, recurring checks, weekly reviews."""

from __future__ import annotations

from datetime import datetime

from skrivbord.lagring import databas as lagring
from tests.tjanster.demodata.conftest import IDAG, alla, ett


def test_enheter_personal_och_ovriga_tabeller(demo: lagring.Databas) -> None:
    typer = dict(alla(demo, "SELECT typ, count(*) FROM enhet GROUP BY typ"))
    assert 8 <= sum(typer.values()) <= 15
    assert typer["sabo"] == max(typer.values())
    roller = dict(alla(demo, "SELECT roll, count(*) FROM personal GROUP BY roll"))
    assert roller["mas"] == 1 and roller["enhetschef"] >= 4
    assert roller["underskoterska"] > roller["sjukskoterska"] > 0
    assert roller["fysioterapeut"] and roller["arbetsterapeut"]
    assert not ett(demo, "SELECT count(*) FROM enhet WHERE enhetschef_id IS NULL")
    assert not ett(
        demo,
        "SELECT count(*) FROM personal p WHERE NOT EXISTS "
        "(SELECT 1 FROM personal_enhet pe WHERE pe.personal_id = p.id)",
    )
    idag = IDAG.isoformat()
    utgar_snart = ett(
        demo,
        "SELECT count(*) FROM delegering WHERE aterkallad_datum IS NULL "
        "AND giltig_till BETWEEN ? AND date(?, '+30 days')",
        idag,
        idag,
    )
    utgangna = ett(
        demo,
        "SELECT count(*) FROM delegering d WHERE giltig_till < ? "
        "AND NOT EXISTS (SELECT 1 FROM delegering n WHERE n.ersatter_id = d.id)",
        idag,
    )
    aterkallade = ett(demo, "SELECT count(*) FROM delegering WHERE aterkallad_datum IS NOT NULL")
    assert utgar_snart and utgangna and aterkallade
    assert not ett(
        demo,
        "SELECT count(*) FROM delegering WHERE julianday(giltig_till) - julianday(giltig_fran) > 365",
    )
    for tabell in (
        "delegering_uppgift",
        "egenkontroll_tillfalle",
        "lakemedelstillsyn",
        "lakemedelstillsyn_svar",
        "lakemedelstillsyn_fynd",
        "veckogenomgang",
        "veckogenomgang_avvikelse",
        "logguppfoljning",
    ):
        assert ett(demo, f"SELECT count(*) FROM {tabell}"), tabell
    # A review links that unit's avvikelser of its kind from its ISO week.
    lankar = alla(
        demo,
        "SELECT a.enhet_id = v.enhet_id AND k.kod = v.typ, a.handelse_tid, v.ar, v.vecka "
        "FROM veckogenomgang_avvikelse l JOIN veckogenomgang v ON v.id = l.veckogenomgang_id "
        "JOIN avvikelse a ON a.id = l.avvikelse_id "
        "JOIN avvikelse_kategori k ON k.id = a.kategori_id",
    )
    for ratt_slag, tid, ar, vecka in lankar:
        assert ratt_slag
        assert datetime.fromisoformat(tid).isocalendar()[:2] == (ar, vecka)
