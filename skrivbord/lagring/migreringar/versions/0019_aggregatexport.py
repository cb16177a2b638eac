"""aggregatexport: loggen över aggregat som exporterats till regionen

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-02

A new, empty table: nothing is copied, so it is instant on a million avvikelser. Created
only if missing, so a demo database that already has it is left as it is.
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if sa.inspect(op.get_bind()).has_table("aggregatexport"):
        return
    op.create_table(
        "aggregatexport",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("skapad", sa.DateTime(), nullable=False),
        sa.Column("period", sa.String(8), nullable=False),
        sa.Column("troskel", sa.SmallInteger(), nullable=False),
        sa.Column("sokvag", sa.String(1000), nullable=False),
        sa.Column("manifest_sha256", sa.String(64), nullable=False),
        sa.Column("antal_celler", sa.Integer(), nullable=False),
        sa.Column("antal_dolda", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_aggregatexport")),
    )


def downgrade() -> None:
    op.drop_table("aggregatexport")
