"""logguppfoljning: protokollets alla fält, journalsystemen som en lista, stegen efter
en avvikelse och signeringen

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02

Journalsystemen blir en lista som MAS håller (tabellen journalsystem, fylld med de
namn som redan finns). Urvalet räknas i användare och journalåtkomster
(antal_kontrollerade heter nu antal_atkomster). Protokollet får metod, resultat,
beskrivning av avvikelsen och signering. Den tidigare fritexten om åtgärder blir ett
steg av slaget "annan" på granskningens datum, och den tidigare iakttagelsen blir
avvikelsens beskrivning där en avvikelse hittades.

Bara ALTER TABLE på logguppfoljning, ingen kopia av tabellen: en kopia tar bort den
gamla tabellen, och med främmande nycklar påslagna tar SQLite då bort (eller nollar)
raderna i tabeller som pekar på den, också sådana som andra moduler kopplar till en
logguppföljning. Därför får signeringen en egen tabell (en ny främmande nyckel i en
befintlig SQLite-tabell kräver en kopia).
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def _enum(namn: str, *varden: str) -> sa.Enum:
    return sa.Enum(*varden, name=namn, native_enum=False, create_constraint=False, length=24)


def upgrade() -> None:
    op.create_table(
        "journalsystem",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("namn", sa.String(length=80), nullable=False),
        sa.Column("aktiv", sa.Boolean(), nullable=False),
        sa.Column("skapad", sa.DateTime(), nullable=False),
        sa.Column("andrad", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journalsystem")),
        sa.UniqueConstraint("namn", name=op.f("uq_journalsystem_namn")),
    )
    op.create_table(
        "logguppfoljning_atgard",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("logguppfoljning_id", sa.Integer(), nullable=False),
        sa.Column(
            "typ",
            _enum(
                "loggatgardstyp",
                "samtal",
                "rapport_pua",
                "lex_maria",
                "personuppgiftsincident",
                "annan",
            ),
            nullable=False,
        ),
        sa.Column("datum", sa.Date(), nullable=False),
        sa.Column("anteckning", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["logguppfoljning_id"],
            ["logguppfoljning.id"],
            name=op.f("fk_logguppfoljning_atgard_logguppfoljning_id_logguppfoljning"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_logguppfoljning_atgard")),
    )
    op.create_index(
        op.f("ix_logguppfoljning_atgard_logguppfoljning_id"),
        "logguppfoljning_atgard",
        ["logguppfoljning_id"],
    )
    op.create_table(
        "logguppfoljning_signering",
        sa.Column("logguppfoljning_id", sa.Integer(), nullable=False),
        sa.Column("signerad_av_id", sa.Integer(), nullable=True),
        sa.Column("datum", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["logguppfoljning_id"],
            ["logguppfoljning.id"],
            name=op.f("fk_logguppfoljning_signering_logguppfoljning_id_logguppfoljning"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["signerad_av_id"],
            ["personal.id"],
            name=op.f("fk_logguppfoljning_signering_signerad_av_id_personal"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("logguppfoljning_id", name=op.f("pk_logguppfoljning_signering")),
    )
    op.create_index(
        op.f("ix_logguppfoljning_signering_signerad_av_id"),
        "logguppfoljning_signering",
        ["signerad_av_id"],
    )
    op.execute("ALTER TABLE logguppfoljning RENAME COLUMN antal_kontrollerade TO antal_atkomster")
    for kolumn in (
        sa.Column("antal_anvandare", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("metod", sa.Text(), nullable=False, server_default=""),
        sa.Column(
            "resultat",
            _enum("loggresultat", "ingen_avvikelse", "avvikelse"),
            nullable=False,
            server_default="ingen_avvikelse",
        ),
        sa.Column("avvikelse_beskrivning", sa.Text(), nullable=False, server_default=""),
    ):
        op.add_column("logguppfoljning", kolumn)
    op.execute("UPDATE logguppfoljning SET system = trim(system) WHERE system <> trim(system)")
    op.execute(
        "INSERT INTO journalsystem (namn, aktiv, skapad, andrad) "
        "SELECT DISTINCT system, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM logguppfoljning "
        "WHERE system <> '' AND system NOT IN (SELECT namn FROM journalsystem)"
    )
    op.execute(
        "UPDATE logguppfoljning SET resultat = 'avvikelse', "
        "avvikelse_beskrivning = iakttagelser, iakttagelser = '' WHERE antal_avvikande > 0"
    )
    op.execute(
        "INSERT INTO logguppfoljning_atgard (logguppfoljning_id, typ, datum, anteckning) "
        "SELECT id, 'annan', datum, trim(atgarder) FROM logguppfoljning "
        "WHERE trim(atgarder) <> ''"
    )
    op.execute("ALTER TABLE logguppfoljning DROP COLUMN atgarder")


def downgrade() -> None:
    op.add_column(
        "logguppfoljning", sa.Column("atgarder", sa.Text(), nullable=False, server_default="")
    )
    for kolumn in ("avvikelse_beskrivning", "resultat", "metod", "antal_anvandare"):
        op.execute(f"ALTER TABLE logguppfoljning DROP COLUMN {kolumn}")
    op.execute("ALTER TABLE logguppfoljning RENAME COLUMN antal_atkomster TO antal_kontrollerade")
    op.drop_table("logguppfoljning_signering")
    op.drop_table("logguppfoljning_atgard")
    op.drop_table("journalsystem")
