"""Units of the kommun."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Enhet
from skrivbord.typer import Enhetstyp


@dataclass(frozen=True)
class EnhetRad:
    id: int
    namn: str
    typ: Enhetstyp
    aktiv: bool


def _rad(enhet: Enhet) -> EnhetRad:
    return EnhetRad(enhet.id, enhet.namn, enhet.typ, enhet.aktiv)


def lista(databas: Databas, bara_aktiva: bool = False) -> list[EnhetRad]:
    fraga = select(Enhet).order_by(Enhet.typ, Enhet.namn)
    if bara_aktiva:
        fraga = fraga.where(Enhet.aktiv.is_(True))
    with databas.session() as session:
        return [_rad(e) for e in session.scalars(fraga)]


# What a new unit of each type has, until the MAS says otherwise for the unit: a
# läkemedelsförråd in särskilt boende, korttid and LSS; weekly reviews of falls and
# medication avvikelser in särskilt boende, korttid, hemtjänst and hemsjukvård.
_MED_FORRAD = {Enhetstyp.SABO, Enhetstyp.KORTTID, Enhetstyp.LSS}
_MED_VECKOGENOMGANGAR = {
    Enhetstyp.SABO,
    Enhetstyp.KORTTID,
    Enhetstyp.HEMTJANST,
    Enhetstyp.HEMSJUKVARD,
}


def standard_for_typ(typ: Enhetstyp) -> tuple[bool, bool]:
    """(har_lakemedelsforrad, gor_veckogenomgangar) for a new unit of type ``typ``."""
    return typ in _MED_FORRAD, typ in _MED_VECKOGENOMGANGAR


def ny_enhet(namn: str, typ: Enhetstyp) -> Enhet:
    """A validated, unsaved Enhet with its type's defaults (the wizard, skapa, the demo)."""
    namn = namn.strip()
    if not namn:
        raise OgiltigUppgift("Skriv enhetens namn.")
    typ = Enhetstyp(typ)
    forrad, veckogenomgangar = standard_for_typ(typ)
    return Enhet(
        namn=namn, typ=typ, har_lakemedelsforrad=forrad, gor_veckogenomgangar=veckogenomgangar
    )


def _jamforbart(namn: str) -> str:
    """Two names are the same unit whatever their case and spacing."""
    return " ".join(namn.casefold().split())


def skapa(databas: Databas, namn: str, typ: Enhetstyp) -> EnhetRad:
    enhet = ny_enhet(namn, typ)
    with databas.session() as session:
        # Compared in Python: SQLite's lower() only folds A–Z, not Å, Ä, Ö.
        befintliga = {_jamforbart(n) for n in session.scalars(select(Enhet.namn))}
        if _jamforbart(enhet.namn) in befintliga:
            raise OgiltigUppgift(f"Det finns redan en enhet som heter {enhet.namn}.")
        session.add(enhet)
        session.flush()
        return _rad(enhet)


def satt_aktiv(databas: Databas, enhet_id: int, aktiv: bool) -> None:
    with databas.session() as session:
        enhet = session.get(Enhet, enhet_id)
        if enhet is None:
            raise OgiltigUppgift("Enheten finns inte längre.")
        enhet.aktiv = aktiv
