"""The egenkontroll plan as the Egenkontroller page reads it."""

from __future__ import annotations

from skrivbord.modeller import Egenkontroll
from skrivbord.tjanster import standarddata
from skrivbord.tjanster.egenkontroller import plan as egenkontroller
from skrivbord.typer import Frekvens


def test_standardplanen_med_svenska_frekvenser(databas) -> None:
    plan = egenkontroller.plan(databas)
    assert [p.omrade for p in plan] == [p["omrade"] for p in standarddata.egenkontrollplan()]
    forsta = plan[0]
    assert forsta.frekvens in {f.etikett for f in Frekvens}
    assert forsta.ansvarig and forsta.rapporteras_till and forsta.kalla


def test_vilande_poster_visas_inte(databas) -> None:
    fore = egenkontroller.plan(databas)
    with databas.session() as s:
        s.get(Egenkontroll, fore[0].id).aktiv = False
    efter = egenkontroller.plan(databas)
    assert [p.id for p in efter] == [p.id for p in fore[1:]]
