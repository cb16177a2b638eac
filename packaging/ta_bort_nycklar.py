"""Run by the uninstaller only when the user chose to delete their data.

Removes the keyring entries (Windows Credential Manager) of the Skrivbord
databases in the given folder (databases and backups), just before the folder
itself is deleted. Entries of databases kept elsewhere are left alone, unless a
copy with the same salt sits in the folder; such a copy opens with its recovery key.
Prints counts only, never a path or a key.
"""

from __future__ import annotations

import sys
from pathlib import Path

from skrivbord import fel
from skrivbord.lagring.databas import lasa_salt
from skrivbord.lagring.nyckelring import Nyckelring


def main(mapp: Path) -> int:
    ring = Nyckelring.fran_systemet()
    salter = set()
    for fil in mapp.rglob("*") if mapp.is_dir() else []:
        if not fil.is_file():
            continue
        try:
            salter.add(lasa_salt(fil))
        except (fel.SkrivbordFel, OSError):
            continue  # not a database (settings, logs …)
    for salt in salter:
        ring.ta_bort(salt)
    sys.stdout.write(f"{len(salter)} databasnycklar borttagna ur {ring.beskrivning}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
