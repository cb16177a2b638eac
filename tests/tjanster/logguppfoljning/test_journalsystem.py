"""MAS lista över journalsystem: lägga till, byta namn (protokollen följer med), inaktivera."""

from __future__ import annotations

import pytest

from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster.logguppfoljning import journalsystem, protokoll
from tests.tjanster.logguppfoljning.conftest import IDAG, SYSTEM


def test_lagg_till_byt_namn_inaktivera(databas, uppgifter) -> None:
    system_id = journalsystem.lagg_till(databas, SYSTEM)
    annat = journalsystem.lagg_till(databas, "Annat system")
    with pytest.raises(OgiltigUppgift, match="finns redan"):
        journalsystem.lagg_till(databas, SYSTEM.upper())
    nytt = protokoll.spara(databas, uppgifter(), idag=IDAG)
    journalsystem.byt_namn(databas, system_id, "Journalsystemet Nytt")
    assert protokoll.hamta(databas, nytt).uppgifter.system == "Journalsystemet Nytt"
    with pytest.raises(OgiltigUppgift, match="finns redan"):
        journalsystem.byt_namn(databas, annat, "journalsystemet nytt")
    journalsystem.satt_aktiv(databas, annat, False)
    assert [s.namn for s in journalsystem.lista(databas, bara_aktiva=True)] == [
        "Journalsystemet Nytt"
    ]
    assert [(s.namn, s.aktiv, s.antal_uppfoljningar) for s in journalsystem.lista(databas)] == [
        ("Annat system", False, 0),
        ("Journalsystemet Nytt", True, 1),
    ]


@pytest.mark.parametrize(
    ("namn", "text"),
    [("", "välj eller skriv in"), ("x" * 81, "högst 80"), ("Pnr 811218-9876", "personnummer")],
)
def test_ogiltiga_namn(databas, namn: str, text: str) -> None:
    with pytest.raises(OgiltigUppgift, match=text) as info:
        journalsystem.lagg_till(databas, namn)
    assert info.value.falt == "system"
