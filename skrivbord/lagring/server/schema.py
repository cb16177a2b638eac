"""Skrivbord's schema on an empty PostgreSQL database.

The migrations 0001–0019 are the encrypted file's history, written for SQLite (table
copies, FTS5, ``writable_schema``); no server database predates them. So a server is
built from the models as they stand, with PostgreSQL's own counterparts for what
SQLite does its own way, and Alembic is stamped at the head. Every migration after
BASVERSION upgrades the servers made by earlier releases, so it runs on both
(docs/flera-anvandare.md, "Migreringar").

- Free-text search: a stored ``tsvector`` column with the Swedish text-search
  configuration (stemming, so "fallit" finds "fall") and a GIN index, instead of FTS5.
- The year and quarter of an event: stored generated columns (modeller/dialekt.py).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, insert, text

from skrivbord.modeller import Bas
from skrivbord.modeller.databasinfo import APPLIKATION, SKAPAD, Databasinfo
from skrivbord.modeller.delegering import DelegerbarUppgift
from skrivbord.resurser import lasa_json

# No server database is older than this: the first release with the server. Later
# migrations upgrade the servers made by earlier releases, on both dialects.
BASVERSION = "0019"

SOKKOLUMN = "sok"
SOKKONFIGURATION = "swedish"
_SOK = (
    f"ALTER TABLE avvikelse ADD COLUMN {SOKKOLUMN} tsvector GENERATED ALWAYS AS ("
    f"to_tsvector('{SOKKONFIGURATION}', coalesce(beskrivning, '') || ' ' || "
    "coalesce(omedelbar_atgard, ''))) STORED",
    f"CREATE INDEX ix_avvikelse_sok ON avvikelse USING gin ({SOKKOLUMN})",
)


def har_schema(anslutning: Connection) -> bool:
    return bool(anslutning.execute(text("SELECT to_regclass('databasinfo')")).scalar())


def skapa(anslutning: Connection, version: str) -> None:
    """Create every table, index and the search column, and stamp Alembic at
    ``version``, the head (migrering.senaste_version): the models are the head's
    (Alembic's "building an up to date database from scratch"). In the caller's
    transaction, so a failure leaves nothing."""
    Bas.metadata.create_all(anslutning)
    for sats in _SOK:
        anslutning.execute(text(sats))
    # What the migrations put into a new file besides the tables (0007, 0018).
    anslutning.execute(
        insert(Databasinfo),
        [
            {"nyckel": "applikation", "varde": APPLIKATION},
            {"nyckel": SKAPAD, "varde": date.today().isoformat()},
        ],
    )
    uppgifter = lasa_json("data", "delegeringsuppgifter.json")["uppgifter"]
    anslutning.execute(
        insert(DelegerbarUppgift),
        [
            {"kod": u["kod"], "namn": u["namn"], "aktiv": True, "ordning": i}
            for i, u in enumerate(uppgifter)
        ],
    )
    anslutning.execute(
        text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    )
    anslutning.execute(
        text("INSERT INTO alembic_version (version_num) VALUES (:v)"),
        {"v": version},
    )
