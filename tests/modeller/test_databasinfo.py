"""Databasinfo (modeller/databasinfo.py) in a real encrypted file."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy.exc
from sqlalchemy import select

from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Databasinfo
from skrivbord.modeller.databasinfo import APPLIKATION


def test_filen_ar_market_som_skrivbord(databas: Databas, ateroppna) -> None:
    oppnad = ateroppna(databas, APPLIKATION)  # not even the marker is readable on disk
    with oppnad.session() as session:
        assert session.get(Databasinfo, "applikation").varde == APPLIKATION == "skrivbord"
        assert sorted(session.scalars(select(Databasinfo.nyckel))) == ["applikation", "skapad"]
        # The day it was made: weekly reviews are owed from that week, not before.
        assert session.get(Databasinfo, "skapad").varde == date.today().isoformat()


def test_nyckeln_ar_unik(databas: Databas) -> None:
    with (
        pytest.raises(
            sqlalchemy.exc.IntegrityError, match="UNIQUE constraint failed: databasinfo.nyckel"
        ),
        databas.session() as session,
    ):
        session.execute(Databasinfo.__table__.insert().values(nyckel="applikation", varde="annan"))
    with databas.session() as session:
        assert session.get(Databasinfo, "applikation").varde == APPLIKATION


def test_varde_kravs_och_nya_nycklar_gar_runt(databas: Databas, ateroppna) -> None:
    with (
        pytest.raises(
            sqlalchemy.exc.IntegrityError, match="NOT NULL constraint failed: databasinfo.varde"
        ),
        databas.session() as session,
    ):
        session.add(Databasinfo(nyckel="utan_varde"))
    with databas.session() as session:
        session.add(Databasinfo(nyckel="skapad_av_version", varde="0.1.0"))
    oppnad = ateroppna(databas)
    with oppnad.session() as session:
        assert session.get(Databasinfo, "skapad_av_version").varde == "0.1.0"
        assert session.get(Databasinfo, "utan_varde") is None
