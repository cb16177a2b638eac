"""An occurrence in the calendar opens its form: the weekly review for its unit and ISO
week, the logguppföljning of its kind and period (the one that documents it, else a
new one prefilled), the result dialog for those with their own result."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from skrivbord.tjanster import enheter, personal
from skrivbord.tjanster.avvikelser import veckogenomgangar
from skrivbord.tjanster.logguppfoljning import protokoll
from skrivbord.tjanster.logguppfoljning.uppgifter import Logguppgifter
from skrivbord.typer import Dokumentkalla, Genomgangstyp, Loggkontrolltyp, Roll, Tillsynstyp
from skrivbord.ui.avvikelser.veckogenomgangsdialog import VeckogenomgangDialog
from skrivbord.ui.avvikelser.veckogenomgangsvisning import GenomgangsVisning
from skrivbord.ui.egenkontroller.kalendervy import Kalendervy
from skrivbord.ui.egenkontroller.resultatdialog import ResultatDialog
from skrivbord.ui.lakemedelstillsyn.dialog import TillsynDialog
from skrivbord.ui.logguppfoljning.dialog import LogguppfoljningDialog

IDAG = date(2026, 11, 23)


@pytest.fixture
def kalender(qtbot, databas) -> Kalendervy:
    k = Kalendervy(databas, idag=IDAG)
    qtbot.addWidget(k)
    k.show()
    return k


def _valj(kalender: Kalendervy, villkor) -> int:
    rad = next(i for i, t in enumerate(kalender._rader) if villkor(t))
    kalender.tabell.selectRow(rad)
    return rad


def _stang(kalender: Kalendervy) -> None:
    assert kalender.dialog is not None
    kalender.dialog.done(0)
    kalender.dialog = None


def _vecka10(t) -> bool:
    return (
        t.dokumenteras_i == Dokumentkalla.VECKOGENOMGANG_FALL
        and t.enhet == "Solgården"
        and t.planerat_datum.isocalendar()[:2] == (2026, 10)
    )


def test_veckogenomgangen_for_enheten_och_veckan(qtbot, kalender, databas) -> None:
    _valj(kalender, _vecka10)
    assert kalender.oppna_knapp.isVisible() and kalender.oppna_knapp.isEnabled()
    qtbot.keyClick(kalender.tabell, Qt.Key.Key_Return)
    dialog = kalender.dialog
    assert isinstance(dialog, VeckogenomgangDialog) and dialog.isVisible()
    assert dialog.enhet.currentText() == "Solgården"
    assert dialog.typ.currentData() == Genomgangstyp.FALL.value
    assert (dialog.ar.value(), dialog.vecka.value()) == (2026, 10)
    _stang(kalender)
    solgarden = next(e.id for e in enheter.lista(databas) if e.namn == "Solgården")
    veckogenomgangar.registrera(
        databas,
        veckogenomgangar.Genomgang(
            solgarden, 2026, 10, Genomgangstyp.FALL, date(2026, 3, 10), ["Enhetschef"], "Inga fall."
        ),
        IDAG,
    )
    kalender.uppdatera()
    _valj(kalender, _vecka10)
    assert kalender.forklaring.text() == "Dokumenterat som veckogenomgång av fallavvikelser."
    kalender.oppna_knapp.click()
    visning = kalender.dialog
    assert isinstance(visning, GenomgangsVisning)
    assert visning.windowTitle().endswith("Solgården, v. 10 2026")
    _stang(kalender)


def _oktober(t) -> bool:
    return t.dokumenteras_i == Dokumentkalla.LOGG_SYSTEMATISK and t.planerat_datum.month == 10


def test_logguppfoljningen_ny_ifylld_och_den_som_dokumenterar(qtbot, kalender, databas) -> None:
    _valj(kalender, _oktober)
    kalender.oppna()
    dialog = kalender.dialog
    assert isinstance(dialog, LogguppfoljningDialog)
    assert dialog.windowTitle() == "Ny logguppföljning"
    assert dialog.typ.currentData() == Loggkontrolltyp.SYSTEMATISK.value
    assert dialog.period_fran.date().toPython() == date(2026, 10, 1)
    assert dialog.period_till.date().toPython() == date(2026, 10, 31)
    assert dialog.enhet.currentData() is None  # the kommun's review
    _stang(kalender)
    granskare = personal.skapa(databas, "Greta", "Granskare", Roll.MAS).id
    sparat = protokoll.spara(
        databas,
        Logguppgifter(
            datum=date(2026, 10, 28),  # in the period: documents October's occurrence
            typ=Loggkontrolltyp.SYSTEMATISK,
            period_fran=date(2026, 10, 1),
            period_till=date(2026, 10, 27),
            system="Journalsystemet",
            utford_av_id=granskare,
            antal_anvandare=10,
            antal_atkomster=100,
            metod="Loggrapport för månaden.",
        ),
        idag=IDAG,
    )
    kalender.uppdatera()
    _valj(kalender, _oktober)
    kalender.oppna()
    dialog = kalender.dialog
    assert isinstance(dialog, LogguppfoljningDialog)
    assert dialog.windowTitle() == f"Logguppföljning {sparat}"
    assert dialog.metod.toPlainText() == "Loggrapport för månaden."
    _stang(kalender)


def test_lakemedelstillsyn_oppnar_tillsynsformularet(kalender) -> None:
    _valj(kalender, lambda t: t.dokumenteras_i == Dokumentkalla.TILLSYN_NARKOTIKA)
    valt = kalender.valt()
    assert kalender.oppna_knapp.isVisible() and kalender.oppna_knapp.isEnabled()
    kalender.oppna()
    dialog = kalender.dialog
    assert isinstance(dialog, TillsynDialog)
    assert dialog.enhet.currentData() == valt.enhet_id
    assert dialog.typ.currentData() == Tillsynstyp.NARKOTIKA.value
    assert "läkemedelstillsyn" in kalender.forklaring.text()
    _stang(kalender)


def test_eget_resultat_oppnar_resultatdialogen(qtbot, kalender) -> None:
    rad = _valj(kalender, lambda t: t.dokumenteras_i == Dokumentkalla.RESULTAT)
    assert not kalender.oppna_knapp.isVisible()
    kalender.tabell.doubleClicked.emit(kalender.tabell.model().index(rad, kalender.OMRADE))
    assert isinstance(kalender.dialog, ResultatDialog)
    _stang(kalender)
