"""The yearly review of a unit's delegations completes its egenkontroll occurrence."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster.delegeringar import genomgang
from skrivbord.tjanster.egenkontroller import tillfallen
from skrivbord.tjanster.egenkontroller.utfall import Lage
from skrivbord.typer import Dokumentkalla, Granskningsresultat

IDAG = date(2027, 11, 15)
OMRADE = "Tillsyn av delegeringar"


def _tillfallet(databas, enhet_id):
    (t,) = [t for t in tillfallen.lista(databas, 2027, enhet_id, idag=IDAG) if t.omrade == OMRADE]
    return t


def test_genomgangen_gor_tillfallet_klart(databas, grupp) -> None:
    fore = _tillfallet(databas, grupp.solgarden)
    assert fore.dokumenteras_i is Dokumentkalla.DELEGERINGSGENOMGANG
    assert fore.lage is Lage.FORSENAD
    uppgifter = genomgang.Genomgangsuppgifter(
        grupp.solgarden, date(2027, 6, 3), grupp.ssk, Granskningsresultat.UTAN_ANMARKNING
    )
    g_id = genomgang.registrera(databas, uppgifter, idag=IDAG)
    efter = _tillfallet(databas, grupp.solgarden)
    assert (efter.lage, efter.utfort_datum, efter.dokument_id) == (
        Lage.UTFORD,
        date(2027, 6, 3),
        g_id,
    )
    # Another unit's occurrence is not completed by it.
    assert _tillfallet(databas, grupp.annan).lage is Lage.FORSENAD
    # Its own result cannot be booked as well.
    with pytest.raises(OgiltigUppgift, match="årlig genomgång"):
        tillfallen.registrera(
            databas, efter.id, tillfallen.Resultat(date(2027, 6, 3), grupp.ssk, False, ""), IDAG
        )
    (sparad,) = genomgang.lista(databas, 2027, grupp.solgarden)
    assert (sparad.granskad_av, sparad.enhet) == ("Saga Sjöberg", "Solgården")


def test_reglerna(databas, grupp) -> None:
    bas = genomgang.Genomgangsuppgifter(
        grupp.solgarden, date(2027, 6, 3), grupp.usk, Granskningsresultat.BRISTER
    )
    with pytest.raises(OgiltigUppgift) as fel:
        genomgang.registrera(databas, replace(bas, datum=date(2027, 12, 1)), idag=IDAG)
    assert {f for f, _ in fel.value.alla} == {"datum", "granskad_av_id", "kommentar"}
    with pytest.raises(OgiltigUppgift) as fel:
        genomgang.registrera(databas, replace(bas, enhet_id=None, granskad_av_id=None), idag=IDAG)
    assert {"enhet_id", "granskad_av_id"} <= {f for f, _ in fel.value.alla}
    assert genomgang.registrera(
        databas,
        replace(
            bas, granskad_av_id=grupp.ssk, kommentar="Två delegeringar saknade MAS-information."
        ),
        idag=IDAG,
    )
