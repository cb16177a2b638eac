"""Åtgärder: one table for every source of findings (DESIGN §6). An åtgärd belongs to
exactly one source: an avvikelse, an egenkontroll result, a läkemedelstillsyn finding or
a logguppföljning; the CHECK constraint holds the file to that.

The sources hold the relationship (``Avvikelse.atgarder``,
``EgenkontrollTillfalle.atgarder``), so this module imports none of them. The avvikelse
keeps its foreign key in the status index, so the avvikelse
sammanställning counts its own åtgärder past deadline from the index alone.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column

from skrivbord.modeller.bas import Bas, Tidsstamplad, Versionerad, kolumntyp
from skrivbord.modeller.dialekt import delvis
from skrivbord.typer import Atgardsstatus

KALLOR = (
    "avvikelse_id",
    "egenkontroll_tillfalle_id",
    "lakemedelstillsyn_fynd_id",
    "logguppfoljning_id",
)
EN_KALLA = " + ".join(f"(CASE WHEN {k} IS NULL THEN 0 ELSE 1 END)" for k in KALLOR) + " = 1"


class Atgard(Versionerad, Tidsstamplad, Bas):
    __tablename__ = "atgard"
    __table_args__ = (
        Index("ix_atgard_status_deadline", "status", "deadline", "avvikelse_id"),
        Index(
            "ix_atgard_egenkontroll_tillfalle_id",
            "egenkontroll_tillfalle_id",
            **delvis("egenkontroll_tillfalle_id IS NOT NULL"),
        ),
        Index(
            "ix_atgard_lakemedelstillsyn_fynd_id",
            "lakemedelstillsyn_fynd_id",
            **delvis("lakemedelstillsyn_fynd_id IS NOT NULL"),
        ),
        Index(
            "ix_atgard_logguppfoljning_id",
            "logguppfoljning_id",
            **delvis("logguppfoljning_id IS NOT NULL"),
        ),
        CheckConstraint(EN_KALLA, name="en_kalla"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    avvikelse_id: Mapped[int | None] = mapped_column(
        ForeignKey("avvikelse.id", ondelete="CASCADE"), index=True
    )
    egenkontroll_tillfalle_id: Mapped[int | None] = mapped_column(
        ForeignKey("egenkontroll_tillfalle.id", ondelete="CASCADE")
    )
    lakemedelstillsyn_fynd_id: Mapped[int | None] = mapped_column(
        ForeignKey("lakemedelstillsyn_fynd.id", ondelete="CASCADE")
    )
    logguppfoljning_id: Mapped[int | None] = mapped_column(
        ForeignKey("logguppfoljning.id", ondelete="CASCADE")
    )
    beskrivning: Mapped[str] = mapped_column(Text)
    ansvarig_id: Mapped[int | None] = mapped_column(ForeignKey("personal.id", ondelete="SET NULL"))
    deadline: Mapped[date | None]
    status: Mapped[Atgardsstatus] = mapped_column(
        kolumntyp(Atgardsstatus), default=Atgardsstatus.PLANERAD
    )
    klar_datum: Mapped[date | None]
