"""The enhetschef's weekly reviews of falls and medication incidents, per unit and ISO week:
the candidates for a review (with the ones to tick in advance), registering one, the
history of held reviews with the detail of one, and the reviews still missing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import (
    Atgard,
    Avvikelse,
    AvvikelseKategori,
    Databasinfo,
    Enhet,
    Veckogenomgang,
)
from skrivbord.modeller.databasinfo import SKAPAD
from skrivbord.modeller.veckogenomgang import veckogenomgang_avvikelse
from skrivbord.typer import Atgardsstatus, Avvikelsestatus, Genomgangstyp

KATEGORI_FOR_TYP = {Genomgangstyp.FALL: "fall", Genomgangstyp.LAKEMEDEL: "lakemedel"}


@dataclass(frozen=True)
class NyAtgard:
    avvikelse_id: int
    beskrivning: str
    ansvarig_id: int | None = None
    deadline: date | None = None


@dataclass(frozen=True)
class Kandidat:
    id: int
    handelse_tid: datetime
    status: Avvikelsestatus
    beskrivning: str
    forvald: bool = False  # ticked in advance: not yet covered by an earlier review


@dataclass(frozen=True)
class HallenGenomgang:
    """One held review, as a row in the history."""

    id: int
    enhet_id: int
    enhet_namn: str
    ar: int
    vecka: int
    typ: Genomgangstyp
    datum: date
    deltagare: tuple[str, ...]
    antal_avvikelser: int
    beslut: str


@dataclass(frozen=True)
class GenomgangenAvvikelse:
    id: int
    handelse_tid: datetime
    kategori: str
    status: Avvikelsestatus
    beskrivning: str


@dataclass(frozen=True)
class SkapadAtgard:
    id: int
    avvikelse_id: int
    beskrivning: str
    deadline: date | None
    status: Atgardsstatus


@dataclass(frozen=True)
class Genomgangsdetalj:
    """A held review in full, read-only."""

    genomgang: HallenGenomgang
    avvikelser: tuple[GenomgangenAvvikelse, ...]
    atgarder: tuple[SkapadAtgard, ...]


@dataclass(frozen=True)
class SaknadGenomgang:
    enhet_id: int
    enhet_namn: str
    ar: int
    vecka: int
    typ: Genomgangstyp


@dataclass
class Genomgang:
    enhet_id: int
    ar: int
    vecka: int
    typ: Genomgangstyp
    datum: date
    deltagare: list[str]
    beslut: str
    avvikelse_ids: list[int] = field(default_factory=list)
    nya_atgarder: list[NyAtgard] = field(default_factory=list)


def veckans_slut(ar: int, vecka: int) -> datetime:
    """The first moment after the ISO week (so '<' includes all of Sunday)."""
    try:
        mandag = date.fromisocalendar(ar, vecka, 1)
    except ValueError:
        raise OgiltigUppgift(f"Vecka {vecka} finns inte år {ar}.") from None
    return datetime.combine(mandag + timedelta(days=7), time())


def kandidater(
    databas: Databas, enhet_id: int, ar: int, vecka: int, typ: Genomgangstyp
) -> list[Kandidat]:
    """That week's avvikelser of the type, those since the unit's previous review of the
    type, and older ones still open; newest first. Ticked in advance (``forvald``) are
    only those since the previous review (see ``_forval_fran``); older open ones are
    listed unticked."""
    slut = veckans_slut(ar, vecka)
    start = slut - timedelta(days=7)
    with databas.session() as session:
        grans = _forval_fran(session, enhet_id, ar, vecka, typ)
        rader = session.execute(
            select(Avvikelse.id, Avvikelse.handelse_tid, Avvikelse.status, Avvikelse.beskrivning)
            .join(AvvikelseKategori, AvvikelseKategori.id == Avvikelse.kategori_id)
            .where(
                Avvikelse.enhet_id == enhet_id,
                AvvikelseKategori.kod == KATEGORI_FOR_TYP[typ],
                Avvikelse.handelse_tid < slut,
                or_(
                    Avvikelse.handelse_tid >= min(start, grans),
                    Avvikelse.status != Avvikelsestatus.AVSLUTAD,
                ),
            )
            .order_by(Avvikelse.handelse_tid.desc())
        ).all()
    return [Kandidat(*rad, forvald=rad.handelse_tid >= grans) for rad in rader]


def _forval_fran(
    session: Session, enhet_id: int, ar: int, vecka: int, typ: Genomgangstyp
) -> datetime:
    """From when a review of week ``vecka`` ticks avvikelser in advance: the end of the
    week of the unit's previous review of the same type (an earlier week), or with none,
    the start of the week before the chosen one."""
    forra = session.execute(
        select(Veckogenomgang.ar, Veckogenomgang.vecka)
        .where(
            Veckogenomgang.enhet_id == enhet_id,
            Veckogenomgang.typ == typ,
            or_(
                Veckogenomgang.ar < ar,
                and_(Veckogenomgang.ar == ar, Veckogenomgang.vecka < vecka),
            ),
        )
        .order_by(Veckogenomgang.ar.desc(), Veckogenomgang.vecka.desc())
        .limit(1)
    ).first()
    if forra is not None:
        return veckans_slut(forra.ar, forra.vecka)
    return veckans_slut(ar, vecka) - timedelta(days=14)


def registrera(databas: Databas, genomgang: Genomgang, idag: date | None = None) -> int:
    """Store a review with the avvikelser gone through and its new actions; returns its id."""
    _kontrollera(databas, genomgang, idag)
    with databas.session() as session:
        _kontrollera_mot_databasen(session, genomgang)
        rad = Veckogenomgang(
            enhet_id=genomgang.enhet_id,
            ar=genomgang.ar,
            vecka=genomgang.vecka,
            typ=genomgang.typ,
            datum=genomgang.datum,
            deltagare=", ".join(genomgang.deltagare),
            beslut=genomgang.beslut.strip(),
        )
        # All are among the candidates checked above.
        rad.avvikelser = [session.get_one(Avvikelse, i) for i in genomgang.avvikelse_ids]
        session.add(rad)
        for atgard in genomgang.nya_atgarder:
            session.add(
                Atgard(
                    avvikelse_id=atgard.avvikelse_id,
                    beskrivning=atgard.beskrivning.strip(),
                    ansvarig_id=atgard.ansvarig_id,
                    deadline=atgard.deadline,
                )
            )
        session.flush()
        return rad.id


def _kontrollera(databas: Databas, genomgang: Genomgang, idag: date | None) -> None:
    """The date, the participants, the avvikelser and the new actions, before any write."""
    slut = veckans_slut(genomgang.ar, genomgang.vecka)
    if genomgang.datum < (slut - timedelta(days=7)).date():
        raise OgiltigUppgift("Genomgången kan inte hållas före veckan den gäller.")
    if genomgang.datum > (idag or date.today()):
        raise OgiltigUppgift("Genomgångens datum kan inte ligga i framtiden.")
    if not genomgang.deltagare:
        raise OgiltigUppgift("Ange vilka yrkesroller som deltog.")
    tillatna = {
        k.id
        for k in kandidater(
            databas, genomgang.enhet_id, genomgang.ar, genomgang.vecka, genomgang.typ
        )
    }
    okanda = set(genomgang.avvikelse_ids) - tillatna
    if okanda:
        raise OgiltigUppgift(
            "Bara veckans och äldre öppna avvikelser av rätt slag från enheten kan gås igenom."
        )
    for atgard in genomgang.nya_atgarder:
        if atgard.avvikelse_id not in genomgang.avvikelse_ids:
            raise OgiltigUppgift("En ny åtgärd ska höra till en avvikelse som gicks igenom.")
        if not atgard.beskrivning.strip():
            raise OgiltigUppgift("Beskriv den nya åtgärden.")


def _kontrollera_mot_databasen(session: Session, genomgang: Genomgang) -> None:
    """In the writing transaction: the unit still exists and has no such review that week."""
    if session.get(Enhet, genomgang.enhet_id) is None:
        raise OgiltigUppgift("Enheten finns inte längre.")
    finns = session.scalar(
        select(Veckogenomgang.id).where(
            Veckogenomgang.enhet_id == genomgang.enhet_id,
            Veckogenomgang.ar == genomgang.ar,
            Veckogenomgang.vecka == genomgang.vecka,
            Veckogenomgang.typ == genomgang.typ,
        )
    )
    if finns:
        raise OgiltigUppgift(
            f"{genomgang.typ.etikett} för vecka {genomgang.vecka} är redan registrerad för enheten."
        )


def saknade(databas: Databas, idag: date | None = None, veckor: int = 4) -> list[SaknadGenomgang]:
    """Missing fall and medication reviews in the past finished weeks, of the active units
    that owe them (``Enhet.gor_veckogenomgangar``), counted from the later of the unit's
    start and the week the database was created: nothing is owed for weeks before either."""
    idag = idag or date.today()
    mandag = idag - timedelta(days=idag.weekday())
    veckostarter = [mandag - timedelta(weeks=n) for n in range(1, veckor + 1)]
    with databas.session() as session:
        skapad = _databasen_skapad(session)
        enheter = session.execute(
            select(Enhet.id, Enhet.namn, Enhet.startdatum)
            .where(Enhet.aktiv.is_(True), Enhet.gor_veckogenomgangar.is_(True))
            .order_by(Enhet.namn)
        ).all()
        perioder = [start.isocalendar()[:2] for start in veckostarter]
        gjorda = set(
            session.execute(
                select(
                    Veckogenomgang.enhet_id,
                    Veckogenomgang.ar,
                    Veckogenomgang.vecka,
                    Veckogenomgang.typ,
                ).where(
                    or_(
                        *(
                            and_(Veckogenomgang.ar == a, Veckogenomgang.vecka == v)
                            for a, v in perioder
                        )
                    )
                )
            ).all()
        )
    saknas = []
    for enhet_id, namn, startdatum in enheter:
        forsta = _mandag(max(skapad, startdatum or skapad))
        for start in veckostarter:
            ar, vecka = start.isocalendar()[:2]
            if start < forsta:
                continue
            saknas += [
                SaknadGenomgang(enhet_id, namn, ar, vecka, typ)
                for typ in Genomgangstyp
                if (enhet_id, ar, vecka, typ) not in gjorda
            ]
    return sorted(saknas, key=lambda s: (s.enhet_namn, -s.ar, -s.vecka, s.typ.value))


def _mandag(dag: date) -> date:
    return dag - timedelta(days=dag.weekday())


def _databasen_skapad(session: Session) -> date:
    """The day the database was created (migration 0007 records it for older ones)."""
    rad = session.get(Databasinfo, SKAPAD)
    return date.fromisoformat(rad.varde) if rad is not None else date.min


def historik(
    databas: Databas, enhet_id: int | None = None, ar: int | None = None
) -> list[HallenGenomgang]:
    """Held reviews, newest week first (then the latest held, unit, type), optionally of
    one unit and one ISO year. One query: the count comes from a grouped join on the
    link table's primary key (review id first), the roles from the stored text. A unit
    (with or without year) is found by the unique index (enhet_id, ar, vecka, typ)."""
    antal = func.count(veckogenomgang_avvikelse.c.avvikelse_id)
    fraga = (
        select(
            Veckogenomgang.id,
            Veckogenomgang.enhet_id,
            Enhet.namn,
            Veckogenomgang.ar,
            Veckogenomgang.vecka,
            Veckogenomgang.typ,
            Veckogenomgang.datum,
            Veckogenomgang.deltagare,
            antal,
            Veckogenomgang.beslut,
        )
        .join(Enhet, Enhet.id == Veckogenomgang.enhet_id)
        .outerjoin(
            veckogenomgang_avvikelse,
            veckogenomgang_avvikelse.c.veckogenomgang_id == Veckogenomgang.id,
        )
        # PostgreSQL takes the unit's name as grouped only with the unit's key named.
        .group_by(
            *(
                (Veckogenomgang.id,)
                if databas.dialekt == "sqlite"
                else (Veckogenomgang.id, Enhet.id)
            )
        )
        .order_by(
            Veckogenomgang.ar.desc(),
            Veckogenomgang.vecka.desc(),
            Veckogenomgang.datum.desc(),
            Enhet.namn,
            Veckogenomgang.typ,
        )
    )
    if enhet_id is not None:
        fraga = fraga.where(Veckogenomgang.enhet_id == enhet_id)
    if ar is not None:
        fraga = fraga.where(Veckogenomgang.ar == ar)
    with databas.session() as session:
        return [_hallen(*tuple(rad)) for rad in session.execute(fraga).all()]


def ar_med_genomgangar(databas: Databas) -> list[int]:
    """The ISO years that have a held review, newest first (for the year filter)."""
    with databas.session() as session:
        return list(
            session.scalars(select(Veckogenomgang.ar).distinct().order_by(Veckogenomgang.ar.desc()))
        )


def hamta(databas: Databas, genomgang_id: int) -> Genomgangsdetalj:
    """One held review with the avvikelser gone through and the åtgärder it created.

    An åtgärd has no column naming the review; the ones the review created are the
    åtgärder on its avvikelser written in the same transaction as the review (their
    ``skapad`` within a minute of the review's)."""
    with databas.session() as session:
        rad = session.get(Veckogenomgang, genomgang_id)
        if rad is None:
            raise OgiltigUppgift("Veckogenomgången finns inte längre.")
        enhet_namn = session.get_one(Enhet, rad.enhet_id).namn
        avvikelser = session.execute(
            select(
                Avvikelse.id,
                Avvikelse.handelse_tid,
                AvvikelseKategori.namn,
                Avvikelse.status,
                Avvikelse.beskrivning,
            )
            .join(veckogenomgang_avvikelse, veckogenomgang_avvikelse.c.avvikelse_id == Avvikelse.id)
            .join(AvvikelseKategori, AvvikelseKategori.id == Avvikelse.kategori_id)
            .where(veckogenomgang_avvikelse.c.veckogenomgang_id == genomgang_id)
            .order_by(Avvikelse.handelse_tid.desc())
        ).all()
        ids = [a.id for a in avvikelser]
        atgarder = session.execute(
            select(
                Atgard.id, Atgard.avvikelse_id, Atgard.beskrivning, Atgard.deadline, Atgard.status
            )
            .where(
                Atgard.avvikelse_id.in_(ids),
                Atgard.skapad >= rad.skapad - timedelta(minutes=1),
                Atgard.skapad <= rad.skapad + timedelta(minutes=1),
            )
            .order_by(Atgard.id)
        ).all()
        genomgang = _hallen(
            rad.id,
            rad.enhet_id,
            enhet_namn,
            rad.ar,
            rad.vecka,
            rad.typ,
            rad.datum,
            rad.deltagare,
            len(avvikelser),
            rad.beslut,
        )
    return Genomgangsdetalj(
        genomgang,
        tuple(GenomgangenAvvikelse(*a) for a in avvikelser),
        # The filter on avvikelse_id above: each has one.
        tuple(SkapadAtgard(i, a or 0, b, d, s) for i, a, b, d, s in atgarder),
    )


def _hallen(
    genomgang_id: int,
    enhet_id: int,
    enhet_namn: str,
    ar: int,
    vecka: int,
    typ: Genomgangstyp,
    datum: date,
    deltagare: str,
    antal: int,
    beslut: str,
) -> HallenGenomgang:
    roller = tuple(r.strip() for r in deltagare.split(",") if r.strip())
    return HallenGenomgang(
        genomgang_id, enhet_id, enhet_namn, ar, vecka, typ, datum, roller, antal, beslut
    )
