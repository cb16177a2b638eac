"""The figures on the Översikt page (what needs the MAS's or the enhetschef's attention)
and the cheap counts the other pages show until later releases fill them.

Each figure is one short COUNT query in its own function; ``hamta`` runs them in one
read-only unit of work and returns a frozen dataclass of plain values.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from skrivbord import perioder
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import (
    Atgard,
    Avvikelse,
    Delegering,
    Egenkontroll,
    EgenkontrollTillfalle,
    Enhet,
    Lakemedelstillsyn,
    LakemedelstillsynFynd,
    Logguppfoljning,
    Personal,
)
from skrivbord.tjanster import atgarder, avvikelsebevakning, delegeringsbevakning, enheter
from skrivbord.tjanster import kommun as kommuntjanst
from skrivbord.tjanster.avvikelser import veckogenomgangar
from skrivbord.tjanster.egenkontroller import kalender, tillfallen
from skrivbord.typer import Atgardsstatus, Avvikelsestatus, Enhetstyp

DELEGERING_VARNING_DAGAR = delegeringsbevakning.DELEGERING_VARNING_DAGAR
VECKOGENOMGANG_VECKOR = 2
VISADE_ATGARDER = 10  # the most overdue åtgärder the page lists by name


@dataclass(frozen=True)
class ForsenadAtgard:
    """An åtgärd past its deadline, as the Översikt list shows it."""

    avvikelse_id: int | None  # None: the åtgärd belongs to another source
    atgard: str
    enhet: str  # "" for the whole kommun
    ansvarig: str  # "" when nobody is responsible: that is worth seeing too
    deadline: date
    kalla: atgarder.Kallslag = atgarder.Kallslag.AVVIKELSE


@dataclass(frozen=True)
class Manadsantal:
    """Avvikelser per month this year (up to today's month) and all of last year."""

    i_ar: tuple[int, ...]  # January … the current month
    forra_aret: tuple[int, ...]  # all twelve months


@dataclass(frozen=True)
class Oversikt:
    kommun: str
    kommunkod: str
    # Active units per type, in Enhetstyp order; types without units are left out.
    enheter_per_typ: dict[Enhetstyp, int]
    personal: int
    avvikelser_i_ar: int
    avvikelser_forra_aret: int
    # Last year from 1 January to the same date as today: a fair comparison mid-year.
    avvikelser_forra_aret_samma_period: int
    oppna_avvikelser: int
    forsenade_atgarder: int  # of every source
    delegeringar_som_gar_ut: int
    egenkontroller_i_planen: int
    # Per plan item and unit, the latest occurrence whose due date has passed without the
    # record that documents it (tillfallen.att_gora), and those due within
    # tillfallen.KOMMANDE_DAGAR days.
    forsenade_egenkontroller: int
    saknade_veckogenomgangar: tuple[veckogenomgangar.SaknadGenomgang, ...]
    # The oldest overdue åtgärder, at most VISADE_ATGARDER (forsenade_atgarder counts all).
    forsenade_atgarder_lista: tuple[ForsenadAtgard, ...] = ()
    per_manad: Manadsantal = Manadsantal((), ())
    kommande_egenkontroller: int = 0
    forsenade_atgarder_avvikelser: int = 0  # those the Avvikelser page lists
    delegeringar: delegeringsbevakning.Delegeringsbevakning = (
        delegeringsbevakning.Delegeringsbevakning(0, 0)
    )
    vantande_avvikelser: avvikelsebevakning.Avvikelsebevakning = (
        avvikelsebevakning.Avvikelsebevakning(0, 0)
    )
    # The occurrences behind the two egenkontroll figures, oldest first: the page
    # lists them and opens one.
    egenkontroller: tillfallen.AttGora = tillfallen.AttGora((), ())
    enhet_id: int | None = None  # the unit the figures are for (None: the kommun)

    @property
    def aktiva_enheter(self) -> int:
        return sum(self.enheter_per_typ.values())


def _rakna(s: Session, fraga: Select[int]) -> int:
    return s.scalar(fraga) or 0


def enheter_per_typ(s: Session) -> dict[Enhetstyp, int]:
    antal = dict(
        s.execute(
            select(Enhet.typ, func.count()).where(Enhet.aktiv.is_(True)).group_by(Enhet.typ)
        ).all()
    )
    return {typ: antal[typ] for typ in Enhetstyp if antal.get(typ)}


def aktiv_personal(s: Session) -> int:
    return _rakna(s, select(func.count()).select_from(Personal).where(Personal.aktiv.is_(True)))


F = TypeVar("F", bound=Select[*tuple[Any, ...]])


def _i_enhet(fraga: F, enhet_id: int | None) -> F:
    return fraga if enhet_id is None else fraga.where(Avvikelse.enhet_id == enhet_id)


def _antal_mellan(fran: date, till: date, enhet_id: int | None) -> Select[int]:
    return _i_enhet(
        select(func.count())
        .select_from(Avvikelse)
        .where(
            Avvikelse.handelse_tid >= datetime.combine(fran, time.min),
            Avvikelse.handelse_tid < datetime.combine(till + timedelta(days=1), time.min),
        ),
        enhet_id,
    )


def avvikelser_mellan(s: Session, fran: date, till: date, enhet_id: int | None = None) -> int:
    """Avvikelser that happened from ``fran`` up to and including ``till`` (in one unit:
    a range on the index led by enhet_id and the event time)."""
    return _rakna(s, _antal_mellan(fran, till, enhet_id))


def oppna_avvikelser(s: Session, enhet_id: int | None = None) -> int:
    return _rakna(
        s,
        _i_enhet(
            select(func.count())
            .select_from(Avvikelse)
            # IN rather than !=, so SQLite counts on the status index instead of the table.
            .where(
                Avvikelse.status.in_([s for s in Avvikelsestatus if s != Avvikelsestatus.AVSLUTAD])
            ),
            enhet_id,
        ),
    )


def _med_kallor(fraga: F) -> F:
    """``fraga`` joined to every source an åtgärd may have, for its unit (_ATGARDENS_ENHET)."""
    return (
        fraga.outerjoin(Avvikelse, Atgard.avvikelse_id == Avvikelse.id)
        .outerjoin(
            EgenkontrollTillfalle, Atgard.egenkontroll_tillfalle_id == EgenkontrollTillfalle.id
        )
        .outerjoin(
            LakemedelstillsynFynd, Atgard.lakemedelstillsyn_fynd_id == LakemedelstillsynFynd.id
        )
        .outerjoin(Lakemedelstillsyn, LakemedelstillsynFynd.tillsyn_id == Lakemedelstillsyn.id)
        .outerjoin(Logguppfoljning, Atgard.logguppfoljning_id == Logguppfoljning.id)
    )


# The unit of an åtgärd: its source's (None for the kommun's own, e.g. a summary).
_ATGARDENS_ENHET: ColumnElement[int | None] = func.coalesce(
    Avvikelse.enhet_id,
    EgenkontrollTillfalle.enhet_id,
    Lakemedelstillsyn.enhet_id,
    Logguppfoljning.enhet_id,
)


def _i_enheten(enhet_id: int) -> ColumnElement[bool]:
    """An åtgärd whose source belongs to the unit, as memberships of the unit's sources'
    ids (each list built once from an index): on a million avvikelser this stays on the
    (status, deadline, avvikelse_id) index, where joining each overdue åtgärd to its
    avvikelse row read 15,000 table pages (0.8 s). The other sources' columns are read
    only for an åtgärd without an avvikelse."""
    return or_(
        Atgard.avvikelse_id.in_(select(Avvikelse.id).where(Avvikelse.enhet_id == enhet_id)),
        and_(
            Atgard.avvikelse_id.is_(None),
            or_(
                Atgard.egenkontroll_tillfalle_id.in_(
                    select(EgenkontrollTillfalle.id).where(
                        EgenkontrollTillfalle.enhet_id == enhet_id
                    )
                ),
                Atgard.lakemedelstillsyn_fynd_id.in_(
                    select(LakemedelstillsynFynd.id)
                    .join(
                        Lakemedelstillsyn, LakemedelstillsynFynd.tillsyn_id == Lakemedelstillsyn.id
                    )
                    .where(Lakemedelstillsyn.enhet_id == enhet_id)
                ),
                Atgard.logguppfoljning_id.in_(
                    select(Logguppfoljning.id).where(Logguppfoljning.enhet_id == enhet_id)
                ),
            ),
        ),
    )


def forsenade_atgarder(s: Session, idag: date, enhet_id: int | None = None) -> tuple[int, int]:
    """Åtgärder still planned or in progress whose deadline has passed: of every source,
    and of them the avvikelser's, in one pass over the (status, deadline, avvikelse_id)
    index (count of avvikelse_id counts those that have one). In one unit, see
    _i_enheten."""
    fraga = select(func.count(), func.count(Atgard.avvikelse_id)).where(
        Atgard.status.in_([Atgardsstatus.PLANERAD, Atgardsstatus.PAGAR]),
        Atgard.deadline < idag,
    )
    if enhet_id is not None:
        fraga = fraga.where(_i_enheten(enhet_id))
    alla, avvikelsers = s.execute(fraga).one()
    return alla, avvikelsers


def forsenade_atgarder_lista(
    s: Session, idag: date, antal: int = VISADE_ATGARDER, enhet_id: int | None = None
) -> tuple[ForsenadAtgard, ...]:
    """The ``antal`` åtgärder furthest past their deadline (oldest deadline first)."""
    # The åtgärder first, on their own (status, deadline) index; only those few are then
    # joined to their avvikelse, unit and person (joined first, SQLite reads every
    # avvikelse: 0.3 s on a million). In one unit, see _i_enheten.
    forsenade = select(Atgard.id).where(
        Atgard.status.in_([Atgardsstatus.PLANERAD, Atgardsstatus.PAGAR]),
        Atgard.deadline < idag,
    )
    if enhet_id is not None:
        forsenade = forsenade.where(_i_enheten(enhet_id))
    forsenade_id = forsenade.order_by(Atgard.deadline, Atgard.id).limit(antal).subquery()
    rader = s.execute(
        _med_kallor(
            select(
                Atgard,
                Enhet.namn,
                Personal.fornamn,
                Personal.efternamn,
            ).join(forsenade_id, Atgard.id == forsenade_id.c.id)
        )
        .outerjoin(Enhet, Enhet.id == _ATGARDENS_ENHET)
        .outerjoin(Personal, Atgard.ansvarig_id == Personal.id)
        .order_by(Atgard.deadline, Atgard.id)
    ).all()
    return tuple(
        ForsenadAtgard(
            a.avvikelse_id,
            a.beskrivning,
            enhet or "",
            f"{fornamn} {efternamn}" if fornamn else "",
            a.deadline,
            atgarder.kalla_for(a).slag,
        )
        for a, enhet, fornamn, efternamn in rader
        if a.deadline is not None
    )


def _per_manad(
    s: Session, ar: int, till_manad: int, enhet_id: int | None = None
) -> tuple[int, ...]:
    """Avvikelser per month of ``ar`` from January to ``till_manad``: one range count
    per month on the index of handelse_tid (no scan of the table), all in one statement
    so a server on the network answers in one round trip instead of twelve."""
    manader = [
        _antal_mellan(
            date(ar, manad, 1),
            date(ar + manad // 12, manad % 12 + 1, 1) - timedelta(days=1),
            enhet_id,
        ).scalar_subquery()
        for manad in range(1, till_manad + 1)
    ]
    rad = s.execute(select(*manader)).one()
    return tuple(int(n or 0) for n in rad)


def per_manad(s: Session, idag: date, enhet_id: int | None = None) -> Manadsantal:
    return Manadsantal(
        _per_manad(s, idag.year, idag.month, enhet_id),
        _per_manad(s, idag.year - 1, 12, enhet_id),
    )


def delegeringar_som_gar_ut(s: Session, idag: date, dagar: int = DELEGERING_VARNING_DAGAR) -> int:
    """Valid delegations ending within ``dagar`` days that nobody has renewed or revoked."""
    fornyelse = aliased(Delegering)
    return _rakna(
        s,
        select(func.count())
        .select_from(Delegering)
        .where(
            Delegering.aterkallad_datum.is_(None),
            Delegering.giltig_fran <= idag,
            Delegering.giltig_till >= idag,
            Delegering.giltig_till <= idag + timedelta(days=dagar),
            ~exists().where(
                fornyelse.ersatter_id == Delegering.id, fornyelse.aterkallad_datum.is_(None)
            ),
        ),
    )


def egenkontroller_i_planen(s: Session) -> int:
    return _rakna(
        s, select(func.count()).select_from(Egenkontroll).where(Egenkontroll.aktiv.is_(True))
    )


def hamta(databas: Databas, idag: date | None = None, enhet_id: int | None = None) -> Oversikt:
    """The page's figures for the whole kommun, or for one unit (``enhet_id``): then
    every figure about avvikelser, åtgärder, egenkontroller, delegations and weekly
    reviews is the unit's, and the kommun's own items (its summaries) are left out. The
    unit and staff cards stay the kommun's."""
    idag = idag or date.today()
    uppgifter = kommuntjanst.hamta(databas)
    # In a unit of work of its own, so before the one below.
    # On a server an enhetschef is owed only her own units' reviews (the register lists
    # every unit; row-level security hides the others' reviews, not their absence).
    mina = enheter.mina(databas) if enhet_id is None else frozenset({enhet_id})
    saknade = tuple(
        g
        for g in veckogenomgangar.saknade(databas, idag, veckor=VECKOGENOMGANG_VECKOR)
        if mina is None or g.enhet_id in mina
    )
    # The year's occurrences follow the plan and the register (a no-op when they do).
    kalender.sakerstall(databas, idag.year, idag)
    with databas.session() as s:
        egenkontroller = tillfallen.att_gora(s, idag)
        if enhet_id is not None:
            egenkontroller = tillfallen.AttGora(
                tuple(t for t in egenkontroller.forsenade if t.enhet_id == enhet_id),
                tuple(t for t in egenkontroller.kommande if t.enhet_id == enhet_id),
            )
        # The year totals are the chart's months added up: one pass over the index of
        # handelse_tid instead of three (a million avvikelser: 60 ms saved).
        manader = per_manad(s, idag, enhet_id)
        fjol = perioder.samma_dag(idag, idag.year - 1)
        delegeringar = delegeringsbevakning.hamta(s, idag, enhet_id=enhet_id)
        forsenade = forsenade_atgarder(s, idag, enhet_id)
        return Oversikt(
            kommun=uppgifter.namn if uppgifter else "",
            kommunkod=uppgifter.kommunkod if uppgifter else "",
            enheter_per_typ=enheter_per_typ(s),
            personal=aktiv_personal(s),
            avvikelser_i_ar=sum(manader.i_ar),
            avvikelser_forra_aret=sum(manader.forra_aret),
            avvikelser_forra_aret_samma_period=sum(manader.forra_aret[: fjol.month - 1])
            + avvikelser_mellan(s, fjol.replace(day=1), fjol, enhet_id),
            oppna_avvikelser=oppna_avvikelser(s, enhet_id),
            forsenade_atgarder=forsenade[0],
            forsenade_atgarder_avvikelser=forsenade[1],
            delegeringar_som_gar_ut=delegeringar.gar_ut,
            delegeringar=delegeringar,
            vantande_avvikelser=avvikelsebevakning.hamta(s, idag, enhet_id=enhet_id),
            egenkontroller_i_planen=egenkontroller_i_planen(s),
            forsenade_egenkontroller=len(egenkontroller.forsenade),
            kommande_egenkontroller=len(egenkontroller.kommande),
            saknade_veckogenomgangar=saknade,
            forsenade_atgarder_lista=forsenade_atgarder_lista(s, idag, enhet_id=enhet_id),
            per_manad=manader,
            egenkontroller=egenkontroller,
            enhet_id=enhet_id,
        )


@dataclass(frozen=True)
class Omradesantal:
    """What the database already holds for the pages later releases fill."""

    lakemedelstillsyner: int
    lakemedelstillsyner_i_ar: int
    delegeringar_giltiga: int
    delegeringar_som_gar_ut: int
    logguppfoljningar: int
    logguppfoljningar_i_ar: int
    mellan_vardgivare_i_ar: int


def omradesantal(databas: Databas, idag: date | None = None) -> Omradesantal:
    idag = idag or date.today()
    arets_borjan = date(idag.year, 1, 1)

    def alla(modell: type) -> Select[int]:
        return select(func.count()).select_from(modell)

    with databas.session() as s:
        return Omradesantal(
            lakemedelstillsyner=_rakna(s, alla(Lakemedelstillsyn)),
            lakemedelstillsyner_i_ar=_rakna(
                s,
                alla(Lakemedelstillsyn).where(
                    Lakemedelstillsyn.datum >= arets_borjan, Lakemedelstillsyn.datum <= idag
                ),
            ),
            delegeringar_giltiga=_rakna(
                s,
                alla(Delegering).where(
                    Delegering.aterkallad_datum.is_(None),
                    Delegering.giltig_fran <= idag,
                    Delegering.giltig_till >= idag,
                ),
            ),
            delegeringar_som_gar_ut=delegeringar_som_gar_ut(s, idag),
            logguppfoljningar=_rakna(s, alla(Logguppfoljning)),
            logguppfoljningar_i_ar=_rakna(
                s,
                alla(Logguppfoljning).where(
                    Logguppfoljning.datum >= arets_borjan, Logguppfoljning.datum <= idag
                ),
            ),
            mellan_vardgivare_i_ar=_rakna(
                s,
                alla(Avvikelse).where(
                    Avvikelse.ar == idag.year, Avvikelse.mellan_vardgivare.is_(True)
                ),
            ),
        )
