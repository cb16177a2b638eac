"""delegeringar: flera enheter, utbildning och kunskapstest, MAS informerad, villkor,
vem som återkallade; uppgiftskatalogen; den årliga genomgången per enhet

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02

Only small tables change (delegations grow with the staff, not with the avvikelser):
plain ADD COLUMNs, two new tables and one copy of ``delegering.enhet_id`` into
``delegering_enhet``. The catalogue is read from resurser/data/delegeringsuppgifter.json
(INSERT OR IGNORE by code, so a second run adds nothing). The default plan item
"Tillsyn av delegeringar" is from now on documented by the yearly review; a plan item
the MAS already changed to something else keeps it.
"""

import sqlalchemy as sa
from alembic import op

from skrivbord.resurser import lasa_json

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def _kolumner(tabell: str) -> set[str]:
    rader = op.get_bind().execute(sa.text(f"PRAGMA table_info({tabell})"))
    return {rad[1] for rad in rader}


def _delegering() -> None:
    finns = _kolumner("delegering")
    nya = {
        "aterkallad_av_id": "INTEGER REFERENCES personal (id)",
        "utbildning_datum": "DATE",
        "kunskapstest_datum": "DATE",
        "kunskapstest": "VARCHAR(24)",
        "mas_informerad_datum": "DATE",
        "villkor": "TEXT DEFAULT '' NOT NULL",
    }
    for namn, typ in nya.items():
        if namn not in finns:
            op.execute(f"ALTER TABLE delegering ADD COLUMN {namn} {typ}")


def _tabeller() -> None:
    op.create_table(
        "delegering_enhet",
        sa.Column("delegering_id", sa.Integer(), nullable=False),
        sa.Column("enhet_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delegering_id"],
            ["delegering.id"],
            name="fk_delegering_enhet_delegering_id_delegering",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["enhet_id"], ["enhet.id"], name="fk_delegering_enhet_enhet_id_enhet", ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("delegering_id", "enhet_id", name="pk_delegering_enhet"),
    )
    op.create_index("ix_delegering_enhet_enhet_id", "delegering_enhet", ["enhet_id"])
    op.create_table(
        "delegerbar_uppgift",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kod", sa.String(40), nullable=False),
        sa.Column("namn", sa.String(120), nullable=False),
        sa.Column("aktiv", sa.Boolean(), nullable=False),
        sa.Column("ordning", sa.SmallInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_delegerbar_uppgift"),
        sa.UniqueConstraint("kod", name="uq_delegerbar_uppgift_kod"),
    )
    op.create_table(
        "delegeringsgenomgang",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enhet_id", sa.Integer(), nullable=False),
        sa.Column("datum", sa.Date(), nullable=False),
        sa.Column("granskad_av_id", sa.Integer(), nullable=True),
        sa.Column("resultat", sa.String(24), nullable=False),
        sa.Column("kommentar", sa.Text(), nullable=False),
        sa.Column("skapad", sa.DateTime(), nullable=False),
        sa.Column("andrad", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enhet_id"],
            ["enhet.id"],
            name="fk_delegeringsgenomgang_enhet_id_enhet",
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["granskad_av_id"],
            ["personal.id"],
            name="fk_delegeringsgenomgang_granskad_av_id_personal",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_delegeringsgenomgang"),
    )
    op.create_index("ix_delegeringsgenomgang_enhet_id", "delegeringsgenomgang", ["enhet_id"])
    op.create_index("ix_delegeringsgenomgang_datum", "delegeringsgenomgang", ["datum"])


def upgrade() -> None:
    _delegering()
    _tabeller()
    op.execute(
        "INSERT OR IGNORE INTO delegering_enhet (delegering_id, enhet_id) "
        "SELECT id, enhet_id FROM delegering WHERE enhet_id IS NOT NULL"
    )
    uppgifter = lasa_json("data", "delegeringsuppgifter.json")["uppgifter"]
    for ordning, uppgift in enumerate(uppgifter):
        op.get_bind().execute(
            sa.text(
                "INSERT OR IGNORE INTO delegerbar_uppgift (kod, namn, aktiv, ordning) "
                "VALUES (:kod, :namn, 1, :ordning)"
            ),
            {"kod": uppgift["kod"], "namn": uppgift["namn"], "ordning": ordning},
        )
    op.execute(
        "UPDATE egenkontroll SET dokumenteras_i = 'delegeringsgenomgang' "
        "WHERE omrade = 'Tillsyn av delegeringar' AND dokumenteras_i = 'resultat'"
    )


def downgrade() -> None:
    raise NotImplementedError("Migreringen 0018 går inte att backa; återställ en säkerhetskopia.")
