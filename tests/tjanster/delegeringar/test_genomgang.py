"""The yearly review of a unit's delegations completes its egenkontroll occurrence."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from skrivbord.fel import OgiltigUppgift, SamtidigAndring
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


def test_samtidig_andring(databas, grupp) -> None:
    """The second to save a review with the version she opened is told so; the review
    stays the first one's, and with the saved version she saves."""
    bas = genomgang.Genomgangsuppgifter(
        grupp.solgarden, date(2027, 6, 3), grupp.ssk, Granskningsresultat.UTAN_ANMARKNING
    )
    g_id = genomgang.registrera(databas, bas, idag=IDAG)
    oppnad = genomgang.hamta(databas, g_id)
    assert oppnad.version == 1
    annas = replace(bas, kommentar="Anna: alla underskrifter på plats.")
    bertils = replace(bas, resultat=Granskningsresultat.BRISTER, kommentar="Bertil: en saknas.")
    genomgang.andra(databas, g_id, annas, IDAG, version=oppnad.version)
    with pytest.raises(SamtidigAndring) as fel:
        genomgang.andra(databas, g_id, bertils, IDAG, version=oppnad.version)
    assert fel.value.egna == bertils
    assert f"({databas.anvandare})" in fel.value.meddelande
    sparad = genomgang.hamta(databas, g_id)
    assert (sparad.kommentar, sparad.resultat, sparad.version) == (
        annas.kommentar,
        Granskningsresultat.UTAN_ANMARKNING,
        2,
    )
    genomgang.andra(databas, g_id, bertils, IDAG, version=sparad.version)
    assert genomgang.hamta(databas, g_id).resultat is Granskningsresultat.BRISTER
