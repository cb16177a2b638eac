"""The layer rule of docs/arkitektur.md, checked on the source."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PAKET = Path(__file__).resolve().parents[1] / "skrivbord"


def _importer(fil: Path) -> set[str]:
    trad = ast.parse(fil.read_text(encoding="utf-8"))
    namn: set[str] = set()
    for nod in ast.walk(trad):
        if isinstance(nod, ast.Import):
            namn.update(a.name for a in nod.names)
        elif isinstance(nod, ast.ImportFrom) and nod.module:
            namn.add(nod.module)
    return namn


def _filer(*lager: str) -> list[Path]:
    return [f for del_ in lager for f in (PAKET / del_).rglob("*.py")]


@pytest.mark.parametrize(
    "fil", _filer("modeller", "tjanster", "rapporter", "lagring"), ids=lambda f: f.name
)
def test_karnan_importerar_inte_qt(fil: Path) -> None:
    assert not {n for n in _importer(fil) if n.startswith("PySide6")}


@pytest.mark.parametrize("fil", _filer("ui"), ids=lambda f: f.name)
def test_ui_skriver_ingen_sql(fil: Path) -> None:
    forbjudna = {n for n in _importer(fil) if n.startswith(("sqlalchemy", "sqlcipher3", "sqlite3"))}
    assert not forbjudna
    assert ".session(" not in fil.read_text(encoding="utf-8")


@pytest.mark.parametrize("fil", _filer("modeller"), ids=lambda f: f.name)
def test_modellerna_beror_inte_pa_tjansterna(fil: Path) -> None:
    assert not {n for n in _importer(fil) if n.startswith(("skrivbord.tjanster", "skrivbord.ui"))}
