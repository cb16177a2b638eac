"""avvikelse: importnyckel så att samma fil inte importeras två gånger

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("avvikelse", sa.Column("import_nyckel", sa.String(length=64), nullable=True))
    # A unique index (SQLite cannot add a UNIQUE constraint without copying the table).
    op.create_index("uq_avvikelse_import_nyckel", "avvikelse", ["import_nyckel"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_avvikelse_import_nyckel", table_name="avvikelse")
    op.execute("ALTER TABLE avvikelse DROP COLUMN import_nyckel")
