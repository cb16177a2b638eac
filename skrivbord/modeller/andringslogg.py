"""Append-only log of who changed which record, when. Never field contents."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from skrivbord.modeller.bas import Bas
from skrivbord.tid import nu_utc


class Andringslogg(Bas):
    __tablename__ = "andringslogg"
    __table_args__ = (Index("ix_andringslogg_post", "tabell", "rad_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tid: Mapped[datetime] = mapped_column(DateTime, default=nu_utc, index=True)
    anvandare: Mapped[str] = mapped_column(String(80))
    tabell: Mapped[str] = mapped_column(String(40))
    rad_id: Mapped[int | None]
    handling: Mapped[str] = mapped_column(String(12))  # skapad / andrad / borttagen / massimport
    falt: Mapped[str] = mapped_column(String(400), default="")  # names of changed fields
