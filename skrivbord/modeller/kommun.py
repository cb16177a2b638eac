"""The kommun this database belongs to (one row)."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from skrivbord.modeller.bas import Bas, Tidsstamplad

STANDARDNAMND = "Socialnämnden"


class Kommuninstallningar(Tidsstamplad, Bas):
    __tablename__ = "kommuninstallningar"

    id: Mapped[int] = mapped_column(primary_key=True)
    namn: Mapped[str] = mapped_column(String(80))
    kommunkod: Mapped[str] = mapped_column(String(4))  # SCB's four-digit code
    # The committee the egenkontroller are reported to (in Ragunda the social- och
    # arbetsmarknadsutskottet): each kommun names its own.
    namnd: Mapped[str] = mapped_column(
        String(120), default=STANDARDNAMND, server_default=STANDARDNAMND
    )
