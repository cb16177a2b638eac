"""The main window's pages in the order of the navigation: their names, their rows, their
classes (imported the first time a page is shown, not at start-up), and the page shown
while no database is open."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from skrivbord.ui.gemensamt.sida import ingress, rubrik, sidlayout

if TYPE_CHECKING:
    from skrivbord.tjanster.databasfil import Databas

# Marked for translation here, translated where they are shown (the window's self.tr).
SIDOR = (
    QT_TRANSLATE_NOOP("Huvudfonster", "Översikt"),
    QT_TRANSLATE_NOOP("Huvudfonster", "Egenkontroller"),
    QT_TRANSLATE_NOOP("Huvudfonster", "Läkemedelstillsyn"),
    QT_TRANSLATE_NOOP("Huvudfonster", "Delegeringar"),
    QT_TRANSLATE_NOOP("Huvudfonster", "Avvikelser"),
    QT_TRANSLATE_NOOP("Huvudfonster", "Veckogenomgångar"),
    QT_TRANSLATE_NOOP("Huvudfonster", "Logguppföljning"),
    QT_TRANSLATE_NOOP("Huvudfonster", "Export"),
)
OVERSIKT, EGENKONTROLLER, LAKEMEDELSTILLSYN, DELEGERINGAR, AVVIKELSER = range(5)
VECKOGENOMGANGAR, LOGGUPPFOLJNING, EXPORT = range(5, 8)


@cache
def sidtyper() -> tuple[Callable[[Databas], QWidget], ...]:
    """The page classes in the order of SIDOR; each takes the open database."""
    from skrivbord.ui.avvikelser.sida import AvvikelseSida
    from skrivbord.ui.avvikelser.veckogenomgangar import VeckogenomgangSida
    from skrivbord.ui.delegeringar.sida import DelegeringSida
    from skrivbord.ui.egenkontroller.sida import EgenkontrollSida
    from skrivbord.ui.export.sida import ExportSida
    from skrivbord.ui.lakemedelstillsyn.sida import LakemedelstillsynSida
    from skrivbord.ui.logguppfoljning.sida import LogguppfoljningSida
    from skrivbord.ui.oversikt import OversiktSida

    return (
        OversiktSida,
        EgenkontrollSida,
        LakemedelstillsynSida,
        DelegeringSida,
        AvvikelseSida,
        VeckogenomgangSida,
        LogguppfoljningSida,
        ExportSida,
    )


def _tr(text: str) -> str:
    return QCoreApplication.translate("Huvudfonster", text)


def tom_sida(
    kom_igang: Callable[[], None], oppna: Callable[[], None], anslut: Callable[[], None]
) -> QWidget:
    """The page while no database is open: get started (the wizard), open a file or
    connect to the kommun's server."""
    sida = QWidget()
    ruta = QWidget()
    ruta.setFixedWidth(560)
    text = rubrik(_tr("Ingen databas är öppen"))
    text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    forklaring = ingress(
        _tr(
            "Skapa en ny databas för kommunen, öppna demodatabasen för att prova, "
            "öppna en befintlig databasfil eller anslut till kommunens server."
        )
    )
    forklaring.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    ny = QPushButton(_tr("Kom igång …"))
    ny.clicked.connect(kom_igang)
    ny.setDefault(True)
    oppna_knapp = QPushButton(_tr("Öppna databas …"))
    oppna_knapp.clicked.connect(oppna)
    anslut_knapp = QPushButton(_tr("Anslut till server …"))
    anslut_knapp.clicked.connect(anslut)
    knappar = QHBoxLayout()
    knappar.addStretch()
    knappar.addWidget(ny)
    knappar.addWidget(oppna_knapp)
    knappar.addWidget(anslut_knapp)
    knappar.addStretch()
    inre = QVBoxLayout(ruta)
    inre.addWidget(text)
    inre.addWidget(forklaring)
    inre.addSpacing(12)
    inre.addLayout(knappar)
    mitten = QHBoxLayout()
    mitten.addStretch()
    mitten.addWidget(ruta)
    mitten.addStretch()
    layout = sidlayout(sida)
    layout.addStretch(1)
    layout.addLayout(mitten)
    layout.addStretch(2)
    return sida
