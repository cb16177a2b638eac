"""The README and docs/ stand alone: every link points at a file inside the repository
that exists (someone who clones it has nothing beside it)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROT = Path(__file__).resolve().parents[1]
DOKUMENT = [ROT / "README.md", *sorted((ROT / "docs").rglob("*.md")), *ROT.glob("*/README.md")]
LANK = re.compile(r"\]\(([^)\s]+)\)")


@pytest.mark.parametrize("dokument", DOKUMENT, ids=lambda p: str(p.relative_to(ROT)))
def test_lankar_pekar_pa_filer_i_forradet(dokument: Path) -> None:
    fel = []
    for mal in LANK.findall(dokument.read_text(encoding="utf-8")):
        if re.match(r"^[a-z]+:", mal) or mal.startswith("#"):
            continue  # web addresses and anchors
        fil = (dokument.parent / mal.split("#")[0]).resolve()
        if not fil.is_relative_to(ROT) or not fil.exists():
            fel.append(mal)
    assert fel == []
