"""Egenkontroll completion per national area code for the aggregate: of the occurrences
due in the period (their due date in it and passed), how many were done, on time or
late. Counted by the egenkontroll service that decides what completes an occurrence
(tjanster/egenkontroller/tillfallen.py, utfall.py), as the egenkontroll report does.

These are counts of inspections, not of patients or staff, so they are published
whole (no small-count suppression); no unit and no plan item's own name leaves.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import select

from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Egenkontroll
from skrivbord.perioder import Period
from skrivbord.rapporter.aggregat.underlag import Genomforandegrad
from skrivbord.tjanster.aggregat import koder
from skrivbord.tjanster.egenkontroller import tillfallen
from skrivbord.tjanster.egenkontroller.utfall import Lage

_FORFALLNA = (Lage.UTFORD, Lage.UTFORD_SENT, Lage.FORSENAD)
_UTFORDA = (Lage.UTFORD, Lage.UTFORD_SENT)


def genomforande(databas: Databas, period: Period, idag: date) -> tuple[Genomforandegrad, ...]:
    """One row per area code of the code list, in its order (zeros included)."""
    with databas.session() as s:
        omradeskod = {
            i: koder.kod("egenkontrollomrade", k)
            for i, k in s.execute(select(Egenkontroll.id, Egenkontroll.omradeskod))
        }
    forfallna: Counter[str] = Counter()
    utforda: Counter[str] = Counter()
    for t in tillfallen.lista(databas, period.ar, idag=idag):
        if not period.start <= t.planerat_datum < period.rakna_till:
            continue
        kod = omradeskod.get(t.egenkontroll_id, koder.ANNAT)
        forfallna[kod] += t.lage in _FORFALLNA
        utforda[kod] += t.lage in _UTFORDA
    return tuple(
        Genomforandegrad(kod, forfallna[kod], utforda[kod])
        for kod in koder.koder("egenkontrollomrade")
    )
