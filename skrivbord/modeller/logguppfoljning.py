"""Reviews of the journal system's access logs. The protocol holds no data that
identifies a patient: counts and general observations only."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from skrivbord.modeller.bas import Bas, Tidsstamplad, kolumntyp
from skrivbord.typer import Loggkontrolltyp


class Logguppfoljning(Tidsstamplad, Bas):
    __tablename__ = "logguppfoljning"

    id: Mapped[int] = mapped_column(primary_key=True)
    datum: Mapped[date] = mapped_column(index=True)
    typ: Mapped[Loggkontrolltyp] = mapped_column(kolumntyp(Loggkontrolltyp))
    period_fran: Mapped[date]
    period_till: Mapped[date]
    system: Mapped[str] = mapped_column(String(80), default="")  # journal system reviewed
    enhet_id: Mapped[int | None] = mapped_column(ForeignKey("enhet.id", ondelete="RESTRICT"))
    utford_av_id: Mapped[int | None] = mapped_column(ForeignKey("personal.id", ondelete="SET NULL"))
    antal_kontrollerade: Mapped[int] = mapped_column(default=0)
    antal_avvikande: Mapped[int] = mapped_column(default=0)
    iakttagelser: Mapped[str] = mapped_column(Text, default="")
    atgarder: Mapped[str] = mapped_column(Text, default="")
