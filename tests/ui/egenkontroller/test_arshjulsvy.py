"""The Årshjul tab: the plan over the months of the year, coloured as the calendar
computes each occurrence, read again when the tab is shown."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from skrivbord.tjanster.egenkontroller import tillfallen
from skrivbord.tjanster.egenkontroller.utfall import Lage
from skrivbord.ui.egenkontroller.arshjulsvy import FARGER, Arshjulsvy
from skrivbord.ui.egenkontroller.sida import EgenkontrollSida

IDAG = date(2026, 11, 23)


@pytest.fixture
def vy(qtbot, databas) -> Arshjulsvy:
    v = Arshjulsvy(databas, idag=IDAG)
    qtbot.addWidget(v)
    return v


def _rad(vy: Arshjulsvy, omrade: str) -> int:
    return next(i for i, r in enumerate(vy.rader) if r.omrade == omrade)


def test_manaderna_far_lage_antal_och_namn(qtbot, vy) -> None:
    rad = _rad(vy, "Fall – veckogenomgång")
    oktober = vy.tabell.item(rad, 10)
    assert oktober.background().color() == QColor(FARGER[Lage.FORSENAD][0])
    assert oktober.text().isdigit() and int(oktober.text()) > 1  # one per unit and week
    namn = oktober.data(Qt.ItemDataRole.AccessibleTextRole)
    assert namn.startswith("Fall – veckogenomgång, oktober: ") and "försenad" in namn
    december = vy.tabell.item(rad, 12)
    assert december.background().color() == QColor(FARGER[Lage.PLANERAD][0])
    halt = _rad(vy, "Vårdrelaterade infektioner – HALT")
    assert vy.tabell.item(halt, 1).text() == ""
    assert "inga tillfällen" in vy.tabell.item(halt, 1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert vy.tabell.item(halt, 5).text() != ""
    assert vy.tabell.horizontalHeaderItem(11).font().bold()  # November: this month


def test_delvis_forsenad_manad_sager_hur_manga(vy) -> None:
    from skrivbord.tjanster.egenkontroller.arshjul import Manad

    assert vy._text(Manad(((Lage.FORSENAD, 3), (Lage.UTFORD, 33)))) == "3/36"
    assert vy._text(Manad(((Lage.UTFORD, 4),))) == "4"
    assert vy._text(Manad(((Lage.PLANERAD, 1),))) == "●"


def test_tangentbordet_flyttar_mellan_manaderna(qtbot, vy) -> None:
    vy.show()
    vy.tabell.setFocus()
    vy.tabell.setCurrentCell(0, 1)
    qtbot.keyClick(vy.tabell, Qt.Key.Key_Right)
    qtbot.keyClick(vy.tabell, Qt.Key.Key_Down)
    assert (vy.tabell.currentRow(), vy.tabell.currentColumn()) == (1, 2)


def test_enhetsfiltret(qtbot, vy) -> None:
    vy.enhet.setCurrentIndex(vy.enhet.findText("Solgården"))
    rad = _rad(vy, "Fall – veckogenomgång")
    assert vy.tabell.item(rad, 10).text() in {"4", "5"}  # the weeks due in October
    vy.enhet.setCurrentIndex(vy.enhet.findText("Hela kommunen"))
    assert vy.tabell.item(rad, 10).text() == ""


def test_fliken_laser_om_nar_den_visas(qtbot, databas) -> None:
    sida = EgenkontrollSida(databas)
    qtbot.addWidget(sida)
    assert sida.flikar.tabText(2) == "Årshjul"
    sida.flikar.setCurrentWidget(sida.arshjul)
    ar = date.today().year + 1
    sida.arshjul.ar.setCurrentIndex(sida.arshjul.ar.findData(ar))
    rad = _rad(sida.arshjul, "Hygienrond")
    manad = next(i for i, m in enumerate(sida.arshjul.rader[rad].manader) if m.totalt) + 1
    assert sida.arshjul.tabell.item(rad, manad).background().color() == QColor(
        FARGER[Lage.PLANERAD][0]
    )
    sida.flikar.setCurrentWidget(sida.kalender)
    for t in tillfallen.lista(databas, ar):
        if t.omrade == "Hygienrond":
            tillfallen.ej_aktuellt(databas, t.id, "Enheten byggs om.")
    sida.flikar.setCurrentWidget(sida.arshjul)
    assert sida.arshjul.tabell.item(rad, manad).background().color() == QColor(
        FARGER[Lage.EJ_AKTUELL][0]
    )
