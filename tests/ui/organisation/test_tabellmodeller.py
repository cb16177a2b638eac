"""The register's table models, without widgets: columns, texts, roles, inactive rows,
search and Swedish sorting."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from skrivbord.tjanster import enheter, personal
from skrivbord.typer import Enhetstyp, Roll
from skrivbord.ui.organisation.tabellmodeller import (
    EnhetTabellModell,
    PersonalTabellModell,
    sorteringsnyckel,
)

E = EnhetTabellModell
P = PersonalTabellModell
VISA = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def register(databas):
    """Units with a manager and a start date, an inactive unit, staff in several units."""
    solgarden = next(e for e in enheter.lista(databas) if e.namn == "Solgården")
    chef = personal.skapa(databas, "Åsa", "Öberg", Roll.ENHETSCHEF, enhet_ids=[solgarden.id])
    personal.skapa(databas, "Zack", "Zetterlund", Roll.UNDERSKOTERSKA, enhet_ids=[solgarden.id])
    personal.skapa(databas, "Ärla", "Åkesson", Roll.SJUKSKOTERSKA)
    borta = personal.skapa(databas, "Ove", "Ek", Roll.VARDBITRADE)
    personal.satt_aktiv(databas, borta.id, False)
    enheter.andra(
        databas,
        solgarden.id,
        solgarden.namn,
        solgarden.typ,
        har_lakemedelsforrad=True,
        gor_veckogenomgangar=False,
        startdatum=date(2025, 9, 1),
        enhetschef_id=chef.id,
        delegeringsbehov={},
    )
    dag = enheter.skapa(databas, "Dagverksamheten Sol", Enhetstyp.DAGVERKSAMHET)
    enheter.satt_aktiv(databas, dag.id, False)
    return databas


def _texter(modell, kolumn: int) -> list[str]:
    return [modell.data(modell.index(r, kolumn), VISA) for r in range(modell.rowCount())]


def test_qtmodeltester(register, qtmodeltester) -> None:
    for modell in (E(register), P(register)):
        modell.satt_visa_inaktiva(True)
        qtmodeltester.check(modell, force_py=True)


def test_enheter_kolumner_och_texter(register) -> None:
    modell = E(register)
    assert modell.columnCount() == E.ANTAL_KOLUMNER == 7
    assert [modell.headerData(k, Qt.Orientation.Horizontal) for k in range(7)] == [
        "Namn",
        "Typ",
        "Enhetschef",
        "Läkemedelsförråd",
        "Veckogenomgångar",
        "Start",
        "Aktiv",
    ]
    assert "veckogenomgångar" in modell.headerData(
        E.START, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    # Active units only, by name.
    assert _texter(modell, E.NAMN) == [
        "Björkbacken",
        "Hemtjänst Norra",
        "Korttids Lugnet",
        "Solgården",
    ]
    rad = modell.rad_for_id(next(e.id for e in enheter.lista(register) if e.namn == "Solgården"))
    assert rad is not None
    texter = [modell.data(modell.index(rad, k), VISA) for k in range(7)]
    assert texter == ["Solgården", "Särskilt boende", "Åsa Öberg", "Ja", "Nej", "2025-09-01", "Ja"]
    assert modell.data(modell.index(rad, 0), E.RadRoll).enhetschef == "Åsa Öberg"
    assert modell.data(modell.index(rad, 0), E.IdRoll) == modell.rad(rad).id
    assert modell.data(modell.index(rad, 0), Qt.ItemDataRole.ForegroundRole) is None


def test_inaktiva_visas_bara_pa_begaran_och_dampat(register) -> None:
    modell = E(register)
    assert "Dagverksamheten Sol" not in _texter(modell, E.NAMN)
    modell.satt_visa_inaktiva(True)
    rad = _texter(modell, E.NAMN).index("Dagverksamheten Sol")
    assert modell.data(modell.index(rad, E.AKTIV), VISA) == "Nej"
    assert modell.data(modell.index(rad, 0), Qt.ItemDataRole.ForegroundRole) is not None
    modell.satt_visa_inaktiva(False)
    assert modell.rad_for_id(modell.rad(0).id) == 0
    assert "Dagverksamheten Sol" not in _texter(modell, E.NAMN)


def test_personal_sorteras_svenskt_efter_efternamn(register) -> None:
    modell = P(register)
    assert modell.columnCount() == P.ANTAL_KOLUMNER == 5
    assert _texter(modell, P.NAMN) == ["Zack Zetterlund", "Ärla Åkesson", "Åsa Öberg"]
    modell.sort(P.NAMN, Qt.SortOrder.DescendingOrder)
    assert _texter(modell, P.NAMN) == ["Åsa Öberg", "Ärla Åkesson", "Zack Zetterlund"]
    modell.sort(P.ROLL, Qt.SortOrder.AscendingOrder)
    assert _texter(modell, P.ROLL) == ["Enhetschef", "Sjuksköterska", "Undersköterska"]
    rad = _texter(modell, P.NAMN).index("Ärla Åkesson")
    texter = [modell.data(modell.index(rad, k), VISA) for k in range(5)]
    assert texter == ["Ärla Åkesson", "Sjuksköterska", "Ja", "", "Ja"]
    assert sorteringsnyckel("Émile") < sorteringsnyckel("Eva") < sorteringsnyckel("Zorn")
    assert sorteringsnyckel("Zorn") < sorteringsnyckel("Åberg") < sorteringsnyckel("Äng")


def test_sokning_pa_namn_roll_och_enhet(register) -> None:
    modell = P(register)
    modell.satt_sokning("solgården")
    assert _texter(modell, P.NAMN) == ["Zack Zetterlund", "Åsa Öberg"]
    modell.satt_sokning("  SOL   chef ")  # every word, in any column
    assert _texter(modell, P.NAMN) == ["Åsa Öberg"]
    assert modell.sokning == "sol chef"
    modell.satt_sokning("ek")
    assert _texter(modell, P.NAMN) == []  # Ove Ek is inactive
    modell.satt_visa_inaktiva(True)
    assert _texter(modell, P.NAMN) == ["Ove Ek"]
    assert modell.antal_totalt == 4
    modell.satt_sokning("")
    assert modell.rowCount() == 4
