"""The service layer runs against both backends: every test that asks for ``databas``
runs once on the encrypted file and once on a throw-away PostgreSQL server
(tests/postgres.py; issue "Flera användare")."""

from __future__ import annotations

import pytest

from skrivbord.lagring.databas import Databas


@pytest.fixture(params=["fil", "postgresql"])
def databas(request: pytest.FixtureRequest) -> Databas:
    if request.param == "fil":
        return request.getfixturevalue("ny_databas").databas
    return request.getfixturevalue("ny_serverdatabas").databas
