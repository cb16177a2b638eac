"""The occurrences the plan gives: per plan item, per unit in its scope, per due date.

``sakerstall`` brings a year's occurrences in line with the plan and the register: what
is missing is added, a planned occurrence from today on that the plan no longer gives
(an item made inactive, a scope or frequency changed, a unit closed) is removed.
Occurrences in the past and occurrences with a result are never rewritten. Nothing is
owed before the later of the unit's start and the database's creation (the same rule as
for missing weekly reviews), nor before the plan item's present rule applies
(``galler_fran``: a new or changed item makes no past occurrences).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from skrivbord.lagring.behorighet import skrivbara_enheter
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Databasinfo, Egenkontroll, EgenkontrollTillfalle, Enhet
from skrivbord.modeller.databasinfo import SKAPAD
from skrivbord.modeller.egenkontroll import egenkontroll_enhet
from skrivbord.tjanster.egenkontroller import regler
from skrivbord.typer import Enhetstyp, Omfang, Tillfallesstatus

Nyckel = tuple[int, int | None, date]  # (plan item, unit or None, due date)


@dataclass(frozen=True)
class _Enhetsrad:
    id: int
    typ: Enhetstyp
    lakemedelsforrad: bool
    veckogenomgangar: bool
    startdatum: date | None


@dataclass(frozen=True)
class Andring:
    tillagda: int
    borttagna: int


def enheter_i_omfang(
    post: Egenkontroll, enheter: Iterable[_Enhetsrad], valda: set[int]
) -> list[int | None]:
    """The unit ids a plan item is done for; [None] for one kommun-wide occurrence."""
    if post.omfang == Omfang.KOMMUNEN:
        return [None]
    typer = {t for t in post.enhetstyper.split(",") if t}

    def med(e: _Enhetsrad) -> bool:
        return {
            Omfang.ALLA: True,
            Omfang.ENHETSTYPER: e.typ.value in typer,
            Omfang.VALDA: e.id in valda,
            Omfang.LAKEMEDELSFORRAD: e.lakemedelsforrad,
            Omfang.VECKOGENOMGANGAR: e.veckogenomgangar,
        }[post.omfang]

    return [e.id for e in enheter if med(e)]


def _skapad(session: Session) -> date:
    rad = session.get(Databasinfo, SKAPAD)
    return date.fromisoformat(rad.varde) if rad is not None else date.min


def _onskade(session: Session, ar: int) -> dict[Nyckel, date]:
    """What the plan gives for ``ar``: (item, unit, due date) -> period_fran."""
    skapad = _skapad(session)
    enheter = [
        _Enhetsrad(*rad)
        for rad in session.execute(
            select(
                Enhet.id,
                Enhet.typ,
                Enhet.har_lakemedelsforrad,
                Enhet.gor_veckogenomgangar,
                Enhet.startdatum,
            ).where(Enhet.aktiv.is_(True))
        )
    ]
    start = {e.id: max(skapad, e.startdatum or skapad) for e in enheter}
    valda: dict[int, set[int]] = {}
    for ek_id, enhet_id in session.execute(select(egenkontroll_enhet)):
        valda.setdefault(ek_id, set()).add(enhet_id)
    onskade: dict[Nyckel, date] = {}
    for post in session.scalars(select(Egenkontroll).where(Egenkontroll.aktiv.is_(True))):
        perioder = regler.perioder(post.regel, ar)
        for enhet_id in enheter_i_omfang(post, enheter, valda.get(post.id, set())):
            forsta = max(
                skapad if enhet_id is None else start[enhet_id], post.galler_fran or skapad
            )
            for fran, forfaller in perioder:
                if forfaller >= forsta:
                    onskade[(post.id, enhet_id, forfaller)] = fran
    return onskade


def stam_av(session: Session, ar: int, idag: date) -> Andring:
    """``sakerstall`` inside the caller's unit of work (the plan editor uses it). On a
    server an enhetschef's session keeps only her own units' occurrences in line."""
    mina = skrivbara_enheter(session)
    if mina is not None and not mina:  # a läsare, or a login with no unit yet
        return Andring(0, 0)
    onskade = _onskade(session, ar)
    if mina is not None:
        onskade = {n: fran for n, fran in onskade.items() if n[1] in mina}
    befintliga = session.execute(
        select(
            EgenkontrollTillfalle.id,
            EgenkontrollTillfalle.egenkontroll_id,
            EgenkontrollTillfalle.enhet_id,
            EgenkontrollTillfalle.planerat_datum,
            EgenkontrollTillfalle.status,
            EgenkontrollTillfalle.utfort_datum,
        ).where(
            EgenkontrollTillfalle.planerat_datum >= date(ar, 1, 1),
            EgenkontrollTillfalle.planerat_datum <= date(ar, 12, 31),
        )
    ).all()
    finns: set[Nyckel] = set()
    overflodiga: list[int] = []
    for t_id, ek_id, enhet_id, planerat, status, utfort in befintliga:
        nyckel = (ek_id, enhet_id, planerat)
        finns.add(nyckel)
        orord = status == Tillfallesstatus.PLANERAD and utfort is None
        egen = mina is None or enhet_id in mina
        if nyckel not in onskade and orord and planerat >= idag and egen:
            overflodiga.append(t_id)
    if overflodiga:
        session.execute(
            delete(EgenkontrollTillfalle).where(EgenkontrollTillfalle.id.in_(overflodiga))
        )
    nya = [
        EgenkontrollTillfalle(
            egenkontroll_id=ek_id, enhet_id=enhet_id, planerat_datum=forfaller, period_fran=fran
        )
        for (ek_id, enhet_id, forfaller), fran in sorted(
            onskade.items(), key=lambda p: (p[0][2], p[0][0], p[0][1] or 0)
        )
        if (ek_id, enhet_id, forfaller) not in finns
    ]
    session.add_all(nya)
    return Andring(len(nya), len(overflodiga))


def sakerstall(databas: Databas, ar: int, idag: date | None = None) -> Andring:
    """Bring ``ar``'s occurrences in line with the plan (see the module's text)."""
    idag = idag or date.today()
    with databas.session() as session:
        return stam_av(session, ar, idag)
