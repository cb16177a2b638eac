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


def _slots_som_tar_argument(fil: Path) -> list[str]:
    """``x.clicked.connect(self.m)`` (or ``triggered``) where ``m`` takes a parameter:
    Qt passes ``checked`` (a bool) into it."""
    trad = ast.parse(fil.read_text(encoding="utf-8"))
    metoder = {
        nod.name: nod
        for nod in ast.walk(trad)
        if isinstance(nod, ast.FunctionDef) and nod.args.args and nod.args.args[0].arg == "self"
    }
    fel = []
    for nod in ast.walk(trad):
        if not (
            isinstance(nod, ast.Call)
            and isinstance(nod.func, ast.Attribute)
            and nod.func.attr == "connect"
            and isinstance(nod.func.value, ast.Attribute)
            and nod.func.value.attr in {"clicked", "triggered"}
            and nod.args
            and isinstance(nod.args[0], ast.Attribute)
            and isinstance(nod.args[0].value, ast.Name)
            and nod.args[0].value.id == "self"
        ):
            continue
        metod = metoder.get(nod.args[0].attr)
        if metod is not None and len(metod.args.args) > 1:
            fel.append(f"{fil.name}:{nod.lineno} {metod.name}")
    return fel


@pytest.mark.parametrize("fil", _filer("ui"), ids=lambda f: f.name)
def test_klick_skickar_inte_checked_till_en_parameter(fil: Path) -> None:
    assert _slots_som_tar_argument(fil) == []
