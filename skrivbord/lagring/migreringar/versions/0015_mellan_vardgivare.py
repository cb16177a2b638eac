"""avvikelse mellan vårdgivare: riktning, motpartens svarsdatum, oenighet

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02

Plain ADD COLUMNs (no table copy: the table may hold a million rows). Existing
avvikelser between caregivers keep no direction (shown as "Ej angivet" until the MAS
sets it): the database cannot know which way they went.
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("avvikelse", sa.Column("riktning", sa.String(24), nullable=True))
    op.add_column("avvikelse", sa.Column("motpart_svar_datum", sa.Date(), nullable=True))
    op.add_column("avvikelse", sa.Column("oenighet", sa.String(24), nullable=True))


def downgrade() -> None:
    for namn in ("riktning", "motpart_svar_datum", "oenighet"):
        op.execute(f"ALTER TABLE avvikelse DROP COLUMN {namn}")
