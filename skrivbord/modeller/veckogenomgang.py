"""The enhetschef's weekly review of falls or medication incidents in one unit."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Column, ForeignKey, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from skrivbord.modeller.bas import Bas, Tidsstamplad, kolumntyp
from skrivbord.typer import Genomgangstyp

if TYPE_CHECKING:
    from skrivbord.modeller.avvikelse import Avvikelse

veckogenomgang_avvikelse = Table(
    "veckogenomgang_avvikelse",
    Bas.metadata,
    Column(
        "veckogenomgang_id",
        ForeignKey("veckogenomgang.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("avvikelse_id", ForeignKey("avvikelse.id", ondelete="CASCADE"), primary_key=True),
)


class Veckogenomgang(Tidsstamplad, Bas):
    __tablename__ = "veckogenomgang"
    __table_args__ = (UniqueConstraint("enhet_id", "ar", "vecka", "typ"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    enhet_id: Mapped[int] = mapped_column(ForeignKey("enhet.id", ondelete="RESTRICT"))
    ar: Mapped[int]  # ISO year
    vecka: Mapped[int]  # ISO week
    typ: Mapped[Genomgangstyp] = mapped_column(kolumntyp(Genomgangstyp))
    datum: Mapped[date]
    deltagare: Mapped[str] = mapped_column(String(200), default="")  # roles, not names
    beslut: Mapped[str] = mapped_column(Text, default="")
    genomford_av_id: Mapped[int | None] = mapped_column(
        ForeignKey("personal.id", ondelete="SET NULL")
    )

    avvikelser: Mapped[list[Avvikelse]] = relationship(secondary=veckogenomgang_avvikelse)
