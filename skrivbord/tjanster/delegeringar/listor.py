"""The delegation register read back: by person, by unit, by task, with filters; a
person's whole history; and the warnings (ending within 30 days, ended without
renewal, the delegate inactive while the decision still holds).

One query for the decisions, then one each for their units, tasks and renewals: never
one query per row.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import ColumnElement, exists, select
from sqlalchemy.orm import Session, aliased

from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Delegering, DelegeringUppgift, Enhet, Personal
from skrivbord.modeller.delegering import delegering_enhet
from skrivbord.oversattning import N_, oversatt
from skrivbord.tjanster.delegeringar import katalog
from skrivbord.tjanster.delegeringsbevakning import DELEGERING_VARNING_DAGAR, UTGANGEN_DAGAR
from skrivbord.typer import Kunskapstest, Roll


class Lage(StrEnum):
    """Where a decision stands on a day (derived, never stored)."""

    KOMMANDE = "kommande"
    GALLER = "galler"
    GAR_UT = "gar_ut"
    UTGANGEN = "utgangen"
    FORNYAD = "fornyad"
    ATERKALLAD = "aterkallad"

    @property
    def etikett(self) -> str:
        return oversatt(_ETIKETTER[self.value])


_ETIKETTER = {
    "kommande": N_("Börjar gälla senare"),
    "galler": N_("Gäller"),
    "gar_ut": N_("Går ut snart"),
    "utgangen": N_("Utgången"),
    "fornyad": N_("Ersatt av förnyelse"),
    "aterkallad": N_("Återkallad"),
}


@dataclass(frozen=True)
class Delegeringsrad:
    id: int
    delegerad_id: int
    delegerad: str
    delegerad_roll: Roll
    delegerad_aktiv: bool
    delegerande_id: int
    delegerande: str
    delegerande_roll: Roll
    giltig_fran: date
    giltig_till: date
    enhet_ids: tuple[int, ...] = ()
    enheter: tuple[str, ...] = ()
    uppgifter: tuple[str, ...] = ()  # codes
    uppgiftsnamn: tuple[str, ...] = ()
    aterkallad_datum: date | None = None
    aterkallad_orsak: str = ""
    aterkallad_av: str = ""
    ersatter_id: int | None = None
    ersatt_av_id: int | None = None
    utbildning_datum: date | None = None
    kunskapstest_datum: date | None = None
    kunskapstest: Kunskapstest | None = None
    mas_informerad_datum: date | None = None
    villkor: str = ""

    def lage(self, idag: date) -> Lage:
        if self.aterkallad_datum is not None and self.aterkallad_datum <= idag:
            return Lage.ATERKALLAD
        if self.ersatt_av_id is not None and self.giltig_till < idag:
            return Lage.FORNYAD
        if self.giltig_fran > idag:
            return Lage.KOMMANDE
        if self.giltig_till < idag:
            return Lage.UTGANGEN
        if self.giltig_till <= idag + timedelta(days=DELEGERING_VARNING_DAGAR):
            return Lage.FORNYAD if self.ersatt_av_id is not None else Lage.GAR_UT
        return Lage.GALLER

    def galler(self, dag: date) -> bool:
        aterkallad = self.aterkallad_datum is not None and self.aterkallad_datum <= dag
        return self.giltig_fran <= dag <= self.giltig_till and not aterkallad


@dataclass(frozen=True)
class Filter:
    person_id: int | None = None
    enhet_id: int | None = None
    uppgift: str | None = None  # a task code
    lagen: frozenset[Lage] = field(default_factory=frozenset)  # empty: all
    sok: str = ""  # part of the delegate's or the delegating person's name


def _villkor(f: Filter) -> list[ColumnElement[bool]]:
    villkor: list[ColumnElement[bool]] = []
    if f.person_id is not None:
        villkor.append(Delegering.delegerad_id == f.person_id)
    if f.enhet_id is not None:
        villkor.append(
            exists().where(
                delegering_enhet.c.delegering_id == Delegering.id,
                delegering_enhet.c.enhet_id == f.enhet_id,
            )
        )
    if f.uppgift is not None:
        villkor.append(
            exists().where(
                DelegeringUppgift.delegering_id == Delegering.id,
                DelegeringUppgift.uppgift == f.uppgift,
            )
        )
    return villkor


def _rader(s: Session, villkor: Iterable[ColumnElement[bool]]) -> list[Delegeringsrad]:
    mottagare, givare, aterkallare = aliased(Personal), aliased(Personal), aliased(Personal)
    traffar = s.execute(
        select(Delegering, mottagare, givare, aterkallare.fornamn, aterkallare.efternamn)
        .join(mottagare, mottagare.id == Delegering.delegerad_id)
        .join(givare, givare.id == Delegering.delegerande_id)
        .outerjoin(aterkallare, aterkallare.id == Delegering.aterkallad_av_id)
        .where(*villkor)
        .order_by(mottagare.efternamn, mottagare.fornamn, Delegering.giltig_fran, Delegering.id)
    ).all()
    ids = [rad[0].id for rad in traffar]
    enheter: dict[int, list[tuple[int, str]]] = defaultdict(list)
    uppgifter: dict[int, list[str]] = defaultdict(list)
    ersatt_av: dict[int, int] = {}
    for start in range(0, len(ids), 900):  # SQLite's limit on bound parameters
        del_ids = ids[start : start + 900]
        for d_id, e_id, e_namn in s.execute(
            select(delegering_enhet.c.delegering_id, Enhet.id, Enhet.namn)
            .join(Enhet, Enhet.id == delegering_enhet.c.enhet_id)
            .where(delegering_enhet.c.delegering_id.in_(del_ids))
            .order_by(Enhet.namn)
        ):
            enheter[d_id].append((e_id, e_namn))
        for d_id, kod in s.execute(
            select(DelegeringUppgift.delegering_id, DelegeringUppgift.uppgift)
            .where(DelegeringUppgift.delegering_id.in_(del_ids))
            .order_by(DelegeringUppgift.id)
        ):
            uppgifter[d_id].append(kod)
        for ny_id, gammal_id in s.execute(
            # A renewal that was itself revoked renews nothing (as on Översikt).
            select(Delegering.id, Delegering.ersatter_id).where(
                Delegering.ersatter_id.in_(del_ids), Delegering.aterkallad_datum.is_(None)
            )
        ):
            if gammal_id is not None:
                ersatt_av[gammal_id] = ny_id
    namn = katalog.namn(s)
    return [
        Delegeringsrad(
            d.id,
            mot.id,
            mot.namn,
            mot.roll,
            mot.aktiv,
            giv.id,
            giv.namn,
            giv.roll,
            d.giltig_fran,
            d.giltig_till,
            tuple(e for e, _ in enheter[d.id]),
            tuple(n for _, n in enheter[d.id]),
            tuple(uppgifter[d.id]),
            tuple(namn.get(k, k) for k in uppgifter[d.id]),
            d.aterkallad_datum,
            d.aterkallad_orsak,
            f"{af} {ae}".strip(),
            d.ersatter_id,
            ersatt_av.get(d.id),
            d.utbildning_datum,
            d.kunskapstest_datum,
            d.kunskapstest,
            d.mas_informerad_datum,
            d.villkor,
        )
        for d, mot, giv, af, ae in traffar
    ]


def lista(databas: Databas, idag: date, f: Filter | None = None) -> list[Delegeringsrad]:
    """The decisions that pass the filter, by the delegate's name, oldest first."""
    f = f or Filter()
    with databas.session() as s:
        rader = _rader(s, _villkor(f))
    if f.lagen:
        rader = [r for r in rader if r.lage(idag) in f.lagen]
    if f.sok.strip():
        nal = f.sok.strip().casefold()
        rader = [
            r for r in rader if nal in r.delegerad.casefold() or nal in r.delegerande.casefold()
        ]
    return rader


def hamta(databas: Databas, delegering_id: int) -> Delegeringsrad:
    with databas.session() as s:
        rader = _rader(s, [Delegering.id == delegering_id])
    if not rader:
        raise OgiltigUppgift(f"Det finns ingen delegering med nummer {delegering_id}.")
    return rader[0]


def historik(databas: Databas, person_id: int) -> list[Delegeringsrad]:
    """All of a person's decisions, the newest first (revoked and replaced ones too)."""
    with databas.session() as s:
        rader = _rader(s, [Delegering.delegerad_id == person_id])
    return sorted(rader, key=lambda r: (r.giltig_fran, r.id), reverse=True)


class Varningsslag(StrEnum):
    GAR_UT = "gar_ut"
    UTGANGEN = "utgangen"
    INAKTIV = "inaktiv"

    @property
    def etikett(self) -> str:
        return oversatt(_VARNINGAR[self.value])


_VARNINGAR = {
    "gar_ut": N_("Går ut inom 30 dagar och är inte förnyad"),
    "utgangen": N_("Har gått ut och är varken förnyad eller återkallad"),
    "inaktiv": N_("Personen är inaktiv men delegeringen är inte återkallad"),
}


@dataclass(frozen=True)
class Varning:
    slag: Varningsslag
    rad: Delegeringsrad


def varningar(databas: Databas, idag: date, enhet_id: int | None = None) -> list[Varning]:
    """What the MAS should act on: those ending within 30 days, those that ended within
    90 days without renewal or revocation while the person still works here, and those
    still in force for a person marked inactive (revoke them)."""
    villkor = [
        Delegering.giltig_till >= idag - timedelta(days=UTGANGEN_DAGAR),
        Delegering.aterkallad_datum.is_(None),
    ]
    f = Filter(enhet_id=enhet_id)
    with databas.session() as s:
        rader = _rader(s, [*villkor, *_villkor(f)])
    ut: list[Varning] = []
    for rad in rader:
        if rad.ersatt_av_id is not None:
            continue
        if not rad.delegerad_aktiv:
            if rad.galler(idag):
                ut.append(Varning(Varningsslag.INAKTIV, rad))
        elif rad.giltig_till < idag:
            ut.append(Varning(Varningsslag.UTGANGEN, rad))
        elif rad.giltig_fran <= idag and rad.lage(idag) is Lage.GAR_UT:
            ut.append(Varning(Varningsslag.GAR_UT, rad))
    ordning = list(Varningsslag)
    return sorted(ut, key=lambda v: (ordning.index(v.slag), v.rad.giltig_till, v.rad.id))
