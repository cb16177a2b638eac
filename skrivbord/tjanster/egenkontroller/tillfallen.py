"""The occurrences of a year as the Egenkontroller page and Översikt see them, and the
recording of a result (date, by whom, OK or brister, comment) or of "ej aktuell"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Egenkontroll, EgenkontrollTillfalle, Enhet, Personal
from skrivbord.tjanster import atgarder, samtidighet
from skrivbord.tjanster.egenkontroller import kalender, stickprov, utfall
from skrivbord.tjanster.egenkontroller.utfall import Lage, Tillfallesrad
from skrivbord.typer import Dokumentkalla, Tillfallesstatus

KOMMANDE_DAGAR = 14  # "due soon" on Översikt


@dataclass(frozen=True)
class Tillfalle:
    id: int
    egenkontroll_id: int
    omrade: str
    enhet_id: int | None
    enhet: str  # "" for the whole kommun
    period_fran: date | None
    planerat_datum: date
    lage: Lage
    utfort_datum: date | None
    utford_av: str
    brister: bool
    kommentar: str
    orsak: str  # why not applicable
    dokumenteras_i: Dokumentkalla
    dokument_id: int | None
    # A random sample of the logs not yet taken: the day suggested for it (stickprov.py).
    foreslaget_datum: date | None = None
    version: int = 1  # handed back on save: optimistic locking (tjanster/samtidighet.py)
    utford_av_id: int | None = None


def _fraga() -> Select[*tuple[Any, ...]]:
    return (
        select(
            EgenkontrollTillfalle.id,
            EgenkontrollTillfalle.egenkontroll_id,
            Egenkontroll.omrade,
            EgenkontrollTillfalle.enhet_id,
            Enhet.namn,
            EgenkontrollTillfalle.period_fran,
            EgenkontrollTillfalle.planerat_datum,
            EgenkontrollTillfalle.status,
            EgenkontrollTillfalle.utfort_datum,
            Personal.fornamn,
            Personal.efternamn,
            EgenkontrollTillfalle.brister_funna,
            EgenkontrollTillfalle.resultat,
            EgenkontrollTillfalle.orsak,
            Egenkontroll.dokumenteras_i,
            EgenkontrollTillfalle.version,
            EgenkontrollTillfalle.utford_av_id,
        )
        .join(Egenkontroll, EgenkontrollTillfalle.egenkontroll_id == Egenkontroll.id)
        .outerjoin(Enhet, EgenkontrollTillfalle.enhet_id == Enhet.id)
        .outerjoin(Personal, EgenkontrollTillfalle.utford_av_id == Personal.id)
    )


def hamta(
    s: Session, fraga: Select[*tuple[Any, ...]], idag: date, *fler: Select[*tuple[Any, ...]]
) -> list[Tillfalle]:
    """The occurrences ``fraga`` (built on ``_fraga``) selects, with their utfall; those
    of ``fler`` only take part in the utfall (a later occurrence a record belongs to)."""
    rader = s.execute(fraga).all()
    med = {r[0] for r in rader}
    ovriga = [r for f in fler for r in s.execute(f).all() if r[0] not in med]
    underlag = [Tillfallesrad(r[0], r[3], r[14], r[5], r[6], r[7], r[8]) for r in [*rader, *ovriga]]
    berakning = utfall.berakna(s, underlag, idag)
    ut = []
    for r in rader:
        u = berakning[r[0]]
        av = f"{r[9]} {r[10]}" if r[9] else ""
        ut.append(
            Tillfalle(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4] or "",
                r[5],
                r[6],
                u.lage,
                u.utfort_datum,
                av,
                r[11],
                r[12],
                r[13],
                r[14],
                u.dokument_id,
                _foreslaget(r[1], r[3], r[5], r[6], r[14], u.lage),
                r[15],
                r[16],
            )
        )
    return ut


def _foreslaget(
    egenkontroll_id: int,
    enhet_id: int | None,
    period_fran: date | None,
    planerat: date,
    dokumenteras_i: Dokumentkalla,
    lage: Lage,
) -> date | None:
    if dokumenteras_i != Dokumentkalla.LOGG_STICKPROV or lage not in (
        Lage.PLANERAD,
        Lage.FORSENAD,
    ):
        return None
    return stickprov.foreslaget_datum(egenkontroll_id, enhet_id, period_fran, planerat)


def lista(
    databas: Databas, ar: int, enhet_id: int | None = None, idag: date | None = None
) -> list[Tillfalle]:
    """The year's occurrences (made to match the plan first), by due date, area and unit."""
    idag = idag or date.today()
    with databas.session() as s:
        kalender.stam_av(s, ar, idag)
        fraga = _fraga().where(
            EgenkontrollTillfalle.planerat_datum >= date(ar, 1, 1),
            EgenkontrollTillfalle.planerat_datum <= date(ar, 12, 31),
            Egenkontroll.aktiv.is_(True),
        )
        if enhet_id is not None:
            fraga = fraga.where(EgenkontrollTillfalle.enhet_id == enhet_id)
        fraga = fraga.order_by(EgenkontrollTillfalle.planerat_datum, Egenkontroll.id, Enhet.namn)
        return hamta(s, fraga, idag)


def hamta_ett(databas: Databas, tillfalle_id: int, idag: date | None = None) -> Tillfalle:
    """One occurrence as saved now (a form that was told someone else saved first)."""
    with databas.session() as s:
        rader = hamta(
            s, _fraga().where(EgenkontrollTillfalle.id == tillfalle_id), idag or date.today()
        )
    if not rader:
        raise OgiltigUppgift("Tillfället finns inte längre; uppdatera listan.")
    return rader[0]


@dataclass(frozen=True)
class AttGora:
    forsenade: tuple[Tillfalle, ...]
    kommande: tuple[Tillfalle, ...]  # due within KOMMANDE_DAGAR days


def att_gora(s: Session, idag: date, dagar: int = KOMMANDE_DAGAR) -> AttGora:
    """What Översikt asks to be done, inside the caller's unit of work: per plan item and
    unit the latest occurrence whose due date has passed without the record that
    documents it (an older one that was never done is missed, and counted so in the
    report: last spring's weekly review is not something to do today), and the
    occurrences due within ``dagar`` days."""
    tillfalle = EgenkontrollTillfalle
    # The latest due date passed per plan item and unit (NULL unit: the kommun), from
    # the start of last year; only those occurrences and the coming ones are read.
    enhet = func.coalesce(tillfalle.enhet_id, -1)
    senaste = (
        select(
            tillfalle.egenkontroll_id.label("ek"),
            enhet.label("enhet"),
            func.max(tillfalle.planerat_datum).label("datum"),
        )
        .where(
            tillfalle.planerat_datum < idag,
            tillfalle.planerat_datum >= date(idag.year - 1, 1, 1),
        )
        .group_by(tillfalle.egenkontroll_id, enhet)
        .subquery()
    )
    forfallna = _fraga().join(
        senaste,
        and_(
            tillfalle.egenkontroll_id == senaste.c.ek,
            enhet == senaste.c.enhet,
            tillfalle.planerat_datum == senaste.c.datum,
        ),
    )
    kommande = _fraga().where(
        tillfalle.planerat_datum >= idag,
        tillfalle.planerat_datum <= idag + timedelta(days=dagar),
    )
    aktiv = Egenkontroll.aktiv.is_(True)
    ordning = (tillfalle.planerat_datum, tillfalle.id)
    # A tillsyn or log record completes the occurrence of its own period, which may be
    # one not yet due: those take part, so Översikt and the calendar agree.
    perioder = _fraga().where(
        aktiv,
        Egenkontroll.dokumenteras_i.in_(utfall.PERIODKALLOR),
        tillfalle.planerat_datum >= idag,
        tillfalle.planerat_datum <= idag + timedelta(days=400),
    )
    return AttGora(
        tuple(
            t
            for t in hamta(s, forfallna.where(aktiv).order_by(*ordning), idag, perioder)
            if t.lage == Lage.FORSENAD
        ),
        tuple(
            t
            for t in hamta(s, kommande.where(aktiv).order_by(*ordning), idag)
            if t.lage == Lage.PLANERAD
        ),
    )


@dataclass(frozen=True)
class Resultat:
    utfort_datum: date
    utford_av_id: int | None
    brister: bool
    kommentar: str
    # For brister: the åtgärder decided (the same åtgärd as the avvikelser's).
    atgarder: tuple[atgarder.NyAtgard, ...] = ()


_TABELL = "egenkontroll_tillfalle"
_VAD = "tillfället"


def _tillfalle(s: Session, tillfalle_id: int) -> EgenkontrollTillfalle:
    rad = s.get(EgenkontrollTillfalle, tillfalle_id)
    if rad is None:
        raise OgiltigUppgift("Tillfället finns inte längre; uppdatera listan.")
    return rad


def registrera(
    databas: Databas,
    tillfalle_id: int,
    resultat: Resultat,
    idag: date | None = None,
    *,
    version: int | None = None,
) -> None:
    """Record the result of an occurrence that carries its own result. ``version``:
    the occurrence's as the form was opened (``Tillfalle.version``), here and below."""
    idag = idag or date.today()
    if resultat.utfort_datum > idag:
        raise OgiltigUppgift("Datumet då egenkontrollen utfördes kan inte ligga i framtiden.")
    if resultat.brister and not resultat.kommentar.strip():
        raise OgiltigUppgift("Beskriv bristerna i kommentaren.")
    if resultat.atgarder and not resultat.brister:
        raise OgiltigUppgift("Åtgärder hör till ett resultat med brister.")
    with samtidighet.session(databas, _TABELL, tillfalle_id, _VAD, resultat) as s:
        rad = _tillfalle(s, tillfalle_id)
        samtidighet.kontrollera_version(s, rad, version, _VAD, resultat)
        dokument = rad.egenkontroll.dokumenteras_i
        if dokument != Dokumentkalla.RESULTAT:
            raise OgiltigUppgift(
                f"Tillfället blir klart när det registreras som {dokument.etikett.lower()}; "
                "registrera det där, inte här."
            )
        rad.status = Tillfallesstatus.UTFORD
        rad.utfort_datum = resultat.utfort_datum
        rad.utford_av_id = resultat.utford_av_id
        rad.brister_funna = resultat.brister
        rad.resultat = resultat.kommentar.strip()
        rad.orsak = ""
        kalla = atgarder.Kalla(atgarder.Kallslag.EGENKONTROLL, rad.id)
        for ny in resultat.atgarder:
            atgarder.lagg_till_i(s, kalla, ny)


def ej_aktuellt(
    databas: Databas, tillfalle_id: int, orsak: str, *, version: int | None = None
) -> None:
    """Mark an occurrence not applicable; the reason is required."""
    if not orsak.strip():
        raise OgiltigUppgift("Skriv varför tillfället inte är aktuellt.")
    with samtidighet.session(databas, _TABELL, tillfalle_id, _VAD, orsak) as s:
        rad = _tillfalle(s, tillfalle_id)
        samtidighet.kontrollera_version(s, rad, version, _VAD, orsak)
        rad.status = Tillfallesstatus.EJ_AKTUELL
        rad.orsak = orsak.strip()
        rad.utfort_datum = None
        rad.brister_funna = False


def ater_planera(databas: Databas, tillfalle_id: int, *, version: int | None = None) -> None:
    """Undo a result or "ej aktuell": the occurrence is planned again."""
    with samtidighet.session(databas, _TABELL, tillfalle_id, _VAD) as s:
        rad = _tillfalle(s, tillfalle_id)
        samtidighet.kontrollera_version(s, rad, version, _VAD)
        rad.status = Tillfallesstatus.PLANERAD
        rad.utfort_datum = rad.utford_av_id = None
        rad.brister_funna = False
        rad.resultat = rad.orsak = ""
