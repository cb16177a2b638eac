"""egenkontroll: frekvens som iCalendar-regel, omfång, ansvarig roll, nämnden,
dokumentation; tillfällen: period och orsak; kommunens nämnd

Revision ID: 0011
Revises: 0009
Create Date: 2026-12-02

The plan tables are small (tens of rows, a few thousand occurrences a year), so rows
are rewritten in Python; no table that grows with the avvikelser is copied.
``frekvens`` becomes an RRULE with the due date on the last day of the period, the
single ``enhetstyp`` a scope, the free-text role a Roll value, "Socialnämndens
arbetsutskott" the kommun's own committee. Plan items of the default plan that other
records document (weekly reviews, läkemedelstillsyn, logguppföljning) are recognised
by their area's name. Occurrences that were "inställd" become "ej aktuell".
"""

from datetime import date, datetime, timedelta

import sqlalchemy as sa
from alembic import op
from dateutil.rrule import rrulestr

revision = "0011"
down_revision = "0009"
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
    kolumner = {k["name"] for k in sa.inspect(op.get_bind()).get_columns("egenkontroll")}
    if "regel" in kolumner:  # already upgraded
        return
    _nya_kolumner()
    _skriv_om_planen()
    _tillfallenas_perioder()
    op.drop_column("egenkontroll", "frekvens")
    op.drop_column("egenkontroll", "enhetstyp")


def _nya_kolumner() -> None:
    op.execute("ALTER TABLE egenkontroll RENAME COLUMN omfattning TO beskrivning")
    nya = (
        sa.Column("omfang", sa.String(24), nullable=False, server_default="alla"),
        sa.Column("enhetstyper", sa.String(200), nullable=False, server_default=""),
        sa.Column("regel", sa.String(200), nullable=False, server_default=""),
        sa.Column("till_namnden", sa.Boolean(), nullable=False, server_default=sa.text("0")),
        sa.Column("dokumenteras_i", sa.String(40), nullable=False, server_default="resultat"),
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


def downgrade() -> None:
    raise NotImplementedError("Migreringen 0011 går inte att backa; återställ en säkerhetskopia.")
