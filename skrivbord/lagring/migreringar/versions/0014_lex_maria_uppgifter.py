"""avvikelse: anmälans datum, information till patient/närstående, IVO:s beslut,
nämnden informerad

Revision ID: 0014
Revises: 0012
Create Date: 2026-12-02

Plain ADD COLUMNs (no table copy: the table may hold a million rows). An anmälan
already made gets the date of its decision as the date it was sent, the best the
database knows; the MAS can correct it.
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0012"
branch_labels = None
depends_on = None

_DATUM = (
    "lex_maria_anmald_datum",
    "lex_maria_informerad_datum",
    "ivo_beslut_datum",
    "namnd_informerad_datum",
)


def upgrade() -> None:
    for namn in _DATUM:
        op.add_column("avvikelse", sa.Column(namn, sa.Date(), nullable=True))
    op.add_column("avvikelse", sa.Column("lex_maria_informerad", sa.String(24), nullable=True))
    op.add_column("avvikelse", sa.Column("ivo_beslut", sa.String(24), nullable=True))
    op.execute(
        "UPDATE avvikelse SET lex_maria_anmald_datum = lex_maria_datum WHERE lex_maria = 'anmald'"
    )
    op.create_index(
        "ix_avvikelse_lex_maria_anmald",
        "avvikelse",
        ["lex_maria_anmald_datum"],
        sqlite_where=sa.text("lex_maria = 'anmald'"),
    )


def downgrade() -> None:
    op.drop_index("ix_avvikelse_lex_maria_anmald", table_name="avvikelse")
    for namn in (*_DATUM, "lex_maria_informerad", "ivo_beslut"):
        op.execute(f"ALTER TABLE avvikelse DROP COLUMN {namn}")
