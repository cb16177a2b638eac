"""The address of a shared server database: ``postgresql://user@host:port/database``.

Accepted wherever ``--databas PATH`` is. The password is never part of it: it lives in
the OS keyring (losenord.py). TLS is required and verified against the kommun's CA
(``sslmode=verify-full``) unless the address says otherwise, and ``sslrootcert`` names
the CA file; a Unix socket (``?host=/var/run/postgresql``) is only for a server on the
same machine.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from skrivbord.fel import OgiltigUppgift

SCHEMAN = ("postgresql://", "postgres://")
STANDARDPORT = 5432
# libpq's modes; "verify-full" checks the chain and the host name.
SSLLAGEN = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
STANDARD_SSLLAGE = "verify-full"


def ar_serveradress(text: str | Path) -> bool:
    return isinstance(text, str) and text.strip().lower().startswith(SCHEMAN)


@dataclass(frozen=True)
class ServerAdress:
    """Where the server is and who connects; everything but the password."""

    vard: str  # host name, IP address or a Unix socket folder
    databas: str
    anvandare: str
    port: int = STANDARDPORT
    sslmode: str = STANDARD_SSLLAGE
    sslrootcert: str = ""

    @classmethod
    def tolka(cls, text: str) -> ServerAdress:
        """Parse an address; a Swedish OgiltigUppgift says what is wrong with it."""
        text = text.strip()
        if not ar_serveradress(text):
            raise OgiltigUppgift(
                f"{text!r} är ingen serveradress: den ska börja med postgresql://, "
                "till exempel postgresql://anna@db.kommun.se/skrivbord."
            )
        delar = urlsplit(text)
        if delar.password is not None:
            raise OgiltigUppgift(
                "Skriv inte lösenordet i adressen: det hamnar då i kommandohistorik och "
                "inställningar. Skrivbord frågar efter det och sparar det i datorns nyckelring."
            )
        fragor = {k: v[-1] for k, v in parse_qs(delar.query).items()}
        okanda = set(fragor) - {"host", "sslmode", "sslrootcert", "port"}
        if okanda:
            raise OgiltigUppgift(
                f"Serveradressen har okända inställningar: {', '.join(sorted(okanda))}. "
                "Tillåtna är sslmode, sslrootcert och host."
            )
        vard = fragor.get("host") or unquote(delar.hostname or "")
        databas = unquote(delar.path.lstrip("/"))
        anvandare = unquote(delar.username or "")
        if not vard:
            raise OgiltigUppgift(
                "Serveradressen saknar servernamn (postgresql://anvandare@SERVER/databas)."
            )
        if not databas:
            raise OgiltigUppgift("Serveradressen saknar databasens namn (…/databas sist).")
        if not anvandare:
            raise OgiltigUppgift(
                "Serveradressen saknar användarnamn (postgresql://ANVÄNDARE@server/databas)."
            )
        try:
            port = int(fragor.get("port") or delar.port or STANDARDPORT)
        except ValueError:
            raise OgiltigUppgift("Portnumret i serveradressen är inget tal.") from None
        sslmode = fragor.get("sslmode", STANDARD_SSLLAGE)
        if sslmode not in SSLLAGEN:
            raise OgiltigUppgift(
                f"sslmode={sslmode} finns inte; välj verify-full (standard) eller en av "
                f"{', '.join(SSLLAGEN)}."
            )
        return cls(vard, databas, anvandare, port, sslmode, fragor.get("sslrootcert", ""))

    @property
    def unix_uttag(self) -> bool:
        return self.vard.startswith("/")

    @property
    def nyckel(self) -> str:
        """The keyring entry's name for this login (no password in it)."""
        return f"{self.anvandare}@{self.vard}:{self.port}/{self.databas}"

    def med_anvandare(self, anvandare: str) -> ServerAdress:
        return ServerAdress(
            self.vard, self.databas, anvandare, self.port, self.sslmode, self.sslrootcert
        )

    def visning(self) -> str:
        """For messages and the window title: user, server and database."""
        return f"{self.databas} på {self.vard}" + (
            f":{self.port}" if self.port != STANDARDPORT else ""
        )

    def __str__(self) -> str:
        fragor = [] if self.sslmode == STANDARD_SSLLAGE else [f"sslmode={self.sslmode}"]
        if self.sslrootcert:
            fragor.append(f"sslrootcert={self.sslrootcert}")
        if self.unix_uttag:
            fragor.insert(0, f"host={self.vard}")
            bas = f"postgresql://{self.anvandare}@:{self.port}/{self.databas}"
        else:
            bas = f"postgresql://{self.anvandare}@{self.vard}:{self.port}/{self.databas}"
        return bas + ("?" + "&".join(fragor) if fragor else "")

    def anslutningsargument(self, losenord: str | None) -> dict[str, object]:
        """libpq's keywords (psycopg.connect); the password only in memory."""
        argument: dict[str, object] = {
            "host": self.vard,
            "port": self.port,
            "dbname": self.databas,
            "user": self.anvandare,
            "application_name": "Skrivbord",
            "connect_timeout": 10,
        }
        if not self.unix_uttag:
            argument["sslmode"] = self.sslmode
            if self.sslrootcert:
                argument["sslrootcert"] = self.sslrootcert
        if losenord:
            argument["password"] = losenord
        return argument
