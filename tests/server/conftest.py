"""A server database prepared with the roles (lagring/server/roller.py), and logins
made through the service, connected over the test server's trusted Unix socket.

Logins are shared by every database on a cluster, so each gets a name no other test
uses, and is dropped after its test with the database.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

import pytest
from sqlalchemy import select

from skrivbord.lagring.server.databas import ServerDatabas
from skrivbord.modeller import AvvikelseKategori, Enhet
from skrivbord.tjanster import serveranvandare, serverdatabas
from skrivbord.tjanster.avvikelser import flode
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.tjanster.serveranvandare import Roll
from skrivbord.typer import Fallskada, Konsekvens
from skrivbord.typer import Roll as Yrkesroll
from tests.conftest import serveradress
from tests.postgres import TillfalligServer

LOSENORD = "ett-långt-provlösenord"
_raknare = itertools.count()


def unikt(prefix: str) -> str:
    return f"{prefix}_{os.getpid()}_{next(_raknare)}"


@dataclass
class Rolldatabas:
    server: TillfalligServer
    namn: str
    admin: ServerDatabas  # the superuser: owner, not held by row-level security
    inloggningar: list[str] = field(default_factory=list)
    _oppna: list[ServerDatabas] = field(default_factory=list)

    def anvandare(self, roll: Roll, *enheter: str) -> ServerDatabas:
        """A new login in ``roll``, connected as itself."""
        login = unikt(roll.value)
        serveranvandare.lagg_till(self.admin, login, roll, list(enheter), LOSENORD)
        self.inloggningar.append(login)
        return self.som(login)

    def som(self, login: str) -> ServerDatabas:
        databas = serverdatabas.anslut(serveradress(self.server, self.namn, login))
        self._oppna.append(databas)
        return databas

    def stang(self) -> None:
        for databas in [self.admin, *self._oppna]:
            databas.stang()
        self.server.psql(f"DROP DATABASE IF EXISTS {self.namn} WITH (FORCE)")
        for login in self.inloggningar:
            self.server.psql(f'DROP ROLE IF EXISTS "{login}"')


@pytest.fixture
def rolldatabas(postgres_server: TillfalligServer, server_mall: str) -> Iterator[Rolldatabas]:
    """The test template (kommun, units, default data) with the roles added, as
    ``server init`` adds them to a database that already has the tables."""
    namn = unikt("roller")
    postgres_server.psql(f"CREATE DATABASE {namn} TEMPLATE {server_mall}")
    admin = serverdatabas.anslut(serveradress(postgres_server, namn))
    rolldb = Rolldatabas(postgres_server, namn, admin)
    try:
        assert (
            serveranvandare.forbered(admin, "Testkommun", "9999", [])
            is serveranvandare.Forberedd.ROLLER
        )
        yield rolldb
    finally:
        rolldb.stang()


IDAG = date(2026, 11, 23)
FRITEXT = "Hittad på golvet vid sängen."


def uppgifter(databas, enhet: str) -> avvikelser.AvvikelseUppgifter:
    with databas.session() as s:
        enhet_id = s.scalars(select(Enhet.id).filter_by(namn=enhet)).one()
        kategori_id = s.scalars(select(AvvikelseKategori.id).filter_by(kod="fall")).one()
    return avvikelser.AvvikelseUppgifter(
        handelse_tid=datetime(2026, 11, 20, 22, 40),
        rapporterad_datum=date(2026, 11, 21),
        enhet_id=enhet_id,
        rapportor_roll=Yrkesroll.UNDERSKOTERSKA,
        kategori_id=kategori_id,
        beskrivning=FRITEXT,
        konsekvens=Konsekvens.LINDRIG,
        fall_plats="rum",
        fall_aktivitet="forflyttning",
        fall_skada=Fallskada.LINDRIG,
    )


@pytest.fixture
def med_data(rolldatabas: Rolldatabas) -> dict[str, int]:
    """One avvikelse with an åtgärd and a follow-up in each of two units."""
    admin = rolldatabas.admin
    ids = {}
    for enhet in ("Solgården", "Björkbacken"):
        ids[enhet] = avvikelser.registrera(admin, uppgifter(admin, enhet), IDAG)
        flode.lagg_till_atgard(admin, ids[enhet], "Sänkt säng.", None, None)
        flode.lagg_till_uppfoljning(admin, ids[enhet], date(2026, 11, 22), True, idag=IDAG)
    return ids
