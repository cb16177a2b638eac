"""The narkotika count of a läkemedelstillsyn: per preparation, the stock counted in the
cupboard against the stock the narkotikajournal says. A difference carries a comment and
the avvikelse it was reported as (category läkemedel). The inspection holds the
relationship (``Lakemedelstillsyn.rakningar``), so this module imports no other model."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from skrivbord.modeller.bas import Bas


class Narkotikarakning(Bas):
    __tablename__ = "narkotikarakning"

    id: Mapped[int] = mapped_column(primary_key=True)
    tillsyn_id: Mapped[int] = mapped_column(
        ForeignKey("lakemedelstillsyn.id", ondelete="CASCADE"), index=True
    )
    preparat: Mapped[str] = mapped_column(String(120))
    styrka: Mapped[str] = mapped_column(String(40), default="")
    form: Mapped[str] = mapped_column(String(40), default="")
    # Whole units or halves (a divided tablet): stored as a float, shown with a comma.
    journal_saldo: Mapped[float]
    raknat_saldo: Mapped[float]
    kommentar: Mapped[str] = mapped_column(Text, default="")
    avvikelse_id: Mapped[int | None] = mapped_column(
        ForeignKey("avvikelse.id", ondelete="SET NULL"), index=True
    )
