"""One åtgärd for every source: an egenkontroll result with brister gets the same åtgärd
as an avvikelse, checked against its source, counted on Översikt with the others."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy.exc

from skrivbord.fel import OgiltigUppgift
from skrivbord.modeller import Atgard, Personal
from skrivbord.tjanster import atgarder, oversikt
from skrivbord.tjanster.egenkontroller import tillfallen
from skrivbord.typer import Atgardsstatus, Roll

IDAG = date(2026, 6, 15)


def _hygienrond(databas) -> tillfallen.Tillfalle:
    return next(
        t
        for t in tillfallen.lista(databas, 2026, idag=IDAG)
        if t.omrade == "Hygienrond" and t.enhet == "Solgården"
    )


def test_brister_far_atgarder_som_syns_pa_oversikt(databas) -> None:
    with databas.session() as s:
        chef = Personal(fornamn="Vera", efternamn="Testsson", roll=Roll.ENHETSCHEF)
        s.add(chef)
        s.flush()
        chef_id = chef.id
    rond = _hygienrond(databas)
    ny = atgarder.NyAtgard("Handsprit vid varje entré.", chef_id, date(2026, 5, 31))
    with pytest.raises(OgiltigUppgift, match="resultat med brister"):
        tillfallen.registrera(
            databas, rond.id, tillfallen.Resultat(date(2026, 4, 20), None, False, "", (ny,)), IDAG
        )
    tidig = atgarder.NyAtgard("För tidigt", None, date(2026, 4, 1))
    with pytest.raises(OgiltigUppgift, match="före det som hittades"):
        tillfallen.registrera(
            databas,
            rond.id,
            tillfallen.Resultat(date(2026, 4, 20), None, True, "Handsprit saknades.", (tidig,)),
            IDAG,
        )
    tillfallen.registrera(
        databas,
        rond.id,
        tillfallen.Resultat(date(2026, 4, 20), chef_id, True, "Handsprit saknades.", (ny,)),
        IDAG,
    )
    kalla = atgarder.Kalla(atgarder.Kallslag.EGENKONTROLL, rond.id)
    (rad,) = atgarder.for_kalla(databas, kalla)
    assert (rad.beskrivning, rad.ansvarig_namn, rad.deadline) == (
        "Handsprit vid varje entré.",
        "Vera Testsson",
        date(2026, 5, 31),
    )
    o = oversikt.hamta(databas, IDAG)
    assert o.forsenade_atgarder == 1 and o.forsenade_atgarder_avvikelser == 0
    (forsenad,) = o.forsenade_atgarder_lista
    assert (forsenad.avvikelse_id, forsenad.enhet, forsenad.kalla) == (
        None,
        "Solgården",
        atgarder.Kallslag.EGENKONTROLL,
    )
    with pytest.raises(OgiltigUppgift, match="före det som hittades"):
        atgarder.satt_status(databas, rad.id, Atgardsstatus.KLAR, date(2026, 4, 1))
    atgarder.satt_status(databas, rad.id, Atgardsstatus.KLAR, date(2026, 5, 20))
    assert oversikt.hamta(databas, IDAG).forsenade_atgarder == 0


def test_en_atgard_har_exakt_en_kalla(databas) -> None:
    rond = _hygienrond(databas)
    for falt in ({}, {"egenkontroll_tillfalle_id": rond.id, "avvikelse_id": 1}):
        with (
            pytest.raises(
                sqlalchemy.exc.IntegrityError,
                match="CHECK constraint failed|violates check constraint",
            ),
            databas.session() as s,
        ):
            s.add(Atgard(beskrivning="Utan eller med två källor", **falt))
