"""Create a new kommun database with its settings, units and the default data."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from skrivbord.jobb import Jobb, kor_till_slut
from skrivbord.tjanster import databasfil, enheter, kommun, standarddata
from skrivbord.tjanster.databasfil import NyDatabas
from skrivbord.typer import Enhetstyp


def skapa_stegvis(
    sokvag: Path | str,
    kommunnamn: str,
    kommunkod: str,
    enhetslista: list[tuple[str, Enhetstyp]],
) -> Jobb[NyDatabas]:
    """Validate everything first (a Swedish error before anything is written), then
    create the file in one go, nothing half-made (see databasfil.skapa)."""
    uppgifter = kommun.validera(kommunnamn, kommunkod)
    nya_enheter = [enheter.ny_enhet(namn, typ) for namn, typ in enhetslista]

    def fyll(session: Session) -> None:
        kommun.satt_i(session, uppgifter)
        session.add_all(nya_enheter)
        standarddata.fyll(session)

    return databasfil.skapa(sokvag, fyll)


def skapa(
    sokvag: Path | str,
    kommunnamn: str,
    kommunkod: str,
    enhetslista: list[tuple[str, Enhetstyp]],
) -> NyDatabas:
    """``skapa_stegvis`` at once (it takes well under a second)."""
    return kor_till_slut(skapa_stegvis(sokvag, kommunnamn, kommunkod, enhetslista))
