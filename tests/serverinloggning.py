"""A login with a password on the throw-away server (tests/postgres.py), for the tests
that connect the way a user does: over TCP with TLS and scram-sha-256, not as the
trusted superuser on the socket."""

from __future__ import annotations

import itertools
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from skrivbord.lagring.server.adress import ServerAdress
from tests.postgres import TillfalligServer

_nummer = itertools.count()


@dataclass(frozen=True)
class Inloggning:
    server: TillfalligServer
    databas: str
    anvandare: str
    losenord: str

    def adress(self, **andra: object) -> ServerAdress:
        """Over TCP to 127.0.0.1, verified against the test CA (verify-full)."""
        varden: dict[str, object] = {
            "vard": "127.0.0.1",
            "databas": self.databas,
            "anvandare": self.anvandare,
            "port": self.server.port,
            "sslmode": "verify-full",
            "sslrootcert": str(self.server.ca_fil),
        }
        varden.update(andra)
        return ServerAdress(**varden)  # type: ignore[arg-type]

    def stada(self) -> None:
        self.server.psql(f"DROP DATABASE IF EXISTS {self.databas} WITH (FORCE)")
        self.server.psql(f"DROP ROLE IF EXISTS {self.anvandare}")


def skapa(server: TillfalligServer, mall: str | None) -> Inloggning:
    """A new database (a copy of ``mall``, or empty) and a login that may use all of it."""
    n = f"{os.getpid()}_{next(_nummer)}"
    databas, anvandare, losenord = f"anslut_{n}", f"anna_{n}", f"hemligt-{n}-Ö!"
    server.psql(f"CREATE DATABASE {databas}" + (f" TEMPLATE {mall}" if mall else ""))
    server.psql(f"CREATE ROLE {anvandare} LOGIN PASSWORD '{losenord}'")
    server.psql(
        f"GRANT ALL ON SCHEMA public TO {anvandare}; "
        f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {anvandare}; "
        f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {anvandare}",
        databas,
    )
    return Inloggning(server, databas, anvandare, losenord)


def annan_ca(mapp: Path) -> Path:
    """A CA that did not sign the server's certificate."""
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=En annan kommuns CA", "-keyout", "annan.key", "-out", "annan.crt"],
        check=True, capture_output=True, cwd=mapp,
    )  # fmt: skip
    return mapp / "annan.crt"
