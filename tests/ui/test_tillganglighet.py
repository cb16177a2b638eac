"""Every input on every page and in every dialog has a name a screen reader can say
(an accessible name or a buddy label)."""

from __future__ import annotations

from datetime import date

import pytest

from skrivbord.tjanster.avvikelser import kategorier
from skrivbord.tjanster.avvikelser.veckogenomgangar import Genomgangsdetalj, HallenGenomgang
from skrivbord.tjanster.databasfil import Databas
from skrivbord.typer import Genomgangstyp
from skrivbord.ui.avvikelser.atgardsdialoger import (
    AteroppnaDialog,
    IngaAtgarderDialog,
    NyAtgardDialog,
    UppfoljningDialog,
)
from skrivbord.ui.avvikelser.formular import AvvikelseFormular
from skrivbord.ui.avvikelser.importera import ImportDialog
from skrivbord.ui.avvikelser.kategorier import KategoriDialog
from skrivbord.ui.avvikelser.sammanstallning import SammanstallningDialog
from skrivbord.ui.avvikelser.veckogenomgangsdialog import VeckogenomgangDialog
from skrivbord.ui.avvikelser.veckogenomgangsvisning import GenomgangsVisning
from skrivbord.ui.databasval import AterstallningsDialog
from skrivbord.ui.guide import ForstaStartGuide
from skrivbord.ui.huvudfonster import SIDOR
from skrivbord.ui.installningsdialog import InstallningarDialog
from tests.ui.tillganglighet import namnlosa

IDAG = date(2026, 11, 23)


def test_varje_sida(fonster) -> None:
    for nummer in range(len(SIDOR)):
        fonster.ga_till(nummer)
        assert namnlosa(fonster.sida(nummer)) == [], SIDOR[nummer]
    assert namnlosa(fonster) == []


DIALOGER = {
    "avvikelseformuläret": lambda db: AvvikelseFormular(db, idag=IDAG),
    "ny åtgärd": lambda db: NyAtgardDialog([], lambda *a: None),
    "inga åtgärder": lambda db: IngaAtgarderDialog(lambda *a: None),
    "uppföljning": lambda db: UppfoljningDialog(lambda *a: None),
    "öppna igen": lambda db: AteroppnaDialog(lambda *a: None),
    "veckogenomgång": lambda db: VeckogenomgangDialog(db, idag=IDAG),
    "visad veckogenomgång": lambda db: GenomgangsVisning(
        Genomgangsdetalj(
            HallenGenomgang(1, 1, "Solgården", 2026, 47, Genomgangstyp.FALL, IDAG, (), 0, ""),
            (),
            (),
        )
    ),
    "import": lambda db: ImportDialog(db),
    "kategorier": lambda db: KategoriDialog(db),
    "sammanställning": lambda db: SammanstallningDialog(db, idag=IDAG),
    "inställningar": lambda db: InstallningarDialog(),
    "återställningsnyckel": lambda db: AterstallningsDialog(db.sokvag, "Orsak."),
}


@pytest.mark.parametrize("namn", list(DIALOGER))
def test_varje_dialog(qtbot, databas: Databas, namn: str) -> None:
    assert kategorier.lista(databas)  # the dialogs fill their lists from the database
    dialog = DIALOGER[namn](databas)
    dialog.show()
    try:
        assert namnlosa(dialog) == []
    finally:
        dialog.done(0)
        dialog.deleteLater()


def test_guidens_sidor(qtbot) -> None:
    guide = ForstaStartGuide()
    qtbot.addWidget(guide)
    guide.show()
    for sida in guide.pageIds():
        assert namnlosa(guide.page(sida)) == [], sida
