"""The checklist of each kind of läkemedelstillsyn, loaded from
resurser/data/lakemedelstillsyn_checklista.json and then kept by the MAS. An item that
an inspection has answered is deactivated, never deleted, and its text never changes:
old protocols keep the questions they answered."""

from __future__ import annotations

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from skrivbord.modeller.bas import Bas, kolumntyp
from skrivbord.typer import Tillsynstyp


class Tillsynspunkt(Bas):
    __tablename__ = "tillsynspunkt"
    __table_args__ = (UniqueConstraint("typ", "kod"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    typ: Mapped[Tillsynstyp] = mapped_column(kolumntyp(Tillsynstyp))
    kod: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    ordning: Mapped[int] = mapped_column(default=0)
    aktiv: Mapped[bool] = mapped_column(default=True)
