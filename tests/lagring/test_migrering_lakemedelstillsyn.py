"""Migrering 0017: en databas med tillsyner från en äldre version får checklistans punkter
när tjänsten först används, och de gamla svaren behåller sina frågor."""

from __future__ import annotations

from pathlib import Path

from skrivbord.lagring import databas as lagring
from skrivbord.lagring import migrering
from skrivbord.tjanster.lakemedelstillsyn import checklista, protokoll
from skrivbord.typer import Tillsynssvar, Tillsynstyp


def test_aldre_tillsyner_lases_efter_migreringen(tmp_path: Path) -> None:
    with lagring.Databas(tmp_path / "gammal.db", bytes(range(32))) as databas:
        migrering.uppgradera(databas, "0015")
        with databas.engine.begin() as anslutning:
            for sql in (
                "INSERT INTO enhet (id, namn, typ, aktiv, har_lakemedelsforrad, "
                "gor_veckogenomgangar, skapad, andrad) VALUES (1, 'Solgården', 'sabo', 1, 1, 1, "
                "'2025-01-01', '2025-01-01')",
                "INSERT INTO lakemedelstillsyn (id, enhet_id, typ, datum, kommentar, skapad, "
                "andrad) VALUES (1, 1, 'ovriga', '2025-03-20', '', '2025-03-20', '2025-03-20')",
                "INSERT INTO lakemedelstillsyn_svar (tillsyn_id, fraga, svar, kommentar) VALUES "
                "(1, 'kylskap', 'nej', 'Listan saknades'), (1, 'utgangsdatum', 'ja', '')",
                "INSERT INTO lakemedelstillsyn_fynd (tillsyn_id, beskrivning, atgard, "
                "atgardad_datum, skapad, andrad) VALUES (1, 'Temperaturlistan saknades.', "
                "'Ny lista.', '2025-04-01', '2025-03-20', '2025-03-20')",
            ):
                anslutning.exec_driver_sql(sql)
        migrering.uppgradera(databas)
        assert len(checklista.punkter(databas, Tillsynstyp.OVRIGA)) == 8
        d = protokoll.hamta(databas, 1)
        assert d.uppgifter.deltagare == ""
        assert [(s.text, s.svar) for s in d.svar] == [
            (
                "Kylskåpets temperatur är dokumenterad varje dag och ligger mellan 2 och 8 °C",
                Tillsynssvar.NEJ,
            ),
            (
                "Utgångsdatum är kontrollerade; inga läkemedel med passerat datum finns kvar",
                Tillsynssvar.JA,
            ),
        ]
        (fynd,) = d.fynd
        assert (fynd.fraga, fynd.tidigare_atgard, str(fynd.tidigare_klar)) == (
            "Temperaturlistan saknades.",
            "Ny lista.",
            "2025-04-01",
        )
        with databas.ra_anslutning() as anslutning:
            assert anslutning.execute("PRAGMA foreign_key_check").fetchall() == []
