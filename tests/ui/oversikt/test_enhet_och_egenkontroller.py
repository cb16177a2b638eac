"""Översikt for one unit (kept for the next start, so an enhetschef's laptop opens on
her unit) and its egenkontroll rows, each opening the occurrence's form."""

from __future__ import annotations

from datetime import date, datetime

from skrivbord import installningar
from skrivbord.tjanster import enheter
from skrivbord.typer import Dokumentkalla
from skrivbord.ui.avvikelser.veckogenomgangsdialog import VeckogenomgangDialog
from skrivbord.ui.egenkontroller.resultatdialog import ResultatDialog
from skrivbord.ui.oversikt import OversiktSida
from tests.tjanster.test_oversikt import _avvikelse

IDAG = date(2026, 6, 15)


def _enhet(databas, namn: str) -> int:
    return next(e.id for e in enheter.lista(databas) if e.namn == namn)


def test_en_enhet_och_valet_sparas(databas, qtbot) -> None:
    solgarden = _enhet(databas, "Solgården")
    annan = next(e.id for e in enheter.lista(databas) if e.id != solgarden)
    egen = _avvikelse(databas, solgarden, datetime(2026, 5, 20, 10, 0))
    _avvikelse(databas, annan, datetime(2026, 5, 21, 10, 0))
    sida = OversiktSida(databas, idag=IDAG)
    qtbot.addWidget(sida)
    assert sida.enhet.currentData() is None
    assert sida.vantande_rubrik.text() == "Avvikelser som väntar (2)"
    sida.enhet.setCurrentIndex(sida.enhet.findData(solgarden))
    assert sida.vantande_rubrik.text() == "Avvikelser som väntar (1)"
    assert f"avvikelse:{egen}" in sida.vantande.text()
    assert "Siffrorna gäller Solgården" in sida.ingress.text()
    assert sida.rutor["avvikelser"].tal.text() == "1"
    assert installningar.lasa(installningar.OVERSIKT_ENHET) == solgarden
    # The next time the page opens (the next start), on the same unit.
    igen = OversiktSida(databas, idag=IDAG)
    qtbot.addWidget(igen)
    assert igen.enhet.currentData() == solgarden
    assert igen.vantande_rubrik.text() == "Avvikelser som väntar (1)"


def test_egenkontrollerna_listas_och_oppnas(databas, qtbot) -> None:
    sida = OversiktSida(databas, idag=IDAG)
    qtbot.addWidget(sida)
    o = sida.oversikt
    assert o is not None
    antal = len(o.egenkontroller.forsenade) + len(o.egenkontroller.kommande)
    assert antal == o.forsenade_egenkontroller + o.kommande_egenkontroller > 0
    assert sida.egenkontroller_rubrik.text() == f"Egenkontroller att göra ({antal})"
    alla = o.egenkontroller.forsenade + o.egenkontroller.kommande
    text = sida.egenkontroller.text()
    # An own result opens the result dialog, a weekly review its form, prefilled.
    eget = next(t for t in alla if t.dokumenteras_i == Dokumentkalla.RESULTAT)
    assert f"tillfalle:{eget.id}" in text or len(alla) > 9
    sida.egenkontroller.linkActivated.emit(f"tillfalle:{eget.id}")
    assert isinstance(sida.dialog, ResultatDialog) and sida.dialog.isVisible()
    sida.dialog.reject()
    vecka = next(
        t for t in alla if t.dokumenteras_i == Dokumentkalla.VECKOGENOMGANG_FALL and t.enhet_id
    )
    sida.oppna_tillfalle(vecka.id)
    assert isinstance(sida.dialog, VeckogenomgangDialog)
    assert sida.dialog.vecka.value() == vecka.planerat_datum.isocalendar()[1]
    sida.dialog.reject()
    # More than the list shows: the Egenkontroller page.
    with qtbot.waitSignal(sida.egenkontroller_valda):
        sida.egenkontroller.linkActivated.emit("egenkontroller")


def test_en_enhets_egenkontroller_ar_bara_dess(databas, qtbot) -> None:
    solgarden = _enhet(databas, "Solgården")
    installningar.spara(installningar.OVERSIKT_ENHET, solgarden)
    sida = OversiktSida(databas, idag=IDAG)
    qtbot.addWidget(sida)
    o = sida.oversikt
    assert o is not None and o.enhet_id == solgarden
    alla = o.egenkontroller.forsenade + o.egenkontroller.kommande
    assert alla and all(t.enhet_id == solgarden for t in alla)
    assert "Hela kommunen" not in sida.egenkontroller.text()


def test_en_saknad_veckogenomgang_oppnar_formularet(databas, qtbot) -> None:
    sida = OversiktSida(databas, idag=IDAG)
    qtbot.addWidget(sida)
    o = sida.oversikt
    assert o is not None and o.saknade_veckogenomgangar
    saknad = o.saknade_veckogenomgangar[0]
    adress = f"genomgang:{saknad.enhet_id}:{saknad.typ.value}:{saknad.ar}:{saknad.vecka}"
    assert f"href='{adress}'" in sida.saknade.text()
    sida.saknade.linkActivated.emit(adress)
    dialog = sida.dialog
    assert isinstance(dialog, VeckogenomgangDialog) and dialog.isVisible()
    assert (dialog.ar.value(), dialog.vecka.value()) == (saknad.ar, saknad.vecka)
    assert dialog.enhet.currentData() == saknad.enhet_id
    assert dialog.typ.currentData() == saknad.typ.value
    dialog.reject()
