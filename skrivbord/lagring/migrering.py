"""Schema migrations (Alembic, shipped inside the package).

An older database is upgraded in one transaction (the service makes an encrypted
backup first, see tjanster/databasfil.py); a database newer than the app is refused.
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError

from skrivbord import fel

if TYPE_CHECKING:
    from skrivbord.lagring.databas import Databas

log = logging.getLogger(__name__)


def konfig() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "skrivbord.lagring:migreringar")
    return cfg


@functools.cache  # reading the scripts costs milliseconds; they do not change while running
def senaste_version() -> str:
    huvuden = ScriptDirectory.from_config(konfig()).get_heads()
    assert len(huvuden) == 1, "migreringarna har mer än ett huvud"
    return huvuden[0]


def aktuell_version(databas: Databas) -> str | None:
    with databas.engine.connect() as anslutning:
        return MigrationContext.configure(anslutning).get_current_revision()


def uppgradera(databas: Databas, till: str = "head") -> None:
    """Run migrations on the open database, all of them in one transaction."""
    cfg = konfig()
    with databas.engine.begin() as anslutning:
        cfg.attributes["connection"] = anslutning
        command.upgrade(cfg, till)


def skapa_schema(databas: Databas) -> None:
    uppgradera(databas)


def behover_uppgradering(databas: Databas) -> bool:
    """True when the database is older than the app; NyareDatabas when it is newer
    (or from a version this app does not know)."""
    aktuell = aktuell_version(databas)
    if aktuell == senaste_version():
        return False
    skript = ScriptDirectory.from_config(konfig())
    try:
        kand = aktuell is not None and skript.get_revision(aktuell) is not None
    except CommandError:
        kand = False
    if not kand:
        raise fel.NyareDatabas(databas.sokvag, aktuell or "okänt")
    return True
