"""The CLI as a user runs it: a separate process, a real (explicitly chosen) keyring."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from skrivbord import __version__


@pytest.fixture
def miljo(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
            "XDG_DATA_HOME": str(tmp_path / "xdg"),
            "SKRIVBORD_HEM": str(tmp_path / "hem"),
        }
    )
    env.pop("SKRIVBORD_ATERSTALLNINGSNYCKEL", None)
    return env


def kor(miljo: dict[str, str], *argument: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "skrivbord", *argument],
        env=miljo,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_version(miljo) -> None:
    resultat = kor(miljo, "--version")
    assert resultat.returncode == 0
    assert resultat.stdout.strip() == f"Skrivbord {__version__}"


def test_hjalp_pa_svenska(miljo) -> None:
    resultat = kor(miljo, "--help")
    assert resultat.returncode == 0
    assert "användning: skrivbord" in resultat.stdout
    assert "visa den här hjälpen" in resultat.stdout
    assert "usage" not in resultat.stdout


def test_saknat_argument_ger_svenskt_fel(miljo) -> None:
    resultat = kor(miljo, "kontroll")
    assert resultat.returncode == 2
    assert "dessa argument krävs: --databas" in resultat.stderr


def test_kontroll_av_fil_som_inte_finns(miljo, tmp_path: Path) -> None:
    resultat = kor(miljo, "kontroll", "--databas", str(tmp_path / "saknas.db"))
    assert resultat.returncode == 1
    assert "finns inte" in resultat.stderr
    assert "Traceback" not in resultat.stderr


def test_kontroll_av_hel_och_av_okrypterad_fil(miljo, tmp_path: Path) -> None:
    import sqlite3

    klartext = tmp_path / "klartext.db"
    sqlite3.connect(klartext).execute("CREATE TABLE t(x)").connection.commit()
    resultat = kor(miljo, "kontroll", "--databas", str(klartext))
    assert resultat.returncode == 1
    assert "okrypterad" in resultat.stderr
