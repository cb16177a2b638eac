"""avvikelse: år/kvartal, aggregatindex och fritextsökning (FTS5)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

AR = "CAST(substr(handelse_tid, 1, 4) AS INTEGER)"
KVARTAL = "(CAST(substr(handelse_tid, 6, 2) AS INTEGER) + 2) / 3"


def upgrade() -> None:
    # Virtual generated columns can be added without copying the table.
    op.execute(f"ALTER TABLE avvikelse ADD COLUMN ar INTEGER GENERATED ALWAYS AS ({AR}) VIRTUAL")
    op.execute(
        f"ALTER TABLE avvikelse ADD COLUMN kvartal INTEGER GENERATED ALWAYS AS ({KVARTAL}) VIRTUAL"
    )
    op.create_index(
        "ix_avvikelse_aggregat",
        "avvikelse",
        ["ar", "kvartal", "kategori_id", "enhet_id", "konsekvens"],
    )
    # Free-text search over the descriptions, inside the encrypted file.
    op.execute(
        "CREATE VIRTUAL TABLE avvikelse_fts USING fts5("
        "beskrivning, omedelbar_atgard, content='avvikelse', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 0')"
    )
    op.execute(
        "CREATE TRIGGER avvikelse_fts_ny AFTER INSERT ON avvikelse BEGIN "
        "INSERT INTO avvikelse_fts(rowid, beskrivning, omedelbar_atgard) "
        "VALUES (new.id, new.beskrivning, new.omedelbar_atgard); END"
    )
    op.execute(
        "CREATE TRIGGER avvikelse_fts_bort AFTER DELETE ON avvikelse BEGIN "
        "INSERT INTO avvikelse_fts(avvikelse_fts, rowid, beskrivning, omedelbar_atgard) "
        "VALUES ('delete', old.id, old.beskrivning, old.omedelbar_atgard); END"
    )
    op.execute(
        "CREATE TRIGGER avvikelse_fts_andrad AFTER UPDATE OF beskrivning, omedelbar_atgard "
        "ON avvikelse BEGIN "
        "INSERT INTO avvikelse_fts(avvikelse_fts, rowid, beskrivning, omedelbar_atgard) "
        "VALUES ('delete', old.id, old.beskrivning, old.omedelbar_atgard); "
        "INSERT INTO avvikelse_fts(rowid, beskrivning, omedelbar_atgard) "
        "VALUES (new.id, new.beskrivning, new.omedelbar_atgard); END"
    )
    op.execute("INSERT INTO avvikelse_fts(avvikelse_fts) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in ("avvikelse_fts_andrad", "avvikelse_fts_bort", "avvikelse_fts_ny"):
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE avvikelse_fts")
    op.drop_index("ix_avvikelse_aggregat", table_name="avvikelse")
    op.execute("ALTER TABLE avvikelse DROP COLUMN kvartal")
    op.execute("ALTER TABLE avvikelse DROP COLUMN ar")
