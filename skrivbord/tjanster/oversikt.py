"""The figures on the Översikt page: what needs the MAS's or the enhetschef's attention."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from skrivbord.lagring.databas import Databas
from skrivbord.modeller import (
    Atgard,
    Avvikelse,
    Delegering,
    Egenkontroll,
    EgenkontrollTillfalle,
    Enhet,
    Lakemedelstillsyn,
    Logguppfoljning,
    Personal,
    Veckogenomgang,
)
from skrivbord.modeller.typer import Atgardsstatus, Avvikelsestatus, Tillfallesstatus
from skrivbord.tjanster import kommun as kommuntjanst
from skrivbord.tjanster import veckogenomgangar

DELEGERING_VARNING_DAGAR = 30


@dataclass(frozen=True)
class Oversikt:
    kommun: str
    kommunkod: str
    enheter_per_typ: dict[str, int]
    personal: int
    avvikelser_i_ar: int
    avvikelser_forra_aret_samma_period: int
    oppna_avvikelser: int
    forsenade_atgarder: int
    delegeringar_som_gar_ut: int
    egenkontroller_i_planen: int
    forsenade_egenkontroller: int
    saknade_veckogenomgangar: list[veckogenomgangar.SaknadGenomgang]


def _samma_dag_i_fjol(idag: date) -> date:
    """Compare with the same span last year (29 February becomes 28 February)."""
    try:
        return idag.replace(year=idag.year - 1)
    except ValueError:
        return idag.replace(year=idag.year - 1, day=28)


def hamta(databas: Databas, idag: date | None = None) -> Oversikt:
    idag = idag or date.today()
    kommun = kommuntjanst.hamta(databas)
    i_fjol = _samma_dag_i_fjol(idag)
    with databas.session() as s:
        enheter_per_typ = {
            typ.etikett: antal
            for typ, antal in s.execute(
                select(Enhet.typ, func.count()).where(Enhet.aktiv.is_(True)).group_by(Enhet.typ)
            )
        }
        personal = s.scalar(
            select(func.count()).select_from(Personal).where(Personal.aktiv.is_(True))
        )
        i_ar = s.scalar(
            select(func.count()).select_from(Avvikelse).where(Avvikelse.ar == idag.year)
        )
        forra = s.scalar(
            select(func.count())
            .select_from(Avvikelse)
            .where(
                Avvikelse.handelse_tid >= date(i_fjol.year, 1, 1),
                Avvikelse.handelse_tid < i_fjol + timedelta(days=1),
            )
        )
        oppna = s.scalar(
            select(func.count())
            .select_from(Avvikelse)
            .where(Avvikelse.status != Avvikelsestatus.AVSLUTAD)
        )
        forsenade_atgarder = s.scalar(
            select(func.count())
            .select_from(Atgard)
            .where(
                Atgard.status.in_([Atgardsstatus.PLANERAD, Atgardsstatus.PAGAR]),
                Atgard.deadline < idag,
            )
        )
        delegeringar = s.scalar(
            select(func.count())
            .select_from(Delegering)
            .where(
                Delegering.aterkallad_datum.is_(None),
                Delegering.giltig_till >= idag,
                Delegering.giltig_till <= idag + timedelta(days=DELEGERING_VARNING_DAGAR),
            )
        )
        plan = s.scalar(
            select(func.count()).select_from(Egenkontroll).where(Egenkontroll.aktiv.is_(True))
        )
        forsenade_kontroller = s.scalar(
            select(func.count())
            .select_from(EgenkontrollTillfalle)
            .where(
                EgenkontrollTillfalle.status == Tillfallesstatus.PLANERAD,
                EgenkontrollTillfalle.planerat_datum < idag,
            )
        )
    return Oversikt(
        kommun=kommun.namn if kommun else "",
        kommunkod=kommun.kommunkod if kommun else "",
        enheter_per_typ=enheter_per_typ,
        personal=personal or 0,
        avvikelser_i_ar=i_ar or 0,
        avvikelser_forra_aret_samma_period=forra or 0,
        oppna_avvikelser=oppna or 0,
        forsenade_atgarder=forsenade_atgarder or 0,
        delegeringar_som_gar_ut=delegeringar or 0,
        egenkontroller_i_planen=plan or 0,
        forsenade_egenkontroller=forsenade_kontroller or 0,
        saknade_veckogenomgangar=veckogenomgangar.saknade(databas, idag, veckor=2),
    )


@dataclass(frozen=True)
class PlanRad:
    omrade: str
    omfattning: str
    frekvens: str
    kalla: str
    ansvarig: str
    rapporteras_till: str


def egenkontrollplan(databas: Databas) -> list[PlanRad]:
    with databas.session() as s:
        return [
            PlanRad(
                e.omrade, e.omfattning, e.frekvens.etikett, e.kalla, e.ansvarig, e.rapporteras_till
            )
            for e in s.scalars(
                select(Egenkontroll).where(Egenkontroll.aktiv.is_(True)).order_by(Egenkontroll.id)
            )
        ]


def antal(databas: Databas) -> dict[str, int]:
    """Record counts per area, for the pages later issues fill."""
    with databas.session() as s:
        return {
            namn: s.scalar(select(func.count()).select_from(modell)) or 0
            for namn, modell in (
                ("lakemedelstillsyn", Lakemedelstillsyn),
                ("delegeringar", Delegering),
                ("veckogenomgangar", Veckogenomgang),
                ("logguppfoljningar", Logguppfoljning),
            )
        }
