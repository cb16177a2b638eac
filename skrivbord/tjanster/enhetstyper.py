"""Which unit types owe weekly reviews of falls and medication avvikelser by default: a
setting of the kommun's database, chosen by the MAS (issue "Avvikelser, read by a MAS").

The type only gives the default of a new unit; each unit's own attribute
(``enhet.gor_veckogenomgangar``) is the truth, and the MAS may change the units of a
type along with the setting. Kept in ``databasinfo`` under one key, the types' codes
comma-separated; without it, the defaults below (migration 0007 used the same).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Databasinfo, Enhet
from skrivbord.typer import Enhetstyp

NYCKEL = "veckogenomgang_enhetstyper"
STANDARD = frozenset(
    {Enhetstyp.SABO, Enhetstyp.KORTTID, Enhetstyp.HEMTJANST, Enhetstyp.HEMSJUKVARD}
)


def veckogenomgangstyper(databas: Databas) -> frozenset[Enhetstyp]:
    with databas.session() as session:
        rad = session.get(Databasinfo, NYCKEL)
        if rad is None:
            return STANDARD
        return frozenset(Enhetstyp(kod) for kod in rad.varde.split(",") if kod in _KODER)


def satt_veckogenomgangstyper(
    databas: Databas, typer: Iterable[Enhetstyp], *, andra_befintliga: bool = False
) -> int:
    """Saves the setting; with ``andra_befintliga`` also sets every unit of every type
    to owe reviews or not as its type now says. Returns how many units changed."""
    valda = frozenset(Enhetstyp(t) for t in typer)
    varde = ",".join(t.value for t in Enhetstyp if t in valda)
    with databas.session() as session:
        rad = session.get(Databasinfo, NYCKEL)
        if rad is None:
            session.add(Databasinfo(nyckel=NYCKEL, varde=varde))
        else:
            rad.varde = varde
        if not andra_befintliga:
            return 0
        andrade = 0
        for typ in Enhetstyp:
            ska = typ in valda
            enheter = session.scalars(
                select(Enhet).where(Enhet.typ == typ, Enhet.gor_veckogenomgangar.is_not(ska))
            ).all()
            for enhet in enheter:  # through the ORM: the change log gets each unit
                enhet.gor_veckogenomgangar = ska
            andrade += len(enheter)
        return andrade


_KODER = frozenset(t.value for t in Enhetstyp)
