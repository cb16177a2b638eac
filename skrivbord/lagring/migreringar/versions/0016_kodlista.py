"""kodlista: nationella koder på kategorier och egenkontrollområden; överenskommelser
mellan vårdgivare blir en lista som MAS för

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02

DESIGN "Local terms, national codes": every list the MAS edits carries a code from the
versioned code list (resurser/data/kodlista.json), which the export to the region uses.
Existing categories and plan items get the code their default entry has, anything the
MAS added gets "annat" until she maps it. The agreements between caregivers were a
fixed list; ``avvikelse.overenskommelse`` already holds their codes, so it stays as it
is and the new table gives each code its name and national code. Plain ADD COLUMNs and
small tables: nothing touches the (possibly million-row) avvikelse table.
"""

import sqlalchemy as sa
from alembic import op

from skrivbord.resurser import lasa_json

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column(
        "avvikelse_kategori",
        sa.Column("nationell_kod", sa.String(40), nullable=False, server_default="annat"),
    )
    nationella = [k["kod"] for k in lasa_json("data", "kodlista.json")["listor"]["kategori"]]
    bind.execute(
        sa.text("UPDATE avvikelse_kategori SET nationell_kod = kod WHERE kod IN :koder").bindparams(
            sa.bindparam("koder", expanding=True)
        ),
        {"koder": nationella},
    )

    op.add_column(
        "egenkontroll",
        sa.Column("omradeskod", sa.String(40), nullable=False, server_default="annat"),
    )
    for post in lasa_json("data", "egenkontrollplan.json")["poster"]:
        bind.execute(
            sa.text("UPDATE egenkontroll SET omradeskod = :kod WHERE omrade = :omrade"),
            {"kod": post["omradeskod"], "omrade": post["omrade"]},
        )

    tabell = op.create_table(
        "overenskommelse",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kod", sa.String(length=40), nullable=False),
        sa.Column("namn", sa.String(length=120), nullable=False),
        sa.Column("ordning", sa.Integer(), nullable=False),
        sa.Column("aktiv", sa.Boolean(), nullable=False),
        sa.Column("nationell_kod", sa.String(40), nullable=False, server_default="annat"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_overenskommelse")),
        sa.UniqueConstraint("kod", name=op.f("uq_overenskommelse_kod")),
    )
    # An existing database (it has categories already) gets the default list now; a new
    # one gets it with the other default data after the migrations.
    if bind.execute(sa.text("SELECT count(*) FROM avvikelse_kategori")).scalar():
        op.bulk_insert(
            tabell,
            [
                {
                    "kod": o["kod"],
                    "namn": o["namn"],
                    "ordning": i,
                    "aktiv": True,
                    "nationell_kod": o["nationell_kod"],
                }
                for i, o in enumerate(
                    lasa_json("data", "overenskommelser.json")["overenskommelser"]
                )
            ],
        )


def downgrade() -> None:
    op.drop_table("overenskommelse")
    op.execute("ALTER TABLE egenkontroll DROP COLUMN omradeskod")
    op.execute("ALTER TABLE avvikelse_kategori DROP COLUMN nationell_kod")
