"""Screenshots for docs/ and the README, taken offscreen from a synthetic demo database.

.venv/bin/python skript/skarmdumpar.py [--ut docs/skarmdumpar]

Everything happens in a temporary home folder with an in-memory keyring; all names
come from the demo generator's synthetic fragments (resurser/demo/).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description="Skärmdumpar till docs/")
    parser.add_argument("--ut", type=Path, default=ROT / "docs" / "skarmdumpar")
    args = parser.parse_args()
    args.ut.mkdir(parents=True, exist_ok=True)
    hem = Path(tempfile.mkdtemp(prefix="skrivbord-bilder-"))
    os.environ["SKRIVBORD_HEM"] = str(hem)

    from PySide6.QtWidgets import QApplication

    sys.path.insert(0, str(ROT))
    from skrivbord.jobb import kor_till_slut
    from skrivbord.lagring import nyckelring
    from skrivbord.tjanster import demodata
    from skrivbord.ui import bakgrund
    from skrivbord.ui.app import skapa_app
    from skrivbord.ui.avvikelser.formular import AvvikelseFormular
    from skrivbord.ui.guide import KOMMUN, ForstaStartGuide
    from skrivbord.ui.huvudfonster import Huvudfonster
    from skrivbord.ui.organisation.register import PERSONAL, RegisterDialog
    from tests.minnesnyckelring import MinnesNyckelring

    ring = nyckelring.Nyckelring(MinnesNyckelring(), "Windows Autentiseringshanteraren")
    nyckelring.anvand(ring)
    app = skapa_app([])
    bakgrund.satt_synkront(True)  # every step done before its screenshot
    idag = date.today()
    skapad = kor_till_slut(
        demodata.skapa_demo(
            hem / "demo.db",
            ar=2,
            avvikelser_per_ar=1200,
            seed=3,
            kommun="Demokommun",
            idag=idag,
        )
    )

    def spara(widget, namn: str) -> None:
        widget.show()
        for _ in range(3):
            app.processEvents()
        widget.grab().save(str(args.ut / namn))
        print(args.ut / namn)

    fonster = Huvudfonster()
    fonster.resize(1200, 760)
    fonster.satt_databas(skapad.oppen)
    spara(fonster, "huvudfonster.png")
    fonster.ga_till(1)
    spara(fonster, "egenkontroller.png")
    # The Avvikelser page has a list and a detail panel side by side: a wider window.
    fonster.resize(1400, 860)
    fonster.ga_till(4)
    sida = fonster.stapel.currentWidget()
    sida.tabell.selectRow(2)
    spara(fonster, "avvikelser.png")

    # The register at a 1280×720 laptop's size, the smallest screen it is made for.
    register = RegisterDialog(skapad.databas)
    register.resize(1280, 720)
    spara(register, "register-enheter.png")
    register.flikar.setCurrentIndex(PERSONAL)
    spara(register, "register-personal.png")
    register.close()

    formular = AvvikelseFormular(skapad.databas, idag=idag)
    formular.resize(700, 900)
    fall = next(i for i, k in formular._kategorikoder.items() if k == "fall")
    formular.kategori.setCurrentIndex(formular.kategori.findData(fall))
    formular.beskrivning.setPlainText("Hittades sittande på golvet i badrummet vid nattillsynen.")
    formular.risk_konsekvens.setCurrentIndex(2)
    formular.risk_sannolikhet.setCurrentIndex(3)
    spara(formular, "avvikelseformular.png")

    guide = ForstaStartGuide()
    guide.resize(720, 520)
    spara(guide, "guide.png")
    guide.next()
    assert guide.currentId() == KOMMUN
    guide.kommun.namn.setText("Provby kommun")
    guide.kommun.kod.setText("9998")
    guide.next()
    guide.enheter.tabell.item(0, 0).setText("Tallbacken")
    guide.next()
    guide.plats.sokvag.setText(str(hem / "provby.db"))
    guide.next()
    spara(guide, "aterstallningsnyckel.png")
    guide.resultat.stang()
    fonster.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
