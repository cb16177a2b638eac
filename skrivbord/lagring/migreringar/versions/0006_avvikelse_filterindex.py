"""avvikelse: ett index per vanligt filter, så att listan bara läser träffarna

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23

Measured at 1,000,948 avvikelser (id list only): category 246 → 41 ms, status
avslutad 298 → 105 ms, between caregivers 206 → 3.5 ms (a partial index of the few
such rows), status registrerad sorted from a temp b-tree → 1.7 ms. Each index is led
by the filter column and then handelse_tid, so the list order comes from it, and it
covers the other filter columns. ix_avvikelse_status_lista replaces ix_avvikelse_status.
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_avvikelse_kategori_lista",
        "avvikelse",
        ["kategori_id", "handelse_tid", "id", "status", "mellan_vardgivare", "lex_maria", "enhet_id"],
    )
    op.create_index(
        "ix_avvikelse_status_lista",
        "avvikelse",
        ["status", "handelse_tid", "id", "kategori_id", "mellan_vardgivare", "lex_maria", "enhet_id"],
    )
    op.drop_index("ix_avvikelse_status", table_name="avvikelse")
    op.execute(
        "CREATE INDEX ix_avvikelse_mellan_lista ON avvikelse "
        "(handelse_tid, id, kategori_id, status, lex_maria, enhet_id) WHERE mellan_vardgivare = 1"
    )


def downgrade() -> None:
    op.drop_index("ix_avvikelse_mellan_lista", table_name="avvikelse")
    op.create_index("ix_avvikelse_status", "avvikelse", ["status"])
    op.drop_index("ix_avvikelse_status_lista", table_name="avvikelse")
    op.drop_index("ix_avvikelse_kategori_lista", table_name="avvikelse")
