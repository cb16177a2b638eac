"""The .ics file parses back (icalendar) to the same occurrences: one all-day event on
each due date, with area, unit and a reminder; text escaped and lines folded."""

from __future__ import annotations

from datetime import date, timedelta

import icalendar
import pytest

from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster.egenkontroller import kalenderfil, plan, regler, tillfallen
from skrivbord.tjanster.egenkontroller.utfall import Lage
from skrivbord.typer import Omfang, Roll

IDAG = date(2026, 6, 15)


def test_kalendern_laser_tillbaka_till_samma_tillfallen(databas, tmp_path) -> None:
    plan.spara(
        databas,
        plan.Utkast(
            "Munhälsa; tänder, proteser och munvård – en lång rubrik som måste vikas i filen",
            regler.regel_for(regler.Forval.KVARTALSVIS),
            Roll.SJUKSKOTERSKA,
            Omfang.ALLA,
            rapporteras_till="MAS",
        ),
        idag=IDAG,
    )
    lista = tillfallen.lista(databas, 2026, idag=IDAG)
    tillfallen.ej_aktuellt(databas, lista[0].id, "Stängt.")
    ut = tmp_path / "egenkontroller.ics"
    antal = kalenderfil.skriv(databas, 2026, ut, idag=IDAG)
    data = ut.read_bytes()
    assert all(len(rad) <= 75 for rad in data.split(b"\r\n"))
    kalender = icalendar.Calendar.from_ical(data)
    handelser = kalender.walk("VEVENT")
    forvantade = [
        t for t in tillfallen.lista(databas, 2026, idag=IDAG) if t.lage != Lage.EJ_AKTUELL
    ]
    assert antal == len(handelser) == len(forvantade) == len(lista) - 1
    per_uid = {str(h["UID"]): h for h in handelser}
    for t in forvantade:
        h = per_uid[f"egenkontroll-{t.id}@9999.skrivbord"]
        assert h.decoded("DTSTART") == t.planerat_datum
        assert h.decoded("DTEND") == t.planerat_datum + timedelta(days=1)
        assert str(h["SUMMARY"]) == f"{t.omrade} – {t.enhet or 'Hela kommunen'}"
        (larm,) = h.walk("VALARM")
        assert larm.decoded("TRIGGER") == timedelta(days=-7)
    munhalsa = [h for h in handelser if str(h["SUMMARY"]).startswith("Munhälsa; tänder, proteser")]
    assert len(munhalsa) == 4 * 3  # four units, the quarters due from today (a new item)


def test_en_enhets_kalender(databas, tmp_path) -> None:
    ut = tmp_path / "solgarden.ics"
    kalenderfil.skriv(databas, 2026, ut, "solgården", idag=IDAG)
    platser = {
        str(h["LOCATION"]) for h in icalendar.Calendar.from_ical(ut.read_bytes()).walk("VEVENT")
    }
    assert platser == {"Solgården"}
    with pytest.raises(OgiltigUppgift, match="ingen enhet som heter 'Tallåsen'"):
        kalenderfil.skriv(databas, 2026, ut, "Tallåsen", idag=IDAG)
