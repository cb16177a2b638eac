"""The yearly review of a unit's delegations (seed 003: "Tillsyn av delegeringar …
1 ggr/år av ansvarig ssk/dsk på resp. enhet"). It is the record that completes the
unit's egenkontroll occurrence (Dokumentkalla.DELEGERINGSGENOMGANG, egenkontroller/
utfall.py): registering it is all it takes, nothing is booked twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from skrivbord import personnummer
from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Delegeringsgenomgang, Enhet, Personal
from skrivbord.tjanster import samtidighet
from skrivbord.typer import Granskningsresultat

log = logging.getLogger(__name__)

TEXT_HOGST = 4000
_VAD = "genomgången"


@dataclass(frozen=True)
class Genomgangsuppgifter:
    enhet_id: int | None
    datum: date
    granskad_av_id: int | None
    resultat: Granskningsresultat
    kommentar: str = ""


@dataclass(frozen=True)
class Genomgang:
    id: int
    enhet_id: int
    enhet: str
    datum: date
    granskad_av_id: int | None
    granskad_av: str
    resultat: Granskningsresultat
    kommentar: str
    version: int = 1  # handed back by ``andra`` (tjanster/samtidighet.py)


def _fel(s: Session, u: Genomgangsuppgifter, idag: date) -> list[tuple[str | None, str]]:
    fel: list[tuple[str | None, str]] = []
    if u.enhet_id is None or s.get(Enhet, u.enhet_id) is None:
        fel.append(("enhet_id", "Välj den enhet vars delegeringar gicks igenom."))
    if u.datum > idag:
        fel.append(("datum", "Datumet för genomgången kan inte ligga i framtiden."))
    granskare = s.get(Personal, u.granskad_av_id) if u.granskad_av_id is not None else None
    if granskare is None:
        fel.append(("granskad_av_id", "Välj vem som gick igenom delegeringarna."))
    elif not granskare.roll.legitimerad:
        fel.append(
            (
                "granskad_av_id",
                "Genomgången görs av legitimerad personal (ansvarig sjuksköterska eller MAS).",
            )
        )
    if u.resultat is Granskningsresultat.BRISTER and not u.kommentar.strip():
        fel.append(("kommentar", "Beskriv bristerna i kommentaren."))
    if len(u.kommentar) > TEXT_HOGST:
        fel.append(("kommentar", f"Kommentaren får vara högst {TEXT_HOGST} tecken."))
    fel += personnummer.fel_i_falt({"kommentar": ("Kommentar", u.kommentar)})
    return fel


def registrera(databas: Databas, u: Genomgangsuppgifter, idag: date | None = None) -> int:
    idag = idag or date.today()
    with databas.session() as s:
        OgiltigUppgift.om_nagot(_fel(s, u, idag))
        assert u.enhet_id is not None
        rad = Delegeringsgenomgang(
            enhet_id=u.enhet_id,
            datum=u.datum,
            granskad_av_id=u.granskad_av_id,
            resultat=u.resultat,
            kommentar=u.kommentar.strip(),
        )
        s.add(rad)
        s.flush()
        log.info("delegeringsgenomgång %d registrerad", rad.id)
        return rad.id


def andra(
    databas: Databas,
    genomgang_id: int,
    u: Genomgangsuppgifter,
    idag: date,
    *,
    version: int | None = None,
) -> None:
    """``version``: the review's as the form was opened (``Genomgang.version``)."""
    with samtidighet.session(databas, "delegeringsgenomgang", genomgang_id, _VAD, u) as s:
        rad = s.get(Delegeringsgenomgang, genomgang_id)
        if rad is None:
            raise OgiltigUppgift("Genomgången finns inte längre.")
        samtidighet.kontrollera_version(s, rad, version, _VAD, u)
        OgiltigUppgift.om_nagot(_fel(s, u, idag))
        assert u.enhet_id is not None
        rad.enhet_id, rad.datum, rad.granskad_av_id = u.enhet_id, u.datum, u.granskad_av_id
        rad.resultat, rad.kommentar = u.resultat, u.kommentar.strip()


def lista(databas: Databas, ar: int | None = None, enhet_id: int | None = None) -> list[Genomgang]:
    granskare = aliased(Personal)
    fraga = (
        select(Delegeringsgenomgang, Enhet.namn, granskare.fornamn, granskare.efternamn)
        .join(Enhet, Enhet.id == Delegeringsgenomgang.enhet_id)
        .outerjoin(granskare, granskare.id == Delegeringsgenomgang.granskad_av_id)
        .order_by(Delegeringsgenomgang.datum.desc(), Delegeringsgenomgang.id.desc())
    )
    if ar is not None:
        fraga = fraga.where(
            Delegeringsgenomgang.datum >= date(ar, 1, 1),
            Delegeringsgenomgang.datum <= date(ar, 12, 31),
        )
    if enhet_id is not None:
        fraga = fraga.where(Delegeringsgenomgang.enhet_id == enhet_id)
    with databas.session() as s:
        return [
            Genomgang(
                g.id,
                g.enhet_id,
                enhet,
                g.datum,
                g.granskad_av_id,
                f"{fornamn or ''} {efternamn or ''}".strip(),
                g.resultat,
                g.kommentar,
                g.version,
            )
            for g, enhet, fornamn, efternamn in s.execute(fraga)
        ]


def hamta(databas: Databas, genomgang_id: int) -> Genomgang:
    for g in lista(databas):
        if g.id == genomgang_id:
            return g
    raise OgiltigUppgift("Genomgången finns inte längre.")
