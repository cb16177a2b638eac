"""Declarative base shared by every model, with a naming convention so that
migrations name constraints the same way on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import DateTime, MetaData, text
from sqlalchemy import Enum as SaEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from skrivbord.tid import nu_utc

NAMNKONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Bas(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMNKONVENTION)


class Tidsstamplad:
    """Mixin: when a row was created and last changed."""

    skapad: Mapped[datetime] = mapped_column(DateTime, default=nu_utc)
    andrad: Mapped[datetime] = mapped_column(DateTime, default=nu_utc, onupdate=nu_utc)


class Versionerad:
    """Mixin: optimistic locking for rows that users edit in forms (migration 0020).

    Every ORM UPDATE says ``WHERE id = :id AND version = :old`` and raises
    ``StaleDataError`` when someone else saved first; the services turn that into
    ``fel.SamtidigAndring`` (tjanster/samtidighet.py, docs/flera-anvandare.md)."""

    version: Mapped[int] = mapped_column(default=1, server_default=text("1"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 (a class attribute)
        return {"version_id_col": cls.version}


def kolumntyp(enum: type[StrEnum], langd: int = 24) -> SaEnum:
    """Store a StrEnum as its value in a plain VARCHAR (no CHECK: migrations stay simple)."""
    return SaEnum(
        enum,
        native_enum=False,
        create_constraint=False,
        length=langd,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )
