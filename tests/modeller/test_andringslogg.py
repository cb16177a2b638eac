"""Andringslogg (modeller/andringslogg.py) in a real encrypted file: filled by the
session hooks in the same transaction as the change, never edited afterwards (the
triggers of migration 0001). What the hooks log is tested in tests/lagring/."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
import sqlalchemy.exc
from sqlalchemy import select

from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Andringslogg, Enhet
from skrivbord.typer import Enhetstyp
from tests.modeller.hjalp import antal

HEMLIGT_NAMN = "Hemliga-Enheten-Fyrbåken-e5c1"


def _poster(databas: Databas, tabell: str, rad_id: int) -> list[Andringslogg]:
    with databas.session() as session:
        return session.scalars(
            select(Andringslogg)
            .where(Andringslogg.tabell == tabell, Andringslogg.rad_id == rad_id)
            .order_by(Andringslogg.id)
        ).all()


def test_poster_gar_runt_utan_innehall(databas: Databas, ateroppna) -> None:
    fore = datetime.now()
    with databas.session() as session:
        enhet = Enhet(namn=HEMLIGT_NAMN, typ=Enhetstyp.KORTTID)
        session.add(enhet)
    with databas.session() as session:
        session.get(Enhet, enhet.id).aktiv = False
    oppnad = ateroppna(databas, HEMLIGT_NAMN)
    poster = _poster(oppnad, "enhet", enhet.id)
    assert [(p.handling, p.falt, p.anvandare) for p in poster] == [
        ("skapad", "", databas.anvandare),
        ("andrad", "aktiv", databas.anvandare),
    ]
    assert all(abs(p.tid - fore) < timedelta(days=1) for p in poster)
    assert poster[0].tid <= poster[1].tid


def test_standardvarden(databas: Databas) -> None:
    fore = datetime.now()
    with databas.session() as session:
        post = Andringslogg(anvandare="x", tabell="enhet", rad_id=None, handling="massimport")
        session.add(post)
    with databas.session() as session:
        post = session.get(Andringslogg, post.id)
        assert post.falt == ""
        assert abs(post.tid - fore) < timedelta(days=1)


@pytest.mark.parametrize("falt", ["anvandare", "tabell", "handling"])
def test_obligatoriska_falt(databas: Databas, falt: str) -> None:
    varden = {"anvandare": "x", "tabell": "enhet", "handling": "skapad", falt: None}
    with (
        pytest.raises(
            sqlalchemy.exc.IntegrityError, match=f"NOT NULL constraint failed: andringslogg.{falt}"
        ),
        databas.session() as session,
    ):
        session.add(Andringslogg(**varden))


def test_loggen_rullas_tillbaka_med_andringen(databas: Databas) -> None:
    fore = antal(databas, "andringslogg")
    with pytest.raises(RuntimeError), databas.session() as session:
        session.add(Enhet(namn="Ångrad", typ=Enhetstyp.SABO))
        session.flush()  # the log row is written here …
        assert antal(databas, "andringslogg") == fore  # … but not visible outside
        raise RuntimeError("avbryt")
    assert antal(databas, "andringslogg") == fore
    assert antal(databas, "enhet", "namn = 'Ångrad'") == 0


@pytest.mark.parametrize("handling", ["andra", "radera"])
def test_en_post_kan_varken_andras_eller_raderas(databas: Databas, handling: str) -> None:
    with databas.session() as session:
        post_id = session.scalars(select(Andringslogg.id).order_by(Andringslogg.id)).first()
    with (
        pytest.raises(sqlalchemy.exc.IntegrityError, match=f"andringsloggen kan inte {handling}s"),
        databas.session() as session,
    ):
        post = session.get(Andringslogg, post_id)
        if handling == "andra":
            post.anvandare = "någon annan"
        else:
            session.delete(post)
    with databas.session() as session:
        assert session.get(Andringslogg, post_id).anvandare != "någon annan"
