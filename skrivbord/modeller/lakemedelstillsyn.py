"""Inspections of medicine handling in a unit, their checklist answers and findings.

The checklist items live in ``tillsynspunkt`` (modeller/tillsynspunkt.py) and an answer
names its item by code within the inspection's kind; the narkotika count is in
modeller/narkotikarakning.py. A finding's åtgärder are rows in the shared ``atgard``
table; ``LakemedelstillsynFynd.atgard`` only holds text written by older versions.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from skrivbord.modeller.bas import Bas, Tidsstamplad, kolumntyp
from skrivbord.modeller.narkotikarakning import Narkotikarakning
from skrivbord.typer import Tillsynstyp


class Lakemedelstillsyn(Tidsstamplad, Bas):
    __tablename__ = "lakemedelstillsyn"

    id: Mapped[int] = mapped_column(primary_key=True)
    enhet_id: Mapped[int] = mapped_column(ForeignKey("enhet.id", ondelete="RESTRICT"), index=True)
    typ: Mapped[Tillsynstyp] = mapped_column(kolumntyp(Tillsynstyp))
    datum: Mapped[date] = mapped_column(index=True)
    utford_av_id: Mapped[int | None] = mapped_column(ForeignKey("personal.id", ondelete="SET NULL"))
    kommentar: Mapped[str] = mapped_column(Text, default="")
    # Others taking part (a pharmacist from outside, a second nurse), as free text.
    deltagare: Mapped[str] = mapped_column(Text, default="", server_default="")

    svar: Mapped[list[LakemedelstillsynSvar]] = relationship(
        back_populates="tillsyn", cascade="all, delete-orphan"
    )
    fynd: Mapped[list[LakemedelstillsynFynd]] = relationship(
        back_populates="tillsyn", cascade="all, delete-orphan"
    )
    rakningar: Mapped[list[Narkotikarakning]] = relationship(
        cascade="all, delete-orphan", order_by=Narkotikarakning.id
    )


class LakemedelstillsynSvar(Bas):
    """The answer to one checklist question (the checklist lives in resurser/)."""

    __tablename__ = "lakemedelstillsyn_svar"

    id: Mapped[int] = mapped_column(primary_key=True)
    tillsyn_id: Mapped[int] = mapped_column(
        ForeignKey("lakemedelstillsyn.id", ondelete="CASCADE"), index=True
    )
    fraga: Mapped[str] = mapped_column(String(40))  # question code
    svar: Mapped[str] = mapped_column(String(12))  # ja / nej / ej_aktuellt
    kommentar: Mapped[str] = mapped_column(Text, default="")

    tillsyn: Mapped[Lakemedelstillsyn] = relationship(back_populates="svar")


class LakemedelstillsynFynd(Tidsstamplad, Bas):
    """A finding that needs an åtgärd."""

    __tablename__ = "lakemedelstillsyn_fynd"

    id: Mapped[int] = mapped_column(primary_key=True)
    tillsyn_id: Mapped[int] = mapped_column(
        ForeignKey("lakemedelstillsyn.id", ondelete="CASCADE"), index=True
    )
    beskrivning: Mapped[str] = mapped_column(Text)
    # The checklist item answered "nej" that the finding comes from (None: older rows).
    fraga: Mapped[str | None] = mapped_column(String(40))
    atgard: Mapped[str] = mapped_column(Text, default="")
    atgardad_datum: Mapped[date | None]

    tillsyn: Mapped[Lakemedelstillsyn] = relationship(back_populates="fynd")
