"""avvikelse: kategorifält, vårdgivare, lex Maria-motivering, analys och statushistorik

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Added with ALTER TABLE ADD COLUMN (no table copy: the table may hold a million rows).
TEXTKOLUMNER = [
    "annat_orsak",
    "overenskommelse_text",
    "motpart_svar",
    "lex_maria_motivering",
    "analys_text",
]
KORTA_KOLUMNER = {
    "fall_plats": 30,
    "fall_aktivitet": 30,
    "fall_skada": 24,
    "lakemedel_feltyp": 24,
    "lakemedel_upptackt_av": 24,
    "motpart": 24,
    "motpart_enhet": 120,
    "overenskommelse": 24,
}


def upgrade() -> None:
    for namn in TEXTKOLUMNER:
        op.add_column("avvikelse", sa.Column(namn, sa.Text(), nullable=False, server_default=""))
    for namn, langd in KORTA_KOLUMNER.items():
        op.add_column("avvikelse", sa.Column(namn, sa.String(length=langd), nullable=True))
    op.add_column("avvikelse", sa.Column("motpart_underrattad_datum", sa.Date(), nullable=True))
    op.add_column("avvikelse", sa.Column("handelseanalys", sa.Boolean(), nullable=True))

    op.create_table(
        "avvikelse_orsak",
        sa.Column("avvikelse_id", sa.Integer(), nullable=False),
        sa.Column("orsak", sa.String(length=24), nullable=False),
        sa.ForeignKeyConstraint(
            ["avvikelse_id"],
            ["avvikelse.id"],
            name=op.f("fk_avvikelse_orsak_avvikelse_id_avvikelse"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("avvikelse_id", "orsak", name=op.f("pk_avvikelse_orsak")),
    )
    op.create_table(
        "avvikelse_statusandring",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("avvikelse_id", sa.Integer(), nullable=False),
        sa.Column("fran", sa.String(length=24), nullable=True),
        sa.Column("till", sa.String(length=24), nullable=False),
        sa.Column("tid", sa.DateTime(), nullable=False),
        sa.Column("anvandare", sa.String(length=80), nullable=False),
        sa.Column("orsak", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["avvikelse_id"],
            ["avvikelse.id"],
            name=op.f("fk_avvikelse_statusandring_avvikelse_id_avvikelse"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_avvikelse_statusandring")),
    )
    op.create_index(
        op.f("ix_avvikelse_statusandring_avvikelse_id"),
        "avvikelse_statusandring",
        ["avvikelse_id"],
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_avvikelse_statusandring_avvikelse_id"), table_name="avvikelse_statusandring"
    )
    op.drop_table("avvikelse_statusandring")
    op.drop_table("avvikelse_orsak")
    for namn in ["handelseanalys", "motpart_underrattad_datum", *KORTA_KOLUMNER, *TEXTKOLUMNER]:
        op.execute(f"ALTER TABLE avvikelse DROP COLUMN {namn}")
