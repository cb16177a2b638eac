"""What became of each occurrence: done (on time or late), overdue, planned or not
applicable, read from the record that documents it.

An occurrence is completed by the record that documents it, never by booking it twice:
a weekly review held for the unit and ISO week completes a weekly-review occurrence; a
läkemedelstillsyn of the kind, a logguppföljning of the kind, or the yearly review of
a unit's delegations (tjanster/delegeringar/genomgang.py) completes the
occurrence whose period holds its date (a record from a later period completes the
oldest open occurrence before it, so a check done a few days late still counts, as
late). Other occurrences carry their own result.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from skrivbord.modeller import (
    Delegeringsgenomgang,
    Lakemedelstillsyn,
    Logguppfoljning,
    Veckogenomgang,
)
from skrivbord.oversattning import N_, oversatt
from skrivbord.typer import Dokumentkalla, Tillfallesstatus

_VECKOTYP = {
    Dokumentkalla.VECKOGENOMGANG_FALL: "fall",
    Dokumentkalla.VECKOGENOMGANG_LAKEMEDEL: "lakemedel",
}
_TILLSYNSTYP = {
    Dokumentkalla.TILLSYN_NARKOTIKA: "narkotika",
    Dokumentkalla.TILLSYN_OVRIGA: "ovriga",
    Dokumentkalla.TILLSYN_MAS: "mas_intern",
    Dokumentkalla.TILLSYN_EXTERN: "extern",
}
_LOGGTYP = {
    Dokumentkalla.LOGG_SYSTEMATISK: "systematisk",
    Dokumentkalla.LOGG_STICKPROV: "stickprov",
}
# The records matched to an occurrence by its period (not by ISO week).
PERIODKALLOR = (*_TILLSYNSTYP, *_LOGGTYP, Dokumentkalla.DELEGERINGSGENOMGANG)


class Lage(StrEnum):
    UTFORD = "utford"
    UTFORD_SENT = "utford_sent"
    FORSENAD = "forsenad"
    PLANERAD = "planerad"
    EJ_AKTUELL = "ej_aktuell"

    @property
    def etikett(self) -> str:
        return oversatt(_ETIKETTER[self.value])


_ETIKETTER = {
    "utford": N_("Utförd i tid"),
    "utford_sent": N_("Utförd sent"),
    "forsenad": N_("Försenad"),
    "planerad": N_("Planerad"),
    "ej_aktuell": N_("Ej aktuell"),
}


@dataclass(frozen=True)
class Tillfallesrad:
    """An occurrence as the utfall needs it (loaded by the caller)."""

    id: int
    enhet_id: int | None
    dokumenteras_i: Dokumentkalla
    period_fran: date | None
    planerat_datum: date
    status: Tillfallesstatus
    utfort_datum: date | None


@dataclass(frozen=True)
class Utfall:
    lage: Lage
    utfort_datum: date | None
    dokument_id: int | None  # the weekly review, tillsyn or logguppföljning that documents it


def _lage(planerat: date, utfort: date | None, idag: date) -> Lage:
    if utfort is not None:
        return Lage.UTFORD if utfort <= planerat else Lage.UTFORD_SENT
    return Lage.FORSENAD if planerat < idag else Lage.PLANERAD


def berakna(s: Session, rader: Sequence[Tillfallesrad], idag: date) -> dict[int, Utfall]:
    """The utfall of each occurrence in ``rader`` (by id)."""
    ut: dict[int, Utfall] = {}
    grupper: dict[tuple[Dokumentkalla, int | None], list[Tillfallesrad]] = defaultdict(list)
    for rad in rader:
        if rad.status == Tillfallesstatus.EJ_AKTUELL:
            ut[rad.id] = Utfall(Lage.EJ_AKTUELL, None, None)
        elif rad.dokumenteras_i == Dokumentkalla.RESULTAT:
            ut[rad.id] = Utfall(
                _lage(rad.planerat_datum, rad.utfort_datum, idag), rad.utfort_datum, None
            )
        else:
            grupper[(rad.dokumenteras_i, rad.enhet_id)].append(rad)
    if not grupper:
        return ut
    fran = min(r.period_fran or r.planerat_datum for g in grupper.values() for r in g)
    till = max(r.planerat_datum for g in grupper.values() for r in g)
    if any(k in _VECKOTYP for k, _ in grupper):
        ut.update(_veckovis(s, grupper, fran, till, idag))
    dokument = _dokument(s, grupper, fran)
    for (kalla, enhet_id), grupp in grupper.items():
        if kalla in _VECKOTYP:
            continue
        ut.update(_para(grupp, dokument.get((kalla, enhet_id), []), idag))
    return ut


def _veckovis(
    s: Session,
    grupper: dict[tuple[Dokumentkalla, int | None], list[Tillfallesrad]],
    fran: date,
    till: date,
    idag: date,
) -> dict[int, Utfall]:
    ar_fran, ar_till = fran.isocalendar()[0], till.isocalendar()[0]
    hallna = {
        (enhet_id, ar, vecka, typ.value): (vg_id, datum)
        for vg_id, enhet_id, ar, vecka, typ, datum in s.execute(
            select(
                Veckogenomgang.id,
                Veckogenomgang.enhet_id,
                Veckogenomgang.ar,
                Veckogenomgang.vecka,
                Veckogenomgang.typ,
                Veckogenomgang.datum,
            ).where(Veckogenomgang.ar >= ar_fran, Veckogenomgang.ar <= ar_till)
        )
    }
    ut: dict[int, Utfall] = {}
    for (kalla, enhet_id), grupp in grupper.items():
        typ = _VECKOTYP.get(kalla)
        if typ is None:
            continue
        for rad in grupp:
            ar, vecka = rad.planerat_datum.isocalendar()[:2]
            traff = hallna.get((enhet_id, ar, vecka, typ)) if enhet_id is not None else None
            if traff is None:
                ut[rad.id] = Utfall(_lage(rad.planerat_datum, None, idag), None, None)
            else:
                # The review of a week is held in the days after it: on time within a week.
                i_tid = (traff[1] - rad.planerat_datum).days <= 7
                ut[rad.id] = Utfall(Lage.UTFORD if i_tid else Lage.UTFORD_SENT, traff[1], traff[0])
    return ut


def _dokument(
    s: Session,
    grupper: dict[tuple[Dokumentkalla, int | None], list[Tillfallesrad]],
    fran: date,
) -> dict[tuple[Dokumentkalla, int | None], list[tuple[date, int]]]:
    """The tillsyn and log records from ``fran`` on, per (kind, unit), by date."""
    ut: dict[tuple[Dokumentkalla, int | None], list[tuple[date, int]]] = defaultdict(list)
    kallor = {k for k, _ in grupper}
    tillsyn = {_TILLSYNSTYP[k]: k for k in kallor if k in _TILLSYNSTYP}
    if tillsyn:
        for t_id, enhet_id, typ, datum in s.execute(
            select(
                Lakemedelstillsyn.id,
                Lakemedelstillsyn.enhet_id,
                Lakemedelstillsyn.typ,
                Lakemedelstillsyn.datum,
            ).where(Lakemedelstillsyn.datum >= fran, Lakemedelstillsyn.typ.in_(list(tillsyn)))
        ):
            ut[(tillsyn[typ.value], enhet_id)].append((datum, t_id))
    logg = {_LOGGTYP[k]: k for k in kallor if k in _LOGGTYP}
    if logg:
        for l_id, l_enhet, l_typ, l_datum in s.execute(
            select(
                Logguppfoljning.id,
                Logguppfoljning.enhet_id,
                Logguppfoljning.typ,
                Logguppfoljning.datum,
            ).where(Logguppfoljning.datum >= fran, Logguppfoljning.typ.in_(list(logg)))
        ):
            kalla = logg[l_typ.value]
            # A systematic review covers the kommun; a sample, the unit it was taken in.
            nyckel_enhet = None if kalla == Dokumentkalla.LOGG_SYSTEMATISK else l_enhet
            ut[(kalla, nyckel_enhet)].append((l_datum, l_id))
    if Dokumentkalla.DELEGERINGSGENOMGANG in kallor:
        for g_id, g_enhet, g_datum in s.execute(
            select(
                Delegeringsgenomgang.id, Delegeringsgenomgang.enhet_id, Delegeringsgenomgang.datum
            ).where(Delegeringsgenomgang.datum >= fran)
        ):
            ut[(Dokumentkalla.DELEGERINGSGENOMGANG, g_enhet)].append((g_datum, g_id))
    for lista in ut.values():
        lista.sort()
    return ut


def _para(
    grupp: list[Tillfallesrad], dokument: list[tuple[date, int]], idag: date
) -> dict[int, Utfall]:
    """Each record completes the open occurrence whose period holds its date, or else the
    one just before it, if that is still open (a check done a few days late)."""
    ordnade = sorted(grupp, key=lambda r: r.planerat_datum)
    klara: dict[int, tuple[date, int]] = {}
    for datum, d_id in dokument:
        # The first occurrence due on or after the record: its own period's.
        i = next((n for n, r in enumerate(ordnade) if r.planerat_datum >= datum), len(ordnade))
        egen = ordnade[i] if i < len(ordnade) else None
        if egen is not None and (egen.period_fran or egen.planerat_datum) > datum:
            egen = None  # the record falls between periods (a rule changed)
        kandidater = [r for r in (egen, ordnade[i - 1] if i > 0 else None) if r is not None]
        for rad in kandidater:
            if rad.id not in klara:
                klara[rad.id] = (datum, d_id)
                break
    ut = {}
    for rad in ordnade:
        if rad.id in klara:
            datum, d_id = klara[rad.id]
            ut[rad.id] = Utfall(_lage(rad.planerat_datum, datum, idag), datum, d_id)
        else:
            ut[rad.id] = Utfall(_lage(rad.planerat_datum, None, idag), None, None)
    return ut
