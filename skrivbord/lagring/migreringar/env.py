"""Alembic environment. The app passes an open connection (config.attributes);
developers autogenerate against a plain SQLite URL (``-x url=sqlite:///tmp.db``)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from skrivbord.modeller import Bas

config = context.config


def _kor(anslutning) -> None:
    context.configure(
        connection=anslutning,
        target_metadata=Bas.metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


anslutning = config.attributes.get("connection")
if anslutning is not None:
    _kor(anslutning)
else:
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///utveckling.db")
    with create_engine(url).connect() as ny:
        _kor(ny)
        ny.commit()
