"""Listan över läkemedelstillsyner (filter: år, enhet, typ) och årsöversikten per enhet
och tillsynstyp, med egenkontrollplanens tillfällen (i tid, sent, ej gjorda)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import extract, func, select

from skrivbord.lagring.databas import Databas
from skrivbord.modeller import (
    Atgard,
    Enhet,
    Lakemedelstillsyn,
    LakemedelstillsynFynd,
    LakemedelstillsynSvar,
    Narkotikarakning,
    Personal,
)
from skrivbord.rapporter.lakemedelstillsyn.underlag import Arsoversikt, Oversiktsrad
from skrivbord.tjanster.egenkontroller import tillfallen
from skrivbord.tjanster.egenkontroller.utfall import Lage
from skrivbord.typer import Atgardsstatus, Dokumentkalla, Tillsynssvar, Tillsynstyp

TYP_FOR_KALLA = {
    Dokumentkalla.TILLSYN_NARKOTIKA: Tillsynstyp.NARKOTIKA,
    Dokumentkalla.TILLSYN_OVRIGA: Tillsynstyp.OVRIGA,
    Dokumentkalla.TILLSYN_MAS: Tillsynstyp.MAS_INTERN,
    Dokumentkalla.TILLSYN_EXTERN: Tillsynstyp.EXTERN,
}


@dataclass(frozen=True)
class TillsynRad:
    """En rad i listan: ingen fritext."""

    id: int
    datum: date
    typ: Tillsynstyp
    enhet_id: int
    enhet: str
    utford_av: str
    nej_svar: int
    differenser: int
    oppna_atgarder: int


def _antal_per_tillsyn(
    databas: Databas, ids: list[int]
) -> tuple[Counter[int], Counter[int], Counter[int]]:
    if not ids:
        return Counter(), Counter(), Counter()
    with databas.session() as s:
        nej = Counter(
            dict(
                s.execute(
                    select(LakemedelstillsynSvar.tillsyn_id, func.count())
                    .where(
                        LakemedelstillsynSvar.tillsyn_id.in_(ids),
                        LakemedelstillsynSvar.svar == Tillsynssvar.NEJ.value,
                    )
                    .group_by(LakemedelstillsynSvar.tillsyn_id)
                ).all()
            )
        )
        diff = Counter(
            dict(
                s.execute(
                    select(Narkotikarakning.tillsyn_id, func.count())
                    .where(
                        Narkotikarakning.tillsyn_id.in_(ids),
                        Narkotikarakning.raknat_saldo != Narkotikarakning.journal_saldo,
                    )
                    .group_by(Narkotikarakning.tillsyn_id)
                ).all()
            )
        )
        oppna = Counter(
            dict(
                s.execute(
                    select(LakemedelstillsynFynd.tillsyn_id, func.count())
                    .join(Atgard, Atgard.lakemedelstillsyn_fynd_id == LakemedelstillsynFynd.id)
                    .where(
                        LakemedelstillsynFynd.tillsyn_id.in_(ids),
                        Atgard.status != Atgardsstatus.KLAR,
                    )
                    .group_by(LakemedelstillsynFynd.tillsyn_id)
                ).all()
            )
        )
    return nej, diff, oppna


def lista(
    databas: Databas,
    ar: int | None = None,
    enhet_id: int | None = None,
    typ: Tillsynstyp | None = None,
) -> list[TillsynRad]:
    """Newest first."""
    fraga = (
        select(
            Lakemedelstillsyn.id,
            Lakemedelstillsyn.datum,
            Lakemedelstillsyn.typ,
            Lakemedelstillsyn.enhet_id,
            Enhet.namn,
            Personal.fornamn,
            Personal.efternamn,
        )
        .join(Enhet, Lakemedelstillsyn.enhet_id == Enhet.id)
        .outerjoin(Personal, Lakemedelstillsyn.utford_av_id == Personal.id)
        .order_by(Lakemedelstillsyn.datum.desc(), Lakemedelstillsyn.id.desc())
    )
    if ar is not None:
        fraga = fraga.where(Lakemedelstillsyn.datum.between(date(ar, 1, 1), date(ar, 12, 31)))
    if enhet_id is not None:
        fraga = fraga.where(Lakemedelstillsyn.enhet_id == enhet_id)
    if typ is not None:
        fraga = fraga.where(Lakemedelstillsyn.typ == typ)
    with databas.session() as s:
        rader = s.execute(fraga).all()
    nej, diff, oppna = _antal_per_tillsyn(databas, [r[0] for r in rader])
    return [
        TillsynRad(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            f"{r[5]} {r[6]}" if r[5] else "",
            nej[r[0]],
            diff[r[0]],
            oppna[r[0]],
        )
        for r in rader
    ]


def arsoversikt(databas: Databas, ar: int, idag: date | None = None) -> Arsoversikt:
    """Per unit and kind: the plan's occurrences due so far and how they went, the
    inspections made, their "nej" answers, count differences and open åtgärder."""
    idag = idag or date.today()
    till = min(idag, date(ar, 12, 31))
    plan: dict[tuple[str, Tillsynstyp], Counter[Lage]] = defaultdict(Counter)
    for t in tillfallen.lista(databas, ar, idag=idag):
        typ = TYP_FOR_KALLA.get(t.dokumenteras_i)
        if typ is None or t.planerat_datum > till or t.lage == Lage.EJ_AKTUELL:
            continue
        plan[(t.enhet, typ)][t.lage] += 1
    gjorda: dict[tuple[str, Tillsynstyp], list[TillsynRad]] = defaultdict(list)
    for rad in lista(databas, ar):
        gjorda[(rad.enhet, rad.typ)].append(rad)
    ordning = list(Tillsynstyp)
    nycklar = sorted(set(plan) | set(gjorda), key=lambda k: (k[0], ordning.index(k[1])))
    rader = []
    for nyckel in nycklar:
        lagen, egna = plan[nyckel], gjorda[nyckel]
        rader.append(
            Oversiktsrad(
                enhet=nyckel[0],
                typ=nyckel[1].etikett.split(" (")[0],  # without the frequency
                planerade=sum(lagen.values()),
                i_tid=lagen[Lage.UTFORD],
                sent=lagen[Lage.UTFORD_SENT],
                ej_gjorda=lagen[Lage.FORSENAD],
                tillsyner=len(egna),
                nej_svar=sum(r.nej_svar for r in egna),
                differenser=sum(r.differenser for r in egna),
                oppna_atgarder=sum(r.oppna_atgarder for r in egna),
            )
        )
    return Arsoversikt(ar, till, tuple(rader))


def ar_med_tillsyner(databas: Databas) -> list[int]:
    with databas.session() as s:
        return sorted(
            int(ar) for ar in s.scalars(select(extract("year", Lakemedelstillsyn.datum)).distinct())
        )
