"""version: optimistisk låsning av rader som användare ändrar i formulär

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-02

A ``version`` column (NOT NULL DEFAULT 1) on the tables whose rows users edit in place,
for SQLAlchemy's ``version_id_col`` (modeller/bas.py, ``Versionerad``). On both
backends a column with a constant default is added without copying the table: SQLite
only rewrites the table's CREATE statement, PostgreSQL 11+ keeps the default in the
catalogue; a million avvikelser cost nothing. No batch operation on purpose: that
would copy the table on SQLite.

A new server database is built from the models and stamped at the head
(lagring/server/schema.py); this upgrades one made at 0019. Only a missing column is
added, so a rerun after a half-done manual fix does no harm.
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

TABELLER = (
    "avvikelse",
    "atgard",
    "egenkontroll_tillfalle",
    "delegering",
    "delegeringsgenomgang",
    "logguppfoljning",
)


def _har_version(tabell: str) -> bool:
    kolumner = sa.inspect(op.get_bind()).get_columns(tabell)
    return any(k["name"] == "version" for k in kolumner)


def upgrade() -> None:
    for tabell in TABELLER:
        if not _har_version(tabell):
            op.add_column(
                tabell,
                sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")),
            )


def downgrade() -> None:
    for tabell in TABELLER:
        with op.batch_alter_table(tabell) as batch:
            batch.drop_column("version")
