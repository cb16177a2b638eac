"""Avvikelser that wait on Översikt: for analysis, and for follow-up.

- **Väntar på utredning**: still *registrerad* or *under utredning* UTREDNING_DAGAR days
  after the event. The kommun's egenkontroll plan (seed 003, row "Avvikelser") says
  avvikelser are assessed and analysed every week ("Kontinuerligt arbete med bedömning
  och analyser varje vecka samt uppföljningar"): 14 days is two weekly reviews passed,
  the same two weeks Översikt uses for missing weekly reviews.
- **Väntar på uppföljning**: *åtgärder beslutade* (flode.py's states) with no åtgärd
  still planned or in progress: every åtgärd is done or struck (or none was needed),
  so the next step is the uppföljning of their effect.

Both are searched on the covering index led by status and the event time
(ix_avvikelse_status_lista); the lists take the oldest first and stop after a few.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, exists, func, select
from sqlalchemy.orm import Session

from skrivbord.modeller import Atgard, Avvikelse, Enhet
from skrivbord.tjanster.avvikelser.flode import OPPNA_ATGARDER
from skrivbord.typer import Avvikelsestatus

UTREDNING_DAGAR = 14
VISADE_AVVIKELSER = 8  # per group
ATT_UTREDA = (Avvikelsestatus.REGISTRERAD, Avvikelsestatus.UNDER_UTREDNING)


@dataclass(frozen=True)
class VantandeAvvikelse:
    avvikelse_id: int
    status: Avvikelsestatus
    enhet: str
    handelse_dag: date


@dataclass(frozen=True)
class Avvikelsebevakning:
    att_utreda: int
    att_folja_upp: int
    att_utreda_lista: tuple[VantandeAvvikelse, ...] = ()
    att_folja_upp_lista: tuple[VantandeAvvikelse, ...] = ()


def _gransen(idag: date) -> datetime:
    """Events before this moment have waited UTREDNING_DAGAR days or more."""
    return datetime.combine(idag - timedelta(days=UTREDNING_DAGAR - 1), time.min)


def villkor_utreda(idag: date, status: Avvikelsestatus) -> list[ColumnElement[bool]]:
    return [Avvikelse.status == status, Avvikelse.handelse_tid < _gransen(idag)]


def villkor_folja_upp() -> list[ColumnElement[bool]]:
    return [
        Avvikelse.status == Avvikelsestatus.ATGARDER_BESLUTADE,
        ~exists().where(Atgard.avvikelse_id == Avvikelse.id, Atgard.status.in_(OPPNA_ATGARDER)),
    ]


def _antal(s: Session, villkor: list[ColumnElement[bool]]) -> int:
    return s.scalar(select(func.count()).select_from(Avvikelse).where(*villkor)) or 0


def _lista(s: Session, villkor: list[ColumnElement[bool]], antal: int) -> list[VantandeAvvikelse]:
    # The oldest first: the index's own order, so SQLite stops after ``antal`` rows.
    rader = s.execute(
        select(Avvikelse.id, Avvikelse.status, Avvikelse.handelse_tid, Avvikelse.enhet_id)
        .where(*villkor)
        .order_by(Avvikelse.handelse_tid, Avvikelse.id)
        .limit(antal)
    ).all()
    namn: dict[int, str] = {
        enhet_id: enhet
        for enhet_id, enhet in s.execute(
            select(Enhet.id, Enhet.namn).where(Enhet.id.in_({r.enhet_id for r in rader}))
        )
    }
    return [
        VantandeAvvikelse(r.id, r.status, namn.get(r.enhet_id, ""), r.handelse_tid.date())
        for r in rader
    ]


def hamta(
    s: Session, idag: date, antal: int = VISADE_AVVIKELSER, enhet_id: int | None = None
) -> Avvikelsebevakning:
    """Counts and the oldest ``antal`` of each group, for the kommun or one unit (the
    status index holds enhet_id, so a unit is still counted on the index)."""
    enhet = [] if enhet_id is None else [Avvikelse.enhet_id == enhet_id]
    utreda_villkor = [[*villkor_utreda(idag, status), *enhet] for status in ATT_UTREDA]
    folja_upp = [*villkor_folja_upp(), *enhet]
    utreda = [rad for villkor in utreda_villkor for rad in _lista(s, villkor, antal)]
    utreda.sort(key=lambda r: (r.handelse_dag, r.avvikelse_id))
    return Avvikelsebevakning(
        att_utreda=sum(_antal(s, villkor) for villkor in utreda_villkor),
        att_folja_upp=_antal(s, folja_upp),
        att_utreda_lista=tuple(utreda[:antal]),
        att_folja_upp_lista=tuple(_lista(s, folja_upp, antal)),
    )
