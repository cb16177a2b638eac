"""Schema migrations (Alembic, shipped inside the package).

Opening a database older than the app makes an encrypted backup and upgrades it
in one transaction; a database newer than the app is refused.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from pathlib import Path
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


def sakerstall_schema(
    databas: Databas, sakerhetskopiera: Callable[[Databas], Path] | None = None
) -> Path | None:
    """Upgrade an older database (backup first). Returns the backup's path, if any."""
    aktuell = aktuell_version(databas)
    senaste = senaste_version()
    if aktuell == senaste:
        return None
    skript = ScriptDirectory.from_config(konfig())
    try:
        kand = aktuell is not None and skript.get_revision(aktuell) is not None
    except CommandError:
        kand = False
    if not kand:
        raise fel.NyareDatabas(databas.sokvag, aktuell or "okänt")
    if sakerhetskopiera is None:
        from skrivbord.lagring import sakerhetskopia

        sakerhetskopiera = sakerhetskopia.skapa
    kopia = sakerhetskopiera(databas)
    log.info("uppgraderar schema %s → %s (kopia gjord)", aktuell, senaste)
    uppgradera(databas)
    return kopia
