"""Read files shipped in resurser/ (installed as the package skrivbord.resurser)."""

from __future__ import annotations

import json
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any


def resurs(*delar: str) -> Traversable:
    sokvag = files("skrivbord.resurser")
    for del_ in delar:
        sokvag = sokvag / del_
    return sokvag


def las_json(*delar: str) -> Any:
    return json.loads(resurs(*delar).read_text(encoding="utf-8"))


def filsokvag(*delar: str) -> Path:
    """A real file path (Qt needs one for icons); resources are installed as files."""
    with as_file(resurs(*delar)) as sokvag:
        return Path(sokvag)
