"""Migrering 0012: logguppföljningens protokoll ur de tidigare kolumnerna."""

from __future__ import annotations

from pathlib import Path

from skrivbord.lagring import databas as lagring
from skrivbord.lagring import migrering


def _rader(databas: lagring.Databas, sql: str) -> list[tuple]:
    with databas.ra_anslutning() as anslutning:
        return anslutning.execute(sql).fetchall()


def test_tidigare_uppfoljningar_flyttas_till_protokollets_falt(tmp_path: Path) -> None:
    with lagring.Databas(tmp_path / "gammal.db", bytes(range(32))) as databas:
        migrering.uppgradera(databas, "0009")
        with databas.engine.begin() as anslutning:
            for rad in (
                "1, 'systematisk', 'Journalsystemet', 40, 0, '40 kontrollerade. Inga avvikelser.', ''",
                "2, 'stickprov', ' Journalsystemet ', 12, 2, 'Två åtkomster utan vårdrelation.',"
                " 'Samtal med medarbetare.'",
                "3, 'systematisk', '', 30, 0, '', ''",
            ):
                anslutning.exec_driver_sql(
                    "INSERT INTO logguppfoljning (id, typ, system, antal_kontrollerade, "
                    "antal_avvikande, iakttagelser, atgarder, datum, period_fran, period_till, "
                    f"skapad, andrad) VALUES ({rad}, '2025-02-05', '2025-01-01', '2025-01-31', "
                    "'2025-02-05', '2025-02-05')"
                )
        migrering.uppgradera(databas)
        assert _rader(databas, "SELECT id, namn, aktiv FROM journalsystem") == [
            (1, "Journalsystemet", 1)
        ]
        assert _rader(
            databas,
            "SELECT id, system, antal_atkomster, antal_anvandare, resultat, "
            "avvikelse_beskrivning, iakttagelser, metod FROM logguppfoljning ORDER BY id",
        ) == [
            (
                1,
                "Journalsystemet",
                40,
                0,
                "ingen_avvikelse",
                "",
                "40 kontrollerade. Inga avvikelser.",
                "",
            ),
            (2, "Journalsystemet", 12, 0, "avvikelse", "Två åtkomster utan vårdrelation.", "", ""),
            (3, "", 30, 0, "ingen_avvikelse", "", "", ""),
        ]
        assert _rader(
            databas, "SELECT logguppfoljning_id, typ, datum, anteckning FROM logguppfoljning_atgard"
        ) == [(2, "annan", "2025-02-05", "Samtal med medarbetare.")]
        kolumner = {r[1] for r in _rader(databas, "PRAGMA table_info(logguppfoljning)")}
        assert not kolumner & {"atgarder", "antal_kontrollerade"}
        assert _rader(databas, "PRAGMA foreign_key_check") == []
