"""The year and unit choices the calendar and the årshjul share."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from skrivbord.tjanster import enheter
from skrivbord.tjanster.databasfil import Databas

KOMMUNEN = -1  # the unit choice for the whole kommun's occurrences (enhet_id None)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Egenkontrollfilter", text)


def arval(idag: date) -> QComboBox:
    """Two years back to next year, this year chosen."""
    val = QComboBox()
    val.setAccessibleName(_tr("År"))
    for ar in range(idag.year - 2, idag.year + 2):
        val.addItem(str(ar), ar)
    val.setCurrentIndex(val.findData(idag.year))
    return val


def enhetsval(databas: Databas) -> QComboBox:
    """All units, the whole kommun, then each active unit."""
    val = QComboBox()
    val.setAccessibleName(_tr("Enhet"))
    val.addItem(_tr("Alla enheter"), None)
    val.addItem(_tr("Hela kommunen"), KOMMUNEN)
    for e in enheter.lista(databas, bara_aktiva=True):
        val.addItem(e.namn, e.id)
    return val
