"""The layer rules of docs/arkitektur.md, checked on the source (every import, also
those inside functions and under TYPE_CHECKING)."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

from skrivbord import installningar

ROT = Path(__file__).resolve().parents[1]
PAKET = ROT / "skrivbord"

# The shared vocabulary below every layer: no Qt, no SQLAlchemy, no layer.
GEMENSAMMA = [
    "fel",
    "typer",
    "jobb",
    "oversattning",
    "tid",
    "perioder",
    "sokvagar",
    "installningar",
    "personnummer",
    "atomiskfil",
]
# The two deliberate exceptions to "nothing outside ui/ touches Qt or the UI".
STARTAR_GUI = {"__main__.py", "sjalvtest.py"}


def _modulnamn(fil: Path) -> str:
    delar = fil.relative_to(ROT).with_suffix("").parts
    return ".".join(delar[:-1] if delar[-1] == "__init__" else delar)


@cache
def _importer(fil: Path) -> frozenset[str]:
    trad = ast.parse(fil.read_text(encoding="utf-8"))
    namn: set[str] = set()
    paket = _modulnamn(fil) if fil.name == "__init__.py" else _modulnamn(fil).rpartition(".")[0]
    for nod in ast.walk(trad):
        if isinstance(nod, ast.Import):
            namn.update(a.name for a in nod.names)
        elif isinstance(nod, ast.ImportFrom):
            if nod.level:  # relative import
                bas = paket.rsplit(".", nod.level - 1)[0] if nod.level > 1 else paket
                modul = f"{bas}.{nod.module}" if nod.module else bas
            else:
                modul = nod.module or ""
            namn.add(modul)
            # "from skrivbord.tjanster import kommun" imports the module skrivbord.tjanster.kommun
            namn.update(f"{modul}.{a.name}" for a in nod.names)
    return frozenset(namn)


def _filer(*delar: str) -> list[Path]:
    filer: list[Path] = []
    for del_ in delar:
        sokvag = PAKET / del_
        filer.extend(
            sorted(sokvag.rglob("*.py")) if sokvag.is_dir() else [sokvag.with_suffix(".py")]
        )
    return [f for f in filer if "migreringar" not in f.parts]


def _traffar(fil: Path, *prefix: str) -> set[str]:
    return {n for n in _importer(fil) if n == prefix or n.startswith(prefix)}


def _id(fil: Path) -> str:
    return str(fil.relative_to(PAKET))


UTANFOR_UI = [f for f in _filer(".") if "ui" not in f.relative_to(PAKET).parts[:1]]


@pytest.mark.parametrize("fil", UTANFOR_UI, ids=_id)
def test_bara_ui_ror_qt(fil: Path) -> None:
    """Nothing below ui/ imports Qt or the UI (except the two modules that start it)."""
    if fil.name in STARTAR_GUI and fil.parent == PAKET:
        return
    assert not _traffar(fil, "PySide6", "shiboken6", "skrivbord.ui")


@pytest.mark.parametrize("fil", _filer("ui"), ids=_id)
def test_ui_pratar_bara_med_tjansterna(fil: Path) -> None:
    """The UI holds a database only as the service's opaque handle: no storage, no
    models, no SQL, no reports of its own."""
    forbjudna = _traffar(
        fil,
        "skrivbord.lagring",
        "skrivbord.modeller",
        "skrivbord.rapporter",
        "sqlalchemy",
        "sqlcipher3",
        "sqlite3",
        "alembic",
    )
    assert not forbjudna
    assert ".session(" not in fil.read_text(encoding="utf-8")


@pytest.mark.parametrize("fil", _filer("lagring"), ids=_id)
def test_lagringen_kanner_inte_tjansterna(fil: Path) -> None:
    assert not _traffar(fil, "skrivbord.tjanster", "skrivbord.rapporter", "skrivbord.ui")


@pytest.mark.parametrize("fil", _filer("rapporter"), ids=_id)
def test_rapporterna_tar_data_och_inga_tjanster(fil: Path) -> None:
    """A report takes plain result data; it never asks a service or the database."""
    assert not _traffar(
        fil, "skrivbord.tjanster", "skrivbord.lagring", "skrivbord.modeller", "sqlalchemy"
    )


@pytest.mark.parametrize("fil", _filer("modeller"), ids=_id)
def test_modellerna_beror_bara_pa_det_gemensamma(fil: Path) -> None:
    assert not _traffar(
        fil, "skrivbord.tjanster", "skrivbord.lagring", "skrivbord.rapporter", "skrivbord.ui"
    )


@pytest.mark.parametrize("fil", _filer(*GEMENSAMMA), ids=_id)
def test_det_gemensamma_beror_inte_pa_nagot_skikt(fil: Path) -> None:
    lager = [f"skrivbord.{d}" for d in ("ui", "tjanster", "rapporter", "modeller", "lagring")]
    assert not _traffar(fil, "PySide6", "sqlalchemy", "sqlcipher3", *lager)


@pytest.mark.parametrize("fil", _filer("."), ids=_id)
def test_installningarna_deklareras_pa_ett_stalle(fil: Path) -> None:
    """Only skrivbord/installningar.py names a settings key; only the one-time move of
    the earlier version's ini file (ui/installningar.py) touches QSettings."""
    if fil == PAKET / "installningar.py":
        return
    trad = ast.parse(fil.read_text(encoding="utf-8"))
    texter = {n.value for n in ast.walk(trad) if isinstance(n, ast.Constant)}
    assert not texter & set(installningar.ALLA)
    if fil != PAKET / "ui" / "installningar.py":
        namn = {n.id for n in ast.walk(trad) if isinstance(n, ast.Name)}
        namn |= {n.attr for n in ast.walk(trad) if isinstance(n, ast.Attribute)}
        assert "QSettings" not in namn
        assert not any(m.endswith(".QSettings") for m in _importer(fil))


def test_inga_importcirklar() -> None:
    """No module reaches itself through its imports (module level or not)."""
    moduler = {_modulnamn(f): f for f in _filer(".")}
    graf = {
        namn: {m for m in _importer(fil) if m in moduler and m != namn}
        for namn, fil in moduler.items()
    }
    cirklar: list[list[str]] = []
    status: dict[str, int] = {}

    def besok(nod: str, stig: list[str]) -> None:
        status[nod] = 1
        for granne in sorted(graf[nod]):
            if status.get(granne) == 1:
                cirklar.append([*stig[stig.index(granne) :], granne])
            elif granne not in status:
                besok(granne, [*stig, granne])
        status[nod] = 2

    for nod in sorted(graf):
        if nod not in status:
            besok(nod, [nod])
    # A package's __init__ that re-exports its own modules is not a circle of design.
    cirklar = [
        c for c in cirklar if not any(b.startswith(f"{a}.") for a, b in zip(c, c[1:], strict=False))
    ]
    assert cirklar == []


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


@pytest.mark.parametrize("fil", _filer("ui"), ids=_id)
def test_klick_skickar_inte_checked_till_en_parameter(fil: Path) -> None:
    assert _slots_som_tar_argument(fil) == []
