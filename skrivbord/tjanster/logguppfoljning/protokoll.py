"""Spara, läsa och lista protokollen för logguppföljning.

Varje funktion öppnar en kort arbetsenhet och returnerar frysta dataklasser. Loggrader
bär bara protokollets id, aldrig något av innehållet.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from datetime import date

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session, selectinload

from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import (
    Enhet,
    Logguppfoljning,
    LogguppfoljningAtgard,
    LogguppfoljningSignering,
    Personal,
)
from skrivbord.tjanster import samtidighet
from skrivbord.tjanster.logguppfoljning import journalsystem
from skrivbord.tjanster.logguppfoljning.uppgifter import LoggAtgard, Logguppgifter, validera
from skrivbord.typer import Loggkontrolltyp, Loggresultat

log = logging.getLogger(__name__)

HELA_KOMMUNEN = "Hela kommunen"
_VAD = "protokollet"


@dataclass(frozen=True)
class LogguppfoljningDetalj:
    id: int
    uppgifter: Logguppgifter
    enhet_namn: str  # HELA_KOMMUNEN when no unit is chosen
    granskare: str  # the reviewer's name, "" if the person was removed
    signerad_av: str
    version: int = 1  # handed back on save: optimistic locking (tjanster/samtidighet.py)


@dataclass(frozen=True)
class LogguppfoljningRad:
    """En rad i listan: inget av protokollets fritext."""

    id: int
    datum: date
    typ: Loggkontrolltyp
    system: str
    enhet_namn: str
    granskare: str
    resultat: Loggresultat
    antal_atgarder: int
    signerad: bool


def spara(
    databas: Databas,
    uppgifter: Logguppgifter,
    logguppfoljning_id: int | None = None,
    idag: date | None = None,
    *,
    version: int | None = None,
) -> int:
    """Ett nytt protokoll (``logguppfoljning_id`` None) eller ett ändrat; returnerar id.

    ``version``: the protocol's as the form was opened (``LogguppfoljningDetalj.version``);
    if someone saved since, nothing is written (tjanster/samtidighet.py).

    Schemats krok: när egenkontrollernas schema (issue 10) har tillfällen för
    logguppföljningen ska ett nytt protokoll här markera sitt tillfälle utfört (samma
    månad och slag), i samma arbetsenhet.
    """
    validera(uppgifter, idag)
    vakt = (
        samtidighet.vakta(databas, "logguppfoljning", logguppfoljning_id, _VAD, uppgifter)
        if logguppfoljning_id is not None
        else contextlib.nullcontext()
    )
    with vakt, databas.session() as session:
        _kontrollera_referenser(session, uppgifter)
        fore: tuple[object, ...] | None = None
        if logguppfoljning_id is None:
            protokoll = Logguppfoljning()
            session.add(protokoll)
        else:
            protokoll = _hamta_orm(session, logguppfoljning_id)
            samtidighet.kontrollera_version(session, protokoll, version, _VAD, uppgifter)
            fore = _underrader(protokoll)
        _tillampa(session, protokoll, uppgifter)
        if fore is not None and _underrader(protokoll) != fore:
            samtidighet.andrad_genom_underrader(protokoll)
        session.flush()
        log.info(
            "logguppföljning %d %s", protokoll.id, "ny" if logguppfoljning_id is None else "ändrad"
        )
        return protokoll.id


def _kontrollera_referenser(session: Session, u: Logguppgifter) -> None:
    fel: list[tuple[str | None, str]] = []
    if u.enhet_id is not None and session.get(Enhet, u.enhet_id) is None:
        fel.append(("enhet_id", "Enhet: enheten finns inte längre; välj en annan."))
    for falt, person_id in (("utford_av_id", u.utford_av_id), ("signerad_av_id", u.signerad_av_id)):
        if person_id is not None and session.get(Personal, person_id) is None:
            fel.append((falt, "Personen finns inte längre i personalregistret; välj en annan."))
    OgiltigUppgift.om_nagot(fel)


def _underrader(p: Logguppfoljning) -> tuple[object, ...]:
    signering = p.signering
    return (
        tuple((a.typ, a.datum, a.anteckning) for a in p.atgarder),
        (signering.signerad_av_id, signering.datum) if signering else None,
    )


def _tillampa(session: Session, p: Logguppfoljning, u: Logguppgifter) -> None:
    p.datum, p.typ = u.datum, u.typ
    p.period_fran, p.period_till = u.period_fran, u.period_till
    p.system = journalsystem.sakerstall(session, u.system)
    p.enhet_id, p.utford_av_id = u.enhet_id, u.utford_av_id
    p.antal_anvandare, p.antal_atkomster = u.antal_anvandare, u.antal_atkomster
    p.antal_avvikande, p.resultat = u.antal_avvikande, u.resultat
    p.metod = u.metod.strip()
    p.avvikelse_beskrivning = u.avvikelse_beskrivning.strip()
    p.iakttagelser = u.iakttagelser.strip()
    p.atgarder = [
        LogguppfoljningAtgard(typ=a.typ, datum=a.datum, anteckning=a.anteckning.strip())
        for a in u.atgarder
    ]
    if u.signerad_datum is None:
        p.signering = None
    elif p.signering is None:
        p.signering = LogguppfoljningSignering(
            signerad_av_id=u.signerad_av_id, datum=u.signerad_datum
        )
    else:
        p.signering.signerad_av_id, p.signering.datum = u.signerad_av_id, u.signerad_datum


def _hamta_orm(session: Session, logguppfoljning_id: int) -> Logguppfoljning:
    protokoll = session.get(
        Logguppfoljning,
        logguppfoljning_id,
        options=[selectinload(Logguppfoljning.atgarder), selectinload(Logguppfoljning.signering)],
    )
    if protokoll is None:
        raise OgiltigUppgift(f"Logguppföljning {logguppfoljning_id} finns inte.")
    return protokoll


def _namn(session: Session, person_id: int | None) -> str:
    person = session.get(Personal, person_id) if person_id is not None else None
    return person.namn if person is not None else ""


def hamta(databas: Databas, logguppfoljning_id: int) -> LogguppfoljningDetalj:
    with databas.session() as session:
        p = _hamta_orm(session, logguppfoljning_id)
        signering = p.signering
        uppgifter = Logguppgifter(
            datum=p.datum,
            typ=p.typ,
            period_fran=p.period_fran,
            period_till=p.period_till,
            system=p.system,
            utford_av_id=p.utford_av_id,
            antal_anvandare=p.antal_anvandare,
            antal_atkomster=p.antal_atkomster,
            metod=p.metod,
            resultat=p.resultat,
            antal_avvikande=p.antal_avvikande,
            enhet_id=p.enhet_id,
            avvikelse_beskrivning=p.avvikelse_beskrivning,
            iakttagelser=p.iakttagelser,
            atgarder=tuple(LoggAtgard(a.typ, a.datum, a.anteckning) for a in p.atgarder),
            signerad_av_id=signering.signerad_av_id if signering else None,
            signerad_datum=signering.datum if signering else None,
        )
        enhet = session.get(Enhet, p.enhet_id) if p.enhet_id is not None else None
        return LogguppfoljningDetalj(
            id=p.id,
            uppgifter=uppgifter,
            enhet_namn=enhet.namn if enhet is not None else HELA_KOMMUNEN,
            granskare=_namn(session, p.utford_av_id),
            signerad_av=_namn(session, uppgifter.signerad_av_id),
            version=p.version,
        )


def lista(databas: Databas, ar: int | None = None) -> list[LogguppfoljningRad]:
    """Protokollen, senaste först; ``ar`` väljer ett kalenderår (granskningens datum)."""
    atgarder = (
        select(func.count())
        .where(LogguppfoljningAtgard.logguppfoljning_id == Logguppfoljning.id)
        .scalar_subquery()
    )
    signerad = (
        select(func.count())
        .where(LogguppfoljningSignering.logguppfoljning_id == Logguppfoljning.id)
        .scalar_subquery()
    )
    fraga = (
        select(Logguppfoljning, Enhet.namn, Personal, atgarder, signerad)
        .outerjoin(Enhet, Enhet.id == Logguppfoljning.enhet_id)
        .outerjoin(Personal, Personal.id == Logguppfoljning.utford_av_id)
        .order_by(Logguppfoljning.datum.desc(), Logguppfoljning.id.desc())
    )
    if ar is not None:
        fraga = fraga.where(Logguppfoljning.datum.between(date(ar, 1, 1), date(ar, 12, 31)))
    with databas.session() as session:
        return [
            LogguppfoljningRad(
                p.id,
                p.datum,
                p.typ,
                p.system,
                enhet or HELA_KOMMUNEN,
                person.namn if person is not None else "",
                p.resultat,
                antal,
                bool(signerad_antal),
            )
            for p, enhet, person, antal, signerad_antal in session.execute(fraga)
        ]


def ar_med_uppfoljningar(databas: Databas) -> list[int]:
    with databas.session() as session:
        ar = session.scalars(select(extract("year", Logguppfoljning.datum)).distinct()).all()
    return sorted(int(a) for a in ar)


def ta_bort(databas: Databas, logguppfoljning_id: int) -> None:
    """Ett protokoll som skrivits av misstag; stegen och signeringen följer med."""
    with databas.session() as session:
        session.delete(_hamta_orm(session, logguppfoljning_id))
    log.info("logguppföljning %d borttagen", logguppfoljning_id)
