"""The service layer runs against both backends: every test that asks for ``databas``
runs once on the encrypted file and once on a throw-away PostgreSQL server
(tests/postgres.py; issue "Flera användare"). Module-scoped databases built once for
many tests use ``modulens_databas`` to do the same."""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Iterator

import pytest

from skrivbord.lagring.databas import Databas
from skrivbord.tjanster import nydatabas, serverdatabas
from tests.conftest import ENHETER, serveradress

BAKANDAR = ["fil", "postgresql"]
_raknare = itertools.count()


@pytest.fixture(params=BAKANDAR)
def databas(request: pytest.FixtureRequest) -> Databas:
    if request.param == "fil":
        return request.getfixturevalue("ny_databas").databas
    return request.getfixturevalue("ny_serverdatabas").databas


@contextlib.contextmanager
def modulens_databas(request: pytest.FixtureRequest, namn: str) -> Iterator[Databas]:
    """A new database like ``databas`` (Testkommun and its four units) for a module-
    scoped fixture parametrised over BAKANDAR: a file in a temp folder, or a copy of
    the server template."""
    if request.param == "fil":
        mapp = request.getfixturevalue("tmp_path_factory").mktemp(namn)
        skapad = nydatabas.skapa(mapp / f"{namn}.db", "Testkommun", "9999", ENHETER)
        try:
            yield skapad.databas
        finally:
            skapad.stang()
        return
    server = request.getfixturevalue("postgres_server")
    mall = request.getfixturevalue("server_mall")
    databasnamn = f"{namn}_{os.getpid()}_{next(_raknare)}"
    server.psql(f"CREATE DATABASE {databasnamn} TEMPLATE {mall}")
    oppen = serverdatabas.oppna(serveradress(server, databasnamn))
    try:
        yield oppen.databas
    finally:
        oppen.stang()
        server.psql(f"DROP DATABASE IF EXISTS {databasnamn} WITH (FORCE)")


@contextlib.contextmanager
def som_serverdatabas(request: pytest.FixtureRequest, fil: Databas, namn: str) -> Iterator[Databas]:
    """The file database ``fil`` copied whole to a new server database with ``server
    importera``: a demo kommun on the server, for module-scoped fixtures."""
    from skrivbord.jobb import kor_till_slut
    from skrivbord.tjanster import serverimport

    server = request.getfixturevalue("postgres_server")
    databasnamn = f"{namn}_{os.getpid()}_{next(_raknare)}"
    server.psql(f"CREATE DATABASE {databasnamn}")
    mal = serverimport.anslut_mal(serveradress(server, databasnamn))
    try:
        kor_till_slut(serverimport.importera(fil, mal))
    finally:
        mal.stang()
    oppen = serverdatabas.oppna(serveradress(server, databasnamn))
    try:
        yield oppen.databas
    finally:
        oppen.stang()
        server.psql(f"DROP DATABASE IF EXISTS {databasnamn} WITH (FORCE)")
