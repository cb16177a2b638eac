import pytest
import sqlalchemy.exc
from sqlalchemy import select, text

from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Andringslogg
from skrivbord.tjanster import enheter


def test_andringar_loggas_utan_innehall(databas: Databas) -> None:
    rad = enheter.skapa(databas, "Hemtjänst Södra", "hemtjanst")
    enheter.satt_aktiv(databas, rad.id, False)
    with databas.session() as session:
        poster = session.scalars(
            select(Andringslogg).where(
                Andringslogg.tabell == "enhet", Andringslogg.rad_id == rad.id
            )
        ).all()
    assert [(p.handling, p.falt) for p in poster] == [("skapad", ""), ("andrad", "aktiv")]
    assert all(p.anvandare == databas.anvandare for p in poster)
    assert all("Södra" not in f"{p.falt}{p.tabell}" for p in poster)


def test_loggen_kan_inte_andras_eller_raderas(databas: Databas) -> None:
    enheter.skapa(databas, "Dagverksamheten Sol", "dagverksamhet")
    for sats in ("UPDATE andringslogg SET anvandare = 'x'", "DELETE FROM andringslogg"):
        with pytest.raises(sqlalchemy.exc.IntegrityError), databas.session() as session:
            session.execute(text(sats))
