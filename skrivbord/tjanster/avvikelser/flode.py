"""The follow-up workflow of one avvikelse: states, analysis, åtgärder, uppföljning,
lex Maria and the händelseanalys decision.

States move forward one step at a time:
registrerad → under utredning → åtgärder beslutade → uppföljd → avslutad.
A closed avvikelse can be reopened (back to under utredning) with a reason.
Every transition is recorded with who and when.

Follow-up that means something: "åtgärder beslutade" needs at least one åtgärd (not
struck) or a reason why none is needed (``besluta_inga_atgarder``); an avvikelse whose
latest uppföljning says the effect was not achieved is closed only after a new åtgärd
(added after that uppföljning) or with the uppföljning's "nästa steg" as the reason.
An avvikelse reported under lex Maria is closed only once the patient or närstående
has been informed (lex_maria.py).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Avvikelse, AvvikelseOrsak, Statusandring, Uppfoljning
from skrivbord.tjanster import atgarder, samtidighet
from skrivbord.tjanster.avvikelser import lex_maria
from skrivbord.tjanster.avvikelser.registrering import AVVIKELSEN, hamta_orm
from skrivbord.typer import Atgardsstatus, Avvikelsestatus, Konsekvens, LexMaria, Orsaksomrade

S = Avvikelsestatus
ORDNING = [S.REGISTRERAD, S.UNDER_UTREDNING, S.ATGARDER_BESLUTADE, S.UPPFOLJD, S.AVSLUTAD]
OPPNA_ATGARDER = (Atgardsstatus.PLANERAD, Atgardsstatus.PAGAR)
satt_lex_maria = lex_maria.spara  # the assessment and its rules live in lex_maria.py
RISK_KRAVER_BEDOMNING = 8  # konsekvens × sannolikhet: high risk (Socialstyrelsen's matrix)


def nasta_status(status: Avvikelsestatus) -> Avvikelsestatus | None:
    i = ORDNING.index(status)
    return ORDNING[i + 1] if i + 1 < len(ORDNING) else None


def kraver_lex_maria_bedomning(avvikelse: Avvikelse) -> bool:
    """An avvikelse that may be a serious vårdskada: actual konsekvens allvarlig or
    dödsfall, or a risk score of RISK_KRAVER_BEDOMNING or more. It is not closed until
    the lex Maria question has an answer (PSL 3 kap. 5–6 §§)."""
    poang = (avvikelse.risk_konsekvens or 0) * (avvikelse.risk_sannolikhet or 0)
    return avvikelse.konsekvens >= Konsekvens.ALLVARLIG or poang >= RISK_KRAVER_BEDOMNING


def effekt_ej_uppnadd_utan_svar(avvikelse: Avvikelse) -> bool:
    """The latest uppföljning (by date) says the effect was not achieved, names no
    next step, and no åtgärd (not struck) has been added since it was registered."""
    if not avvikelse.uppfoljningar:
        return False
    senaste = max(avvikelse.uppfoljningar, key=lambda u: (u.datum, u.id))
    if senaste.effekt_uppnadd is not False or senaste.nasta_steg.strip():
        return False
    return not any(
        a.status != Atgardsstatus.STRUKEN and a.skapad > senaste.skapad for a in avvikelse.atgarder
    )


def _krav_for(avvikelse: Avvikelse, till: Avvikelsestatus) -> str | None:
    """Why the move is not allowed yet, or None."""
    if till == S.ATGARDER_BESLUTADE:
        if not (avvikelse.orsaker or avvikelse.analys_text.strip()):
            return "Gör analysen först: ange orsaksområden eller en kort analystext."
        har_atgard = any(a.status != Atgardsstatus.STRUKEN for a in avvikelse.atgarder)
        if not har_atgard and not avvikelse.inga_atgarder_motivering.strip():
            return (
                "Besluta om åtgärder först: lägg till minst en åtgärd, eller välj "
                "”Inga åtgärder behövs” och skriv varför."
            )
    if till == S.UPPFOLJD and not avvikelse.uppfoljningar:
        return "Registrera en uppföljning innan avvikelsen markeras som uppföljd."
    if till == S.AVSLUTAD:
        if any(a.status in OPPNA_ATGARDER for a in avvikelse.atgarder):
            return "Det finns åtgärder som inte är klara. Avsluta eller stryk dem först."
        if avvikelse.lex_maria == LexMaria.UTREDS:
            return "Lex Maria-bedömningen pågår. Avsluta den innan avvikelsen avslutas."
        if avvikelse.lex_maria == LexMaria.EJ_BEDOMD and kraver_lex_maria_bedomning(avvikelse):
            return (
                "Avvikelsen har allvarlig konsekvens eller hög risk: gör lex Maria-"
                "bedömningen (PSL 3 kap. 5 §) innan den avslutas, även om den blir "
                "”Bedömd: ej aktuell”."
            )
        if avvikelse.lex_maria == LexMaria.ANMALD and avvikelse.lex_maria_informerad is None:
            return (
                "Avvikelsen är anmäld enligt lex Maria: ange att patienten eller närstående "
                "har informerats (PSL 3 kap. 8 §), och när, innan den avslutas."
            )
        if effekt_ej_uppnadd_utan_svar(avvikelse):
            return (
                "Den senaste uppföljningen säger att effekten inte uppnåddes. Lägg till "
                "en ny åtgärd, eller registrera en ny uppföljning och skriv under "
                "”Nästa steg” varför avvikelsen kan avslutas ändå."
            )
    return None


def _avvikelse(
    session: Session, avvikelse_id: int, version: int | None, egna: object = None
) -> Avvikelse:
    """The row to change, refused if someone saved it after ``version`` was shown."""
    avvikelse = hamta_orm(session, avvikelse_id)
    samtidighet.kontrollera_version(session, avvikelse, version, AVVIKELSEN, egna)
    return avvikelse


def flytta_fram(
    databas: Databas, avvikelse_id: int, *, version: int | None = None
) -> Avvikelsestatus:
    """Move to the next state; OgiltigUppgift says what is missing. ``version``: the
    avvikelse's as the user saw it (tjanster/samtidighet.py), in every step below."""
    with samtidighet.session(databas, "avvikelse", avvikelse_id, AVVIKELSEN) as session:
        avvikelse = _avvikelse(session, avvikelse_id, version)
        till = nasta_status(avvikelse.status)
        if till is None:
            raise OgiltigUppgift("Avvikelsen är redan avslutad.")
        hinder = _krav_for(avvikelse, till)
        if hinder:
            raise OgiltigUppgift(hinder)
        _byt(avvikelse, till, databas.anvandare, "")
        return till


def ateroppna(
    databas: Databas, avvikelse_id: int, orsak: str, *, version: int | None = None
) -> None:
    if not orsak.strip():
        raise OgiltigUppgift("Skriv varför avvikelsen öppnas igen.")
    with samtidighet.session(databas, "avvikelse", avvikelse_id, AVVIKELSEN, orsak) as session:
        avvikelse = _avvikelse(session, avvikelse_id, version, orsak)
        if avvikelse.status != S.AVSLUTAD:
            raise OgiltigUppgift("Bara en avslutad avvikelse kan öppnas igen.")
        _byt(avvikelse, S.UNDER_UTREDNING, databas.anvandare, orsak.strip())


def _byt(avvikelse: Avvikelse, till: Avvikelsestatus, anvandare: str, orsak: str) -> None:
    avvikelse.statusandringar.append(
        Statusandring(fran=avvikelse.status, till=till, anvandare=anvandare, orsak=orsak)
    )
    avvikelse.status = till


def spara_analys(
    databas: Databas,
    avvikelse_id: int,
    orsaker: set[Orsaksomrade],
    text: str,
    *,
    version: int | None = None,
) -> None:
    egna = (frozenset(orsaker), text)
    with samtidighet.session(databas, "avvikelse", avvikelse_id, AVVIKELSEN, egna) as session:
        avvikelse = _avvikelse(session, avvikelse_id, version, egna)
        avvikelse.analys_text = text.strip()
        befintliga = {o.orsak: o for o in avvikelse.orsaker}
        for orsak in set(befintliga) - set(orsaker):
            avvikelse.orsaker.remove(befintliga[orsak])
        for orsak in set(orsaker) - set(befintliga):
            avvikelse.orsaker.append(AvvikelseOrsak(orsak=Orsaksomrade(orsak)))
        if set(orsaker) != set(befintliga):
            samtidighet.andrad_genom_underrader(avvikelse)


def lagg_till_atgard(
    databas: Databas,
    avvikelse_id: int,
    beskrivning: str,
    ansvarig_id: int | None,
    deadline: date | None,
) -> int:
    """The avvikelse's åtgärd, through the service all sources share (tjanster/atgarder)."""
    if not beskrivning.strip():
        raise OgiltigUppgift("Beskriv åtgärden.")
    with databas.session() as session:
        hamta_orm(session, avvikelse_id)
        kalla = atgarder.Kalla(atgarder.Kallslag.AVVIKELSE, avvikelse_id)
        return atgarder.lagg_till_i(
            session, kalla, atgarder.NyAtgard(beskrivning, ansvarig_id, deadline)
        ).id


def besluta_inga_atgarder(
    databas: Databas, avvikelse_id: int, motivering: str, *, version: int | None = None
) -> None:
    """Records that no åtgärd is needed, and why. Åtgärder can still be added later."""
    if not motivering.strip():
        raise OgiltigUppgift("Skriv varför inga åtgärder behövs.")
    with samtidighet.session(databas, "avvikelse", avvikelse_id, AVVIKELSEN, motivering) as session:
        avvikelse = _avvikelse(session, avvikelse_id, version, motivering)
        avvikelse.inga_atgarder_motivering = motivering.strip()


def satt_atgardsstatus(
    databas: Databas,
    atgard_id: int,
    status: Atgardsstatus,
    klar_datum: date | None = None,
    *,
    version: int | None = None,
) -> None:
    atgarder.satt_status(databas, atgard_id, status, klar_datum, version=version)


def lagg_till_uppfoljning(
    databas: Databas,
    avvikelse_id: int,
    datum: date,
    effekt_uppnadd: bool | None,
    nasta_steg: str = "",
    idag: date | None = None,
) -> int:
    with databas.session() as session:
        avvikelse = hamta_orm(session, avvikelse_id)
        if datum < avvikelse.handelse_tid.date():
            raise OgiltigUppgift(
                f"Uppföljningsdatum {datum.isoformat()} ligger före händelsen "
                f"({avvikelse.handelse_tid.date().isoformat()}). Kontrollera datumet."
            )
        if datum > (idag or date.today()):
            raise OgiltigUppgift("En uppföljning kan inte dateras i framtiden.")
        uppfoljning = Uppfoljning(
            datum=datum, effekt_uppnadd=effekt_uppnadd, nasta_steg=nasta_steg.strip()
        )
        avvikelse.uppfoljningar.append(uppfoljning)
        session.flush()
        return uppfoljning.id


def besluta_handelseanalys(
    databas: Databas, avvikelse_id: int, gors: bool, *, version: int | None = None
) -> None:
    with samtidighet.session(databas, "avvikelse", avvikelse_id, AVVIKELSEN) as session:
        _avvikelse(session, avvikelse_id, version).handelseanalys = gors
