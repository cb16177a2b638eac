"""Key/value facts about the database file itself (marks it as a Skrivbord database)."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from skrivbord.modeller.bas import Bas

APPLIKATION = "skrivbord"
# Keys: "applikation" (marks the file as ours), "skapad" (ISO date the database was created:
# weekly reviews are owed from that week, not before).
SKAPAD = "skapad"


class Databasinfo(Bas):
    __tablename__ = "databasinfo"

    nyckel: Mapped[str] = mapped_column(String(40), primary_key=True)
    varde: Mapped[str] = mapped_column(String(200))
