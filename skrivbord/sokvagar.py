"""Every folder the app writes to, in one place.

Set ``SKRIVBORD_HEM`` to a folder to keep data, settings and logs there instead of
the user's profile (development, tests, portable use).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APPNAMN = "Skrivbord"


def _bas() -> Path | None:
    hem = os.environ.get("SKRIVBORD_HEM")
    return Path(hem) if hem else None


def _mapp(del_: str, platformdir: str) -> Path:
    bas = _bas()
    mapp = bas / del_ if bas else Path(platformdir)
    mapp.mkdir(parents=True, exist_ok=True)
    return mapp


def datamapp() -> Path:
    return _mapp("data", platformdirs.user_data_dir(APPNAMN, appauthor=False))


def installningsmapp() -> Path:
    return _mapp("installningar", platformdirs.user_config_dir(APPNAMN, appauthor=False))


def loggmapp() -> Path:
    return _mapp("loggar", platformdirs.user_log_dir(APPNAMN, appauthor=False))


def sakerhetskopiemapp() -> Path:
    return _mapp("sakerhetskopior", str(datamapp() / "sakerhetskopior"))


def standarddatabas() -> Path:
    return datamapp() / "skrivbord.db"


def demodatabas() -> Path:
    return datamapp() / "demo.db"
