"""Integrity check of a database file, in three steps, each reported on its own:

1. the cipher's page signatures (``PRAGMA cipher_integrity_check``: every page's HMAC,
   so a changed or damaged page is named even where SQLite could not read it);
2. SQLite's own structure (``PRAGMA integrity_check``);
3. the foreign keys (``PRAGMA foreign_key_check``).

A damaged file can make a step fail outright (SQLite's own check stops at the first
page it cannot decrypt; a broken record can make a step ask for more memory than
there is). Such a step is reported as not run, in Swedish, and the next step still
runs: the check never ends in a traceback and always says what it found.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

import sqlcipher3.dbapi2 as sqlcipher

from skrivbord.lagring.databas import Databas

log = logging.getLogger(__name__)

_HMAC = re.compile(r"HMAC verification failed for page (\d+)", re.I)


def kontrollera(databas: Databas) -> list[str]:
    """Problems found, as Swedish sentences; an empty list means the file is whole."""
    problem: list[str] = []
    _steg(databas, problem, "Krypteringskontrollen", _krypteringen)
    _steg(databas, problem, "SQLite:s integritetskontroll", _integriteten)
    _steg(databas, problem, "Kontrollen av främmande nycklar", _nycklarna)
    return problem


def _steg(
    databas: Databas,
    problem: list[str],
    namn: str,
    kontroll: Callable[[sqlcipher.Connection], list[str]],
) -> None:
    try:
        # A connection per step: a step that stopped half-way can leave its connection
        # unusable (the next PRAGMA then fails with a MemoryError).
        with databas.egen_anslutning() as anslutning:
            try:
                problem.extend(kontroll(anslutning))
            except MemoryError:
                log.info("%s kunde inte köras (MemoryError)", namn)
                problem.append(
                    f"{namn} kunde inte köras: minnet räckte inte, troligen för att en "
                    "skadad sida anger en orimlig storlek."
                )
            except sqlcipher.Error as exc:
                log.info("%s kunde inte köras (%s)", namn, type(exc).__name__)
                problem.append(
                    f"{namn} kunde inte köras till slut: filen gick inte att läsa ({exc})."
                )
    except Exception as exc:  # no connection at all: still say which step
        log.info("%s kunde inte köras (%s)", namn, type(exc).__name__)
        orsak = getattr(exc, "meddelande", None) or type(exc).__name__
        problem.append(f"{namn} kunde inte köras: {orsak}")


def _krypteringen(anslutning: sqlcipher.Connection) -> list[str]:
    fynd = []
    for (rad,) in anslutning.execute("PRAGMA cipher_integrity_check").fetchall():
        traff = _HMAC.search(str(rad))
        if traff:
            fynd.append(
                f"Krypteringskontroll: sidan {traff.group(1)} har fel signatur (HMAC); "
                "den har ändrats eller skadats."
            )
        else:
            fynd.append(f"Krypteringskontroll: {rad}")
    return fynd


def _integriteten(anslutning: sqlcipher.Connection) -> list[str]:
    resultat = [rad for (rad,) in anslutning.execute("PRAGMA integrity_check").fetchall()]
    if resultat == ["ok"]:
        return []
    return [f"Databaskontroll: {rad}" for rad in resultat]


def _nycklarna(anslutning: sqlcipher.Connection) -> list[str]:
    return [
        f"Rad {rad_id} i {tabell} pekar på en saknad rad i {foralder}."
        for tabell, rad_id, foralder, _ in anslutning.execute("PRAGMA foreign_key_check")
    ]
