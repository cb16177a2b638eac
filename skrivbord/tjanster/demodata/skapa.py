"""The job that ties the demo together: checks the arguments, writes the plan's units
and staff through the ORM, then runs the bulk load step by step in one transaction."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from skrivbord.fel import OgiltigUppgift
from skrivbord.jobb import Framsteg, Jobb
from skrivbord.lagring.databas import SIDCACHE_KIB
from skrivbord.modeller import Databasinfo, Personal
from skrivbord.modeller.databasinfo import SKAPAD
from skrivbord.tid import nu_utc
from skrivbord.tjanster import databasfil, enheter, standarddata
from skrivbord.tjanster import kommun as kommun_tjanst
from skrivbord.tjanster.databasfil import Databas, NyDatabas
from skrivbord.tjanster.demodata import (
    avvikelser,
    delegeringar,
    egenkontroller,
    harledda,
    lakemedelstillsyner,
    logguppfoljningar,
    veckogenomgangar,
)
from skrivbord.tjanster.demodata.laddning import Laddning
from skrivbord.tjanster.demodata.plan import Plan, planera

BULK_CACHE_KIB = 256 * 1024  # the loading connection's page cache (restored afterwards)
_TIDSFORMAT = "%Y-%m-%d %H:%M:%S.%f"


def skapa_demo(
    sokvag: Path | str,
    *,
    ar: int = 3,
    avvikelser_per_ar: int = 1200,
    seed: int = 1,
    kommun: str = "Demokommun",
    kommunkod: str = "9999",
    idag: date | None = None,
) -> Jobb[NyDatabas]:
    """A job that creates a new encrypted demo database (see the package docstring).

    ``ar`` whole calendar years ending with the last finished one, plus the current
    year up to yesterday. Arguments are checked at once; the file is written while
    the job runs and appears only when it is complete (see databasfil.skapa); the
    result is open and holds the instance lock.
    """
    uppgifter = kommun_tjanst.validera(kommun, kommunkod)
    if not 0 <= ar <= 50:
        raise OgiltigUppgift("Antalet år ska vara mellan 0 och 50.")
    if avvikelser_per_ar < 0:
        raise OgiltigUppgift("Antalet avvikelser per år kan inte vara negativt.")
    idag = idag or date.today()
    plan = planera(random.Random(f"{seed}:plan"))

    def fyll(session: Session) -> None:
        kommun_tjanst.satt_i(session, uppgifter)
        _fyll_plan(session, plan)
        standarddata.fyll(session)
        # The demo kommun has used the database since its first year: what it owes (weekly
        # reviews) counts from then.
        session.merge(Databasinfo(nyckel=SKAPAD, varde=date(idag.year - ar, 1, 1).isoformat()))

    def fyll_ra(databas: Databas) -> Jobb[None]:
        yield from _ladda(databas, plan, ar, avvikelser_per_ar, seed, idag)
        # Through the app's own services, once the records they refer to are in: the
        # inspections (with their avvikelser and åtgärder), the delegations, then the
        # occurrences that they document.
        lakemedelstillsyner.skriv(
            databas, plan, seed, date(idag.year - ar, 1, 1), idag, avvikelser_per_ar > 0
        )
        delegeringar.skriv(databas, plan, seed, date(idag.year - ar, 1, 1), idag)
        egenkontroller.skriv(databas, plan, seed, idag.year - ar, idag)

    return databasfil.skapa(sokvag, fyll=fyll, fyll_ra=fyll_ra)


def _fyll_plan(session: Session, plan: Plan) -> None:
    """The units and staff, with the plan's ids (the bulk-loaded rows refer to them)."""
    personer = {
        p.id: Personal(
            id=p.id,
            fornamn=p.fornamn,
            efternamn=p.efternamn,
            roll=p.roll,
            legitimerad=p.roll.legitimerad,
        )
        for p in plan.personal
    }
    for e in plan.enheter:
        enhet = enheter.ny_enhet(e.namn, e.typ)
        enhet.id = e.id
        enhet.enhetschef = personer[e.chef]
        enhet.personal = [personer[i] for i in e.personal]
        session.add(enhet)
    session.add_all(personer.values())


def _ladda(databas: Databas, plan: Plan, ar: int, per_ar: int, seed: int, idag: date) -> Jobb[None]:
    """The bulk load through the raw connection, in one transaction."""
    with databas.ra_anslutning() as con:
        laddning = Laddning(con, plan, ar, seed, idag)
        arsantal = avvikelser.arsantal(laddning, per_ar)
        laddning.totalt = sum(a[3] for a in arsantal) + 5_000
        synkronisering = con.execute("PRAGMA synchronous").fetchone()[0]
        journal = con.execute("PRAGMA journal_mode").fetchone()[0]
        # A temp file until it is complete (a failure deletes it): no WAL copy of every
        # page, no fsync; the rollback journal of a new file stays small, in memory.
        con.execute("PRAGMA journal_mode = MEMORY")
        con.execute("PRAGMA synchronous = OFF")
        con.execute("PRAGMA foreign_keys = OFF")  # the tests check them instead
        con.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
        try:
            con.execute("BEGIN")
            try:
                yield from _steg(laddning, arsantal, databas.anvandare)
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        finally:
            con.execute(f"PRAGMA cache_size = -{SIDCACHE_KIB}")
            con.execute(f"PRAGMA synchronous = {int(synkronisering)}")
            con.execute("PRAGMA foreign_keys = ON")
            con.execute(f"PRAGMA journal_mode = {journal}")
    yield Framsteg(laddning.totalt, laddning.totalt, "Klart")


def _steg(
    laddning: Laddning, arsantal: list[tuple[int, int, int, int]], anvandare: str
) -> Iterator[Framsteg]:
    """The tables in order: reviews before the avvikelser that link to them."""
    yield laddning.framsteg("Veckogenomgångar")
    veckor = veckogenomgangar.skriv(laddning)
    trigger = harledda.forbered(laddning)
    yield from avvikelser.skriv(laddning, arsantal, veckor)
    harledda.stada(laddning, trigger)
    yield laddning.framsteg("Logguppföljning", 1_000)
    logguppfoljningar.skriv(laddning)
    _massimportlogg(laddning, anvandare)
    yield laddning.framsteg("Sparar", 1_000)


def _massimportlogg(laddning: Laddning, anvandare: str) -> None:
    """One Andringslogg row per bulk-loaded table (rad_id NULL, handling 'massimport')."""
    nu = nu_utc().strftime(_TIDSFORMAT)
    rader = [(nu, anvandare, tabell, None, "massimport", "") for tabell in sorted(laddning.antal)]
    laddning.infoga("andringslogg", "tid, anvandare, tabell, rad_id, handling, falt", rader)
