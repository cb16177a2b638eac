"""Delegations: a licensed person lets a named care worker perform named tasks, for a
limited time (at most one year), revocably."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from skrivbord.modeller.bas import Bas, Tidsstamplad


class Delegering(Tidsstamplad, Bas):
    __tablename__ = "delegering"

    id: Mapped[int] = mapped_column(primary_key=True)
    delegerad_id: Mapped[int] = mapped_column(
        ForeignKey("personal.id", ondelete="RESTRICT"), index=True
    )
    delegerande_id: Mapped[int] = mapped_column(ForeignKey("personal.id", ondelete="RESTRICT"))
    enhet_id: Mapped[int | None] = mapped_column(ForeignKey("enhet.id", ondelete="RESTRICT"))
    giltig_fran: Mapped[date]
    giltig_till: Mapped[date] = mapped_column(index=True)
    aterkallad_datum: Mapped[date | None]
    aterkallad_orsak: Mapped[str] = mapped_column(Text, default="")
    # A renewal points at the delegation it replaces.
    ersatter_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegering.id", ondelete="SET NULL")
    )

    uppgifter: Mapped[list[DelegeringUppgift]] = relationship(
        back_populates="delegering", cascade="all, delete-orphan"
    )

    def galler(self, dag: date) -> bool:
        aterkallad = self.aterkallad_datum is not None and self.aterkallad_datum <= dag
        return self.giltig_fran <= dag <= self.giltig_till and not aterkallad


class DelegeringUppgift(Bas):
    """One delegated task (code from resurser/data/delegeringsuppgifter.json)."""

    __tablename__ = "delegering_uppgift"

    id: Mapped[int] = mapped_column(primary_key=True)
    delegering_id: Mapped[int] = mapped_column(
        ForeignKey("delegering.id", ondelete="CASCADE"), index=True
    )
    uppgift: Mapped[str] = mapped_column(String(40))
    beskrivning: Mapped[str] = mapped_column(Text, default="")

    delegering: Mapped[Delegering] = relationship(back_populates="uppgifter")
