"""Write an Andringslogg row for every ORM insert, update and delete.

Only table, row id, action and the *names* of changed fields are kept, never the
values. The rows are written in the same transaction as the change itself.
"""

from __future__ import annotations

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, sessionmaker

from skrivbord.modeller.andringslogg import Andringslogg
from skrivbord.tid import nu_utc

_VANTANDE = "skrivbord_andringar"
_OINTRESSANTA_FALT = {"andrad", "skapad"}


def _andrade_falt(objekt: object) -> list[str]:
    tillstand = inspect(objekt)
    return sorted(
        attr.key
        for attr in tillstand.attrs
        if attr.key not in _OINTRESSANTA_FALT and attr.history.has_changes()
    )


def _fore_flush(session: Session, _flush_context: object, _instanser: object) -> None:
    vantande = session.info.setdefault(_VANTANDE, [])
    for objekt in session.new:
        if not isinstance(objekt, Andringslogg):
            vantande.append((objekt, "skapad", ""))
    for objekt in session.dirty:
        if isinstance(objekt, Andringslogg) or not session.is_modified(objekt):
            continue
        falt = _andrade_falt(objekt)
        if falt:
            vantande.append((objekt, "andrad", ",".join(falt)[:400]))
    for objekt in session.deleted:
        vantande.append((objekt, "borttagen", ""))


def _efter_flush(session: Session, _flush_context: object) -> None:
    vantande = session.info.pop(_VANTANDE, [])
    if not vantande:
        return
    anvandare = session.info.get("anvandare", "okand")
    tid = nu_utc()
    rader = []
    for objekt, handling, falt in vantande:
        nyckel = inspect(objekt).mapper.primary_key_from_instance(objekt)
        rader.append(
            {
                "tid": tid,
                "anvandare": anvandare,
                "tabell": objekt.__tablename__,
                "rad_id": nyckel[0] if len(nyckel) == 1 and isinstance(nyckel[0], int) else None,
                "handling": handling,
                "falt": falt,
            }
        )
    session.connection().execute(insert(Andringslogg), rader)


def koppla(fabrik: sessionmaker[Session]) -> None:
    event.listen(fabrik, "before_flush", _fore_flush)
    event.listen(fabrik, "after_flush", _efter_flush)
