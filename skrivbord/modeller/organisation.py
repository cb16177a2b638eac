"""The kommun's organisation: its units (särskilt boende, hemtjänst, korttid …) and
its staff, which staff work in which unit, and how many in a unit must hold a valid
delegation for each delegated task.

One module because the two refer to each other (a unit has an enhetschef and staff;
a person works in units): apart, they would import each other.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Column, ForeignKey, SmallInteger, String, Table, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from skrivbord.modeller.bas import Bas, Tidsstamplad, kolumntyp
from skrivbord.typer import Enhetstyp, Roll

personal_enhet = Table(
    "personal_enhet",
    Bas.metadata,
    Column("personal_id", ForeignKey("personal.id", ondelete="CASCADE"), primary_key=True),
    Column("enhet_id", ForeignKey("enhet.id", ondelete="CASCADE"), primary_key=True),
)


class Enhet(Tidsstamplad, Bas):
    __tablename__ = "enhet"

    id: Mapped[int] = mapped_column(primary_key=True)
    namn: Mapped[str] = mapped_column(String(120), unique=True)
    typ: Mapped[Enhetstyp] = mapped_column(kolumntyp(Enhetstyp))
    aktiv: Mapped[bool] = mapped_column(default=True)
    enhetschef_id: Mapped[int | None] = mapped_column(
        ForeignKey("personal.id", ondelete="SET NULL", use_alter=True)
    )
    # The unit's own attributes are the truth; the unit type only gives the defaults
    # for a new unit (tjanster/enheter.py).
    har_lakemedelsforrad: Mapped[bool] = mapped_column(default=False, server_default=false())
    gor_veckogenomgangar: Mapped[bool] = mapped_column(default=False, server_default=false())
    # When the unit started (weekly reviews are owed from then); None: as long as the
    # database has existed.
    startdatum: Mapped[date | None]

    enhetschef: Mapped[Personal | None] = relationship(foreign_keys=[enhetschef_id])
    personal: Mapped[list[Personal]] = relationship(
        secondary=personal_enhet, back_populates="enheter"
    )
    delegeringsbehov: Mapped[list[Delegeringsbehov]] = relationship(
        back_populates="enhet", cascade="all, delete-orphan", order_by="Delegeringsbehov.uppgift"
    )


class Delegeringsbehov(Bas):
    """At least ``minsta_antal`` of the unit's staff must hold a valid delegation for the
    task (a code from resurser/data/delegeringsuppgifter.json), or the staffing is at risk."""

    __tablename__ = "enhet_delegeringsbehov"
    __table_args__ = (UniqueConstraint("enhet_id", "uppgift"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    enhet_id: Mapped[int] = mapped_column(ForeignKey("enhet.id", ondelete="CASCADE"))
    uppgift: Mapped[str] = mapped_column(String(40))
    minsta_antal: Mapped[int] = mapped_column(SmallInteger)

    enhet: Mapped[Enhet] = relationship(back_populates="delegeringsbehov")


class Personal(Tidsstamplad, Bas):
    __tablename__ = "personal"

    id: Mapped[int] = mapped_column(primary_key=True)
    fornamn: Mapped[str] = mapped_column(String(60))
    efternamn: Mapped[str] = mapped_column(String(60))
    roll: Mapped[Roll] = mapped_column(kolumntyp(Roll))
    legitimerad: Mapped[bool] = mapped_column(default=False)
    aktiv: Mapped[bool] = mapped_column(default=True)

    enheter: Mapped[list[Enhet]] = relationship(secondary=personal_enhet, back_populates="personal")

    @property
    def namn(self) -> str:
        return f"{self.fornamn} {self.efternamn}"
