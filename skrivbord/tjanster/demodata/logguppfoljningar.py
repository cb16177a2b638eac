"""Logguppföljningar för demokommunen: den systematiska kontrollen varje månad (MAS),
stickprov i ungefär var tredje månad (enhetschefen), en riktad kontroll vid misstanke då
och då; de flesta utan avvikelse.

Varje protokoll byggs som tjänstens ``Logguppgifter`` och prövas med tjänstens regler
(tjanster/logguppfoljning/uppgifter.py, också vakten mot personnummer) innan raderna
skrivs i massladdningen; ett påhittat protokoll som bryter en regel stoppar demon.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from skrivbord.tjanster.demodata.laddning import Laddning, Rad, tidpunkt
from skrivbord.tjanster.logguppfoljning.uppgifter import LoggAtgard, Logguppgifter, validera
from skrivbord.typer import Loggatgardstyp, Loggkontrolltyp, Loggresultat, Roll

SYSTEM = ("Journalsystemet för legitimerad personal", "Verksamhetssystemet för SoL")
_METODER = {
    Loggkontrolltyp.SYSTEMATISK: "Åtkomstlogg för månaden ur systemets loggrapport. Åtkomster "
    "utanför användarens enhet och åtkomster till skyddade journaler granskade mot "
    "vårdrelation och schema.",
    Loggkontrolltyp.STICKPROV: "Slumpvis valda användare; varje åtkomst under perioden "
    "jämförd mot vårdrelation och bemanning.",
    Loggkontrolltyp.RIKTAD: "Alla åtkomster till den aktuella journalen under perioden, "
    "jämförda mot vårdrelation och uppdrag.",
}
_AVVIKELSER = (
    "Åtkomst till journal utan vårdrelation, sen kväll.",
    "Användare läste journal på annan enhet än den egna utan uppdrag.",
    "Upprepade åtkomster till samma journal efter avslutat uppdrag.",
)
_IAKTTAGELSER = (
    "",
    "",
    "Behörigheterna för två vikarier var för breda; anmält till systemförvaltningen.",
    "Loggrapporten tog lång tid att ta fram; rutinen ses över.",
)


def skriv(laddning: Laddning) -> None:
    rng = laddning.rng("logguppfoljning")
    mas = [p.id for p in laddning.plan.med_roll(Roll.MAS)]
    chefer = [p.id for p in laddning.plan.med_roll(Roll.ENHETSCHEF)]
    protokoll: list[tuple[Logguppgifter, int | None]] = []
    for planerat in laddning.datum_for("manad", laddning.idag - timedelta(1)):
        till = planerat.replace(day=1) - timedelta(1)
        fran = till.replace(day=1)
        protokoll.append(
            (_granskning(rng, Loggkontrolltyp.SYSTEMATISK, planerat, fran, till, mas), None)
        )
        if rng.random() < 0.35:
            dag = planerat + timedelta(rng.randint(1, 12))
            enhet = rng.choice(laddning.plan.enheter).id
            protokoll.append(
                (_granskning(rng, Loggkontrolltyp.STICKPROV, dag, fran, till, chefer), enhet)
            )
        if rng.random() < 0.06:
            dag = planerat + timedelta(rng.randint(3, 15))
            protokoll.append(
                (
                    _granskning(
                        rng,
                        Loggkontrolltyp.RIKTAD,
                        dag,
                        dag - timedelta(30),
                        dag - timedelta(1),
                        [mas[0]],
                    ),
                    None,
                )
            )
    _infoga(laddning, [(u, e) for u, e in protokoll if _klar(u, laddning.idag)])


def _klar(u: Logguppgifter, idag: date) -> bool:
    """Only what has happened by yesterday: the review, its steps and its signing."""
    sista = max([u.datum, u.signerad_datum or u.datum, *(a.datum for a in u.atgarder)])
    return sista < idag


def _granskning(
    rng: random.Random,
    typ: Loggkontrolltyp,
    datum: date,
    fran: date,
    till: date,
    granskare: list[int],
) -> Logguppgifter:
    av = rng.choice(granskare)
    if typ is Loggkontrolltyp.SYSTEMATISK:
        anvandare, atkomster = rng.randint(25, 60), rng.randint(300, 900)
    else:
        anvandare, atkomster = rng.randint(3, 12), rng.randint(20, 150)
    andel = {"systematisk": 0.08, "stickprov": 0.12, "riktad": 0.6}[typ.value]
    avvikelse = rng.random() < andel
    signerad = rng.random() < 0.9
    atgarder: tuple[LoggAtgard, ...] = ()
    if avvikelse:
        atgarder = _steg(rng, datum)
    return Logguppgifter(
        datum=datum,
        typ=typ,
        period_fran=fran,
        period_till=till,
        system=SYSTEM[0]
        if typ is not Loggkontrolltyp.STICKPROV or rng.random() < 0.5
        else SYSTEM[1],
        utford_av_id=av,
        antal_anvandare=anvandare,
        antal_atkomster=atkomster,
        metod=_METODER[typ],
        resultat=Loggresultat.AVVIKELSE if avvikelse else Loggresultat.INGEN_AVVIKELSE,
        antal_avvikande=rng.randint(1, 3) if avvikelse else 0,
        avvikelse_beskrivning=rng.choice(_AVVIKELSER) if avvikelse else "",
        iakttagelser=rng.choice(_IAKTTAGELSER),
        atgarder=atgarder,
        # Most are signed by the reviewer the day after (the rest wait for it).
        signerad_av_id=av if signerad else None,
        signerad_datum=datum + timedelta(1) if signerad else None,
    )


def _steg(rng: random.Random, datum: date) -> tuple[LoggAtgard, ...]:
    steg = [
        LoggAtgard(
            Loggatgardstyp.SAMTAL,
            datum + timedelta(rng.randint(1, 7)),
            "Samtal enligt rutin; medarbetaren har fått information om regelverket.",
        )
    ]
    steg.append(
        LoggAtgard(
            Loggatgardstyp.PERSONUPPGIFTSINCIDENT,
            datum + timedelta(rng.randint(0, 4)),
            "Bedömd av personuppgiftsansvarig.",
        )
    )
    if rng.random() < 0.5:
        steg.append(LoggAtgard(Loggatgardstyp.RAPPORT_PUA, datum + timedelta(rng.randint(0, 2))))
    if rng.random() < 0.2:
        steg.append(
            LoggAtgard(
                Loggatgardstyp.LEX_MARIA,
                datum + timedelta(rng.randint(2, 10)),
                "Bedömd av MAS: ingen vårdskada, ingen anmälan.",
            )
        )
    return tuple(sorted(steg, key=lambda s: s.datum))


def _infoga(laddning: Laddning, protokoll: list[tuple[Logguppgifter, int | None]]) -> None:
    stamp = tidpunkt(laddning.dag(laddning.start), 8 * 60)
    laddning.infoga(
        "journalsystem",
        "id, namn, aktiv, skapad, andrad",
        [(i, namn, 1, stamp, stamp) for i, namn in enumerate(SYSTEM, start=1)],
    )
    rader: list[Rad] = []
    steg: list[Rad] = []
    signeringar: list[Rad] = []
    for nummer, (u, enhet_id) in enumerate(protokoll, start=1):
        validera(u, laddning.idag)
        dag = laddning.dag(u.datum)
        tid = tidpunkt(dag, 11 * 60)
        rader.append(
            (nummer, dag, u.typ.value, laddning.dag(u.period_fran), laddning.dag(u.period_till))
            + (u.system, enhet_id if enhet_id is not None else -1, u.utford_av_id)
            + (u.antal_anvandare, u.antal_atkomster, u.antal_avvikande, u.metod)
            + (u.resultat.value, u.avvikelse_beskrivning, u.iakttagelser, tid, tid)
        )
        steg += [(nummer, a.typ.value, laddning.dag(a.datum), a.anteckning) for a in u.atgarder]
        if u.signerad_datum is not None:
            signeringar.append((nummer, u.signerad_av_id, laddning.dag(u.signerad_datum)))
    laddning.infoga(
        "logguppfoljning",
        "id, datum, typ, period_fran, period_till, system, enhet_id#, utford_av_id, "
        "antal_anvandare, antal_atkomster, antal_avvikande, metod, resultat, "
        "avvikelse_beskrivning, iakttagelser, skapad, andrad",
        rader,
    )
    laddning.infoga("logguppfoljning_atgard", "logguppfoljning_id, typ, datum, anteckning", steg)
    laddning.infoga(
        "logguppfoljning_signering", "logguppfoljning_id, signerad_av_id, datum", signeringar
    )
