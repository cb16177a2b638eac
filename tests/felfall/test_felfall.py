"""Fault tests (issue 13), each bounded in time: a writer killed with SIGKILL in the
middle of its writes, a full disk (RLIMIT_FSIZE in a subprocess), two processes on one
file and a stale lock left by a killed one. See docs/driftsakerhet.md."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from skrivbord import fel
from skrivbord.lagring import kontroll
from skrivbord.tjanster import databasfil
from tests.felfall.skrivare import RADER_PER_STEG

ROT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="signaler och RLIMIT finns på POSIX")


@pytest.fixture
def fil(ny_databas) -> tuple[Path, str, int]:
    """The test database, closed: its path, recovery key and number of units."""
    with ny_databas.databas.ra_anslutning() as anslutning:
        (antal,) = anslutning.execute("SELECT count(*) FROM enhet").fetchone()
    ny_databas.stang()
    return ny_databas.databas.sokvag, ny_databas.aterstallningsnyckel, antal


def _starta(sokvag: Path, nyckel: str, uppgift: str) -> subprocess.Popen[str]:
    miljo = {**os.environ, "FELFALL_NYCKEL": nyckel, "PYTHONPATH": str(ROT)}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.felfall.skrivare", str(sokvag), uppgift],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROT,
        env=miljo,
    )


def _rad(process: subprocess.Popen[str]) -> dict:
    rad = process.stdout.readline() if process.stdout else ""
    assert rad, "skrivaren slutade utan att svara"
    return json.loads(rad)


def _antal_och_kontroll(sokvag: Path) -> int:
    with databasfil.oppna_genast(sokvag) as oppen:
        assert kontroll.kontrollera(oppen.databas) == []
        with oppen.databas.ra_anslutning() as anslutning:
            return anslutning.execute("SELECT count(*) FROM enhet").fetchone()[0]


@pytest.mark.timeout(120)
def test_sigkill_mitt_i_skrivningar_lamnar_senaste_bekraftade_tillstand(fil) -> None:
    sokvag, nyckel, fore = fil
    process = _starta(sokvag, nyckel, "skriv")
    assert _rad(process) == {"oppnad": True}
    for _ in range(15):
        senast = _rad(process)["klart"]
    process.send_signal(signal.SIGKILL)
    process.wait(30)
    # The writer does not wait for us: it may have committed and reported more steps
    # before it died. What it reported is still in the pipe.
    for rad in process.stdout or ():
        senast = json.loads(rad).get("klart", senast)
    efter = _antal_och_kontroll(sokvag)  # opens (stale lock taken over), both checks pass
    tillagda = efter - fore
    # Whole steps only, and at least every step it reported committed (the one being
    # committed when it died may also have made it).
    assert tillagda % RADER_PER_STEG == 0
    assert senast * RADER_PER_STEG <= tillagda <= (senast + 1) * RADER_PER_STEG


@pytest.mark.timeout(120)
def test_full_disk_ger_svenskt_meddelande_och_inget_forloras(fil) -> None:
    sokvag, nyckel, fore = fil
    process = _starta(sokvag, nyckel, "full_disk")
    assert _rad(process) == {"oppnad": True}
    rader = [_rad(process)]
    while "laser_efterat" not in rader[-1] and len(rader) < 500:
        rader.append(_rad(process))
    slut = next(i for i, r in enumerate(rader) if "fel" in r)
    klara = [r["klart"] for r in rader[:slut]]
    assert rader[slut]["fel"] == "DiskenFull", rader[slut]
    assert "Disken är full" in rader[slut]["meddelande"]
    assert rader[slut + 1] == {"laser_efterat": fore + len(klara) * RADER_PER_STEG}
    assert process.wait(30) == 0
    assert _antal_och_kontroll(sokvag) == fore + len(klara) * RADER_PER_STEG


@pytest.mark.timeout(120)
def test_tva_processer_och_ett_kvarlamnat_las(fil) -> None:
    sokvag, nyckel, fore = fil
    process = _starta(sokvag, nyckel, "hall")
    assert _rad(process) == {"oppnad": True}
    with pytest.raises(fel.DatabasLast, match="används just nu av ett annat program"):
        databasfil.oppna_genast(sokvag)
    process.send_signal(signal.SIGKILL)
    process.wait(30)
    with databasfil.oppna_genast(sokvag) as oppen:  # the dead holder's lock is taken over
        assert oppen.las.tog_over_gammalt_las
    assert _antal_och_kontroll(sokvag) == fore


@pytest.mark.timeout(120)
def test_full_disk_under_sakerhetskopian_lamnar_ingen_halv_kopia(ny_databas) -> None:
    from skrivbord.tjanster import sakerhetskopior

    with ny_databas.databas.ra_anslutning() as anslutning:
        for i in range(400):
            anslutning.execute(
                "INSERT INTO enhet (namn, typ, aktiv, skapad, andrad) "
                "VALUES (?, 'sabo', 1, '2025-01-01', '2025-01-01')",
                (f"Provenhet {i:03d} " + "y" * 200,),
            )
    ny_databas.stang()
    sokvag = ny_databas.databas.sokvag
    assert sokvag.stat().st_size > 100 * 1024
    fore = sokvag.read_bytes()
    process = _starta(sokvag, ny_databas.aterstallningsnyckel, "kopia_full_disk")
    assert _rad(process) == {"oppnad": True}
    svar = _rad(process)
    assert svar["fel"] == "DiskenFull" and "Disken är full" in svar["meddelande"], svar
    assert process.wait(30) == 0
    mapp = sakerhetskopior.kopiemapp(sokvag)
    assert not mapp.exists() or list(mapp.iterdir()) == []  # no copy, no half a copy
    assert sokvag.read_bytes() == fore
