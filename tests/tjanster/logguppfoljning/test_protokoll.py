"""Protokollen sparas, läses och listas genom tjänsten; varje regel namnger sitt fält."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from skrivbord.fel import OgiltigUppgift, SamtidigAndring
from skrivbord.tjanster import personal
from skrivbord.tjanster.databasfil import Databas
from skrivbord.tjanster.logguppfoljning import journalsystem, protokoll
from skrivbord.tjanster.logguppfoljning.uppgifter import LoggAtgard
from skrivbord.typer import Loggatgardstyp, Loggkontrolltyp, Loggresultat
from tests.tjanster.logguppfoljning.conftest import IDAG, SYSTEM, med_avvikelse


def _fel(databas: Databas, u, **kw) -> OgiltigUppgift:
    with pytest.raises(OgiltigUppgift) as info:
        protokoll.spara(databas, u, idag=IDAG, **kw)
    return info.value


def test_sparas_och_lases_tillbaka(databas, uppgifter, enhet_id, mas) -> None:
    u = med_avvikelse(
        uppgifter(enhet_id=enhet_id, iakttagelser="Rutinen följs."),
        signerad_av_id=mas,
        signerad_datum=date(2026, 2, 13),
    )
    nytt = protokoll.spara(databas, u, idag=IDAG)
    detalj = protokoll.hamta(databas, nytt)
    # The steps come back in date order; the texts trimmed.
    assert detalj.uppgifter == dataclasses.replace(
        u, atgarder=tuple(sorted(u.atgarder, key=lambda a: a.datum))
    )
    assert (detalj.enhet_namn, detalj.granskare, detalj.signerad_av) == (
        "Solgården",
        "Greta Granskarsson",
        "Maja Ansvarig",
    )
    [rad] = protokoll.lista(databas)
    assert (rad.id, rad.typ, rad.system, rad.enhet_namn, rad.resultat) == (
        nytt,
        Loggkontrolltyp.SYSTEMATISK,
        SYSTEM,
        "Solgården",
        Loggresultat.AVVIKELSE,
    )
    assert (rad.antal_atgarder, rad.signerad, rad.granskare) == (2, True, "Greta Granskarsson")


def test_andras_och_signeringen_tas_bort(databas, uppgifter, mas) -> None:
    nytt = protokoll.spara(
        databas, uppgifter(signerad_av_id=mas, signerad_datum=date(2026, 2, 11)), idag=IDAG
    )
    andrat = med_avvikelse(uppgifter(typ=Loggkontrolltyp.RIKTAD))
    assert protokoll.spara(databas, andrat, nytt, idag=IDAG) == nytt
    detalj = protokoll.hamta(databas, nytt)
    assert detalj.uppgifter.typ is Loggkontrolltyp.RIKTAD
    assert (detalj.uppgifter.signerad_datum, detalj.signerad_av) == (None, "")
    assert len(detalj.uppgifter.atgarder) == 2
    protokoll.ta_bort(databas, nytt)
    assert protokoll.lista(databas) == []
    with pytest.raises(OgiltigUppgift, match="finns inte"):
        protokoll.hamta(databas, nytt)


def test_hela_kommunen_och_listan_per_ar(databas, uppgifter) -> None:
    forra = protokoll.spara(
        databas,
        uppgifter(
            datum=date(2025, 12, 10), period_fran=date(2025, 11, 1), period_till=date(2025, 11, 30)
        ),
        idag=IDAG,
    )
    i_ar = protokoll.spara(databas, uppgifter(), idag=IDAG)
    assert [r.id for r in protokoll.lista(databas)] == [i_ar, forra]
    assert [r.id for r in protokoll.lista(databas, ar=2025)] == [forra]
    assert protokoll.lista(databas, ar=2026)[0].enhet_namn == protokoll.HELA_KOMMUNEN
    assert protokoll.ar_med_uppfoljningar(databas) == [2025, 2026]


def test_nytt_journalsystem_hamnar_i_listan(databas, uppgifter) -> None:
    protokoll.spara(databas, uppgifter(system="  Nytt   system "), idag=IDAG)
    protokoll.spara(databas, uppgifter(system="NYTT SYSTEM"), idag=IDAG)
    assert [(s.namn, s.antal_uppfoljningar) for s in journalsystem.lista(databas)] == [
        ("Nytt system", 2)
    ]


@pytest.mark.parametrize(
    ("falt", "varde", "text"),
    [
        ("metod", "Granskade 811218-9876 särskilt", "Metod: texten innehåller"),
        ("iakttagelser", "Gällde 19811218 9876.", "Övriga iakttagelser: texten innehåller"),
        ("system", "System 701063-2391", "Journalsystem: texten innehåller"),
    ],
)
def test_personnummer_i_fritext_vagras_med_faltet(databas, uppgifter, falt, varde, text) -> None:
    fel = _fel(databas, uppgifter(**{falt: varde}))
    assert fel.falt == falt and fel.meddelande.startswith(text)
    assert protokoll.lista(databas) == []


def test_personnummer_i_beskrivning_och_atgard(databas, uppgifter) -> None:
    u = med_avvikelse(
        uppgifter(),
        avvikelse_beskrivning="Åtkomst till journal 8112189876.",
        atgarder=(LoggAtgard(Loggatgardstyp.ANNAN, date(2026, 2, 12), "Gällde 701063-2391"),),
    )
    fel = _fel(databas, u)
    assert [f for f, _ in fel.alla] == ["avvikelse_beskrivning", "atgarder"]
    assert "samordningsnummer" in fel.alla[1][1] and "rad 1 (Annan åtgärd)" in fel.alla[1][1]
    # Dates and phone numbers are fine.
    ok = med_avvikelse(
        uppgifter(), avvikelse_beskrivning="Sen kväll 2026-01-14; ring 070-123 45 67."
    )
    assert protokoll.spara(databas, ok, idag=IDAG)


@pytest.mark.parametrize(
    ("falt", "text"),
    [
        ({"datum": date(2026, 3, 21)}, "datum"),
        ({"period_fran": date(2026, 2, 1)}, "period_till"),
        ({"period_till": date(2026, 2, 11)}, "period_till"),
        ({"antal_anvandare": 0}, "antal_anvandare"),
        ({"antal_atkomster": 0}, "antal_atkomster"),
        ({"antal_avvikande": 3}, "resultat"),
        ({"metod": "  "}, "metod"),
        ({"system": ""}, "system"),
        ({"utford_av_id": None}, "utford_av_id"),
        ({"avvikelse_beskrivning": "Något"}, "avvikelse_beskrivning"),
        ({"signerad_datum": date(2026, 2, 11)}, "signerad_av_id"),
        ({"metod": "x" * 4001}, "metod"),
    ],
)
def test_regler_namnger_faltet(databas, uppgifter, falt, text) -> None:
    assert _fel(databas, uppgifter(**falt)).falt == text


def test_regler_for_avvikelse_och_steg(databas, uppgifter, mas) -> None:
    fel = _fel(databas, med_avvikelse(uppgifter(), avvikelse_beskrivning="", antal_avvikande=0))
    assert [f for f, _ in fel.alla] == ["avvikelse_beskrivning", "antal_avvikande"]
    fore = LoggAtgard(Loggatgardstyp.SAMTAL, date(2026, 2, 9))
    sen = LoggAtgard(Loggatgardstyp.ANNAN, date(2026, 3, 21))
    fel = _fel(databas, med_avvikelse(uppgifter(), atgarder=(fore, sen)))
    assert [t for _, t in fel.alla] == [
        "Vidtagna åtgärder, rad 1 (Samtal med medarbetaren): datumet kan inte ligga före granskningen.",
        "Vidtagna åtgärder, rad 2 (Annan åtgärd): datumet kan inte ligga i framtiden.",
        "Vidtagna åtgärder, rad 2 (Annan åtgärd): skriv kort vad som gjordes.",
    ]
    fel = _fel(databas, uppgifter(atgarder=(LoggAtgard(Loggatgardstyp.SAMTAL, date(2026, 2, 12)),)))
    assert fel.falt == "atgarder"
    fel = _fel(databas, uppgifter(signerad_av_id=mas, signerad_datum=date(2026, 2, 9)))
    assert fel.falt == "signerad_datum"


def test_personer_och_enheter_som_inte_finns(databas, uppgifter) -> None:
    fel = _fel(databas, uppgifter(utford_av_id=9999, enhet_id=9999))
    assert [f for f, _ in fel.alla] == ["enhet_id", "utford_av_id"]


def test_72_timmar() -> None:
    steg = LoggAtgard(Loggatgardstyp.PERSONUPPGIFTSINCIDENT, date(2026, 2, 13))
    assert not steg.efter_72_timmar(date(2026, 2, 10))
    assert steg.efter_72_timmar(date(2026, 2, 9))
    assert not LoggAtgard(Loggatgardstyp.SAMTAL, date(2026, 3, 1)).efter_72_timmar(date(2026, 2, 1))


def test_granskaren_kan_inte_tas_bort_men_inaktiveras(databas, uppgifter, mas) -> None:
    u = uppgifter(signerad_av_id=mas, signerad_datum=date(2026, 2, 11))
    protokoll.spara(databas, u, idag=IDAG)
    for person_id, text in (
        (u.utford_av_id, "har gjort 1 logguppföljning"),
        (mas, "har signerat 1 logguppföljning"),
    ):
        with pytest.raises(OgiltigUppgift, match=text):
            personal.ta_bort(databas, person_id)


def test_samtidig_andring(databas, uppgifter) -> None:
    """Two open the same protocol: the second to save with the old version is told so,
    gets her values back and the protocol stays the first one's; with the saved
    version she saves. A change only to the steps moves the version on too."""
    nytt = protokoll.spara(databas, uppgifter(), idag=IDAG)
    oppnat = protokoll.hamta(databas, nytt)
    annas = dataclasses.replace(oppnat.uppgifter, iakttagelser="Anna: två sena åtkomster.")
    bertils = dataclasses.replace(oppnat.uppgifter, iakttagelser="Bertil: inget att anmärka.")
    protokoll.spara(databas, annas, nytt, idag=IDAG, version=oppnat.version)
    with pytest.raises(SamtidigAndring) as fel:
        protokoll.spara(databas, bertils, nytt, idag=IDAG, version=oppnat.version)
    assert fel.value.egna == bertils
    assert "protokollet" in fel.value.meddelande
    sparat = protokoll.hamta(databas, nytt)
    assert sparat.uppgifter.iakttagelser == "Anna: två sena åtkomster."
    assert sparat.version == oppnat.version + 1
    protokoll.spara(databas, bertils, nytt, idag=IDAG, version=sparat.version)
    assert protokoll.hamta(databas, nytt).uppgifter.iakttagelser == "Bertil: inget att anmärka."

    # Only a step changed: the protocol's version still moves on.
    protokoll.spara(
        databas, med_avvikelse(uppgifter()), nytt, idag=IDAG, version=sparat.version + 1
    )
    fore = protokoll.hamta(databas, nytt)
    forsta, *ovriga = fore.uppgifter.atgarder
    steg = (dataclasses.replace(forsta, anteckning="Samtal med chefen."), *ovriga)
    med_steg = dataclasses.replace(fore.uppgifter, atgarder=steg)
    protokoll.spara(databas, med_steg, nytt, idag=IDAG, version=fore.version)
    with pytest.raises(SamtidigAndring):
        protokoll.spara(databas, fore.uppgifter, nytt, idag=IDAG, version=fore.version)
    assert protokoll.hamta(databas, nytt).uppgifter.atgarder == steg
