"""The egenkontroll plan (what is checked, where, how often, by whom) and its occurrences.

The frequency is an iCalendar recurrence rule (RFC 5545 RRULE, e.g.
``FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1``), read by dateutil's ``rrule``
(tjanster/egenkontroller/regler.py). Each date the rule gives is a due date; the
occurrence covers the days since the rule's previous date (``period_fran``).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from skrivbord.modeller.bas import Bas, Tidsstamplad, Versionerad, kolumntyp
from skrivbord.typer import Dokumentkalla, Omfang, Roll, Tillfallesstatus

if TYPE_CHECKING:
    from skrivbord.modeller.atgard import Atgard
    from skrivbord.modeller.organisation import Enhet

egenkontroll_enhet = Table(
    "egenkontroll_enhet",
    Bas.metadata,
    Column("egenkontroll_id", ForeignKey("egenkontroll.id", ondelete="CASCADE"), primary_key=True),
    Column("enhet_id", ForeignKey("enhet.id", ondelete="CASCADE"), primary_key=True),
)


class Egenkontroll(Tidsstamplad, Bas):
    __tablename__ = "egenkontroll"

    id: Mapped[int] = mapped_column(primary_key=True)
    omrade: Mapped[str] = mapped_column(String(120))
    # The code list's area code (skrivbord/kodlista.py, "egenkontrollomrade") the export
    # counts completion by; the name above is the kommun's own.
    omradeskod: Mapped[str] = mapped_column(String(40), default="annat", server_default="annat")
    beskrivning: Mapped[str] = mapped_column(Text, default="")
    omfang: Mapped[Omfang] = mapped_column(
        kolumntyp(Omfang), default=Omfang.ALLA, server_default=Omfang.ALLA.value
    )
    # Omfang.ENHETSTYPER: the unit type values, comma-separated ("sabo,korttid").
    enhetstyper: Mapped[str] = mapped_column(String(200), default="", server_default="")
    regel: Mapped[str] = mapped_column(String(200))  # RRULE
    kalla: Mapped[str] = mapped_column(String(200), default="")  # data source
    ansvarig: Mapped[Roll] = mapped_column(kolumntyp(Roll, 120))  # the role responsible
    rapporteras_till: Mapped[str] = mapped_column(String(120), default="")
    # Reported to the kommun's own committee (Kommuninstallningar.namnd), whatever its name.
    till_namnden: Mapped[bool] = mapped_column(default=False, server_default=false())
    dokumenteras_i: Mapped[Dokumentkalla] = mapped_column(
        kolumntyp(Dokumentkalla, 40),
        default=Dokumentkalla.RESULTAT,
        server_default=Dokumentkalla.RESULTAT.value,
    )
    aktiv: Mapped[bool] = mapped_column(default=True)
    # From when the present rule and scope apply: no occurrence is added before it, so an
    # edit (or a new plan item) never makes past occurrences. None: since the database
    # was created (the default plan).
    galler_fran: Mapped[date | None]

    valda_enheter: Mapped[list[Enhet]] = relationship(secondary=egenkontroll_enhet)
    tillfallen: Mapped[list[EgenkontrollTillfalle]] = relationship(
        back_populates="egenkontroll", cascade="all, delete-orphan"
    )


class EgenkontrollTillfalle(Versionerad, Tidsstamplad, Bas):
    """One dated occurrence of a plan item, planned, then performed and documented."""

    __tablename__ = "egenkontroll_tillfalle"
    __table_args__ = (
        Index("ix_egenkontroll_tillfalle_planerat", "planerat_datum", "status"),
        Index("ix_egenkontroll_tillfalle_enhet", "enhet_id", "planerat_datum"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    egenkontroll_id: Mapped[int] = mapped_column(
        ForeignKey("egenkontroll.id", ondelete="CASCADE"), index=True
    )
    # None: the occurrence covers the whole kommun (Omfang.KOMMUNEN).
    enhet_id: Mapped[int | None] = mapped_column(ForeignKey("enhet.id", ondelete="RESTRICT"))
    # The period the occurrence covers: from period_fran up to and including planerat_datum.
    period_fran: Mapped[date | None]
    planerat_datum: Mapped[date]
    utfort_datum: Mapped[date | None]
    utford_av_id: Mapped[int | None] = mapped_column(ForeignKey("personal.id", ondelete="SET NULL"))
    status: Mapped[Tillfallesstatus] = mapped_column(
        kolumntyp(Tillfallesstatus), default=Tillfallesstatus.PLANERAD
    )
    resultat: Mapped[str] = mapped_column(Text, default="")  # the comment on the result
    brister_funna: Mapped[bool] = mapped_column(default=False)  # result: OK or brister
    # Why the occurrence is not applicable (Tillfallesstatus.EJ_AKTUELL).
    orsak: Mapped[str] = mapped_column(Text, default="", server_default="")

    egenkontroll: Mapped[Egenkontroll] = relationship(back_populates="tillfallen")
    atgarder: Mapped[list[Atgard]] = relationship(cascade="all, delete-orphan")
