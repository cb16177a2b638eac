"""Skrivbords resurser: ikoner, standarddata och översättningar.

This folder holds data files; this module only reads them. It is installed as the
package ``skrivbord.resurser`` (see pyproject.toml), so the same calls work from a
source checkout, an editable install, a wheel and the Windows installer.
"""

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


def lasa_json(*delar: str) -> Any:
    return json.loads(resurs(*delar).read_text(encoding="utf-8"))


def filsokvag(*delar: str) -> Path:
    """A real file path (Qt needs one for icons); resources are installed as files."""
    with as_file(resurs(*delar)) as sokvag:
        return Path(sokvag)
