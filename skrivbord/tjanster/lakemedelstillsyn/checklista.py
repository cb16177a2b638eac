"""Checklistorna för läkemedelstillsyn, en per tillsynstyp, som MAS håller.

Regeln: en punkt som en sparad tillsyn har svarat på tas aldrig bort och dess text ändras
aldrig, så att gamla protokoll behåller sina frågor. Att ta bort en sådan punkt gör den
inaktiv; att ändra dess text gör den inaktiv och lägger en ny punkt med den nya texten
på samma plats. En punkt som ingen har svarat på ändras eller tas bort på riktigt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Lakemedelstillsyn, LakemedelstillsynSvar, Tillsynspunkt
from skrivbord.tjanster import standarddata
from skrivbord.typer import Tillsynstyp

MAX_TEXT = 300


@dataclass(frozen=True)
class Punkt:
    id: int
    typ: Tillsynstyp
    kod: str
    text: str
    aktiv: bool
    anvand: bool  # a saved inspection has answered it


def sakerstall(session: Session) -> None:
    """A database made before the checklists were kept in it gets the shipped ones."""
    if session.scalar(select(func.count()).select_from(Tillsynspunkt)) == 0:
        session.add_all(standarddata.tillsynspunkter())
        session.flush()


def _anvand(session: Session, typ: Tillsynstyp, kod: str) -> bool:
    return bool(
        session.scalar(
            select(
                exists()
                .where(LakemedelstillsynSvar.fraga == kod)
                .where(LakemedelstillsynSvar.tillsyn_id == Lakemedelstillsyn.id)
                .where(Lakemedelstillsyn.typ == typ)
            )
        )
    )


def punkter_i(session: Session, typ: Tillsynstyp, bara_aktiva: bool = True) -> list[Punkt]:
    sakerstall(session)
    fraga = select(Tillsynspunkt).where(Tillsynspunkt.typ == typ)
    if bara_aktiva:
        fraga = fraga.where(Tillsynspunkt.aktiv.is_(True))
    rader = session.scalars(fraga.order_by(Tillsynspunkt.ordning, Tillsynspunkt.id)).all()
    anvanda = set(
        session.scalars(
            select(LakemedelstillsynSvar.fraga)
            .join(Lakemedelstillsyn, LakemedelstillsynSvar.tillsyn_id == Lakemedelstillsyn.id)
            .where(Lakemedelstillsyn.typ == typ)
            .distinct()
        )
    )
    return [Punkt(p.id, p.typ, p.kod, p.text, p.aktiv, p.kod in anvanda) for p in rader]


def punkter(databas: Databas, typ: Tillsynstyp, bara_aktiva: bool = True) -> list[Punkt]:
    """The items of a kind in their order (all, also inactive, for the editor)."""
    with databas.session() as session:
        return punkter_i(session, typ, bara_aktiva)


def texter(session: Session, typ: Tillsynstyp) -> dict[str, str]:
    """Item code -> text for every item of a kind, also inactive ones (old protocols)."""
    sakerstall(session)
    return dict(
        session.execute(
            select(Tillsynspunkt.kod, Tillsynspunkt.text).where(Tillsynspunkt.typ == typ)
        ).all()
    )


def _ren_text(text: str) -> str:
    ren = " ".join(text.split())
    if not ren:
        raise OgiltigUppgift("Skriv punktens fråga.")
    if len(ren) > MAX_TEXT:
        raise OgiltigUppgift(f"Punktens fråga får vara högst {MAX_TEXT} tecken.")
    return ren


def _ny_kod(session: Session, typ: Tillsynstyp, text: str) -> str:
    grund = re.sub(r"[^a-z0-9]+", "_", text.lower().translate(str.maketrans("åäöé", "aaoe")))
    grund = "egen_" + grund.strip("_")[:28]
    tagna = set(session.scalars(select(Tillsynspunkt.kod).where(Tillsynspunkt.typ == typ)))
    kod, n = grund, 2
    while kod in tagna:
        kod, n = f"{grund}_{n}", n + 1
    return kod


def _punkt(session: Session, punkt_id: int) -> Tillsynspunkt:
    punkt = session.get(Tillsynspunkt, punkt_id)
    if punkt is None:
        raise OgiltigUppgift("Punkten finns inte längre i checklistan.")
    return punkt


def lagg_till(databas: Databas, typ: Tillsynstyp, text: str) -> int:
    """A new item last in the kind's checklist."""
    ren = _ren_text(text)
    with databas.session() as session:
        sakerstall(session)
        sist = session.scalar(
            select(func.max(Tillsynspunkt.ordning)).where(Tillsynspunkt.typ == typ)
        )
        punkt = Tillsynspunkt(
            typ=typ, kod=_ny_kod(session, typ, ren), text=ren, ordning=(sist or 0) + 1
        )
        session.add(punkt)
        session.flush()
        return punkt.id


def andra_text(databas: Databas, punkt_id: int, text: str) -> int:
    """Returns the id of the item that now carries the text (a new one if the old was used)."""
    ren = _ren_text(text)
    with databas.session() as session:
        punkt = _punkt(session, punkt_id)
        if ren == punkt.text:
            return punkt.id
        if not _anvand(session, punkt.typ, punkt.kod):
            punkt.text = ren
            return punkt.id
        punkt.aktiv = False
        ny = Tillsynspunkt(
            typ=punkt.typ,
            kod=_ny_kod(session, punkt.typ, ren),
            text=ren,
            ordning=punkt.ordning,
            aktiv=True,
        )
        session.add(ny)
        session.flush()
        return ny.id


def ta_bort(databas: Databas, punkt_id: int) -> bool:
    """Removes an unused item; an answered one is made inactive. True if it was removed."""
    with databas.session() as session:
        punkt = _punkt(session, punkt_id)
        if punkt.aktiv:
            _inte_sista_aktiva(session, punkt)
        if _anvand(session, punkt.typ, punkt.kod):
            punkt.aktiv = False
            return False
        session.delete(punkt)
        return True


def _inte_sista_aktiva(session: Session, punkt: Tillsynspunkt) -> None:
    aktiva = session.scalar(
        select(func.count()).where(Tillsynspunkt.typ == punkt.typ, Tillsynspunkt.aktiv.is_(True))
    )
    if aktiva == 1:
        raise OgiltigUppgift("Checklistan måste ha minst en aktiv punkt.")


def satt_aktiv(databas: Databas, punkt_id: int, aktiv: bool) -> None:
    with databas.session() as session:
        punkt = _punkt(session, punkt_id)
        if not aktiv and punkt.aktiv:
            _inte_sista_aktiva(session, punkt)
        punkt.aktiv = aktiv
