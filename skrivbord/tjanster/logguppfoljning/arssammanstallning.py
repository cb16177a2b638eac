"""Ett års logguppföljningar räknade för patientsäkerhetsberättelsen (bara antal).

Året är en ``Period`` (perioder.py); ett pågående år räknas till och med i går
(perioder.kapa), och månaderna efter den räknas inte.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from skrivbord import perioder
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Logguppfoljning, LogguppfoljningAtgard, LogguppfoljningSignering
from skrivbord.perioder import Period
from skrivbord.rapporter.logguppfoljning.underlag import Arssammanstallning
from skrivbord.tjanster.logguppfoljning.uppgifter import INCIDENT_INOM
from skrivbord.typer import Loggatgardstyp, Loggkontrolltyp, Loggresultat


def berakna(databas: Databas, period: Period | int, idag: date | None = None) -> Arssammanstallning:
    idag = idag or date.today()
    if isinstance(period, int):
        period = perioder.helar(period)
    period = perioder.kapa(period, idag)
    fran, till = period.start, period.sista_dag
    typer = list(Loggkontrolltyp)
    manader = till.month
    per_manad = [[0] * len(typer) for _ in range(manader)]
    avvikelser = [0] * len(typer)
    with databas.session() as session:
        rader = session.execute(
            select(
                Logguppfoljning.datum,
                Logguppfoljning.typ,
                Logguppfoljning.resultat,
                Logguppfoljning.antal_atkomster,
                Logguppfoljning.antal_avvikande,
            ).where(Logguppfoljning.datum.between(fran, till))
        ).all()
        steg = session.execute(
            select(LogguppfoljningAtgard.typ, LogguppfoljningAtgard.datum, Logguppfoljning.datum)
            .join(Logguppfoljning)
            .where(Logguppfoljning.datum.between(fran, till))
        ).all()
        signerade = session.scalar(
            select(func.count())
            .select_from(LogguppfoljningSignering)
            .join(Logguppfoljning)
            .where(Logguppfoljning.datum.between(fran, till))
        )
    for datum, typ, resultat, _, _ in rader:
        per_manad[datum.month - 1][typer.index(typ)] += 1
        if resultat is Loggresultat.AVVIKELSE:
            avvikelser[typer.index(typ)] += 1
    atgarder = {t: 0 for t in Loggatgardstyp}
    sena = 0
    for steg_typ, datum, granskad in steg:
        atgarder[steg_typ] += 1
        incident = steg_typ is Loggatgardstyp.PERSONUPPGIFTSINCIDENT
        sena += incident and datum - granskad > INCIDENT_INOM
    systematisk = typer.index(Loggkontrolltyp.SYSTEMATISK)
    return Arssammanstallning(
        period=period.etikett,
        pagaende=period.pagaende,
        typer=tuple(t.etikett for t in typer),
        per_manad=tuple(tuple(r) for r in per_manad),
        avvikelser_per_typ=tuple(avvikelser),
        granskade_atkomster=sum(r[3] for r in rader),
        avvikande_atkomster=sum(r[4] for r in rader),
        atgarder=tuple((t.etikett, n) for t, n in atgarder.items()),
        signerade=signerade or 0,
        manader_utan_systematisk=tuple(
            m + 1 for m, rad in enumerate(per_manad) if not rad[systematisk]
        ),
        incidentbedomningar_sena=sena,
    )
