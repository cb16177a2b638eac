"""Migration 0011: the plan's frequency becomes an RRULE, its scope, role, committee and
documenting record are read from the old columns; "inställd" becomes "ej aktuell"."""

from __future__ import annotations

from pathlib import Path

from skrivbord.lagring import databas as lagring
from skrivbord.lagring import migrering


def _sql(databas: lagring.Databas, *satser: str) -> None:
    with databas.engine.begin() as anslutning:
        for sats in satser:
            anslutning.exec_driver_sql(sats)


def test_planen_skrivs_om(tmp_path: Path) -> None:
    with lagring.Databas(tmp_path / "gammal.db", bytes(range(32))) as databas:
        migrering.uppgradera(databas, "0009")
        stamp = "'2024-01-01', '2024-01-01'"
        _sql(
            databas,
            "INSERT INTO enhet (id, namn, typ, aktiv, har_lakemedelsforrad, "
            f"gor_veckogenomgangar, skapad, andrad) VALUES (1, 'Solgården', 'sabo', 1, 1, 1, {stamp})",
            "INSERT INTO egenkontroll (id, omrade, omfattning, frekvens, kalla, ansvarig, "
            "rapporteras_till, enhetstyp, aktiv, skapad, andrad) VALUES "
            "(1, 'Fall – sammanställning', 'Av MAS.', 'halvar', 'Senior Alert', 'MAS', "
            f"'Socialnämndens arbetsutskott', NULL, 1, {stamp}), "
            "(2, 'Fall – veckogenomgång', 'Varje vecka.', 'vecka', '', 'Enhetschef', 'MAS', "
            f"NULL, 1, {stamp}), "
            "(3, 'Nattfasta', '', 'halvar', '', 'Sjuksköterska', 'MAS', 'sabo', 1, "
            f"{stamp}), "
            "(4, 'Läkemedelstillsyn – narkotika', '', 'manad', '', 'Sjuksköterska', 'MAS', "
            f"NULL, 1, {stamp})",
            "INSERT INTO avvikelse_kategori (id, kod, namn, ordning, aktiv) VALUES (1, 'fall', 'Fall', 0, 1)",
            "INSERT INTO avvikelse (id, handelse_tid, rapporterad_datum, enhet_id, rapportor_roll, "
            "kategori_id, underkategori, beskrivning, omedelbar_atgard, konsekvens, "
            "mellan_vardgivare, status, lex_maria, skapad, andrad) VALUES (7, "
            "'2024-05-14 08:30:00.000000', '2024-05-14', 1, 'underskoterska', 1, '', '', '', 0, "
            f"0, 'registrerad', 'ej_bedomd', {stamp})",
            "INSERT INTO atgard (id, avvikelse_id, beskrivning, deadline, status, skapad, andrad) "
            f"VALUES (3, 7, 'Larmmatta', '2024-06-01', 'planerad', {stamp})",
            "INSERT INTO egenkontroll_tillfalle (egenkontroll_id, enhet_id, planerat_datum, "
            "status, resultat, brister_funna, skapad, andrad) VALUES "
            f"(4, 1, '2024-03-10', 'installd', 'Sjukfrånvaro', 0, {stamp})",
        )
        migrering.uppgradera(databas)
        with databas.engine.begin() as anslutning:
            plan = anslutning.exec_driver_sql(
                "SELECT id, beskrivning, regel, omfang, enhetstyper, ansvarig, till_namnden, "
                "rapporteras_till, dokumenteras_i FROM egenkontroll ORDER BY id"
            ).all()
            tillfalle = anslutning.exec_driver_sql(
                "SELECT status, period_fran FROM egenkontroll_tillfalle"
            ).one()
            kolumner = {r[1] for r in anslutning.exec_driver_sql("PRAGMA table_info(egenkontroll)")}
            atgard = anslutning.exec_driver_sql(
                "SELECT id, avvikelse_id, egenkontroll_tillfalle_id, beskrivning, deadline, status "
                "FROM atgard"
            ).all()
            index = {r[1] for r in anslutning.exec_driver_sql("PRAGMA index_list(atgard)")}
            namnd = anslutning.exec_driver_sql(
                "SELECT dflt_value FROM pragma_table_info('kommuninstallningar') "
                "WHERE name = 'namnd'"
            ).scalar()
    assert plan == [
        (
            1,
            "Av MAS.",
            "FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1",
            "kommunen",
            "",
            "mas",
            1,
            "",
            "resultat",
        ),
        (
            2,
            "Varje vecka.",
            "FREQ=WEEKLY;BYDAY=SU",
            "veckogenomgangar",
            "",
            "enhetschef",
            0,
            "MAS",
            "veckogenomgang_fall",
        ),
        (
            3,
            "",
            "FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1",
            "enhetstyper",
            "sabo",
            "sjukskoterska",
            0,
            "MAS",
            "resultat",
        ),
        (
            4,
            "",
            "FREQ=MONTHLY;BYMONTHDAY=-1",
            "lakemedelsforrad",
            "",
            "sjukskoterska",
            0,
            "MAS",
            "tillsyn_narkotika",
        ),
    ]
    assert tillfalle == ("ej_aktuell", "2024-03-01")
    assert not {"frekvens", "enhetstyp", "omfattning"} & kolumner
    assert "Socialnämnden" in namnd
    # The åtgärd table now takes every source; the avvikelse's row is moved as it was.
    assert atgard == [(3, 7, None, "Larmmatta", "2024-06-01", "planerad")]
    assert {"ix_atgard_status_deadline", "ix_atgard_egenkontroll_tillfalle_id"} <= index
