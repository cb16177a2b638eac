"""The package as installed: every package listed, every resource in the wheel."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROT = Path(__file__).resolve().parents[1]


def _pyproject() -> dict:
    return tomllib.loads((ROT / "pyproject.toml").read_text(encoding="utf-8"))


def test_alla_paket_ar_listade() -> None:
    listade = set(_pyproject()["tool"]["setuptools"]["packages"])
    funna = {
        ".".join(p.parent.relative_to(ROT).parts)
        for p in (ROT / "skrivbord").rglob("__init__.py")
        if "__pycache__" not in p.parts
    }
    assert funna | {"skrivbord.resurser"} == listade


def test_pyside6_under_6_12() -> None:
    beroenden = _pyproject()["project"]["dependencies"]
    pyside = next(b for b in beroenden if b.lower().startswith("pyside6"))
    assert "<6.12" in pyside


@pytest.fixture(scope="module")
def hjul(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ut = tmp_path_factory.mktemp("hjul")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(ut), str(ROT)],
        check=True,
        capture_output=True,
    )
    (hjulet,) = ut.glob("skrivbord-*.whl")
    return hjulet


def _resursfiler() -> set[str]:
    return {
        p.relative_to(ROT / "resurser").as_posix()
        for p in (ROT / "resurser").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


@pytest.mark.wheel
def test_hjulet_innehaller_resurser_och_migreringar(hjul: Path) -> None:
    namn = set(zipfile.ZipFile(hjul).namelist())
    for fil in _resursfiler():
        assert f"skrivbord/resurser/{fil}" in namn
    migreringar = ROT / "skrivbord" / "lagring" / "migreringar"
    for fil in [*migreringar.glob("versions/*.py"), migreringar / "script.py.mako"]:
        assert f"skrivbord/lagring/migreringar/{fil.relative_to(migreringar).as_posix()}" in namn
    assert not any(n.startswith(("tests/", "resurser/", "bench/")) for n in namn)
    # The handbook (Hjälp → Handbok): its index, sections and pictures.
    assert "skrivbord/resurser/handbok/index.md" in namn
    assert any(n.startswith("skrivbord/resurser/handbok/bilder/") for n in namn)


@pytest.mark.wheel
def test_installerat_hjul_hittar_sina_resurser(hjul: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    # Unpack instead of pip install: no network, no dependencies needed for this check.
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    zipfile.ZipFile(hjul).extractall(site)
    kod = (
        "import json, sys\n"
        "from importlib.resources import files\n"
        "import skrivbord.resurser as r\n"
        "assert 'site-packages' in r.__file__, r.__file__\n"
        "namn = sorted(str(p) for p in sys.argv[1:])\n"
        "for fil in sys.argv[1:]:\n"
        "    assert r.resurs(*fil.split('/')).is_file(), fil\n"
        "print(len(r.lasa_json('data', 'avvikelsekategorier.json')['kategorier']))\n"
        "v = files('skrivbord.lagring.migreringar') / 'versions'\n"
        "print(sorted(p.name for p in v.iterdir() if p.name.endswith('.py')))\n"
        # The handbook window gives Qt a real folder for its pictures and links.
        "h = r.filsokvag('handbok')\n"
        "assert (h / 'index.md').is_file() and (h / 'bilder').is_dir(), h\n"
        "print(sum(1 for p in h.glob('*.md')))\n"
    )
    resultat = subprocess.run(
        [str(python), "-I", "-c", kod, *sorted(_resursfiler())],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert resultat.returncode == 0, resultat.stderr
    antal, migreringar, handboken = resultat.stdout.splitlines()
    assert int(antal) >= 12
    assert "0001_grundschema.py" in migreringar
    assert int(handboken) >= 11  # the index and the sections
