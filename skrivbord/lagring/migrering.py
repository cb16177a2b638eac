"""Schema migrations (Alembic, shipped inside the package).

An older database is upgraded in one transaction (the service makes an encrypted
backup first, see tjanster/databasfil.py); a database newer than the app is refused.
"""

from __future__ import annotations

import functools
import logging
import re
from importlib.resources import files
from typing import TYPE_CHECKING

from skrivbord import fel

if TYPE_CHECKING:
    from alembic.config import Config

    from skrivbord.lagring.databas import Databas

log = logging.getLogger(__name__)

# Alembic (and the 0.1 s it takes to import) is loaded only to create or upgrade a
# schema; opening an up-to-date database compares two strings.
_REVISION = re.compile(r"^revision\s*=\s*[\"']([^\"']+)[\"']", re.M)
_FORE = re.compile(r"^down_revision\s*=\s*[\"']([^\"']+)[\"']", re.M)


def konfig() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "skrivbord.lagring:migreringar")
    return cfg


@functools.cache  # the scripts do not change while the app runs
def senaste_version() -> str:
    """The head revision, read from the scripts' ``revision``/``down_revision`` lines
    (tests/lagring/test_migrering.py checks it agrees with Alembic's own answer)."""
    revisioner: set[str] = set()
    foregaende: set[str] = set()
    for skript in files("skrivbord.lagring.migreringar").joinpath("versions").iterdir():
        if not skript.name.endswith(".py"):
            continue
        text = skript.read_text(encoding="utf-8")
        revisioner.update(_REVISION.findall(text))
        foregaende.update(_FORE.findall(text))
    huvuden = revisioner - foregaende
    assert len(huvuden) == 1, f"migreringarna ska ha ett huvud, inte {sorted(huvuden)}"
    return huvuden.pop()


def aktuell_version(databas: Databas) -> str | None:
    fraga = (
        "SELECT to_regclass('alembic_version')"
        if databas.ar_server
        else "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    )
    with databas.ra_anslutning() as anslutning:
        finns = anslutning.execute(fraga).fetchone()
        finns = finns and finns[0]
        if not finns:
            return None
        rad = anslutning.execute("SELECT version_num FROM alembic_version").fetchone()
    return rad[0] if rad else None


def uppgradera(databas: Databas, till: str = "head") -> None:
    """Run migrations on the open database, all of them in one transaction."""
    from alembic import command

    cfg = konfig()
    with databas.engine.begin() as anslutning:
        cfg.attributes["connection"] = anslutning
        command.upgrade(cfg, till)


def skapa_schema(databas: Databas) -> None:
    """The whole schema on a new database: every migration on a file, the models at
    their base version and the migrations after it on a server (server/schema.py)."""
    if databas.ar_server:
        from skrivbord.lagring.server import schema

        with databas.engine.begin() as anslutning:
            schema.skapa(anslutning, senaste_version())
    uppgradera(databas)


def behover_uppgradering(databas: Databas) -> bool:
    """True when the database is older than the app; NyareDatabas when it is newer
    (or from a version this app does not know)."""
    aktuell = aktuell_version(databas)
    if aktuell == senaste_version():
        return False
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    skript = ScriptDirectory.from_config(konfig())
    try:
        kand = aktuell is not None and skript.get_revision(aktuell) is not None
    except CommandError:
        kand = False
    if not kand:
        raise fel.NyareDatabas(databas.sokvag, aktuell or "okänt")
    return True
