"""enheter: läkemedelsförråd, veckogenomgångar, startdatum och delegeringsbehov;
avvikelse: okänd tid på dygnet; databasens skapelsedatum

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

The defaults of the unit attributes follow the unit type, as a new unit's do
(tjanster/enheter.py): a läkemedelsförråd in särskilt boende, korttid and LSS;
weekly reviews of falls and medication avvikelser in särskilt boende, korttid,
hemtjänst and hemsjukvård. The database's creation date is the earliest time it
holds (the kommun's settings row is written when the file is created).
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table copy): avvikelse may hold a million rows.
    op.add_column(
        "enhet",
        sa.Column("har_lakemedelsforrad", sa.Boolean(), nullable=False, server_default=sa.text("0")),
    )
    op.add_column(
        "enhet",
        sa.Column("gor_veckogenomgangar", sa.Boolean(), nullable=False, server_default=sa.text("0")),
    )
    op.add_column("enhet", sa.Column("startdatum", sa.Date(), nullable=True))
    op.add_column(
        "avvikelse",
        sa.Column("tid_okand", sa.Boolean(), nullable=False, server_default=sa.text("0")),
    )
    op.create_table(
        "enhet_delegeringsbehov",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enhet_id", sa.Integer(), nullable=False),
        sa.Column("uppgift", sa.String(length=40), nullable=False),
        sa.Column("minsta_antal", sa.SmallInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enhet_id"],
            ["enhet.id"],
            name=op.f("fk_enhet_delegeringsbehov_enhet_id_enhet"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enhet_delegeringsbehov")),
        sa.UniqueConstraint(
            "enhet_id", "uppgift", name=op.f("uq_enhet_delegeringsbehov_enhet_id")
        ),
    )
    op.execute(
        "UPDATE enhet SET har_lakemedelsforrad = typ IN ('sabo', 'korttid', 'lss'), "
        "gor_veckogenomgangar = typ IN ('sabo', 'korttid', 'hemtjanst', 'hemsjukvard')"
    )
    op.execute(
        "INSERT OR IGNORE INTO databasinfo (nyckel, varde) "
        "SELECT 'skapad', coalesce(date(min(skapad)), date('now')) FROM kommuninstallningar"
    )


def downgrade() -> None:
    op.execute("DELETE FROM databasinfo WHERE nyckel = 'skapad'")
    op.drop_table("enhet_delegeringsbehov")
    with op.batch_alter_table("avvikelse") as batch:
        batch.drop_column("tid_okand")
    with op.batch_alter_table("enhet") as batch:
        batch.drop_column("startdatum")
        batch.drop_column("gor_veckogenomgangar")
        batch.drop_column("har_lakemedelsforrad")
