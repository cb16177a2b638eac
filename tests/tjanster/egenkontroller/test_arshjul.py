"""The årshjul counts the calendar's occurrences per plan item and due month; a month
shows the state that asks for action first."""

from __future__ import annotations

from collections import Counter
from datetime import date

from skrivbord.tjanster.egenkontroller import arshjul, plan, tillfallen
from skrivbord.tjanster.egenkontroller.utfall import Lage

IDAG = date(2026, 11, 23)


def test_arshjulet_ar_kalenderns_tillfallen_per_manad(databas) -> None:
    rader = arshjul.berakna(databas, 2026, idag=IDAG)
    assert [r.omrade for r in rader] == [p.omrade for p in plan.plan(databas)]
    lista = tillfallen.lista(databas, 2026, idag=IDAG)
    for rad in rader:
        for nummer, manad in enumerate(rad.manader, start=1):
            egna = [
                t
                for t in lista
                if t.egenkontroll_id == rad.egenkontroll_id and t.planerat_datum.month == nummer
            ]
            assert manad.totalt == len(egna)
            assert dict(manad.antal) == dict(Counter(t.lage for t in egna))
    halt = next(r for r in rader if r.omrade == "Vårdrelaterade infektioner – HALT")
    assert [m.totalt > 0 for m in halt.manader] == [n == 5 for n in range(1, 13)]


def test_forsenad_gar_fore_utford_och_planerad(databas) -> None:
    rader = arshjul.berakna(databas, 2026, idag=IDAG)
    vecka = next(r for r in rader if r.omrade == "Fall – veckogenomgång")
    assert vecka.manader[9].lage == Lage.FORSENAD  # October: no review held at all
    assert vecka.manader[11].lage == Lage.PLANERAD  # December: still to come
    assert arshjul.Manad(()).lage is None
    blandad = arshjul.Manad(((Lage.PLANERAD, 2), (Lage.UTFORD, 3)))
    assert (blandad.lage, blandad.totalt) == (Lage.PLANERAD, 5)


def test_en_enhet_och_hela_kommunen(databas) -> None:
    alla = arshjul.berakna(databas, 2026, idag=IDAG)
    kommunen = arshjul.berakna(databas, 2026, bara_kommunen=True, idag=IDAG)
    kommunens = {
        t.egenkontroll_id for t in tillfallen.lista(databas, 2026, idag=IDAG) if t.enhet_id is None
    }
    for rad, hel in zip(kommunen, alla, strict=True):
        har = any(m.totalt for m in rad.manader)
        assert har == (rad.egenkontroll_id in kommunens)
        assert all(m.totalt <= h.totalt for m, h in zip(rad.manader, hel.manader, strict=True))
