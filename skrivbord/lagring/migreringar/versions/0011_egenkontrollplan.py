"""egenkontroll: frekvens som iCalendar-regel, omfång, ansvarig roll, nämnden,
dokumentation; tillfällen: period och orsak; kommunens nämnd; åtgärder från alla källor

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02

The plan tables are small (tens of rows, a few thousand occurrences a year), so rows
are rewritten in Python; no table that grows with the avvikelser is copied.
``frekvens`` becomes an RRULE with the due date on the last day of the period, the
single ``enhetstyp`` a scope, the free-text role a Roll value, "Socialnämndens
arbetsutskott" the kommun's own committee. Plan items of the default plan that other
records document (weekly reviews, läkemedelstillsyn, logguppföljning) are recognised
by their area's name. Occurrences that were "inställd" become "ej aktuell".

``atgard`` gets a foreign key per source (egenkontroll occurrence, tillsyn finding,
logguppföljning) and ``avvikelse_id`` may be NULL, with a CHECK that exactly one is
set: no copy of the table (about half a million rows on the million-avvikelse demo
database), see ``_sqlite_tillat_null_och_en_kalla``.
"""

from datetime import date, datetime, timedelta

import sqlalchemy as sa
from alembic import op
from dateutil.rrule import rrulestr

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_REGLER = {
    "vecka": "FREQ=WEEKLY;BYDAY=SU",
    "manad": "FREQ=MONTHLY;BYMONTHDAY=-1",
    "kvartal": "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1",
    "halvar": "FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1",
    "ar": "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1",
}
_ROLLER = {"mas": "mas", "enhetschef": "enhetschef", "sjuksköterska": "sjukskoterska"}
_DOKUMENT = {
    "Fall – veckogenomgång": "veckogenomgang_fall",
    "Avvikelser – veckogenomgång": "veckogenomgang_lakemedel",
    "Läkemedelstillsyn – narkotika": "tillsyn_narkotika",
    "Läkemedelstillsyn – övriga läkemedel": "tillsyn_ovriga",
    "Läkemedelstillsyn – MAS interna tillsyn": "tillsyn_mas_intern",
    "Logguppföljning – systematisk": "logg_systematisk",
    "Logguppföljning – stickprov": "logg_stickprov",
}
_OMFANG = {
    "veckogenomgang_fall": "veckogenomgangar",
    "veckogenomgang_lakemedel": "veckogenomgangar",
    "tillsyn_narkotika": "lakemedelsforrad",
}
_GAMMAL_NAMND = "Socialnämndens arbetsutskott"


def upgrade() -> None:
    inspektor = sa.inspect(op.get_bind())
    if "regel" not in {k["name"] for k in inspektor.get_columns("egenkontroll")}:
        _nya_kolumner()
        _skriv_om_planen()
        _tillfallenas_perioder()
        op.drop_column("egenkontroll", "frekvens")
        op.drop_column("egenkontroll", "enhetstyp")
    if "egenkontroll_tillfalle_id" not in {k["name"] for k in inspektor.get_columns("atgard")}:
        _atgard_fran_alla_kallor()


def _nya_kolumner() -> None:
    op.execute("ALTER TABLE egenkontroll RENAME COLUMN omfattning TO beskrivning")
    nya = (
        sa.Column("omfang", sa.String(24), nullable=False, server_default="alla"),
        sa.Column("enhetstyper", sa.String(200), nullable=False, server_default=""),
        sa.Column("regel", sa.String(200), nullable=False, server_default=""),
        sa.Column("till_namnden", sa.Boolean(), nullable=False, server_default=sa.text("0")),
        sa.Column("dokumenteras_i", sa.String(40), nullable=False, server_default="resultat"),
        sa.Column("galler_fran", sa.Date(), nullable=True),
    )
    for kolumn in nya:
        op.add_column("egenkontroll", kolumn)
    op.add_column("egenkontroll_tillfalle", sa.Column("period_fran", sa.Date(), nullable=True))
    op.add_column(
        "egenkontroll_tillfalle",
        sa.Column("orsak", sa.Text(), nullable=False, server_default=""),
    )
    op.create_index(
        "ix_egenkontroll_tillfalle_enhet",
        "egenkontroll_tillfalle",
        ["enhet_id", "planerat_datum"],
    )
    op.add_column(
        "kommuninstallningar",
        sa.Column("namnd", sa.String(120), nullable=False, server_default="Socialnämnden"),
    )
    op.create_table(
        "egenkontroll_enhet",
        sa.Column("egenkontroll_id", sa.Integer(), nullable=False),
        sa.Column("enhet_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["egenkontroll_id"],
            ["egenkontroll.id"],
            name=op.f("fk_egenkontroll_enhet_egenkontroll_id_egenkontroll"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["enhet_id"],
            ["enhet.id"],
            name=op.f("fk_egenkontroll_enhet_enhet_id_enhet"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("egenkontroll_id", "enhet_id", name=op.f("pk_egenkontroll_enhet")),
    )


def _skriv_om_planen() -> None:
    bind = op.get_bind()
    plan = bind.execute(
        sa.text(
            "SELECT id, omrade, frekvens, enhetstyp, ansvarig, rapporteras_till FROM egenkontroll"
        )
    ).all()
    for ek_id, omrade, frekvens, enhetstyp, ansvarig, till in plan:
        dokument = _DOKUMENT.get(omrade, "resultat")
        roll = _ROLLER.get((ansvarig or "").strip().lower(), "sjukskoterska")
        if enhetstyp:
            omfang = "enhetstyper"
        elif dokument in _OMFANG:
            omfang = _OMFANG[dokument]
        else:
            # The MAS's summaries were one occurrence for the whole kommun.
            omfang = "kommunen" if roll == "mas" else "alla"
        namnd = (till or "").strip() == _GAMMAL_NAMND
        bind.execute(
            sa.text(
                "UPDATE egenkontroll SET regel = :regel, omfang = :omfang, "
                "enhetstyper = :typer, ansvarig = :roll, dokumenteras_i = :dokument, "
                "till_namnden = :namnd, rapporteras_till = :till WHERE id = :id"
            ),
            {
                "regel": _REGLER.get(frekvens, _REGLER["ar"]),
                "omfang": omfang,
                "typer": enhetstyp or "",
                "roll": roll,
                "dokument": dokument,
                "namnd": namnd,
                "till": "" if namnd else (till or ""),
                "id": ek_id,
            },
        )
    bind.execute(
        sa.text("UPDATE egenkontroll_tillfalle SET status = 'ej_aktuell' WHERE status = 'installd'")
    )


def _tillfallenas_perioder() -> None:
    """Each occurrence covers the days since its rule's previous date."""
    bind = op.get_bind()
    regler = dict(bind.execute(sa.text("SELECT id, regel FROM egenkontroll")).all())
    rader = bind.execute(
        sa.text("SELECT id, egenkontroll_id, planerat_datum FROM egenkontroll_tillfalle")
    ).all()
    ankare = datetime(2000, 1, 3)
    tolkade = {ek_id: rrulestr(regel, dtstart=ankare) for ek_id, regel in regler.items()}
    uppdateringar = []
    for t_id, ek_id, planerat in rader:
        dag = planerat if isinstance(planerat, date) else date.fromisoformat(str(planerat))
        fore = tolkade[ek_id].before(datetime.combine(dag, datetime.min.time()))
        fran = fore.date() + timedelta(days=1) if fore else date(dag.year, 1, 1)
        uppdateringar.append({"fran": min(fran, dag).isoformat(), "id": t_id})
    if uppdateringar:
        bind.execute(
            sa.text("UPDATE egenkontroll_tillfalle SET period_fran = :fran WHERE id = :id"),
            uppdateringar,
        )


_KALLOR = (
    ("avvikelse_id", "avvikelse"),
    ("egenkontroll_tillfalle_id", "egenkontroll_tillfalle"),
    ("lakemedelstillsyn_fynd_id", "lakemedelstillsyn_fynd"),
    ("logguppfoljning_id", "logguppfoljning"),
)
_EN_KALLA = " + ".join(f"(CASE WHEN {k} IS NULL THEN 0 ELSE 1 END)" for k, _ in _KALLOR) + " = 1"


def _atgard_fran_alla_kallor() -> None:
    """One åtgärd table for every source, without copying the table."""
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for kolumn, _ in _KALLOR[1:]:
            op.execute(f"ALTER TABLE atgard ADD COLUMN {kolumn} INTEGER")
        _sqlite_tillat_null_och_en_kalla(bind)
    else:
        op.alter_column("atgard", "avvikelse_id", nullable=True)
        for kolumn, tabell in _KALLOR[1:]:
            op.add_column("atgard", sa.Column(kolumn, sa.Integer(), nullable=True))
            op.create_foreign_key(
                f"fk_atgard_{kolumn}_{tabell}", "atgard", tabell, [kolumn], ["id"], ondelete="CASCADE"
            )
        op.create_check_constraint("ck_atgard_en_kalla", "atgard", sa.text(_EN_KALLA))
    op.drop_index("ix_atgard_status_deadline", table_name="atgard")
    op.create_index("ix_atgard_status_deadline", "atgard", ["status", "deadline", "avvikelse_id"])
    for kolumn, _ in _KALLOR[1:]:
        op.create_index(
            f"ix_atgard_{kolumn}", "atgard", [kolumn], sqlite_where=sa.text(f"{kolumn} IS NOT NULL")
        )


def _sqlite_tillat_null_och_en_kalla(bind: sa.Connection) -> None:
    """SQLite cannot drop a NOT NULL or add a table CHECK in place, and copying the table
    costs seconds per half million rows. Both change only the table's text, not a byte of
    its rows, so the text is edited as SQLite documents for such changes ("Making Other
    Kinds Of Table Schema Changes", https://www.sqlite.org/lang_altertable.html): with
    writable_schema, then a new schema_version so every connection reads it again. Every
    existing row has its avvikelse and nothing else, so the CHECK and the new foreign
    keys hold for all of them."""
    sql = bind.execute(
        sa.text("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'atgard'")
    ).scalar_one()
    gammal = "avvikelse_id INTEGER NOT NULL"
    if gammal not in sql:
        raise RuntimeError("Tabellen atgard har inte den väntade formen; migreringen avbryts.")
    slut = sql.rstrip().rindex(")")
    # The new columns' foreign keys too, as table constraints like the others (they are
    # NULL in every row, so none can be broken).
    tillagg = [
        f"CONSTRAINT fk_atgard_{kolumn}_{tabell} FOREIGN KEY({kolumn}) "
        f"REFERENCES {tabell} (id) ON DELETE CASCADE"
        for kolumn, tabell in _KALLOR[1:]
    ] + [f"CONSTRAINT ck_atgard_en_kalla CHECK ({_EN_KALLA})"]
    ny = (
        sql[:slut].rstrip().replace(gammal, "avvikelse_id INTEGER")
        + "".join(f", \n\t{t}" for t in tillagg)
        + "\n)"
    )
    version = bind.execute(sa.text("PRAGMA schema_version")).scalar_one()
    bind.execute(sa.text("PRAGMA writable_schema = ON"))
    try:
        bind.execute(
            sa.text("UPDATE sqlite_schema SET sql = :sql WHERE type = 'table' AND name = 'atgard'"),
            {"sql": ny},
        )
        bind.execute(sa.text(f"PRAGMA schema_version = {int(version) + 1}"))
    finally:
        bind.execute(sa.text("PRAGMA writable_schema = OFF"))


def downgrade() -> None:
    raise NotImplementedError("Migreringen 0011 går inte att backa; återställ en säkerhetskopia.")
