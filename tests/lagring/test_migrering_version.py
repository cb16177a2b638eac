"""Migrering 0020: a ``version`` column (NOT NULL DEFAULT 1) for optimistic locking,
added in place on the file (no table copy: a million avvikelser cost nothing) and on a
server database, whether it is created now or was created at 0019."""

from __future__ import annotations

from pathlib import Path

from skrivbord.lagring import databas as lagring
from skrivbord.lagring import migrering
from skrivbord.tjanster import serverdatabas
from tests.conftest import ENHETER, serveradress

# The tables whose rows users edit in forms (docs/flera-anvandare.md).
VERSIONERADE = (
    "avvikelse",
    "atgard",
    "egenkontroll_tillfalle",
    "delegering",
    "delegeringsgenomgang",
    "logguppfoljning",
)


def _rader(databas: lagring.Databas, sql: str) -> list[tuple]:
    with databas.ra_anslutning() as anslutning:
        return anslutning.execute(sql).fetchall()


def test_filen_far_kolumnen_utan_att_tabellen_kopieras(tmp_path: Path) -> None:
    with lagring.Databas(tmp_path / "gammal.db", bytes(range(32))) as databas:
        migrering.uppgradera(databas, "0019")
        with databas.engine.begin() as anslutning:
            for sql in (
                "INSERT INTO enhet (id, namn, typ, aktiv, har_lakemedelsforrad, "
                "gor_veckogenomgangar, skapad, andrad) VALUES (1, 'Solgården', 'sabo', 1, 1, 1, "
                "'2025-01-01', '2025-01-01')",
                "INSERT INTO avvikelse_kategori (id, kod, namn, ordning, aktiv) "
                "VALUES (1, 'fall', 'Fall', 0, 1)",
                "INSERT INTO avvikelse (handelse_tid, rapporterad_datum, enhet_id, "
                "rapportor_roll, kategori_id, underkategori, beskrivning, omedelbar_atgard, "
                "konsekvens, mellan_vardgivare, status, lex_maria, skapad, andrad) VALUES "
                "('2025-05-14 08:30:00.000000', '2025-05-14', 1, 'underskoterska', 1, '', "
                "'Föll', '', 0, 0, 'registrerad', 'ej_bedomd', '2025-05-14', '2025-05-14')",
            ):
                anslutning.exec_driver_sql(sql)
        fore = dict(_rader(databas, "SELECT name, rootpage FROM sqlite_master WHERE type='table'"))

        migrering.uppgradera(databas)

        efter = dict(_rader(databas, "SELECT name, rootpage FROM sqlite_master WHERE type='table'"))
        for tabell in VERSIONERADE:
            assert efter[tabell] == fore[tabell], f"{tabell} kopierades"
            kolumn = [
                r for r in _rader(databas, f"PRAGMA table_info({tabell})") if r[1] == "version"
            ]
            # cid, name, type, notnull, default, pk
            assert [r[2:5] for r in kolumn] == [("INTEGER", 1, "1")]
        assert _rader(databas, "SELECT version FROM avvikelse") == [(1,)]


def _serverkolumner(databas) -> set[tuple[str, str, str]]:
    with databas.ra_anslutning() as anslutning:
        rader = anslutning.execute(
            "SELECT table_name, is_nullable, column_default FROM information_schema.columns "
            "WHERE column_name = 'version' AND table_schema = current_schema()"
        ).fetchall()
    return {tuple(r) for r in rader}


def test_ny_serverdatabas_ar_pa_senaste_versionen_med_kolumnen(postgres_server) -> None:
    postgres_server.psql("CREATE DATABASE version_ny")
    databas = serverdatabas.anslut(serveradress(postgres_server, "version_ny"))
    try:
        serverdatabas.forbered(databas, "Testkommun", "9999", ENHETER)
        assert migrering.aktuell_version(databas) == migrering.senaste_version()
        assert _serverkolumner(databas) == {(t, "NO", "1") for t in VERSIONERADE}
    finally:
        databas.stang()
        postgres_server.psql("DROP DATABASE version_ny WITH (FORCE)")


def test_serverdatabas_fran_0019_uppgraderas(ny_serverdatabas) -> None:
    """A server database created at 0019 (before the column) gets it from 0020, and
    its rows start at version 1."""
    from tests.tjanster.avvikelser.test_samtidighet import ny_avvikelse

    databas = ny_serverdatabas.databas
    avvikelse_id = ny_avvikelse(databas)
    with databas.ra_anslutning() as anslutning:
        for tabell in VERSIONERADE:
            anslutning.execute(f"ALTER TABLE {tabell} DROP COLUMN version")
        anslutning.execute("UPDATE alembic_version SET version_num = '0019'")
    assert _serverkolumner(databas) == set()
    assert migrering.behover_uppgradering(databas)

    migrering.uppgradera(databas)

    assert migrering.aktuell_version(databas) == migrering.senaste_version()
    assert _serverkolumner(databas) == {(t, "NO", "1") for t in VERSIONERADE}
    with databas.ra_anslutning() as anslutning:
        rad = anslutning.execute("SELECT version FROM avvikelse WHERE id = %s", (avvikelse_id,))
        assert rad.fetchall() == [(1,)]
