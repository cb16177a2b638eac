"""avvikelse.inga_atgarder_motivering: varför inga åtgärder behövs

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02

"Åtgärder beslutade" needs at least one åtgärd or this reason. A plain ADD COLUMN
with a default (no table copy: the table may hold a million rows).
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "avvikelse",
        sa.Column("inga_atgarder_motivering", sa.Text(), nullable=False, server_default=""),
    )


def downgrade() -> None:
    op.execute("ALTER TABLE avvikelse DROP COLUMN inga_atgarder_motivering")
