"""läkemedelstillsyn: checklistans punkter, narkotikaräkningen, deltagare och fyndets fråga

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02

Two new tables and two plain ADD COLUMNs (no table copy). The checklist items are not
written here: the service loads the shipped checklist the first time it is used
(tjanster/lakemedelstillsyn/checklista.py), so a demo database made by an older version
gets the same items as a new one, and the answers it already holds (by item code) keep
their questions.
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tillsynspunkt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("typ", sa.String(length=24), nullable=False),
        sa.Column("kod", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("ordning", sa.Integer(), nullable=False),
        sa.Column("aktiv", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tillsynspunkt")),
        sa.UniqueConstraint("typ", "kod", name=op.f("uq_tillsynspunkt_typ")),
    )
    op.create_table(
        "narkotikarakning",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tillsyn_id", sa.Integer(), nullable=False),
        sa.Column("preparat", sa.String(length=120), nullable=False),
        sa.Column("styrka", sa.String(length=40), nullable=False),
        sa.Column("form", sa.String(length=40), nullable=False),
        sa.Column("journal_saldo", sa.Double(), nullable=False),
        sa.Column("raknat_saldo", sa.Double(), nullable=False),
        sa.Column("kommentar", sa.Text(), nullable=False),
        sa.Column("avvikelse_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["avvikelse_id"],
            ["avvikelse.id"],
            name=op.f("fk_narkotikarakning_avvikelse_id_avvikelse"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["tillsyn_id"],
            ["lakemedelstillsyn.id"],
            name=op.f("fk_narkotikarakning_tillsyn_id_lakemedelstillsyn"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_narkotikarakning")),
    )
    op.create_index(op.f("ix_narkotikarakning_avvikelse_id"), "narkotikarakning", ["avvikelse_id"])
    op.create_index(op.f("ix_narkotikarakning_tillsyn_id"), "narkotikarakning", ["tillsyn_id"])
    op.add_column(
        "lakemedelstillsyn",
        sa.Column("deltagare", sa.Text(), server_default="", nullable=False),
    )
    op.add_column("lakemedelstillsyn_fynd", sa.Column("fraga", sa.String(length=40)))


def downgrade() -> None:
    op.execute("ALTER TABLE lakemedelstillsyn_fynd DROP COLUMN fraga")
    op.execute("ALTER TABLE lakemedelstillsyn DROP COLUMN deltagare")
    op.drop_table("narkotikarakning")
    op.drop_table("tillsynspunkt")
