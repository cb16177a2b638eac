"""Uppföljning av journalsystemets åtkomstloggar (HSLF-FS 2016:40 4 kap. 9 §).

Protokollet innehåller inga uppgifter som identifierar en patient: urvalet är bara
antal (användare och journalåtkomster), avvikelsen beskrivs utan patientuppgifter
(tjanster/logguppfoljning prövar varje fritext mot personnummer), och stegen efter en
avvikelse är datum och slag. Journalsystemen är en lista som MAS håller.

Stegen efter en avvikelse (samtal, rapport till personuppgiftsansvarig, lex Maria,
bedömning av personuppgiftsincident) är lagens steg för just logguppföljningen och bor
här; uppföljningsåtgärder hör till den gemensamma åtgärdstabellen.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from skrivbord.modeller.bas import Bas, Tidsstamplad, Versionerad, kolumntyp
from skrivbord.typer import Loggatgardstyp, Loggkontrolltyp, Loggresultat


class Journalsystem(Tidsstamplad, Bas):
    """Ett journal- eller verksamhetssystem vars loggar följs upp (MAS lista)."""

    __tablename__ = "journalsystem"

    id: Mapped[int] = mapped_column(primary_key=True)
    namn: Mapped[str] = mapped_column(String(80), unique=True)
    aktiv: Mapped[bool] = mapped_column(default=True)


class Logguppfoljning(Versionerad, Tidsstamplad, Bas):
    __tablename__ = "logguppfoljning"

    id: Mapped[int] = mapped_column(primary_key=True)
    datum: Mapped[date] = mapped_column(index=True)
    typ: Mapped[Loggkontrolltyp] = mapped_column(kolumntyp(Loggkontrolltyp))
    period_fran: Mapped[date]
    period_till: Mapped[date]
    # The journal system's name as the MAS's list (Journalsystem) had it; a rename in
    # the list is carried here by the service.
    system: Mapped[str] = mapped_column(String(80), default="")
    enhet_id: Mapped[int | None] = mapped_column(ForeignKey("enhet.id", ondelete="RESTRICT"))
    utford_av_id: Mapped[int | None] = mapped_column(ForeignKey("personal.id", ondelete="SET NULL"))
    antal_anvandare: Mapped[int] = mapped_column(default=0)  # users whose logs were examined
    antal_atkomster: Mapped[int] = mapped_column(default=0)  # record accesses examined
    antal_avvikande: Mapped[int] = mapped_column(default=0)  # accesses without a clear reason
    metod: Mapped[str] = mapped_column(Text, default="")
    resultat: Mapped[Loggresultat] = mapped_column(
        kolumntyp(Loggresultat), default=Loggresultat.INGEN_AVVIKELSE
    )
    avvikelse_beskrivning: Mapped[str] = mapped_column(Text, default="")
    iakttagelser: Mapped[str] = mapped_column(Text, default="")

    signering: Mapped[LogguppfoljningSignering | None] = relationship(
        back_populates="logguppfoljning", cascade="all, delete-orphan"
    )
    atgarder: Mapped[list[LogguppfoljningAtgard]] = relationship(
        back_populates="logguppfoljning",
        cascade="all, delete-orphan",
        order_by="(LogguppfoljningAtgard.datum, LogguppfoljningAtgard.id)",
    )


class LogguppfoljningSignering(Bas):
    """Protokollet signerat: av vem (ur personalregistret) och när. En egen tabell, så
    att logguppföljningen fick den utan att tabellen kopierades om (se migrering 0012)."""

    __tablename__ = "logguppfoljning_signering"

    logguppfoljning_id: Mapped[int] = mapped_column(
        ForeignKey("logguppfoljning.id", ondelete="CASCADE"), primary_key=True
    )
    signerad_av_id: Mapped[int | None] = mapped_column(
        ForeignKey("personal.id", ondelete="SET NULL"), index=True
    )
    datum: Mapped[date]

    logguppfoljning: Mapped[Logguppfoljning] = relationship(back_populates="signering")


class LogguppfoljningAtgard(Bas):
    """Ett steg efter en avvikelse i loggarna: slag och datum, en kort anteckning."""

    __tablename__ = "logguppfoljning_atgard"

    id: Mapped[int] = mapped_column(primary_key=True)
    logguppfoljning_id: Mapped[int] = mapped_column(
        ForeignKey("logguppfoljning.id", ondelete="CASCADE"), index=True
    )
    typ: Mapped[Loggatgardstyp] = mapped_column(kolumntyp(Loggatgardstyp))
    datum: Mapped[date]
    anteckning: Mapped[str] = mapped_column(Text, default="")

    logguppfoljning: Mapped[Logguppfoljning] = relationship(back_populates="atgarder")
