"""Units of the kommun: the register the MAS keeps (Register → Enheter och personal).

A unit's type only proposes what a new unit has (``standardval``); afterwards the
unit's own attributes are the truth. A unit that anything refers to is never deleted
(reports and history keep pointing at it): it is deactivated instead.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.behorighet import skrivbara_enheter
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import (
    Avvikelse,
    Delegering,
    Delegeringsbehov,
    EgenkontrollTillfalle,
    Enhet,
    Lakemedelstillsyn,
    Logguppfoljning,
    Personal,
    Veckogenomgang,
)
from skrivbord.modeller.organisation import personal_enhet
from skrivbord.tjanster import enhetstyper, standarddata
from skrivbord.tjanster.delegeringar import katalog
from skrivbord.typer import Enhetstyp

log = logging.getLogger(__name__)

NAMN_HOGST = 120  # the column's length
MINSTA_ANTAL_HOGST = 99


@dataclass(frozen=True)
class Standardval:
    """What a new unit of a type is assumed to have (the dialog's and wizard's defaults)."""

    har_lakemedelsforrad: bool
    gor_veckogenomgangar: bool


# Migration 0007 set the existing units from the same sets: keep them alike.
_MED_LAKEMEDELSFORRAD = frozenset({Enhetstyp.SABO, Enhetstyp.KORTTID, Enhetstyp.LSS})


def standardval(
    typ: Enhetstyp | str, veckogenomgangstyper: frozenset[Enhetstyp] = enhetstyper.STANDARD
) -> Standardval:
    """A new unit's defaults; ``veckogenomgangstyper`` is the database's setting
    (enhetstyper.py), the standard one before a database exists (the first start)."""
    typ = Enhetstyp(typ)
    return Standardval(typ in _MED_LAKEMEDELSFORRAD, typ in veckogenomgangstyper)


@dataclass(frozen=True)
class Delegeringsuppgift:
    kod: str
    namn: str


def delegeringsuppgifter(databas: Databas | None = None) -> list[Delegeringsuppgift]:
    """The delegated tasks a unit can set a minimum for: the database's catalogue in use
    (kept by the MAS, tjanster/delegeringar/katalog.py), else the default file's list."""
    if databas is not None:
        return [Delegeringsuppgift(u.kod, u.namn) for u in katalog.lista(databas, bara_aktiva=True)]
    return [Delegeringsuppgift(u["kod"], u["namn"]) for u in standarddata.delegeringsuppgifter()]


@dataclass(frozen=True)
class EnhetRad:
    id: int
    namn: str
    typ: Enhetstyp
    aktiv: bool
    har_lakemedelsforrad: bool = False
    gor_veckogenomgangar: bool = False
    startdatum: date | None = None
    enhetschef_id: int | None = None
    enhetschef: str = ""  # the manager's name, "" when none is chosen
    # Task code → the least number of the unit's staff with a valid delegation for it.
    delegeringsbehov: Mapping[str, int] = field(default_factory=dict)


def _rad(enhet: Enhet) -> EnhetRad:
    chef = enhet.enhetschef
    return EnhetRad(
        enhet.id,
        enhet.namn,
        enhet.typ,
        enhet.aktiv,
        enhet.har_lakemedelsforrad,
        enhet.gor_veckogenomgangar,
        enhet.startdatum,
        enhet.enhetschef_id,
        chef.namn if chef is not None else "",
        {b.uppgift: b.minsta_antal for b in enhet.delegeringsbehov},
    )


# What a row shows besides the unit itself, loaded with it.
_LADDAT = (joinedload(Enhet.enhetschef), selectinload(Enhet.delegeringsbehov))


def mina(databas: Databas) -> frozenset[int] | None:
    """The units the login works in: None for every unit (the file, the MAS), an
    enhetschef's own on a server (the rows row-level security lets her see)."""
    with databas.session() as session:
        return skrivbara_enheter(session)


def lista(databas: Databas, bara_aktiva: bool = False) -> list[EnhetRad]:
    fraga = select(Enhet).options(*_LADDAT).order_by(Enhet.typ, Enhet.namn)
    if bara_aktiva:
        fraga = fraga.where(Enhet.aktiv.is_(True))
    with databas.session() as session:
        return [_rad(e) for e in session.scalars(fraga).unique()]


def hamta(databas: Databas, enhet_id: int) -> EnhetRad:
    with databas.session() as session:
        return _rad(_enhet(session, enhet_id))


def _enhet(session: Session, enhet_id: int) -> Enhet:
    enhet = session.get(Enhet, enhet_id, options=_LADDAT)
    if enhet is None:
        raise OgiltigUppgift("Enheten finns inte längre.")
    return enhet


def _jamforbart(namn: str) -> str:
    """Two names are the same unit whatever their case and spacing."""
    return " ".join(namn.casefold().split())


def _namn(namn: str) -> str:
    namn = " ".join(namn.split())
    if not namn:
        raise OgiltigUppgift("Skriv enhetens namn.", "namn")
    if len(namn) > NAMN_HOGST:
        raise OgiltigUppgift(
            f"Enhetens namn får vara högst {NAMN_HOGST} tecken (nu {len(namn)}).", "namn"
        )
    return namn


def _typ(typ: Enhetstyp | str) -> Enhetstyp:
    try:
        return Enhetstyp(typ)
    except ValueError:
        raise OgiltigUppgift("Välj enhetens typ.", "typ") from None


def ny_enhet(namn: str, typ: Enhetstyp | str) -> Enhet:
    """A validated, unsaved Enhet with the type's defaults (the first-start wizard,
    nydatabas and the demo database create their units with it)."""
    typ = _typ(typ)
    val = standardval(typ)
    return Enhet(
        namn=_namn(namn),
        typ=typ,
        har_lakemedelsforrad=val.har_lakemedelsforrad,
        gor_veckogenomgangar=val.gor_veckogenomgangar,
    )


def _kontrollera_unikt(session: Session, namn: str, utom: int | None = None) -> None:
    # Compared in Python: SQLite's lower() only folds A–Z, not Å, Ä, Ö.
    fraga = select(Enhet.namn)
    if utom is not None:
        fraga = fraga.where(Enhet.id != utom)
    if _jamforbart(namn) in {_jamforbart(n) for n in session.scalars(fraga)}:
        raise OgiltigUppgift(f"Det finns redan en enhet som heter {namn}.", "namn")


def _kontrollera_chef(session: Session, enhetschef_id: int | None) -> None:
    if enhetschef_id is not None and session.get(Personal, enhetschef_id) is None:
        raise OgiltigUppgift(
            "Den valda enhetschefen finns inte längre i personalen. Välj en annan.", "enhetschef_id"
        )


def _behov(databas: Databas, delegeringsbehov: Mapping[str, int] | None) -> dict[str, int]:
    """Only tasks with a minimum above zero are stored; unknown codes are refused."""
    uppgifter = {u.kod: u.namn for u in delegeringsuppgifter(databas)}
    behov: dict[str, int] = {}
    for kod, antal in (delegeringsbehov or {}).items():
        if kod not in uppgifter:
            raise OgiltigUppgift(
                f"Delegeringsuppgiften {kod} finns inte i Skrivbord.", "delegeringsbehov"
            )
        if not 0 <= antal <= MINSTA_ANTAL_HOGST:
            raise OgiltigUppgift(
                f"Minsta antal för {uppgifter[kod]} ska vara mellan 0 och {MINSTA_ANTAL_HOGST}.",
                "delegeringsbehov",
            )
        if antal:
            behov[kod] = antal
    return behov


def _satt_behov(enhet: Enhet, behov: dict[str, int]) -> None:
    """Update the rows in place (a delete and insert of the same task in one flush
    would break the unique constraint)."""
    befintliga = {b.uppgift: b for b in enhet.delegeringsbehov}
    for kod, rad in befintliga.items():
        if kod not in behov:
            enhet.delegeringsbehov.remove(rad)
        elif rad.minsta_antal != behov[kod]:
            rad.minsta_antal = behov[kod]
    for kod, antal in behov.items():
        if kod not in befintliga:
            enhet.delegeringsbehov.append(Delegeringsbehov(uppgift=kod, minsta_antal=antal))


def skapa(
    databas: Databas,
    namn: str,
    typ: Enhetstyp | str,
    *,
    har_lakemedelsforrad: bool | None = None,
    gor_veckogenomgangar: bool | None = None,
    startdatum: date | None = None,
    enhetschef_id: int | None = None,
    delegeringsbehov: Mapping[str, int] | None = None,
) -> EnhetRad:
    """A new, active unit; the two attributes left as None follow the type (standardval)."""
    enhet = ny_enhet(namn, typ)
    behov = _behov(databas, delegeringsbehov)
    if har_lakemedelsforrad is not None:
        enhet.har_lakemedelsforrad = har_lakemedelsforrad
    if gor_veckogenomgangar is not None:
        enhet.gor_veckogenomgangar = gor_veckogenomgangar
    enhet.startdatum = startdatum
    with databas.session() as session:
        _kontrollera_unikt(session, enhet.namn)
        _kontrollera_chef(session, enhetschef_id)
        enhet.enhetschef_id = enhetschef_id
        enhet.delegeringsbehov = [
            Delegeringsbehov(uppgift=k, minsta_antal=a) for k, a in behov.items()
        ]
        session.add(enhet)
        session.flush()
        log.info("enhet %d skapad", enhet.id)
        return _rad(_enhet(session, enhet.id))


def andra(
    databas: Databas,
    enhet_id: int,
    namn: str,
    typ: Enhetstyp | str,
    *,
    har_lakemedelsforrad: bool,
    gor_veckogenomgangar: bool,
    startdatum: date | None,
    enhetschef_id: int | None,
    delegeringsbehov: Mapping[str, int],
) -> EnhetRad:
    """Change every attribute of a unit (a changed type changes no other attribute)."""
    namn, typ = _namn(namn), _typ(typ)
    behov = _behov(databas, delegeringsbehov)
    with databas.session() as session:
        enhet = _enhet(session, enhet_id)
        _kontrollera_unikt(session, namn, utom=enhet_id)
        _kontrollera_chef(session, enhetschef_id)
        enhet.namn = namn
        enhet.typ = typ
        enhet.har_lakemedelsforrad = har_lakemedelsforrad
        enhet.gor_veckogenomgangar = gor_veckogenomgangar
        enhet.startdatum = startdatum
        enhet.enhetschef_id = enhetschef_id
        _satt_behov(enhet, behov)
        session.flush()
        session.expire(enhet, ["enhetschef"])
        return _rad(enhet)


def satt_aktiv(databas: Databas, enhet_id: int, aktiv: bool) -> None:
    """An inactive unit keeps its history but is no longer offered in the forms."""
    with databas.session() as session:
        enhet = session.get(Enhet, enhet_id)
        if enhet is None:
            raise OgiltigUppgift("Enheten finns inte längre.")
        enhet.aktiv = aktiv


# What may refer to a unit, as (singular, plural) for the refusal.
_HANVISNINGAR = (
    (Avvikelse.enhet_id, "avvikelse", "avvikelser"),
    (Veckogenomgang.enhet_id, "veckogenomgång", "veckogenomgångar"),
    (Delegering.enhet_id, "delegering", "delegeringar"),
    (Lakemedelstillsyn.enhet_id, "läkemedelstillsyn", "läkemedelstillsyner"),
    (EgenkontrollTillfalle.enhet_id, "egenkontrolltillfälle", "egenkontrolltillfällen"),
    (Logguppfoljning.enhet_id, "logguppföljning", "logguppföljningar"),
    (personal_enhet.c.enhet_id, "person i personalen", "personer i personalen"),
)


def _antal_text(antal: int, singular: str, plural: str) -> str:
    return f"{antal} {singular if antal == 1 else plural}"


def uppraknat(delar: list[str]) -> str:
    """ "a, b och c"."""
    return delar[0] if len(delar) == 1 else f"{', '.join(delar[:-1])} och {delar[-1]}"


def ta_bort(databas: Databas, enhet_id: int) -> None:
    """Delete a unit nothing refers to; otherwise refuse and say to deactivate it."""
    with databas.session() as session:
        enhet = _enhet(session, enhet_id)
        delar = []
        for kolumn, singular, plural in _HANVISNINGAR:
            antal = session.scalar(select(func.count()).where(kolumn == enhet_id)) or 0
            if antal:
                delar.append(_antal_text(antal, singular, plural))
        if delar:
            raise OgiltigUppgift(
                f"Enheten {enhet.namn} kan inte tas bort: {uppraknat(delar)} hör till den. "
                "Inaktivera den i stället; då finns historiken kvar men enheten erbjuds "
                "inte längre i formulären."
            )
        session.delete(enhet)
        log.info("enhet %d borttagen", enhet_id)
