"""A real, throw-away PostgreSQL server for the tests (issue "Flera användare").

``initdb`` and ``pg_ctl`` from Debian's ``postgresql`` package (skript/miljo.sh installs
it) build a cluster in a temp folder. The server refuses to run as root, and CI runs
as root: then the cluster belongs to the unprivileged ``postgres`` account the package
creates and is started through ``runuser``. It listens on a Unix socket in the folder
(trusted, for the superuser the fixtures use) and on 127.0.0.1 with TLS and
scram-sha-256 passwords (for the roles, certificate and password tests), never on
another interface. Durability is off: the data is thrown away.

When PostgreSQL is missing or cannot start, ``starta`` raises with the reason: the
tests that need it fail, they are never skipped silently.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERANVANDARE = "postgres"
SYSTEMKONTO = "postgres"


class PostgresSaknas(RuntimeError):
    pass


def _binarmapp() -> Path:
    for kandidat in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(kandidat) / "initdb").exists():
            return Path(kandidat)
    pg_ctl = shutil.which("pg_ctl")
    if pg_ctl:
        return Path(pg_ctl).resolve().parent
    raise PostgresSaknas(
        "PostgreSQL saknas (initdb och pg_ctl hittades inte). Kör bash skript/miljo.sh, "
        "som installerar Debian-paketet postgresql."
    )


def _ledig_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class TillfalligServer:
    mapp: Path
    port: int
    binar: Path
    konto: str | None  # the OS account the server runs as (None: the current one)

    @property
    def uttag(self) -> str:
        return str(self.mapp)

    @property
    def ca_fil(self) -> Path:
        return self.mapp / "ca.crt"

    def _kor(self, *argv: str, **kw: object) -> subprocess.CompletedProcess[str]:
        kommando = [str(a) for a in argv]
        if self.konto:
            kommando = ["runuser", "-u", self.konto, "--", *kommando]
        return subprocess.run(  # type: ignore[call-overload,no-any-return]
            kommando, check=True, capture_output=True, text=True, **kw
        )

    def psql(self, sql: str, databas: str = "postgres") -> str:
        """Run SQL as the superuser over the socket; the output as text."""
        return subprocess.run(
            [
                str(self.binar / "psql") if (self.binar / "psql").exists() else "psql",
                "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1",
                "-h", self.uttag, "-p", str(self.port), "-U", SUPERANVANDARE, "-d", databas,
                "-c", sql,
            ],
            check=True, capture_output=True, text=True,
        ).stdout.strip()  # fmt: skip

    def stoppa(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._kor(self.binar / "pg_ctl", "-D", self.mapp / "data", "-m", "immediate", "stop")
        shutil.rmtree(self.mapp, ignore_errors=True)


def _certifikat(mapp: Path) -> None:
    """A CA and a server certificate for "localhost" and 127.0.0.1 signed by it."""

    def openssl(*argv: str) -> None:
        subprocess.run(["openssl", *argv], check=True, capture_output=True, cwd=mapp)

    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-subj", "/CN=Testkommunens CA", "-keyout", "ca.key", "-out", "ca.crt")  # fmt: skip
    (mapp / "san.cnf").write_text("subjectAltName=DNS:localhost,IP:127.0.0.1\n")
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost",
            "-keyout", "server.key", "-out", "server.csr")  # fmt: skip
    openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
            "-CAcreateserial", "-days", "2", "-extfile", "san.cnf", "-out", "server.crt")  # fmt: skip
    os.chmod(mapp / "server.key", 0o600)


def starta() -> TillfalligServer:
    binar = _binarmapp()
    konto = None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SYSTEMKONTO)
        except KeyError:
            raise PostgresSaknas(
                f"Testerna körs som root och kontot {SYSTEMKONTO} saknas; PostgreSQL vägrar "
                "köra som root. Installera Debian-paketet postgresql (skript/miljo.sh)."
            ) from None
        konto = SYSTEMKONTO
    # Under /tmp when the server runs as another account: TMPDIR may be in root's home,
    # which that account cannot enter; a short path also keeps the socket's name within
    # the 107 characters a Unix socket allows.
    mapp = Path(tempfile.mkdtemp(prefix="skrivbord-pg-", dir="/tmp" if konto else None))
    server = TillfalligServer(mapp, _ledig_port(), binar, konto)
    try:
        _certifikat(mapp)
        if konto:
            konto_uid = pwd.getpwnam(konto)
            for sokvag in [mapp, *mapp.iterdir()]:
                os.chown(sokvag, konto_uid.pw_uid, konto_uid.pw_gid)
        os.chmod(mapp, 0o755)
        data = mapp / "data"
        server._kor(
            binar / "initdb", "-D", data, "-U", SUPERANVANDARE, "-A", "trust",
            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        (data / "pg_hba.conf").write_text(
            "local all all trust\nhostssl all all 127.0.0.1/32 scram-sha-256\n"
        )
        installningar = [
            f"port = {server.port}",
            "listen_addresses = '127.0.0.1'",
            f"unix_socket_directories = '{mapp}'",
            "fsync = off",
            "synchronous_commit = off",
            "full_page_writes = off",
            "max_connections = 200",
            "ssl = on",
            f"ssl_cert_file = '{mapp / 'server.crt'}'",
            f"ssl_key_file = '{mapp / 'server.key'}'",
            "password_encryption = 'scram-sha-256'",
        ]
        with (data / "postgresql.conf").open("a") as conf:
            conf.write("\n".join(installningar) + "\n")
        server._kor(binar / "pg_ctl", "-D", data, "-l", mapp / "server.log", "-w", "start")
    except (subprocess.CalledProcessError, OSError) as exc:
        logg = ""
        if isinstance(exc, subprocess.CalledProcessError):
            logg = (exc.stderr or "") + (exc.stdout or "")
        if (mapp / "server.log").exists():
            logg += (mapp / "server.log").read_text(errors="replace")
        shutil.rmtree(mapp, ignore_errors=True)
        raise PostgresSaknas(f"PostgreSQL kunde inte startas: {exc}\n{logg}") from exc
    return server
