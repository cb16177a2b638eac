"""Create a new kommun database with its settings, units and the default data."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from skrivbord.lagring import databas as lagring
from skrivbord.lagring.nyckelring import Nyckelring
from skrivbord.tjanster import enheter, kommun, standarddata
from skrivbord.typer import Enhetstyp


def skapa(
    sokvag: Path | str,
    nyckelring: Nyckelring,
    kommunnamn: str,
    kommunkod: str,
    enhetslista: list[tuple[str, Enhetstyp]],
) -> lagring.NySkapad:
    """Validate everything first, then create the file in one go (nothing half-made)."""
    uppgifter = kommun.validera(kommunnamn, kommunkod)
    nya_enheter = [enheter.ny_enhet(namn, typ) for namn, typ in enhetslista]

    def fyll(session: Session) -> None:
        kommun.satt_i(session, uppgifter)
        session.add_all(nya_enheter)
        standarddata.fyll(session)

    return lagring.skapa(sokvag, nyckelring, fyll)
