"""Bench for start-up: the CLI's --version/--help, and the main window painted with a
database open, each against a bare baseline.

Not a test: it prints figures (docs/prestanda.md keeps the latest ones). Every figure
is the wall time of a fresh process, from start until it has done its job (for the
window: the first paint of the page shown once the database is open), median of
several runs after a warm-up.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/start.py
    .venv/bin/python bench/start.py --varv 15 --avvikelser 1000000   # the big database too

The window is started the way ``skrivbord-gui FIL.db`` starts it (skrivbord.ui.app.main
with the file as argument), in its own settings folder, with the database's key in a
keyring chosen by PYTHON_KEYRING_BACKEND (a file keyring in a temp folder): the same
path as a user's start, minus the real Windows Credential Manager.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable

# The child that starts the real app. It prints "fonster" at the window's first paint
# and "malad" when the page shown once the database is open has been painted.
_APPEN = r"""
import os, sys
from PySide6.QtCore import QEvent, QObject
from skrivbord.ui import app, huvudfonster

class Malad(QObject):
    def __init__(self, text, sist):
        super().__init__()
        self.text, self.sist = text, sist
    def eventFilter(self, objekt, handelse):
        if handelse.type() == QEvent.Type.Paint:
            objekt.removeEventFilter(self)
            print(self.text, flush=True)
            if self.sist:
                os._exit(0)
        return False

forsta, sista = Malad("fonster", False), Malad("malad", True)
original_init = huvudfonster.Huvudfonster.__init__
original_satt = huvudfonster.Huvudfonster.satt_databas

def init(self):
    original_init(self)
    self.installEventFilter(forsta)

def satt_databas(self, oppen):
    original_satt(self, oppen)
    self.stapel.currentWidget().installEventFilter(sista)

huvudfonster.Huvudfonster.__init__ = init
huvudfonster.Huvudfonster.satt_databas = satt_databas
sys.exit(app.main([sys.argv[1]]))
"""

# The baseline: bare PySide6 showing a window with a label.
_NAKEN = r"""
import os
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class Malad(QObject):
    def eventFilter(self, objekt, handelse):
        if handelse.type() == QEvent.Type.Paint:
            print("malad", flush=True)
            os._exit(0)
        return False

app = QApplication([])
fonster = QMainWindow()
etikett = QLabel("Skrivbord")
fonster.setCentralWidget(etikett)
filter_ = Malad()
etikett.installEventFilter(filter_)
fonster.resize(1200, 760)
fonster.show()
app.exec()
"""


def _tid(kommando: list[str], miljo: dict[str, str], rader: tuple[str, ...]) -> list[float]:
    """Seconds from start until each of ``rader`` is printed (or until the end)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        kommando, env=miljo, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    tider: list[float] = []
    if not rader:
        process.communicate()
        tider.append(time.perf_counter() - start)
    for rad in process.stdout if rader else ():
        if rad.strip() == rader[len(tider)]:
            tider.append(time.perf_counter() - start)
            if len(tider) == len(rader):
                break
    if len(tider) < max(1, len(rader)):
        raise SystemExit(f"processen tog slut innan den skrev {rader!r}")
    process.kill()
    process.wait()
    return tider


def _matt(
    namn: list[str], kommando: list[str], miljo: dict[str, str], varv: int, rader=()
) -> list[float]:
    _tid(kommando, miljo, rader)  # warm-up: file caches and bytecode, as in an installed app
    matningar = [_tid(kommando, miljo, rader) for _ in range(varv)]
    medianer = []
    for i, text in enumerate(namn):
        tider = sorted(m[i] for m in matningar)
        median = statistics.median(tider)
        medianer.append(median)
        print(
            f"{text:<46} {median * 1000:7.0f} ms   "
            f"(min {tider[0] * 1000:.0f}, max {tider[-1] * 1000:.0f})"
        )
    return medianer


def _demodatabas(mapp: Path, miljo: dict[str, str], per_ar: int, idag: date) -> Path:
    """A demo database (3 years + this year), its key stored in the file keyring."""
    sokvag = mapp / f"demo-{per_ar}.db"
    kod = (
        "import sys\n"
        "from datetime import date\n"
        "from skrivbord.jobb import kor_till_slut\n"
        "from skrivbord.tjanster import demodata\n"
        "skapad = kor_till_slut(demodata.skapa_demo(sys.argv[1], ar=3, "
        "avvikelser_per_ar=int(sys.argv[2]), idag=date.fromisoformat(sys.argv[3])))\n"
        "assert skapad.nyckel_i_nyckelringen\n"
        "skapad.stang()\n"
    )
    subprocess.run(
        [PYTHON, "-c", kod, str(sokvag), str(per_ar), idag.isoformat()], env=miljo, check=True
    )
    return sokvag


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--varv", type=int, default=9, help="mätta varv per mätning (förval 9)")
    parser.add_argument(
        "--avvikelser",
        type=int,
        default=0,
        help="mät också med en demodatabas av den här storleken (t.ex. 1000000)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="skrivbord-start-") as tmp:
        hem = Path(tmp)
        miljo = {
            **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "SKRIVBORD_HEM": str(hem / "hem"),
            "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
            "XDG_DATA_HOME": str(hem / "nycklar"),
            "PYTHONPATH": str(ROT),
        }
        skrivbord = [PYTHON, "-m", "skrivbord"]
        print(f"Python {sys.version.split()[0]}, {os.cpu_count()} kärnor, {args.varv} varv var")
        (bas,) = _matt(
            ["importlib.metadata.version (bas)"],
            [PYTHON, "-c", "import importlib.metadata as m; m.version('skrivbord')"],
            miljo,
            args.varv,
        )
        for flagga in ("--version", "--help"):
            (tid,) = _matt([f"skrivbord {flagga}"], [*skrivbord, flagga], miljo, args.varv)
            print(f"{'':<46} {tid / bas:7.2f} × basen   (mål ≤ 3 ×)")
        (naken,) = _matt(
            ["bart PySide6-fönster målat (bas)"],
            [PYTHON, "-c", _NAKEN],
            miljo,
            args.varv,
            ("malad",),
        )
        storlekar = [1200] + ([round(args.avvikelser / 3.9)] if args.avvikelser else [])
        for per_ar in storlekar:
            databas = _demodatabas(hem, miljo, per_ar, date.today())
            fonster, malad = _matt(
                [
                    f"huvudfönstret målat (demo {per_ar}/år)",
                    "  … med databasen öppen och sidan målad",
                ],
                [PYTHON, "-c", _APPEN, str(databas)],
                miljo,
                args.varv,
                ("fonster", "malad"),
            )
            print(f"{'':<46} {fonster / naken:7.2f} × bart fönster; databasen {malad:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
