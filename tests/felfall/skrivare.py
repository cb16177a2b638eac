"""A writer process for the fault tests (run as ``python -m tests.felfall.skrivare``).

Opens the database with the recovery key (an in-memory keyring, as in the tests) and
writes as the task in argv[2] says, printing one line per committed step, so the test
knows the last committed state when it kills the process or limits its file size.
"""

from __future__ import annotations

import json
import os
import signal
import sys

from skrivbord import fel
from skrivbord.jobb import kor_till_slut
from skrivbord.lagring import nyckelring
from skrivbord.tjanster import databasfil
from tests.minnesnyckelring import MinnesNyckelring

RADER_PER_STEG = 200


def _svara(svar: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(svar) + "\n")
    sys.stdout.flush()


def _skriv_steg(oppen: databasfil.OppenDatabas, steg: int, text: str) -> None:
    with oppen.databas.session() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO enhet (namn, typ, aktiv, skapad, andrad) "
            "VALUES (?, 'sabo', 1, '2025-01-01', '2025-01-01')",
            [(f"Steg {steg:05d} rad {i:03d} {text}",) for i in range(RADER_PER_STEG)],
        )


def main() -> int:
    sokvag, uppgift = sys.argv[1], sys.argv[2]
    nyckelring.anvand(nyckelring.Nyckelring(MinnesNyckelring(), "felfall"))
    if uppgift in ("full_disk", "kopia_full_disk"):
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        grans = os.path.getsize(sokvag) + 256 * 1024 if uppgift == "full_disk" else 48 * 1024
        resource.setrlimit(resource.RLIMIT_FSIZE, (grans, grans))
    oppen = databasfil.oppna_genast(sokvag, os.environ["FELFALL_NYCKEL"])
    _svara({"oppnad": True})
    if uppgift == "kopia_full_disk":
        try:
            kor_till_slut(databasfil.sakerhetskopiera(oppen))
        except fel.SkrivbordFel as exc:
            _svara({"fel": type(exc).__name__, "meddelande": exc.meddelande})
        oppen.stang()
        return 0
    if uppgift == "hall":
        sys.stdin.readline()  # holds the lock until the test says so (or kills us)
        return 0
    steg = 0
    try:
        while True:
            steg += 1
            _skriv_steg(oppen, steg, "x" * (2000 if uppgift == "full_disk" else 40))
            _svara({"klart": steg})
    except fel.SkrivbordFel as exc:
        _svara({"fel": type(exc).__name__, "meddelande": exc.meddelande})
    # The app keeps running: it still reads.
    with oppen.databas.ra_anslutning() as anslutning:
        (antal,) = anslutning.execute("SELECT count(*) FROM enhet").fetchone()
    _svara({"laser_efterat": antal})
    oppen.stang()
    return 0


if __name__ == "__main__":
    sys.exit(main())
