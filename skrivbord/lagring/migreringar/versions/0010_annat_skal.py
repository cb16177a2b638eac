"""annat_skal: MAS:s klassning av kategorin Annat; avvikelse.annat_skal_id

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02

The sammanställning is a public document, so it counts what the MAS classed an
"Annat" explanation as, never the explanation itself (issue "Avvikelser, read by a
MAS"). An existing database gets the default list (resurser/data/annat_skal.json); a
new one gets it with the other default data after the migrations. The column is a
plain ADD COLUMN (no table copy: the table may hold a million rows); every avvikelse
starts unclassed.
"""

import sqlalchemy as sa
from alembic import op

from skrivbord.resurser import lasa_json

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    skal = op.create_table(
        "annat_skal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kod", sa.String(length=40), nullable=False),
        sa.Column("namn", sa.String(length=120), nullable=False),
        sa.Column("ordning", sa.Integer(), nullable=False),
        sa.Column("aktiv", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_annat_skal")),
        sa.UniqueConstraint("kod", name=op.f("uq_annat_skal_kod")),
    )
    op.execute(
        "ALTER TABLE avvikelse ADD COLUMN annat_skal_id INTEGER REFERENCES annat_skal (id)"
    )
    op.create_index(
        "ix_avvikelse_annat_oklassad",
        "avvikelse",
        ["kategori_id", "annat_orsak"],
        sqlite_where=sa.text("annat_skal_id IS NULL AND annat_orsak <> ''"),
    )
    # An existing database (it has categories already): the default list now.
    befintlig = op.get_bind().execute(sa.text("SELECT count(*) FROM avvikelse_kategori")).scalar()
    if befintlig:
        op.bulk_insert(
            skal,
            [
                {"kod": s["kod"], "namn": s["namn"], "ordning": i, "aktiv": True}
                for i, s in enumerate(lasa_json("data", "annat_skal.json")["skal"])
            ],
        )


def downgrade() -> None:
    op.drop_index("ix_avvikelse_annat_oklassad", table_name="avvikelse")
    op.execute("ALTER TABLE avvikelse DROP COLUMN annat_skal_id")
    op.drop_table("annat_skal")
