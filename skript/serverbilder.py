"""Bilden till docs/flera-anvandare.md: dialogen Anslut till server, ifylld med
påhittade uppgifter och med lösenordsfältet (som det ser ut när nyckelringen saknar
lösenordet), tagen offscreen. Ingen server behövs.

.venv/bin/python skript/serverbilder.py [--ut docs/skarmdumpar]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROT = Path(__file__).resolve().parents[1]
CA_FIL = "C:\\Users\\mas\\Documents\\kommunens-ca.crt"  # as on Windows


def main() -> int:
    parser = argparse.ArgumentParser(description="Bilden av Anslut till server till docs/")
    parser.add_argument("--ut", type=Path, default=ROT / "docs" / "skarmdumpar")
    args = parser.parse_args()
    ut: Path = args.ut
    ut.mkdir(parents=True, exist_ok=True)
    os.environ["SKRIVBORD_HEM"] = tempfile.mkdtemp(prefix="skrivbord-server-")
    sys.path.insert(0, str(ROT))
    from PySide6.QtWidgets import QApplication

    from skrivbord import fel
    from skrivbord.tjanster.serveranslutning import ServerAdress
    from skrivbord.ui.app import skapa_app
    from skrivbord.ui.serverdialog import AnslutDialog

    skapa_app([])
    adress = ServerAdress(
        "db.kommun.se", "skrivbord", "anna.andersson", 5432, "verify-full", CA_FIL
    )
    dialog = AnslutDialog(adress)
    dialog._be_om_losenord(fel.LosenordSaknas(adress.visning(), adress.anvandare))
    dialog.show()
    for _ in range(3):
        QApplication.processEvents()
    fil = ut / "anslut-till-server.png"
    dialog.grab().save(str(fil))
    print(fil)
    return 0


if __name__ == "__main__":
    sys.exit(main())
