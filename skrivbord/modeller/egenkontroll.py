"""The egenkontroll plan (what is checked, where, how often, by whom) and its occurrences."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from skrivbord.modeller.bas import Bas, Tidsstamplad, kolumntyp
from skrivbord.typer import Enhetstyp, Frekvens, Tillfallesstatus


class Egenkontroll(Tidsstamplad, Bas):
    __tablename__ = "egenkontroll"

    id: Mapped[int] = mapped_column(primary_key=True)
    omrade: Mapped[str] = mapped_column(String(120))
    omfattning: Mapped[str] = mapped_column(Text, default="")
    frekvens: Mapped[Frekvens] = mapped_column(kolumntyp(Frekvens))
    kalla: Mapped[str] = mapped_column(String(200), default="")  # data source
    ansvarig: Mapped[str] = mapped_column(String(120), default="")  # role responsible
    rapporteras_till: Mapped[str] = mapped_column(String(120), default="")
    # None: every unit; otherwise only units of this type.
    enhetstyp: Mapped[Enhetstyp | None] = mapped_column(kolumntyp(Enhetstyp))
    aktiv: Mapped[bool] = mapped_column(default=True)

    tillfallen: Mapped[list[EgenkontrollTillfalle]] = relationship(
        back_populates="egenkontroll", cascade="all, delete-orphan"
    )


class EgenkontrollTillfalle(Tidsstamplad, Bas):
    """One dated occurrence of a plan item, planned, then performed and documented."""

    __tablename__ = "egenkontroll_tillfalle"
    __table_args__ = (Index("ix_egenkontroll_tillfalle_planerat", "planerat_datum", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    egenkontroll_id: Mapped[int] = mapped_column(
        ForeignKey("egenkontroll.id", ondelete="CASCADE"), index=True
    )
    enhet_id: Mapped[int | None] = mapped_column(ForeignKey("enhet.id", ondelete="RESTRICT"))
    planerat_datum: Mapped[date]
    utfort_datum: Mapped[date | None]
    utford_av_id: Mapped[int | None] = mapped_column(ForeignKey("personal.id", ondelete="SET NULL"))
    status: Mapped[Tillfallesstatus] = mapped_column(
        kolumntyp(Tillfallesstatus), default=Tillfallesstatus.PLANERAD
    )
    resultat: Mapped[str] = mapped_column(Text, default="")
    brister_funna: Mapped[bool] = mapped_column(default=False)

    egenkontroll: Mapped[Egenkontroll] = relationship(back_populates="tillfallen")
