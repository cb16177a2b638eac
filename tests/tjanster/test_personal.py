import pytest

from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster import personal
from skrivbord.typer import Roll


def test_skapa_och_lista(databas) -> None:
    ssk = personal.skapa(databas, "Testa", "Sjuksköterskesson", Roll.SJUKSKOTERSKA)
    usk = personal.skapa(databas, "Prova", "Andersdotter", Roll.UNDERSKOTERSKA)
    assert ssk.legitimerad and not usk.legitimerad
    assert [p.namn for p in personal.lista(databas)] == [usk.namn, ssk.namn]
    with pytest.raises(OgiltigUppgift, match="förnamn och efternamn"):
        personal.skapa(databas, " ", "X", Roll.VARDBITRADE)
