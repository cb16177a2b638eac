"""Migrering 0018: delegeringarnas enheter kopieras, katalogen fylls (en gång), och
standardplanens Tillsyn av delegeringar dokumenteras av den årliga genomgången."""

from __future__ import annotations

from pathlib import Path

from skrivbord.lagring import databas as lagring
from skrivbord.lagring import migrering
from skrivbord.tjanster import standarddata


def _rader(databas: lagring.Databas, sql: str) -> list[tuple]:
    with databas.ra_anslutning() as anslutning:
        return anslutning.execute(sql).fetchall()


def test_befintliga_delegeringar_far_sina_enheter(tmp_path: Path) -> None:
    with lagring.Databas(tmp_path / "gammal.db", bytes(range(32))) as databas:
        migrering.uppgradera(databas, "0015")
        with databas.engine.begin() as anslutning:
            for sql in (
                "INSERT INTO enhet (id, namn, typ, aktiv, har_lakemedelsforrad, "
                "gor_veckogenomgangar, skapad, andrad) VALUES (1, 'Solgården', 'sabo', 1, 1, 1, "
                "'2025-01-01', '2025-01-01')",
                "INSERT INTO personal (id, fornamn, efternamn, roll, legitimerad, aktiv, skapad, "
                "andrad) VALUES (1, 'Sara', 'Sköterska', 'sjukskoterska', 1, 1, '2025-01-01', "
                "'2025-01-01'), (2, 'Ulla', 'Omsorg', 'underskoterska', 0, 1, '2025-01-01', "
                "'2025-01-01')",
                "INSERT INTO delegering (id, delegerad_id, delegerande_id, enhet_id, giltig_fran, "
                "giltig_till, aterkallad_orsak, skapad, andrad) VALUES "
                "(1, 2, 1, 1, '2025-01-01', '2025-12-31', '', '2025-01-01', '2025-01-01'), "
                "(2, 2, 1, NULL, '2025-01-01', '2025-12-31', '', '2025-01-01', '2025-01-01')",
            ):
                anslutning.exec_driver_sql(sql)
            for post in standarddata.egenkontrollplan():
                anslutning.exec_driver_sql(
                    "INSERT INTO egenkontroll (omrade, beskrivning, omfang, enhetstyper, regel, "
                    "kalla, ansvarig, rapporteras_till, till_namnden, dokumenteras_i, aktiv, "
                    "skapad, andrad) VALUES (?, '', 'alla', '', 'FREQ=YEARLY', '', 'mas', '', 0, "
                    "'resultat', 1, '2025-01-01', '2025-01-01')",
                    (post["omrade"],),
                )
        migrering.uppgradera(databas)
        assert _rader(databas, "SELECT delegering_id, enhet_id FROM delegering_enhet") == [(1, 1)]
        assert _rader(databas, "SELECT villkor, kunskapstest FROM delegering WHERE id = 1") == [
            ("", None)
        ]
        koder = [
            k for (k,) in _rader(databas, "SELECT kod FROM delegerbar_uppgift ORDER BY ordning")
        ]
        assert koder[:2] == ["overlamna_lakemedel", "insulin"] and len(koder) == len(set(koder))
        assert _rader(
            databas,
            "SELECT dokumenteras_i FROM egenkontroll WHERE omrade = 'Tillsyn av delegeringar'",
        ) == [("delegeringsgenomgang",)]
        assert _rader(databas, "PRAGMA foreign_key_check") == []
