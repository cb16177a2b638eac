"""Översikt for one unit on the demo database: every unit figure equals plain SQL for
that unit, and the units' figures add up to the kommun's where each item has a unit."""

from __future__ import annotations

from skrivbord.lagring import databas as lagring
from skrivbord.tjanster import oversikt
from tests.tjanster.demodata.conftest import IDAG, alla, ett

_ATGARDENS_ENHET = (
    "SELECT count(*) FROM atgard a "
    "LEFT JOIN avvikelse v ON v.id = a.avvikelse_id "
    "LEFT JOIN egenkontroll_tillfalle t ON t.id = a.egenkontroll_tillfalle_id "
    "LEFT JOIN lakemedelstillsyn_fynd f ON f.id = a.lakemedelstillsyn_fynd_id "
    "LEFT JOIN lakemedelstillsyn l ON l.id = f.tillsyn_id "
    "LEFT JOIN logguppfoljning g ON g.id = a.logguppfoljning_id "
    "WHERE a.status IN ('planerad', 'pagar') AND a.deadline < ? "
    "AND coalesce(v.enhet_id, t.enhet_id, l.enhet_id, g.enhet_id) = ?"
)


def test_en_enhets_siffror_stammer_med_sql(demo: lagring.Databas) -> None:
    kommunen = oversikt.hamta(demo, IDAG)
    enheter = [r[0] for r in alla(demo, "SELECT id FROM enhet WHERE aktiv ORDER BY id")]
    summa_oppna = summa_forsenade = 0
    for enhet_id in enheter:
        o = oversikt.hamta(demo, IDAG, enhet_id)
        assert o.enhet_id == enhet_id
        oppna = ett(
            demo,
            "SELECT count(*) FROM avvikelse WHERE status <> 'avslutad' AND enhet_id = ?",
            enhet_id,
        )
        i_ar = ett(
            demo,
            "SELECT count(*) FROM avvikelse WHERE enhet_id = ? AND handelse_tid >= ? "
            "AND handelse_tid < date(?, '+1 day')",
            enhet_id,
            f"{IDAG.year}-01-01",
            IDAG.isoformat(),
        )
        forsenade = ett(demo, _ATGARDENS_ENHET, IDAG.isoformat(), enhet_id)
        assert (o.oppna_avvikelser, o.avvikelser_i_ar, o.forsenade_atgarder) == (
            oppna,
            i_ar,
            forsenade,
        )
        assert all(a.enhet for a in o.forsenade_atgarder_lista)
        assert len(o.forsenade_atgarder_lista) == min(oversikt.VISADE_ATGARDER, forsenade)
        assert all(t.enhet_id == enhet_id for t in o.egenkontroller.forsenade)
        assert all(g.enhet_id == enhet_id for g in o.saknade_veckogenomgangar)
        assert all(
            r.enhet == o_namn
            for r in o.vantande_avvikelser.att_utreda_lista
            for o_namn in [ett(demo, "SELECT namn FROM enhet WHERE id = ?", enhet_id)]
        )
        summa_oppna += o.oppna_avvikelser
        summa_forsenade += len(o.egenkontroller.forsenade)
    inaktiva = ett(
        demo,
        "SELECT count(*) FROM avvikelse v JOIN enhet e ON e.id = v.enhet_id "
        "WHERE v.status <> 'avslutad' AND NOT e.aktiv",
    )
    assert summa_oppna + inaktiva == kommunen.oppna_avvikelser
    # The kommun's own occurrences (its summaries) belong to no unit.
    kommunens = sum(1 for t in kommunen.egenkontroller.forsenade if t.enhet_id is None)
    assert summa_forsenade + kommunens == kommunen.forsenade_egenkontroller
    assert summa_forsenade > 0, "demon ska ha försenade egenkontroller på enheterna"
