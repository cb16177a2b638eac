"""The unit service's duplicate check (tjanster/enheter.py), which the schema's exact
UNIQUE(namn) leaves to it (see tests/modeller/test_organisation.py)."""

import pytest

from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster import enheter
from skrivbord.typer import Enhetstyp


@pytest.mark.parametrize("namn", ["solgården", "SOLGÅRDEN"], ids=["gemener", "versaler"])
def test_dubblett_vagras_oavsett_skiftlage(databas, namn: str) -> None:
    with pytest.raises(OgiltigUppgift, match=f"Det finns redan en enhet som heter {namn}"):
        enheter.skapa(databas, namn, Enhetstyp.SABO)


@pytest.mark.parametrize(
    "namn", ["Östergården", "ÖSTERGÅRDEN", "östergården"], ids=["samma", "versaler", "gemener"]
)
def test_dubblett_med_svensk_versal_vagras(databas, namn: str) -> None:
    enheter.skapa(databas, "Östergården", Enhetstyp.SABO)
    with pytest.raises(OgiltigUppgift, match="Det finns redan en enhet"):
        enheter.skapa(databas, namn, Enhetstyp.SABO)
