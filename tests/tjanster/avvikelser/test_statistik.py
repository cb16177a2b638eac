"""The yearly aggregate: counts against an independent computation, and its query plan."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime

import pytest

from skrivbord.jobb import kor_till_slut
from skrivbord.lagring.databas import Databas
from skrivbord.tjanster import demodata
from skrivbord.tjanster.avvikelser import statistik
from skrivbord.typer import Konsekvens


@pytest.fixture(scope="module")
def stat_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Databas]:
    sokvag = tmp_path_factory.mktemp("statistik") / "statistik.db"
    skapad = kor_till_slut(
        demodata.skapa_demo(sokvag, ar=2, avvikelser_per_ar=800, idag=date(2026, 11, 23))
    )
    yield skapad.databas
    skapad.stang()


def _i_python(databas: Databas, ar: int) -> Counter:
    """Year and quarter from the stored text in Python, not from the generated columns."""
    with databas.ra_anslutning() as anslutning:
        rader = anslutning.execute(
            "SELECT a.handelse_tid, k.namn, e.namn, a.konsekvens FROM avvikelse a "
            "JOIN avvikelse_kategori k ON k.id = a.kategori_id JOIN enhet e ON e.id = a.enhet_id"
        ).fetchall()
    antal: Counter = Counter()
    for tid, kategori, enhet, konsekvens in rader:
        t = datetime.fromisoformat(tid)
        if t.year == ar:
            antal[(kategori, (t.month - 1) // 3 + 1, enhet, konsekvens)] += 1
    return antal


@pytest.mark.parametrize("ar", [2024, 2025, 2026])
def test_arsaggregat_stammer(stat_db: Databas, ar: int) -> None:
    rader = statistik.arsaggregat(stat_db, ar)
    assert rader
    assert {(r.kategori, r.kvartal, r.enhet, int(r.konsekvens)): r.antal for r in rader} == dict(
        _i_python(stat_db, ar)
    )
    assert all(isinstance(r.konsekvens, Konsekvens) for r in rader)
    assert len({(r.kategori, r.kvartal, r.enhet, r.konsekvens) for r in rader}) == len(rader)


def test_ordnat_efter_kategoriordning_kvartal_enhet(stat_db: Databas) -> None:
    with stat_db.ra_anslutning() as anslutning:
        ordning = {
            namn: i
            for i, (namn,) in enumerate(
                anslutning.execute("SELECT namn FROM avvikelse_kategori ORDER BY ordning, id")
            )
        }
    rader = statistik.arsaggregat(stat_db, 2025)
    nycklar = [(ordning[r.kategori], r.kvartal, r.enhet, r.konsekvens) for r in rader]
    assert nycklar == sorted(nycklar)


def test_ar_utan_avvikelser(stat_db: Databas) -> None:
    assert statistik.arsaggregat(stat_db, 1999) == []


def test_indexet_svarar_ensamt(stat_db: Databas) -> None:
    """ix_avvikelse_aggregat answers the aggregate: no table scan, no sort for GROUP BY,
    and no column is ever read from the table row.

    SQLite labels the plan "USING INDEX", not "COVERING INDEX": a virtual generated
    column counts its source column (handelse_tid) as used when the plan is chosen.
    The bytecode shows what runs: a deferred seek on the table that is never
    resolved, because every value (ar and kvartal included) comes from the index.
    """
    with stat_db.ra_anslutning() as anslutning:
        plan = [
            r[3] for r in anslutning.execute(f"EXPLAIN QUERY PLAN {statistik.ARSAGGREGAT}", (2025,))
        ]
        kod = anslutning.execute(f"EXPLAIN {statistik.ARSAGGREGAT_INRE}", (2025,)).fetchall()
        tabellrot = anslutning.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'avvikelse'"
        ).fetchone()[0]
        indexrot = anslutning.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_avvikelse_aggregat'"
        ).fetchone()[0]
    assert any("avvikelse USING" in s and "INDEX ix_avvikelse_aggregat (ar=?)" in s for s in plan)
    assert not any(s.startswith("SCAN avvikelse") for s in plan), plan
    assert not any("TEMP B-TREE FOR GROUP BY" in s for s in plan), plan
    # Cursors: (opcode, cursor, root page) from OpenRead.
    markorer = {r[2]: r[3] for r in kod if r[1] == "OpenRead"}
    tabellmarkor = [m for m, rot in markorer.items() if rot == tabellrot]
    indexmarkor = [m for m, rot in markorer.items() if rot == indexrot]
    assert indexmarkor
    lasta = {r[2] for r in kod if r[1] == "Column"}
    assert lasta <= set(indexmarkor), "a column is read from the table row"
    assert not set(tabellmarkor) & lasta
