"""The form an occurrence opens: the record that documents it, else a new one of that
record prefilled with the occurrence's unit, kind and period. A weekly review held
opens read-only (a held review is not changed); a logguppföljning and the yearly review
of a unit's delegations open in their own forms; a läkemedelstillsyn opens its form (a
saved one read-only, a new one prefilled with the unit, kind and a date in the period);
an occurrence with its own result opens the result dialog (kalendervy.py)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster.avvikelser import veckogenomgangar
from skrivbord.tjanster.egenkontroller.tillfallen import Tillfalle
from skrivbord.tjanster.egenkontroller.utfall import Lage
from skrivbord.tjanster.lakemedelstillsyn.lista import TYP_FOR_KALLA
from skrivbord.typer import Dokumentkalla, Genomgangstyp, Loggkontrolltyp
from skrivbord.ui.avvikelser.veckogenomgangsdialog import VeckogenomgangDialog
from skrivbord.ui.avvikelser.veckogenomgangsvisning import GenomgangsVisning
from skrivbord.ui.delegeringar.genomgangsdialog import GenomgangDialog
from skrivbord.ui.gemensamt.formular import fran_date
from skrivbord.ui.lakemedelstillsyn.dialog import TillsynDialog
from skrivbord.ui.logguppfoljning.dialog import LogguppfoljningDialog

if TYPE_CHECKING:
    from skrivbord.tjanster.databasfil import Databas

VECKOTYP = {
    Dokumentkalla.VECKOGENOMGANG_FALL: Genomgangstyp.FALL,
    Dokumentkalla.VECKOGENOMGANG_LAKEMEDEL: Genomgangstyp.LAKEMEDEL,
}
LOGGTYP = {
    Dokumentkalla.LOGG_SYSTEMATISK: Loggkontrolltyp.SYSTEMATISK,
    Dokumentkalla.LOGG_STICKPROV: Loggkontrolltyp.STICKPROV,
}


def har_formular(t: Tillfalle) -> bool:
    """Whether the occurrence opens a weekly review, a logguppföljning, a tillsyn or the
    yearly review of a unit's delegations."""
    if t.lage == Lage.EJ_AKTUELL:
        return False
    if (
        t.dokumenteras_i in VECKOTYP
        or t.dokumenteras_i in TYP_FOR_KALLA
        or t.dokumenteras_i is Dokumentkalla.DELEGERINGSGENOMGANG
    ):
        return t.enhet_id is not None  # held per unit
    return t.dokumenteras_i in LOGGTYP


def for_tillfallet(
    databas: Databas, t: Tillfalle, parent: QWidget | None, idag: date
) -> QDialog | None:
    """The (not yet shown) dialog for ``t``; None when it has none here."""
    if not har_formular(t):
        return None
    if t.dokumenteras_i in VECKOTYP:
        return _veckogenomgang(databas, t, parent, idag)
    if t.dokumenteras_i in TYP_FOR_KALLA:
        return _tillsyn(databas, t, parent, idag)
    if t.dokumenteras_i is Dokumentkalla.DELEGERINGSGENOMGANG:
        return GenomgangDialog(
            databas, parent, idag, enhet_id=t.enhet_id, genomgang_id=t.dokument_id
        )
    if t.dokument_id is not None:
        return LogguppfoljningDialog(databas, parent, idag, t.dokument_id)
    dialog = LogguppfoljningDialog(databas, parent, idag)
    dialog.typ.setCurrentIndex(dialog.typ.findData(LOGGTYP[t.dokumenteras_i].value))
    dialog.period_fran.setDate(fran_date(t.period_fran or t.planerat_datum))
    dialog.period_till.setDate(fran_date(t.planerat_datum))
    dialog.enhet.setCurrentIndex(max(0, dialog.enhet.findData(t.enhet_id)))
    return dialog


def _veckogenomgang(
    databas: Databas, t: Tillfalle, parent: QWidget | None, idag: date
) -> QDialog | None:
    if t.dokument_id is not None:
        try:
            return GenomgangsVisning(veckogenomgangar.hamta(databas, t.dokument_id), parent)
        except OgiltigUppgift:
            return None  # removed meanwhile: the calendar is read again
    dialog = VeckogenomgangDialog(
        databas, parent, idag=idag, enhet_id=t.enhet_id, typ=VECKOTYP[t.dokumenteras_i]
    )
    ar, vecka = t.planerat_datum.isocalendar()[:2]
    dialog.ar.setValue(ar)
    dialog.vecka.setValue(vecka)
    return dialog


def _tillsyn(databas: Databas, t: Tillfalle, parent: QWidget | None, idag: date) -> QDialog | None:
    if t.dokument_id is not None:
        try:
            return TillsynDialog(databas, parent, idag, t.dokument_id)
        except OgiltigUppgift:
            return None  # removed meanwhile: the calendar is read again
    dialog = TillsynDialog(databas, parent, idag)
    dialog.valj(t.enhet_id, TYP_FOR_KALLA[t.dokumenteras_i], min(t.planerat_datum, idag))
    return dialog
