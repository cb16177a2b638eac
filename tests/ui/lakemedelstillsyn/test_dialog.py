"""Tillsynsformuläret: checklistan, nej med åtgärd, narkotikaräkningen med markerad
differens, reglerna vid sina fält, den sparade tillsynen som bara läses, och sidan."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from skrivbord.tjanster import enheter, personal
from skrivbord.tjanster.databasfil import Databas
from skrivbord.tjanster.egenkontroller import tillfallen
from skrivbord.tjanster.lakemedelstillsyn import checklista, lista, protokoll
from skrivbord.typer import Dokumentkalla, Roll, Tillsynssvar, Tillsynstyp
from skrivbord.ui.egenkontroller import formular
from skrivbord.ui.lakemedelstillsyn.checklistdialog import ChecklistDialog
from skrivbord.ui.lakemedelstillsyn.dialog import TillsynDialog
from skrivbord.ui.lakemedelstillsyn.rakningsvy import DIFFERENS, MARKERAD
from skrivbord.ui.lakemedelstillsyn.sida import LakemedelstillsynSida

IDAG = date(2026, 3, 20)


def _ny(qtbot, databas: Databas) -> TillsynDialog:
    personal.skapa(databas, "Sara", "Sköterskesson", Roll.SJUKSKOTERSKA)
    personal.skapa(databas, "Erik", "Chefsson", Roll.ENHETSCHEF)
    dialog = TillsynDialog(databas, idag=IDAG)
    qtbot.addWidget(dialog)
    solgarden = next(e.id for e in enheter.lista(databas) if e.namn == "Solgården")
    dialog.valj(solgarden, Tillsynstyp.NARKOTIKA, date(2026, 3, 10))
    dialog.utford_av.setCurrentIndex(
        dialog.utford_av.findText("Sara", Qt.MatchFlag.MatchStartsWith)
    )
    return dialog


def _cell(dialog: TillsynDialog, rad: int, kolumn: int, text: str) -> None:
    dialog.rakning.tabell.item(rad, kolumn).setText(text)


def test_ny_narkotikakontroll_med_nej_och_differens(qtbot, databas: Databas) -> None:
    dialog = _ny(qtbot, databas)
    punkter = checklista.punkter(databas, Tillsynstyp.NARKOTIKA)
    assert len(dialog.checklista.rader) == len(punkter)
    assert dialog.rakningsruta.isVisibleTo(dialog)
    for kolumn, text in enumerate(("Morfin", "10 mg/ml", "injektionsvätska", "10", "8,5")):
        _cell(dialog, 0, kolumn, text)
    tabell = dialog.rakning.tabell
    assert tabell.item(0, DIFFERENS).text() == "\u22121,5"
    assert tabell.item(0, 0).background().color().name() == MARKERAD
    dialog.spara()  # unanswered items and the difference without a comment
    assert (
        "3 punkter är inte besvarade" in dialog.felrad.text()
        or "inte besvarade" in dialog.felrad.text()
    )
    assert "Skriv vad som utretts" in dialog.felrad.text()
    dialog.checklista.alla_ja()
    nej = dialog.checklista.rader[1]
    nej.svar.setCurrentIndex(nej.svar.findData(Tillsynssvar.NEJ.value))
    assert nej.atgard_ruta.isVisibleTo(dialog)
    dialog.spara()
    assert "beskriv åtgärden" in dialog.felrad.text()
    nej.atgard.setText("Genomgång av signeringsrutinen")
    nej.ansvarig.setCurrentIndex(nej.ansvarig.findText("Erik", Qt.MatchFlag.MatchStartsWith))
    _cell(dialog, 0, 6, "En ampull gick sönder och kasseringen skrevs inte in.")
    dialog.spara()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.felrad.text()
    d = protokoll.hamta(databas, dialog.sparat_id)
    assert d.uppgifter.datum == date(2026, 3, 10)
    assert d.rakningar[0].avvikelse_id is not None
    (fynd,) = d.fynd
    assert fynd.atgarder[0].ansvarig_namn == "Erik Chefsson"
    assert fynd.atgarder[0].deadline == date(2026, 4, 9)


def test_olasbart_saldo_sags_vid_tabellen(qtbot, databas: Databas) -> None:
    dialog = _ny(qtbot, databas)
    dialog.checklista.alla_ja()
    for kolumn, text in enumerate(("Oxikodon", "5 mg", "tablett", "tio", "10")):
        _cell(dialog, 0, kolumn, text)
    dialog.spara()
    assert "skriv saldona som tal" in dialog.felrad.text()
    assert dialog.sparat_id is None


def test_sparad_tillsyn_oppnas_och_bara_lases(qtbot, databas: Databas) -> None:
    dialog = _ny(qtbot, databas)
    dialog.checklista.alla_ja()
    for kolumn, text in enumerate(("Oxikodon", "5 mg", "tablett", "40", "40")):
        _cell(dialog, 0, kolumn, text)
    dialog.spara()
    visning = TillsynDialog(databas, idag=IDAG, tillsyn_id=dialog.sparat_id)
    qtbot.addWidget(visning)
    assert not visning.enhet.isEnabled() and visning.deltagare.isReadOnly()
    assert all(not r.svar.isEnabled() for r in visning.checklista.rader)
    assert visning.rakning.tabell.item(0, 0).text() == "Oxikodon"
    assert not visning.rakning.ny_rad.isVisibleTo(visning)


def test_tillfallet_oppnar_formularet_for_sin_enhet_och_typ(qtbot, databas: Databas) -> None:
    solgarden = next(e.id for e in enheter.lista(databas) if e.namn == "Solgården")
    t = next(
        t
        for t in tillfallen.lista(databas, 2026, solgarden, IDAG)
        if t.dokumenteras_i == Dokumentkalla.TILLSYN_OVRIGA
    )
    assert formular.har_formular(t)
    dialog = formular.for_tillfallet(databas, t, None, IDAG)
    assert isinstance(dialog, TillsynDialog)
    qtbot.addWidget(dialog)
    assert dialog.enhet.currentData() == solgarden
    assert dialog.typ.currentData() == Tillsynstyp.OVRIGA.value
    assert not dialog.rakningsruta.isVisibleTo(dialog)


def test_sidan_filtrerar_och_checklistorna_andras(qtbot, databas: Databas) -> None:
    dialog = _ny(qtbot, databas)
    dialog.checklista.alla_ja()
    for kolumn, text in enumerate(("Oxikodon", "5 mg", "tablett", "40", "40")):
        _cell(dialog, 0, kolumn, text)
    dialog.spara()
    sida = LakemedelstillsynSida(databas, idag=IDAG)
    qtbot.addWidget(sida)
    assert sida.modell.rowCount() == 1 and sida.antal.text() == "1 tillsyn"
    sida.typ.setCurrentIndex(sida.typ.findData(Tillsynstyp.OVRIGA.value))
    assert sida.modell.rowCount() == 0 and sida.tom.isVisibleTo(sida)
    redigera = ChecklistDialog(databas)
    qtbot.addWidget(redigera)
    redigera.typ.setCurrentIndex(redigera.typ.findData(Tillsynstyp.NARKOTIKA.value))
    redigera.lista.setCurrentRow(0)
    redigera.ta_bort()  # answered: made inactive
    assert "(inaktiv)" in redigera.lista.item(0).text()
    assert len(checklista.punkter(databas, Tillsynstyp.NARKOTIKA)) == 3
    assert lista.lista(databas)[0].nej_svar == 0
