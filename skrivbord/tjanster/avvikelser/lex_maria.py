"""The lex Maria assessment of one avvikelse, and what the law and IVO ask for beside an
anmälan.

PSL (2010:659) 3 kap. 5 §: the vårdgivare reports to IVO an event that caused, or could
have caused, a serious vårdskada; 3 kap. 8 §: the patient (or närstående) is informed
of the vårdskada and of what is done about it. Beside the decision the avvikelse keeps
the date the anmälan was sent (it decides the year the anmälan is counted in, whatever
the date of the event), IVO's reference and decision, who was informed and when, and
when the nämnd was told. The anmälan fields belong to "Anmäld till IVO" only; who was
informed and the nämnd belong to every assessment that found a case to investigate.
"""

from __future__ import annotations

from datetime import date

from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.databas import Databas
from skrivbord.tjanster import samtidighet
from skrivbord.tjanster.avvikelser.registrering import (
    AVVIKELSEN,
    Anmalan,
    LexMariaBedomning,
    hamta_orm,
)
from skrivbord.typer import LexMaria

# States in which who was informed, and the nämnd, may be recorded.
MED_UTREDNING = (LexMaria.UTREDS, LexMaria.ANMALD, LexMaria.EJ_ANMALD)


def spara(
    databas: Databas,
    avvikelse_id: int,
    bedomning: LexMaria,
    datum: date | None,
    motivering: str = "",
    ivo_referens: str | None = None,
    anmalan: Anmalan | None = None,
    *,
    idag: date | None = None,
    version: int | None = None,
) -> None:
    """Saves the assessment; every broken rule at once, each naming its field.
    ``version``: the avvikelse's, as the box was filled (tjanster/samtidighet.py)."""
    idag = idag or date.today()
    anmalan = anmalan or Anmalan()
    egna = LexMariaBedomning(bedomning, datum, motivering, ivo_referens, anmalan)
    with samtidighet.session(databas, "avvikelse", avvikelse_id, AVVIKELSEN, egna) as session:
        avvikelse = hamta_orm(session, avvikelse_id)
        samtidighet.kontrollera_version(session, avvikelse, version, AVVIKELSEN, egna)
        handelse = avvikelse.handelse_tid.date()
        fel = _fel_i_bedomning(bedomning, datum, motivering, handelse, idag)
        fel += _fel_i_anmalan(bedomning, datum, anmalan, handelse, idag)
        OgiltigUppgift.om_nagot(fel)
        avvikelse.lex_maria = bedomning
        avvikelse.lex_maria_datum = datum
        avvikelse.lex_maria_motivering = motivering.strip()
        anmald = bedomning == LexMaria.ANMALD
        utredd = bedomning in MED_UTREDNING
        avvikelse.ivo_referens = ((ivo_referens or "").strip() or None) if anmald else None
        avvikelse.lex_maria_anmald_datum = anmalan.anmald_datum if anmald else None
        avvikelse.ivo_beslut = anmalan.ivo_beslut if anmald else None
        avvikelse.ivo_beslut_datum = anmalan.ivo_beslut_datum if anmald else None
        avvikelse.lex_maria_informerad = anmalan.informerad if utredd else None
        avvikelse.lex_maria_informerad_datum = anmalan.informerad_datum if utredd else None
        avvikelse.namnd_informerad_datum = anmalan.namnd_informerad_datum if utredd else None


def _fel_i_bedomning(
    bedomning: LexMaria, datum: date | None, motivering: str, handelse: date, idag: date
) -> list[tuple[str | None, str]]:
    fel: list[tuple[str | None, str]] = []
    if bedomning != LexMaria.EJ_BEDOMD and datum is None:
        fel.append(("lex_maria_datum", "Ange datum för lex Maria-bedömningen."))
    if datum is not None and datum < handelse:
        fel.append(("lex_maria_datum", "Lex Maria-bedömningen kan inte dateras före händelsen."))
    if datum is not None and datum > idag:
        fel.append(("lex_maria_datum", "Lex Maria-bedömningen kan inte dateras framåt i tiden."))
    if bedomning in (LexMaria.ANMALD, LexMaria.EJ_ANMALD) and not motivering.strip():
        fel.append(("lex_maria_motivering", "Skriv en motivering till lex Maria-beslutet."))
    return fel


def _fel_i_anmalan(
    bedomning: LexMaria, datum: date | None, a: Anmalan, handelse: date, idag: date
) -> list[tuple[str | None, str]]:
    fel: list[tuple[str | None, str]] = []
    if bedomning == LexMaria.ANMALD:
        if a.anmald_datum is None:
            fel.append(("lex_maria_anmald_datum", "Ange datum då anmälan skickades till IVO."))
        elif not handelse <= a.anmald_datum <= idag:
            fel.append(
                (
                    "lex_maria_anmald_datum",
                    "Anmälan kan inte vara skickad före händelsen eller framåt i tiden.",
                )
            )
        if (a.ivo_beslut is None) != (a.ivo_beslut_datum is None):
            fel.append(("ivo_beslut", "Ange både IVO:s beslut och beslutets datum."))
        elif a.ivo_beslut_datum and a.anmald_datum and a.ivo_beslut_datum < a.anmald_datum:
            fel.append(("ivo_beslut_datum", "IVO:s beslut kan inte vara fattat före anmälan."))
    if bedomning in MED_UTREDNING:
        if (a.informerad is None) != (a.informerad_datum is None):
            fel.append(
                (
                    "lex_maria_informerad",
                    "Ange både vem som informerades (patienten eller närstående) och när.",
                )
            )
        for falt, dag, vad in (
            ("lex_maria_informerad_datum", a.informerad_datum, "Informationen"),
            ("ivo_beslut_datum", a.ivo_beslut_datum, "IVO:s beslut"),
            ("namnd_informerad_datum", a.namnd_informerad_datum, "Informationen till nämnden"),
        ):
            if dag is not None and not handelse <= dag <= idag:
                fel.append((falt, f"{vad} kan inte dateras före händelsen eller framåt i tiden."))
    return fel
