"""Årsöversikten: planens tillfällen per enhet och typ (i tid, sent, ej gjorda) och
tillsynernas antal, räknade om med SQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import func, select

from skrivbord.modeller import Enhet, Lakemedelstillsyn
from skrivbord.tjanster.databasfil import Databas
from skrivbord.tjanster.lakemedelstillsyn import lista, protokoll
from skrivbord.tjanster.lakemedelstillsyn.uppgifter import Rakning, Tillsynsuppgifter
from tests.tjanster.lakemedelstillsyn.conftest import IDAG


def test_narkotikakontrollen_pa_solgarden(
    databas: Databas, uppgifter: Callable[..., Tillsynsuppgifter]
) -> None:
    protokoll.spara(databas, uppgifter(datum=date(2026, 2, 20)), IDAG)
    differens = (Rakning("Morfin", "10 mg/ml", "injektionsvätska", 10, 9, "Utrett."),)
    protokoll.spara(databas, uppgifter(datum=date(2026, 3, 3), rakningar=differens), IDAG)
    oversikt = lista.arsoversikt(databas, 2026, IDAG)
    assert oversikt.till == IDAG
    rad = next(r for r in oversikt.rader if r.enhet == "Solgården" and r.typ == "Narkotikakontroll")
    # January and February are due by 20 March; March is not yet.
    assert (rad.planerade, rad.i_tid, rad.sent, rad.ej_gjorda) == (2, 1, 0, 1)
    assert (rad.tillsyner, rad.differenser, rad.nej_svar, rad.oppna_atgarder) == (2, 1, 0, 0)
    with databas.session() as s:
        antal = s.scalar(
            select(func.count())
            .select_from(Lakemedelstillsyn)
            .join(Enhet, Enhet.id == Lakemedelstillsyn.enhet_id)
            .where(
                Enhet.namn == "Solgården",
                Lakemedelstillsyn.typ == "narkotika",
                Lakemedelstillsyn.datum.between(date(2026, 1, 1), date(2026, 12, 31)),
            )
        )
    assert antal == rad.tillsyner
    # Units without a läkemedelsförråd owe no narkotikakontroll.
    assert not any(
        r.enhet == "Hemtjänst Norra" and r.typ == "Narkotikakontroll" for r in oversikt.rader
    )
