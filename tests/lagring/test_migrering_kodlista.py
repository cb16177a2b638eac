"""Migration 0016: categories and plan items get their national codes, and an existing
database gets the list of agreements whose codes its avvikelser already hold."""

from __future__ import annotations

from pathlib import Path

from skrivbord.lagring import databas as lagring
from skrivbord.lagring import migrering


def test_koderna_och_overenskommelserna_laggs_till(tmp_path: Path) -> None:
    with lagring.Databas(tmp_path / "gammal.db", bytes(range(32))) as databas:
        migrering.uppgradera(databas, "0015")
        stamp = "'2024-01-01', '2024-01-01'"
        with databas.engine.begin() as anslutning:
            for sats in (
                "INSERT INTO avvikelse_kategori (id, kod, namn, ordning, aktiv) VALUES "
                "(1, 'fall', 'Fall', 0, 1), (2, 'sjalvskada', 'Självskada', 1, 1)",
                "INSERT INTO egenkontroll (id, omrade, beskrivning, omfang, enhetstyper, regel, "
                "kalla, ansvarig, rapporteras_till, till_namnden, dokumenteras_i, aktiv, "
                "skapad, andrad) VALUES (1, 'Trycksår – sammanställning', '', 'kommunen', '', "
                "'FREQ=YEARLY', '', 'mas', '', 1, 'resultat', 1, "
                f"{stamp}), (2, 'Kommunens egen rond', '', 'alla', '', 'FREQ=YEARLY', '', "
                f"'mas', '', 0, 'resultat', 1, {stamp})",
            ):
                anslutning.exec_driver_sql(sats)
        migrering.uppgradera(databas)
        with databas.engine.begin() as anslutning:
            kategorier = anslutning.exec_driver_sql(
                "SELECT kod, nationell_kod FROM avvikelse_kategori ORDER BY id"
            ).all()
            omraden = anslutning.exec_driver_sql(
                "SELECT omradeskod FROM egenkontroll ORDER BY id"
            ).all()
            overenskommelser = anslutning.exec_driver_sql(
                "SELECT kod, nationell_kod, aktiv FROM overenskommelse ORDER BY ordning"
            ).all()
    assert kategorier == [("fall", "fall"), ("sjalvskada", "annat")]
    assert [o for (o,) in omraden] == ["trycksar", "annat"]
    assert overenskommelser[0] == ("utskrivning", "utskrivning", 1)
    assert len(overenskommelser) == 7


def test_ny_tom_databas_far_listan_av_standarddata(databas) -> None:
    with databas.engine.begin() as anslutning:
        antal = anslutning.exec_driver_sql("SELECT count(*) FROM overenskommelse").scalar()
    assert antal == 7
