"""Kommuninstallningar (modeller/kommun.py) in a real encrypted file."""

from __future__ import annotations

import pytest
import sqlalchemy.exc
from sqlalchemy import select

from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Kommuninstallningar
from tests.modeller.hjalp import antal

HEMLIGT_NAMN = "Hemliga-Kommunen-Övre-Testby-0d1e"


def test_kommunen_fran_tjansten(databas: Databas) -> None:
    with databas.session() as session:
        kommun = session.scalars(select(Kommuninstallningar)).one()
        assert (kommun.namn, kommun.kommunkod) == ("Testkommun", "9999")
        assert kommun.skapad <= kommun.andrad


def test_andrat_namn_gar_runt_genom_den_krypterade_filen(databas: Databas, ateroppna) -> None:
    with databas.session() as session:
        kommun = session.scalars(select(Kommuninstallningar)).one()
        fore = kommun.andrad
        kommun.namn = HEMLIGT_NAMN
    oppnad = ateroppna(databas, HEMLIGT_NAMN)
    with oppnad.session() as session:
        kommun = session.scalars(select(Kommuninstallningar)).one()
        assert (kommun.namn, kommun.kommunkod) == (HEMLIGT_NAMN, "9999")
        assert kommun.andrad > fore


@pytest.mark.parametrize("falt", ["namn", "kommunkod"])
def test_obligatoriska_falt(databas: Databas, falt: str) -> None:
    varden = {"namn": "Annan", "kommunkod": "0000", falt: None}
    with (
        pytest.raises(
            sqlalchemy.exc.IntegrityError,
            match=f"NOT NULL constraint failed: kommuninstallningar.{falt}",
        ),
        databas.session() as session,
    ):
        session.add(Kommuninstallningar(**varden))


def test_en_rad_och_fyrsiffrig_kod_ar_inte_begransade_i_schemat(databas: Databas) -> None:
    """Gap: the model says one row and SCB's four-digit code, the file takes a second
    row and any text as the code (String(4) is not enforced by SQLite)."""
    with databas.session() as session:
        session.add(Kommuninstallningar(namn="Andra kommunen", kommunkod="123456"))
        session.add(Kommuninstallningar(namn="Tredje kommunen", kommunkod="ab"))
    assert antal(databas, "kommuninstallningar") == 3
    with databas.session() as session:
        assert (
            session.scalar(
                select(Kommuninstallningar.kommunkod).where(
                    Kommuninstallningar.namn == "Andra kommunen"
                )
            )
            == "123456"
        )
