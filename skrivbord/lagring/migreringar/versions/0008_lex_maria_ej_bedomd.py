"""avvikelse.lex_maria: "ej bedömd" is its own state

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02

Until now a new avvikelse started as "ej aktuell", so "not yet assessed" and "assessed,
not relevant" looked the same. An "ej aktuell" without a date was never actively
assessed (the form asked for a date with every other answer): it becomes "ej bedömd".
The column is a plain VARCHAR (no CHECK), so no table copy is needed.
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "UPDATE avvikelse SET lex_maria = 'ej_bedomd' "
        "WHERE lex_maria = 'ej_aktuell' AND lex_maria_datum IS NULL"
    )


def downgrade() -> None:
    op.execute("UPDATE avvikelse SET lex_maria = 'ej_aktuell' WHERE lex_maria = 'ej_bedomd'")
