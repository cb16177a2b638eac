"""Units: särskilt boende, hemtjänst, korttid …"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Column, ForeignKey, String, Table
from sqlalchemy.orm import Mapped, mapped_column, relationship

from skrivbord.modeller.bas import Bas, Tidsstamplad, kolumntyp
from skrivbord.typer import Enhetstyp

if TYPE_CHECKING:
    from skrivbord.modeller.personal import Personal

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
