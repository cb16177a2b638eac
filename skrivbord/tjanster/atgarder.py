"""Åtgärder from every source of findings, in one table and through one service
(DESIGN §6): an avvikelse, an egenkontroll result with brister, a läkemedelstillsyn
finding or a logguppföljning. Each module with findings adds and lists its åtgärder
here; Översikt counts those past deadline across all sources.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import (
    Atgard,
    Avvikelse,
    EgenkontrollTillfalle,
    Lakemedelstillsyn,
    LakemedelstillsynFynd,
    Logguppfoljning,
    Personal,
)
from skrivbord.oversattning import N_, oversatt
from skrivbord.tjanster import samtidighet
from skrivbord.typer import Atgardsstatus


class Kallslag(StrEnum):
    AVVIKELSE = "avvikelse"
    EGENKONTROLL = "egenkontroll"
    TILLSYN = "tillsyn"
    LOGGUPPFOLJNING = "logguppfoljning"

    @property
    def etikett(self) -> str:
        return oversatt(_ETIKETTER[self.value])

    @property
    def kolumn(self) -> str:
        return {
            "avvikelse": "avvikelse_id",
            "egenkontroll": "egenkontroll_tillfalle_id",
            "tillsyn": "lakemedelstillsyn_fynd_id",
            "logguppfoljning": "logguppfoljning_id",
        }[self.value]


_ETIKETTER = {
    "avvikelse": N_("Avvikelse"),
    "egenkontroll": N_("Egenkontroll"),
    "tillsyn": N_("Läkemedelstillsyn"),
    "logguppfoljning": N_("Logguppföljning"),
}


@dataclass(frozen=True)
class Kalla:
    """The one record an åtgärd belongs to."""

    slag: Kallslag
    id: int


@dataclass(frozen=True)
class NyAtgard:
    beskrivning: str
    ansvarig_id: int | None = None
    deadline: date | None = None


def kalla_for(atgard: Atgard) -> Kalla:
    for slag in Kallslag:
        varde = getattr(atgard, slag.kolumn)
        if varde is not None:
            return Kalla(slag, varde)
    raise AssertionError(f"åtgärd {atgard.id} saknar källa")  # the CHECK forbids it


def kallans_datum(session: Session, kalla: Kalla) -> date:
    """The day the finding was made: nothing about it can be done before then."""
    if kalla.slag == Kallslag.AVVIKELSE:
        tid = session.scalar(select(Avvikelse.handelse_tid).where(Avvikelse.id == kalla.id))
        datum = tid.date() if tid is not None else None
    elif kalla.slag == Kallslag.EGENKONTROLL:
        rad = session.get(EgenkontrollTillfalle, kalla.id)
        datum = (rad.utfort_datum or rad.planerat_datum) if rad else None
    elif kalla.slag == Kallslag.TILLSYN:
        datum = session.scalar(
            select(Lakemedelstillsyn.datum)
            .join(LakemedelstillsynFynd)
            .where(LakemedelstillsynFynd.id == kalla.id)
        )
    else:
        datum = session.scalar(select(Logguppfoljning.datum).where(Logguppfoljning.id == kalla.id))
    if datum is None:
        raise OgiltigUppgift(f"{kalla.slag.etikett} finns inte längre.")
    return datum


def lagg_till_i(session: Session, kalla: Kalla, ny: NyAtgard) -> Atgard:
    """Add an åtgärd inside the caller's unit of work (checked against its source)."""
    if not ny.beskrivning.strip():
        raise OgiltigUppgift("Beskriv åtgärden.")
    if ny.deadline is not None and ny.deadline < kallans_datum(session, kalla):
        if kalla.slag == Kallslag.AVVIKELSE:
            raise OgiltigUppgift("Åtgärdens sista datum kan inte ligga före händelsen.")
        raise OgiltigUppgift("Åtgärdens sista datum kan inte ligga före det som hittades.")
    if ny.ansvarig_id is not None and session.get(Personal, ny.ansvarig_id) is None:
        raise OgiltigUppgift("Den ansvariga finns inte längre i personalen. Välj en annan.")
    atgard = Atgard(
        beskrivning=ny.beskrivning.strip(), ansvarig_id=ny.ansvarig_id, deadline=ny.deadline
    )
    setattr(atgard, kalla.slag.kolumn, kalla.id)
    session.add(atgard)
    session.flush()
    return atgard


def lagg_till(databas: Databas, kalla: Kalla, ny: NyAtgard) -> int:
    with databas.session() as session:
        return lagg_till_i(session, kalla, ny).id


def satt_status(
    databas: Databas,
    atgard_id: int,
    status: Atgardsstatus,
    klar_datum: date | None = None,
    *,
    version: int | None = None,
) -> None:
    """``version``: the åtgärd's as the list showed it (``AtgardRad.version``)."""
    with samtidighet.session(databas, "atgard", atgard_id, "åtgärden", status) as session:
        atgard = session.get(Atgard, atgard_id)
        if atgard is None:
            raise OgiltigUppgift("Åtgärden finns inte längre.")
        samtidighet.kontrollera_version(session, atgard, version, "åtgärden", status)
        if status == Atgardsstatus.KLAR:
            klar_datum = klar_datum or date.today()
            kalla = kalla_for(atgard)
            if klar_datum < kallans_datum(session, kalla):
                if kalla.slag == Kallslag.AVVIKELSE:
                    raise OgiltigUppgift("En åtgärd kan inte bli klar före händelsen.")
                raise OgiltigUppgift("En åtgärd kan inte bli klar före det som hittades.")
        else:
            klar_datum = None
        atgard.status, atgard.klar_datum = status, klar_datum


@dataclass(frozen=True)
class AtgardRad:
    """An åtgärd as every source shows it (the avvikelse panel, a tillsyn, a result)."""

    id: int
    beskrivning: str
    ansvarig_id: int | None
    ansvarig_namn: str  # "" when nobody is responsible
    deadline: date | None
    status: Atgardsstatus
    klar_datum: date | None
    version: int = 1  # handed back when the status is set (tjanster/samtidighet.py)

    def forsenad(self, idag: date) -> bool:
        oppen = self.status in (Atgardsstatus.PLANERAD, Atgardsstatus.PAGAR)
        return oppen and self.deadline is not None and self.deadline < idag


def for_kalla(databas: Databas, kalla: Kalla) -> list[AtgardRad]:
    """A source's åtgärder in the order they were added."""
    kolumn = getattr(Atgard, kalla.slag.kolumn)
    with databas.session() as session:
        rader = session.execute(
            select(Atgard, Personal.fornamn, Personal.efternamn)
            .outerjoin(Personal, Atgard.ansvarig_id == Personal.id)
            .where(kolumn == kalla.id)
            .order_by(Atgard.id)
        ).all()
        return [
            AtgardRad(
                a.id,
                a.beskrivning,
                a.ansvarig_id,
                f"{fornamn} {efternamn}" if fornamn else "",
                a.deadline,
                a.status,
                a.klar_datum,
                a.version,
            )
            for a, fornamn, efternamn in rader
        ]
