"""The kommun's organisation: its units (särskilt boende, hemtjänst, korttid …) and
its staff, and which staff work in which unit.

One module because the two refer to each other (a unit has an enhetschef and staff;
a person works in units): apart, they would import each other.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, String, Table
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

    enhetschef: Mapped[Personal | None] = relationship(foreign_keys=[enhetschef_id])
    personal: Mapped[list[Personal]] = relationship(
        secondary=personal_enhet, back_populates="enheter"
    )


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
