"""Integrity check of a database file: the cipher's page HMACs, then SQLite's own."""

from __future__ import annotations

import sqlcipher3.dbapi2 as sqlcipher

from skrivbord.lagring.databas import Databas


def kontrollera(databas: Databas) -> list[str]:
    """Problems found, as Swedish sentences; an empty list means the file is whole."""
    problem: list[str] = []
    with databas.ra_anslutning() as anslutning:
        try:
            for (rad,) in anslutning.execute("PRAGMA cipher_integrity_check").fetchall():
                problem.append(f"Krypteringskontroll: {rad}")
        except sqlcipher.Error as exc:
            problem.append(f"Krypteringskontrollen kunde inte köras: {exc}")
        try:
            resultat = [rad for (rad,) in anslutning.execute("PRAGMA integrity_check")]
            if resultat != ["ok"]:
                problem.extend(f"Databaskontroll: {rad}" for rad in resultat)
            for tabell, rad_id, foralder, _ in anslutning.execute("PRAGMA foreign_key_check"):
                problem.append(f"Rad {rad_id} i {tabell} pekar på en saknad rad i {foralder}.")
        except sqlcipher.Error as exc:
            problem.append(f"Databaskontrollen kunde inte läsa alla sidor: {exc}")
    return problem
