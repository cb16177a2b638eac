"""``skrivbord sjalvtest --ut MAPP``: does Skrivbord work on this computer?

Run by the installer's smoke test under Wine and by support staff on a real PC.
Each step is timed and reported in ``MAPP/rapport.json`` with a Swedish message:

1. ``databas``: creates a new encrypted database in MAPP (SQLCipher, AES-256);
2. ``nyckelring``: its key was stored in the keyring (Windows Credential Manager on
   Windows) and the database opens again with the key read back from there;
3. ``pdf``: writes a PDF with ReportLab;
4. ``huvudfonster``: opens the main window and saves a screenshot of it.

The test database, its keyring entry and its recovery key PDF are deleted at the
end; the report holds versions, timings and messages, never personal data. Settings,
backups and logs of the run go to a temporary ``SKRIVBORD_HEM`` in MAPP, removed at
the end, so the user's own settings and list of recent databases are not touched.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import platform
import secrets
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from skrivbord import __version__
from skrivbord.lagring import nyckelring

log = logging.getLogger(__name__)

RAPPORT = "rapport.json"
SKARMDUMP = "huvudfonster.png"
PDF = "sjalvtest.pdf"
_KLARTEXT = b"SQLite format 3\x00"


@dataclass
class Steg:
    namn: str
    ok: bool
    sekunder: float
    meddelande: str


@dataclass
class _Tillstand:
    ut: Path
    databasfil: Path | None = None
    salt: str | None = None
    aterstallningsnyckel: str | None = None
    nyckel_sparad: bool = False
    steg: list[Steg] = field(default_factory=list)


class _StegFel(Exception):
    """A step failed in an expected way: its message is the Swedish sentence."""


def _kor_steg(
    tillstand: _Tillstand, namn: str, gora: Callable[[], str], lyckat_hittills: bool
) -> bool:
    if not lyckat_hittills:
        tillstand.steg.append(
            Steg(namn, False, 0.0, "Hoppades över: ett tidigare steg misslyckades.")
        )
        return False
    start = time.perf_counter()
    try:
        meddelande = gora()
        ok = True
    except _StegFel as exc:
        meddelande, ok = str(exc), False
    except Exception as exc:  # the report must say what broke, in a form support can pass on
        log.exception("självtestets steg %s misslyckades", namn)
        sista = traceback.extract_tb(exc.__traceback__)[-1]
        meddelande = (
            f"Oväntat fel: {type(exc).__name__} i {Path(sista.filename).name}:{sista.lineno}. "
            "Kontakta supporten och bifoga rapporten."
        )
        ok = False
    tillstand.steg.append(Steg(namn, ok, round(time.perf_counter() - start, 3), meddelande))
    return ok


def _databas(tillstand: _Tillstand) -> str:
    from skrivbord.lagring.databas import lasa_salt
    from skrivbord.tjanster import nydatabas
    from skrivbord.typer import Enhetstyp

    fil = tillstand.ut / f"sjalvtest-{secrets.token_hex(4)}.db"
    # Made-up kommun and unit: the report and the screenshot hold no real data.
    skapad = nydatabas.skapa(fil, "Självtestkommun", "9999", [("Testenheten", Enhetstyp.SABO)])
    tillstand.databasfil = fil
    tillstand.aterstallningsnyckel = skapad.aterstallningsnyckel
    tillstand.nyckel_sparad = skapad.nyckel_i_nyckelringen
    tillstand.salt = lasa_salt(fil)
    try:
        with skapad.databas.ra_anslutning() as anslutning:
            anslutning.execute("CREATE TABLE sjalvtest (varde TEXT)")
            anslutning.execute("INSERT INTO sjalvtest VALUES ('ok')")
    finally:
        skapad.stang()
    with fil.open("rb") as f:
        if f.read(len(_KLARTEXT)) == _KLARTEXT:
            raise _StegFel("Databasen skrevs okrypterad. Installationen är trasig; installera om.")
    return "En krypterad databas (SQLCipher, AES-256) skapades och skrevs."


def _nyckelring(tillstand: _Tillstand) -> str:
    from skrivbord.tjanster import databasfil

    ring = nyckelring.aktuell()
    if not ring.tillganglig:
        raise _StegFel(
            "Datorn saknar en säker nyckelring, så databasnyckeln kan inte sparas. "
            "Användaren får skriva in återställningsnyckeln vid varje start."
        )
    assert tillstand.databasfil is not None and tillstand.salt is not None
    if not tillstand.nyckel_sparad or ring.hamta(tillstand.salt) is None:
        raise _StegFel(f"Nyckeln kunde inte sparas i {ring.beskrivning}.")
    oppen = databasfil.oppna_genast(tillstand.databasfil)
    try:
        with oppen.databas.ra_anslutning() as anslutning:
            (varde,) = anslutning.execute("SELECT varde FROM sjalvtest").fetchone()
    finally:
        oppen.stang()
    if varde != "ok":
        raise _StegFel("Databasen öppnades men innehöll fel uppgifter.")
    return f"Nyckeln sparades i och lästes från {ring.beskrivning}; databasen öppnades igen."


def _pdf(tillstand: _Tillstand) -> str:
    fil = tillstand.ut / PDF
    from skrivbord.rapporter.aterstallningsnyckel import skriv_pdf

    assert tillstand.aterstallningsnyckel is not None and tillstand.databasfil is not None
    skriv_pdf(fil, tillstand.aterstallningsnyckel, "Självtest", tillstand.databasfil.name)
    vad = "Återställningsnyckelns PDF"
    with fil.open("rb") as f:
        if f.read(5) != b"%PDF-" or fil.stat().st_size < 500:
            raise _StegFel("PDF-filen blev trasig.")
    return f"{vad} skrevs ({fil.stat().st_size // 1024} KiB)."


def _skapa_huvudfonster(oppen: Any) -> Any:
    """The real main window with the test database open, as after opening it by hand."""
    from skrivbord import installningar
    from skrivbord.ui.huvudfonster import Huvudfonster

    installningar.spara(installningar.KOPIA_VID_STANGNING, False)  # the run's own settings
    fonster = Huvudfonster()
    fonster.satt_databas(oppen)
    return fonster


def _huvudfonster(tillstand: _Tillstand) -> str:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from skrivbord.tjanster import databasfil

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "skrivbord"])
    assert tillstand.databasfil is not None and tillstand.aterstallningsnyckel is not None
    # With the recovery key, so this step does not depend on the keyring step.
    oppen = databasfil.oppna_genast(tillstand.databasfil, tillstand.aterstallningsnyckel)
    fonster = _skapa_huvudfonster(oppen)
    try:
        fonster.resize(1280, 800)
        fonster.show()
        for _ in range(5):
            QCoreApplication.processEvents()
        bild = fonster.grab()
        fil = tillstand.ut / SKARMDUMP
        if bild.isNull() or not bild.save(str(fil), "PNG"):
            raise _StegFel("Skärmbilden av huvudfönstret kunde inte sparas.")
        storlek = f"{bild.width()}×{bild.height()}"
    finally:
        fonster.close()
        fonster.deleteLater()
        QCoreApplication.processEvents()
        oppen.stang()  # the window closed it; a stand-in window would not have
    del app
    return f"Huvudfönstret öppnades ({storlek} bildpunkter) och sparades som {SKARMDUMP}."


def _stada(tillstand: _Tillstand) -> None:
    if tillstand.salt is not None:
        nyckelring.aktuell().ta_bort(tillstand.salt)
    if tillstand.databasfil is not None:
        for suffix in ("", "-wal", "-shm", "-journal", ".las"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{tillstand.databasfil}{suffix}").unlink()
    # The PDF of the test database's recovery key is of no use once it is gone.
    with contextlib.suppress(FileNotFoundError):
        (tillstand.ut / PDF).unlink()


@contextlib.contextmanager
def _eget_hem(ut: Path) -> Iterator[None]:
    """Data, settings, backups and logs of the run in a folder of its own, removed after:
    the test database never lands in the user's list of recent databases."""
    tidigare = os.environ.get("SKRIVBORD_HEM")
    hem = Path(tempfile.mkdtemp(prefix="hem-", dir=ut))
    os.environ["SKRIVBORD_HEM"] = str(hem)
    try:
        yield
    finally:
        if tidigare is None:
            os.environ.pop("SKRIVBORD_HEM", None)
        else:
            os.environ["SKRIVBORD_HEM"] = tidigare
        shutil.rmtree(hem, ignore_errors=True)


def _miljo() -> dict[str, str]:
    info = {
        "program": "Skrivbord",
        "version": __version__,
        "python": platform.python_version(),
        "plattform": f"{sys.platform} {platform.machine()}",
    }
    if sys.platform == "win32":
        v = sys.getwindowsversion()
        info["windows"] = f"{v.major}.{v.minor}.{v.build}"
    with contextlib.suppress(Exception):
        import PySide6
        import sqlcipher3

        info["pyside6"] = PySide6.__version__
        info["sqlcipher"] = str(getattr(sqlcipher3, "sqlite_version", ""))
    return info


def kor(ut: Path) -> int:
    """Run every step, write ``ut/rapport.json``; 0 when all passed, else 1."""
    ut = Path(ut)
    ut.mkdir(parents=True, exist_ok=True)
    tillstand = _Tillstand(ut)
    start = time.perf_counter()
    with _eget_hem(ut):
        try:
            ok = _kor_steg(tillstand, "databas", lambda: _databas(tillstand), True)
            ok_nyckel = _kor_steg(tillstand, "nyckelring", lambda: _nyckelring(tillstand), ok)
            ok_pdf = _kor_steg(tillstand, "pdf", lambda: _pdf(tillstand), ok)
            ok_fonster = _kor_steg(tillstand, "huvudfonster", lambda: _huvudfonster(tillstand), ok)
        finally:
            _stada(tillstand)
    alla = ok and ok_nyckel and ok_pdf and ok_fonster
    rapport = {
        **_miljo(),
        "tid": datetime.now().astimezone().isoformat(timespec="seconds"),
        "ok": alla,
        "sekunder": round(time.perf_counter() - start, 3),
        "steg": [asdict(s) for s in tillstand.steg],
    }
    (ut / RAPPORT).write_text(
        json.dumps(rapport, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return 0 if alla else 1
