"""Spara och läsa en läkemedelstillsyn: svaren, narkotikaräkningen, fynden med sina
åtgärder och avvikelserna för differenser, i en arbetsenhet.

En sparad tillsyn ändras inte (den är ett protokoll, som en hållen veckogenomgång);
fynden följs upp genom sina åtgärder (tjanster/atgarder.py) och avvikelserna i
avvikelsemodulen, där MAS kan ändra dem. Att spara gör egenkontrollens tillfälle för
enheten och perioden klart (egenkontroller/utfall.py räknar det från tillsynens enhet,
typ och datum). Loggrader bär bara id.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import (
    AvvikelseKategori,
    Enhet,
    Lakemedelstillsyn,
    LakemedelstillsynFynd,
    LakemedelstillsynSvar,
    Narkotikarakning,
    Personal,
)
from skrivbord.rapporter.lakemedelstillsyn.underlag import differens, saldo
from skrivbord.tjanster import atgarder
from skrivbord.tjanster.avvikelser import registrering
from skrivbord.tjanster.lakemedelstillsyn import checklista
from skrivbord.tjanster.lakemedelstillsyn.uppgifter import Rakning, Tillsynsuppgifter, validera
from skrivbord.typer import Konsekvens, Lakemedelsfel, Rapportorgrupp, Roll, Tillsynssvar

log = logging.getLogger(__name__)


def spara(databas: Databas, u: Tillsynsuppgifter, idag: date | None = None) -> int:
    """A new inspection; returns its id."""
    with databas.session() as session:
        return spara_i(session, databas.anvandare, u, idag)


def spara_i(
    session: Session, anvandare: str, u: Tillsynsuppgifter, idag: date | None = None
) -> int:
    """The same inside the caller's unit of work (the demo writes many in one)."""
    koder = [p.kod for p in checklista.punkter_i(session, u.typ)]
    validera(u, koder, idag)
    enhet = _kontrollera(session, u)
    texter = checklista.texter(session, u.typ)
    tillsyn = Lakemedelstillsyn(
        enhet_id=u.enhet_id,
        typ=u.typ,
        datum=u.datum,
        utford_av_id=u.utford_av_id,
        deltagare=u.deltagare.strip(),
        kommentar=u.kommentar.strip(),
    )
    session.add(tillsyn)
    session.flush()
    for s in u.svar:
        tillsyn.svar.append(
            LakemedelstillsynSvar(fraga=s.kod, svar=s.svar.value, kommentar=s.kommentar.strip())
        )
        if s.svar == Tillsynssvar.NEJ:
            fynd = LakemedelstillsynFynd(beskrivning=texter[s.kod], fraga=s.kod)
            tillsyn.fynd.append(fynd)
            session.flush()
            atgarder.lagg_till_i(
                session,
                atgarder.Kalla(atgarder.Kallslag.TILLSYN, fynd.id),
                atgarder.NyAtgard(s.atgard, s.ansvarig_id, s.deadline),
            )
    for r in u.rakningar:
        avvikelse_id = None
        if r.differens != 0:
            avvikelse_id = _avvikelse(session, anvandare, u, enhet, r, idag)
        tillsyn.rakningar.append(
            Narkotikarakning(
                preparat=r.preparat.strip(),
                styrka=r.styrka.strip(),
                form=r.form.strip(),
                journal_saldo=r.journal_saldo,
                raknat_saldo=r.raknat_saldo,
                kommentar=r.kommentar.strip(),
                avvikelse_id=avvikelse_id,
            )
        )
    session.flush()
    log.info("läkemedelstillsyn %d sparad", tillsyn.id)
    return tillsyn.id


def _kontrollera(session: Session, u: Tillsynsuppgifter) -> Enhet:
    enhet = session.get(Enhet, u.enhet_id)
    if enhet is None:
        raise OgiltigUppgift("Enhet: enheten finns inte längre; välj en annan.", "enhet_id")
    if u.rakningar and not enhet.har_lakemedelsforrad:
        raise OgiltigUppgift(
            f"{enhet.namn} har inget läkemedelsförråd i registret, så där finns ingen narkotika "
            "att räkna. Ändra enhetens uppgifter under Register → Enheter och personal om den "
            "har ett.",
            "enhet_id",
        )
    personer = [u.utford_av_id, *(s.ansvarig_id for s in u.svar)]
    for person_id in personer:
        if person_id is not None and session.get(Personal, person_id) is None:
            raise OgiltigUppgift("En vald person finns inte längre i personalregistret.")
    return enhet


def _avvikelse(
    session: Session,
    anvandare: str,
    u: Tillsynsuppgifter,
    enhet: Enhet,
    r: Rakning,
    idag: date | None,
) -> int:
    """The avvikelse a count difference is reported as (category läkemedel)."""
    kategori_id = session.scalar(
        select(AvvikelseKategori.id).where(AvvikelseKategori.kod == registrering.LAKEMEDEL_KOD)
    )
    if kategori_id is None:
        raise OgiltigUppgift(
            "Kategorin Läkemedel saknas bland avvikelsekategorierna, så differensen kan inte "
            "bli en avvikelse. Lägg tillbaka kategorin under Avvikelser → Kategorier."
        )
    person = session.get(Personal, u.utford_av_id) if u.utford_av_id else None
    roll = person.roll if person is not None else Roll.SJUKSKOTERSKA
    uppgifter = registrering.AvvikelseUppgifter(
        handelse_tid=datetime.combine(u.datum, time()),
        tid_okand=True,
        rapporterad_datum=u.datum,
        enhet_id=enhet.id,
        rapportor_roll=roll,
        kategori_id=kategori_id,
        beskrivning=beskriv_differens(r),
        konsekvens=Konsekvens.INGEN_SKADA,
        lakemedel_feltyp=Lakemedelsfel.NARKOTIKA_SALDO,
        lakemedel_upptackt_av=Rapportorgrupp.SJUKSKOTERSKA,
    )
    return registrering.registrera_i(session, uppgifter, anvandare, idag)


def beskriv_differens(r: Rakning) -> str:
    namn = " ".join(x for x in (r.preparat.strip(), r.styrka.strip(), r.form.strip()) if x)
    return (
        f"Narkotikakontroll: {namn}. Narkotikajournalen visar {saldo(r.journal_saldo)}, "
        f"räknat saldo är {saldo(r.raknat_saldo)} (differens {differens(r.differens)}). "
        f"{r.kommentar.strip()}"
    )


@dataclass(frozen=True)
class Fyndrad:
    id: int
    fraga: str  # the item's text
    kommentar: str  # the answer's comment
    atgarder: tuple[atgarder.AtgardRad, ...]
    # A finding written by an older version kept its åtgärd as text, with the day it
    # was dealt with; new findings have theirs in the shared table.
    tidigare_atgard: str = ""
    tidigare_klar: date | None = None


@dataclass(frozen=True)
class Svarsrad:
    kod: str
    text: str
    svar: Tillsynssvar
    kommentar: str


@dataclass(frozen=True)
class Rakningsrad:
    rakning: Rakning
    avvikelse_id: int | None


@dataclass(frozen=True)
class TillsynDetalj:
    id: int
    enhet_id: int
    enhet: str
    uppgifter: Tillsynsuppgifter
    utford_av: str
    svar: tuple[Svarsrad, ...]
    rakningar: tuple[Rakningsrad, ...]
    fynd: tuple[Fyndrad, ...]


def hamta(databas: Databas, tillsyn_id: int) -> TillsynDetalj:
    with databas.session() as session:
        t = session.get(Lakemedelstillsyn, tillsyn_id)
        if t is None:
            raise OgiltigUppgift(f"Läkemedelstillsyn {tillsyn_id} finns inte.")
        texter = checklista.texter(session, t.typ)
        enhet = session.get(Enhet, t.enhet_id)
        person = session.get(Personal, t.utford_av_id) if t.utford_av_id else None
        svar = tuple(
            Svarsrad(s.fraga, texter.get(s.fraga, s.fraga), Tillsynssvar(s.svar), s.kommentar)
            for s in sorted(t.svar, key=lambda s: s.id)
        )
        rakningar = tuple(
            Rakningsrad(
                Rakning(r.preparat, r.styrka, r.form, r.journal_saldo, r.raknat_saldo, r.kommentar),
                r.avvikelse_id,
            )
            for r in t.rakningar
        )
        kommentar_for = {s.kod: s.kommentar for s in svar}
        fynd_orm = sorted(t.fynd, key=lambda f: f.id)
        uppgifter = Tillsynsuppgifter(
            t.enhet_id, t.typ, t.datum, t.utford_av_id, t.deltagare, t.kommentar
        )
        enhet_namn = enhet.namn if enhet else ""
        av = f"{person.fornamn} {person.efternamn}" if person else ""
    fynd = tuple(
        Fyndrad(
            f.id,
            f.beskrivning,
            kommentar_for.get(f.fraga or "", ""),
            tuple(atgarder.for_kalla(databas, atgarder.Kalla(atgarder.Kallslag.TILLSYN, f.id))),
            f.atgard,
            f.atgardad_datum,
        )
        for f in fynd_orm
    )
    return TillsynDetalj(t.id, t.enhet_id, enhet_namn, uppgifter, av, svar, rakningar, fynd)
