"""The log of aggregate exports to the region: when, which period, where the folder was
saved and the manifest's checksum (the manifest holds every file's)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from skrivbord.modeller.bas import Bas
from skrivbord.tid import nu_utc


class Aggregatexport(Bas):
    __tablename__ = "aggregatexport"

    id: Mapped[int] = mapped_column(primary_key=True)
    skapad: Mapped[datetime] = mapped_column(DateTime, default=nu_utc)  # naive UTC
    period: Mapped[str] = mapped_column(String(8))
    troskel: Mapped[int] = mapped_column(SmallInteger)
    sokvag: Mapped[str] = mapped_column(String(1000))
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    antal_celler: Mapped[int]
    antal_dolda: Mapped[int]
