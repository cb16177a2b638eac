"""Generate a new migration from the models: ``python skript/ny_migrering.py "vad som ändras"``.

Builds a throw-away plain SQLite file at the current head, lets Alembic compare it
with the models, and writes skrivbord/lagring/migreringar/versions/NNNN_*.py.
Review the result before committing (SQLite needs batch operations for ALTERs).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from skrivbord.lagring.migrering import konfig, senaste_version


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    with tempfile.TemporaryDirectory() as mapp:
        cfg = konfig()
        cfg.cmd_opts = type("Flaggor", (), {"x": [f"url=sqlite:///{Path(mapp) / 'utv.db'}"]})()
        command.upgrade(cfg, "head")
        nasta = f"{int(senaste_version()) + 1:04d}"
        command.revision(cfg, message=sys.argv[1], autogenerate=True, rev_id=nasta)
    return 0


if __name__ == "__main__":
    sys.exit(main())
