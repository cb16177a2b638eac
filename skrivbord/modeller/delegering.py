"""Delegations: a licensed person lets a named care worker perform named tasks, for a
limited time (at most one year), revocably (SOSFS 1997:14; for medicines also
HSLF-FS 2017:37). The rules are kept by tjanster/delegeringar/beslut.py.

A revoked delegation keeps its row (date, reason, who); a renewal is a new row that
points at the one it replaces (``ersatter_id``), so a person's history is the chain.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Column, ForeignKey, SmallInteger, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from skrivbord.modeller.bas import Bas, Tidsstamplad, Versionerad, kolumntyp
from skrivbord.typer import Granskningsresultat, Kunskapstest

# The units a delegation holds for (one or more). ``Delegering.enhet_id`` stays the
# first of them: Översikt filters on it and older databases had only that column.
delegering_enhet = Table(
    "delegering_enhet",
    Bas.metadata,
    Column("delegering_id", ForeignKey("delegering.id", ondelete="CASCADE"), primary_key=True),
    Column("enhet_id", ForeignKey("enhet.id", ondelete="RESTRICT"), primary_key=True, index=True),
)


class Delegering(Versionerad, Tidsstamplad, Bas):
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
    # No ON DELETE: SQLite's ADD COLUMN cannot carry one that reflection reads back.
    aterkallad_av_id: Mapped[int | None] = mapped_column(ForeignKey("personal.id"))
    # A renewal points at the delegation it replaces.
    ersatter_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegering.id", ondelete="SET NULL")
    )
    # The training before the decision and the knowledge test (HSLF-FS 2017:37:
    # documented knowledge of medicine handling); None where not recorded (older rows).
    utbildning_datum: Mapped[date | None]
    kunskapstest_datum: Mapped[date | None]
    kunskapstest: Mapped[Kunskapstest | None] = mapped_column(kolumntyp(Kunskapstest))
    # The kommun's routine: the MAS is told of every delegation decision.
    mas_informerad_datum: Mapped[date | None]
    villkor: Mapped[str] = mapped_column(Text, default="", server_default="")

    uppgifter: Mapped[list[DelegeringUppgift]] = relationship(
        back_populates="delegering", cascade="all, delete-orphan"
    )

    def galler(self, dag: date) -> bool:
        aterkallad = self.aterkallad_datum is not None and self.aterkallad_datum <= dag
        return self.giltig_fran <= dag <= self.giltig_till and not aterkallad


class DelegeringUppgift(Bas):
    """One delegated task (a code of the catalogue, DelegerbarUppgift)."""

    __tablename__ = "delegering_uppgift"

    id: Mapped[int] = mapped_column(primary_key=True)
    delegering_id: Mapped[int] = mapped_column(
        ForeignKey("delegering.id", ondelete="CASCADE"), index=True
    )
    uppgift: Mapped[str] = mapped_column(String(40))
    beskrivning: Mapped[str] = mapped_column(Text, default="")

    delegering: Mapped[Delegering] = relationship(back_populates="uppgifter")


class DelegerbarUppgift(Bas):
    """The catalogue of tasks that may be delegated, loaded from
    resurser/data/delegeringsuppgifter.json and then kept by the MAS: a task in use is
    taken out of use (``aktiv``), never deleted; the code never changes."""

    __tablename__ = "delegerbar_uppgift"

    id: Mapped[int] = mapped_column(primary_key=True)
    kod: Mapped[str] = mapped_column(String(40), unique=True)
    namn: Mapped[str] = mapped_column(String(120))
    aktiv: Mapped[bool] = mapped_column(default=True)
    ordning: Mapped[int] = mapped_column(SmallInteger, default=0)


class Delegeringsgenomgang(Versionerad, Tidsstamplad, Bas):
    """The yearly review of a unit's delegations; it completes the unit's egenkontroll
    occurrence "Tillsyn av delegeringar" (Dokumentkalla.DELEGERINGSGENOMGANG)."""

    __tablename__ = "delegeringsgenomgang"

    id: Mapped[int] = mapped_column(primary_key=True)
    enhet_id: Mapped[int] = mapped_column(ForeignKey("enhet.id", ondelete="RESTRICT"), index=True)
    datum: Mapped[date] = mapped_column(index=True)
    granskad_av_id: Mapped[int | None] = mapped_column(
        ForeignKey("personal.id", ondelete="SET NULL")
    )
    resultat: Mapped[Granskningsresultat] = mapped_column(kolumntyp(Granskningsresultat))
    kommentar: Mapped[str] = mapped_column(Text, default="")
