"""Staff: who delegates, who performs delegated tasks, who is responsible."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from skrivbord.modeller.bas import Bas, Tidsstamplad, kolumntyp
from skrivbord.modeller.enhet import personal_enhet
from skrivbord.typer import Roll

if TYPE_CHECKING:
    from skrivbord.modeller.enhet import Enhet


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
