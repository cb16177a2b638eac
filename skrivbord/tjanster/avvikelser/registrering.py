"""Intake of avvikelser: validate, register, update, read one back.

The form's data travels as ``AvvikelseUppgifter``; every rule a user can break is an
``OgiltigUppgift`` with a Swedish sentence naming the field.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import TypedDict

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import (
    AnnatSkal,
    Atgard,
    Avvikelse,
    AvvikelseKategori,
    Enhet,
    Overenskommelse,
    Personal,
    Statusandring,
)
from skrivbord.tjanster import samtidighet
from skrivbord.tjanster.atgarder import AtgardRad
from skrivbord.tjanster.avvikelser import risk
from skrivbord.typer import (
    Avvikelsestatus,
    Fallskada,
    Informerad,
    IvoBeslut,
    Konsekvens,
    Lakemedelsfel,
    LexMaria,
    Motpart,
    Oenighet,
    Orsaksomrade,
    Rapportorgrupp,
    Riktning,
    Roll,
)

ANNAT_KOD = "annat"
AVVIKELSEN = "avvikelsen"  # what fel.SamtidigAndring says was changed
FALL_KOD = "fall"
LAKEMEDEL_KOD = "lakemedel"


@dataclass
class AvvikelseUppgifter:
    """What the intake form holds."""

    handelse_tid: datetime
    rapporterad_datum: date
    enhet_id: int
    rapportor_roll: Roll
    kategori_id: int
    beskrivning: str
    konsekvens: Konsekvens = Konsekvens.INGEN_SKADA
    rapportor_namn: str | None = None
    underkategori: str = ""
    omedelbar_atgard: str = ""
    risk_konsekvens: int | None = None
    risk_sannolikhet: int | None = None
    extern_referens: str | None = None
    annat_orsak: str = ""
    # What the MAS classed the explanation as (annat_skal.py); None until she has.
    annat_skal_id: int | None = None
    fall_plats: str | None = None
    fall_aktivitet: str | None = None
    fall_skada: Fallskada | None = None
    lakemedel_feltyp: Lakemedelsfel | None = None
    lakemedel_upptackt_av: Rapportorgrupp | None = None
    mellan_vardgivare: bool = False
    motpart: Motpart | None = None
    motpart_enhet: str | None = None
    # The kod of an entry of the MAS's list of agreements (overenskommelser.py).
    overenskommelse: str | None = None
    overenskommelse_text: str = ""
    motpart_underrattad_datum: date | None = None
    motpart_svar: str = ""
    riktning: Riktning | None = None  # received from, or sent to, the other caregiver
    motpart_svar_datum: date | None = None
    oenighet: Oenighet | None = None  # the escalation step of a disagreement (seed 004)
    # The time of day is not known (imported without one): handelse_tid holds 00:00.
    tid_okand: bool = False


_FORMULARFALT = [f.name for f in fields(AvvikelseUppgifter)]


@dataclass(frozen=True)
class StatusHandelse:
    fran: Avvikelsestatus | None
    till: Avvikelsestatus
    tid: datetime
    anvandare: str
    orsak: str


@dataclass(frozen=True)
class UppfoljningRad:
    id: int
    datum: date
    effekt_uppnadd: bool | None
    nasta_steg: str


@dataclass(frozen=True)
class Anmalan:
    """What is recorded beside the decision (all optional until the rules ask)."""

    anmald_datum: date | None = None
    informerad: Informerad | None = None
    informerad_datum: date | None = None
    ivo_beslut: IvoBeslut | None = None
    ivo_beslut_datum: date | None = None
    namnd_informerad_datum: date | None = None


def anmalan_fran(avvikelse: Avvikelse) -> Anmalan:
    return Anmalan(
        avvikelse.lex_maria_anmald_datum,
        avvikelse.lex_maria_informerad,
        avvikelse.lex_maria_informerad_datum,
        avvikelse.ivo_beslut,
        avvikelse.ivo_beslut_datum,
        avvikelse.namnd_informerad_datum,
    )


@dataclass(frozen=True)
class LexMariaBedomning:
    bedomning: LexMaria
    datum: date | None
    motivering: str
    ivo_referens: str | None
    anmalan: Anmalan = Anmalan()


@dataclass(frozen=True)
class AvvikelseDetalj:
    id: int
    uppgifter: AvvikelseUppgifter
    enhet_namn: str
    kategori_kod: str
    kategori_namn: str
    status: Avvikelsestatus
    riskpoang: int | None
    historik: list[StatusHandelse] = field(default_factory=list)
    orsaker: frozenset[Orsaksomrade] = frozenset()
    analys_text: str = ""
    atgarder: list[AtgardRad] = field(default_factory=list)
    inga_atgarder_motivering: str = ""  # why no åtgärd is needed ('' if not decided)
    uppfoljningar: list[UppfoljningRad] = field(default_factory=list)
    lex_maria: LexMariaBedomning = LexMariaBedomning(LexMaria.EJ_BEDOMD, None, "", None)
    handelseanalys: bool | None = None
    annat_skal_namn: str | None = None  # the MAS's reason for an "Annat" avvikelse
    version: int = 1  # handed back on save: optimistic locking (tjanster/samtidighet.py)

    @property
    def kraver_mas_beslut(self) -> bool:
        u = self.uppgifter
        return risk.kraver_mas_beslut(u.risk_konsekvens, u.risk_sannolikhet)


def validera(
    uppgifter: AvvikelseUppgifter,
    kategori_kod: str,
    idag: date | None = None,
    *,
    fran_formular: bool = False,
) -> None:
    """Every rule the avvikelse breaks, at once, each naming its field (OgiltigUppgift.alla).

    ``fran_formular``: registered by hand, so what the sammanställning counts for falls
    and medication is required too; an import from a journal system may lack it (then it
    is counted as "Ej angivet").
    """
    idag = idag or date.today()
    fel = _fel_i_tid(uppgifter, idag)
    if not uppgifter.beskrivning.strip():
        fel.append(("beskrivning", "Beskrivning: beskriv vad som hände."))
    for falt, namn, varde in (
        ("risk_konsekvens", "konsekvens", uppgifter.risk_konsekvens),
        ("risk_sannolikhet", "sannolikhet", uppgifter.risk_sannolikhet),
    ):
        if varde is not None and varde not in (1, 2, 3, 4):
            fel.append((falt, f"Riskbedömningens {namn} ska vara 1–4."))
    if kategori_kod == ANNAT_KOD and not uppgifter.annat_orsak.strip():
        fel.append(
            (
                "annat_orsak",
                "Annat: skriv kort vad avvikelsen gäller, så att MAS ser om en kategori saknas.",
            )
        )
    if fran_formular:
        fel += _saknade_kategorifalt(uppgifter, kategori_kod)
    if kategori_kod == FALL_KOD and not fallskada_stammer(
        uppgifter.fall_skada, uppgifter.konsekvens
    ):
        fel.append(("fall_skada", _FALLSKADA_STAMMER_INTE))
    if uppgifter.mellan_vardgivare:
        fel += _fel_mellan_vardgivare(uppgifter, idag)
        if fran_formular and uppgifter.riktning is None:
            fel.append(
                (
                    "riktning",
                    "Mellan vårdgivare: ange om avvikelsen togs emot från motparten eller "
                    "skickades till den.",
                )
            )
    OgiltigUppgift.om_nagot(fel)


def _fel_i_tid(uppgifter: AvvikelseUppgifter, idag: date) -> list[tuple[str | None, str]]:
    fel: list[tuple[str | None, str]] = []
    if uppgifter.handelse_tid.date() > idag:
        fel.append(("handelse_tid", "Händelsedatum: händelsen kan inte ha inträffat i framtiden."))
    if uppgifter.rapporterad_datum < uppgifter.handelse_tid.date():
        fel.append(("rapporterad_datum", "Rapportdatum kan inte ligga före händelsedatum."))
    if uppgifter.rapporterad_datum > idag:
        fel.append(("rapporterad_datum", "Rapportdatum kan inte ligga i framtiden."))
    return fel


# A fall's injury and the avvikelse's actual konsekvens describe the same harm, so the
# sammanställning's fall table and konsekvens table can never contradict each other.
FALLSKADA_KONSEKVENS: dict[Fallskada, tuple[Konsekvens, ...]] = {
    Fallskada.INGEN: (Konsekvens.INGEN_SKADA,),
    Fallskada.LINDRIG: (Konsekvens.LINDRIG,),
    Fallskada.FRAKTUR: (Konsekvens.MATTLIG, Konsekvens.ALLVARLIG, Konsekvens.DODSFALL),
    Fallskada.ANNAN_ALLVARLIG: (Konsekvens.MATTLIG, Konsekvens.ALLVARLIG, Konsekvens.DODSFALL),
}
_FALLSKADA_STAMMER_INTE = (
    "Fall: skadan stämmer inte med den faktiska konsekvensen. Ingen skada hör ihop med "
    "konsekvensen Ingen skada, lindrig skada med Lindrig, fraktur och annan skada som "
    "krävt vård med Måttlig, Allvarlig eller Dödsfall."
)


def fallskada_stammer(skada: Fallskada | None, konsekvens: Konsekvens | int) -> bool:
    """True when the injury is not given, or agrees with the actual konsekvens."""
    return skada is None or Konsekvens(konsekvens) in FALLSKADA_KONSEKVENS[Fallskada(skada)]


# What the sammanställning counts per category, required when registered by hand.
_KRAVS_FOR_KATEGORI = {
    FALL_KOD: (
        ("fall_plats", "Fall: ange var fallet skedde (plats)."),
        ("fall_aktivitet", "Fall: ange vad personen gjorde (aktivitet)."),
        ("fall_skada", "Fall: ange om fallet gav någon skada."),
    ),
    LAKEMEDEL_KOD: (
        ("lakemedel_feltyp", "Läkemedel: ange vilket slags fel det var."),
        ("lakemedel_upptackt_av", "Läkemedel: ange vem som upptäckte felet."),
    ),
}


def _saknade_kategorifalt(
    uppgifter: AvvikelseUppgifter, kategori_kod: str
) -> list[tuple[str | None, str]]:
    return [
        (falt, text)
        for falt, text in _KRAVS_FOR_KATEGORI.get(kategori_kod, ())
        if getattr(uppgifter, falt) in (None, "")
    ]


def _fel_mellan_vardgivare(
    uppgifter: AvvikelseUppgifter, idag: date
) -> list[tuple[str | None, str]]:
    fel: list[tuple[str | None, str]] = []
    if uppgifter.motpart is None:
        fel.append(("motpart", "Mellan vårdgivare: ange vilken vårdgivare avvikelsen gäller."))
    if uppgifter.overenskommelse is None:
        fel.append(
            (
                "overenskommelse",
                "Mellan vårdgivare: ange vilken överenskommelse eller riktlinje som inte följdes.",
            )
        )
    underrattad = uppgifter.motpart_underrattad_datum
    if underrattad is not None and underrattad < uppgifter.handelse_tid.date():
        fel.append(
            (
                "motpart_underrattad_datum",
                "Mellan vårdgivare: motparten kan inte ha underrättats före händelsen.",
            )
        )
    svar = uppgifter.motpart_svar_datum
    if svar is not None and not (underrattad or uppgifter.handelse_tid.date()) <= svar <= idag:
        fel.append(
            (
                "motpart_svar_datum",
                "Mellan vårdgivare: motpartens svar kan inte vara daterat före händelsen "
                "eller underrättelsen, eller framåt i tiden.",
            )
        )
    return fel


def _kontrollera_overenskommelse(
    session: Session, uppgifter: AvvikelseUppgifter, nuvarande: str | None
) -> None:
    """The agreement must be an active entry of the MAS's list, or the one the
    avvikelse already has (an entry deactivated since keeps its old avvikelser)."""
    kod = uppgifter.overenskommelse
    if not uppgifter.mellan_vardgivare or kod is None or kod == nuvarande:
        return
    aktiv = session.scalar(select(Overenskommelse.aktiv).where(Overenskommelse.kod == kod))
    if not aktiv:
        raise OgiltigUppgift(
            "Mellan vårdgivare: överenskommelsen finns inte (längre) i listan. Välj en annan.",
            "overenskommelse",
        )


def _kategori(session: Session, kategori_id: int) -> AvvikelseKategori:
    kategori = session.get(AvvikelseKategori, kategori_id)
    if kategori is None:
        raise OgiltigUppgift("Kategori: välj en kategori.", "kategori_id")
    return kategori


class Kolumnvarden(TypedDict):
    """The fields of AvvikelseUppgifter as the avvikelse columns store them."""

    handelse_tid: datetime
    rapporterad_datum: date
    enhet_id: int
    rapportor_roll: str
    kategori_id: int
    beskrivning: str
    konsekvens: int
    rapportor_namn: str | None
    underkategori: str
    omedelbar_atgard: str
    risk_konsekvens: int | None
    risk_sannolikhet: int | None
    extern_referens: str | None
    annat_orsak: str
    annat_skal_id: int | None
    fall_plats: str | None
    fall_aktivitet: str | None
    fall_skada: Fallskada | None
    lakemedel_feltyp: Lakemedelsfel | None
    lakemedel_upptackt_av: Rapportorgrupp | None
    mellan_vardgivare: bool
    motpart: Motpart | None
    motpart_enhet: str | None
    overenskommelse: str | None
    overenskommelse_text: str
    motpart_underrattad_datum: date | None
    motpart_svar: str
    riktning: Riktning | None
    motpart_svar_datum: date | None
    oenighet: Oenighet | None
    tid_okand: bool


def kolumnvarden(uppgifter: AvvikelseUppgifter, kategori_kod: str) -> Kolumnvarden:
    """The avvikelse columns the form stores. Category-specific fields are cleared where
    they do not belong, so no stale value hides behind a changed category (the import
    stores rows through the same rules)."""
    u = uppgifter
    varden = Kolumnvarden(
        handelse_tid=u.handelse_tid,
        rapporterad_datum=u.rapporterad_datum,
        enhet_id=u.enhet_id,
        rapportor_roll=Roll(u.rapportor_roll).value,
        kategori_id=u.kategori_id,
        beskrivning=u.beskrivning,
        konsekvens=int(u.konsekvens),
        rapportor_namn=u.rapportor_namn,
        underkategori=u.underkategori,
        omedelbar_atgard=u.omedelbar_atgard,
        risk_konsekvens=u.risk_konsekvens,
        risk_sannolikhet=u.risk_sannolikhet,
        extern_referens=u.extern_referens,
        annat_orsak=u.annat_orsak,
        annat_skal_id=u.annat_skal_id,
        fall_plats=u.fall_plats,
        fall_aktivitet=u.fall_aktivitet,
        fall_skada=u.fall_skada,
        lakemedel_feltyp=u.lakemedel_feltyp,
        lakemedel_upptackt_av=u.lakemedel_upptackt_av,
        mellan_vardgivare=u.mellan_vardgivare,
        motpart=u.motpart,
        motpart_enhet=u.motpart_enhet,
        overenskommelse=u.overenskommelse,
        overenskommelse_text=u.overenskommelse_text,
        motpart_underrattad_datum=u.motpart_underrattad_datum,
        motpart_svar=u.motpart_svar,
        riktning=u.riktning,
        motpart_svar_datum=u.motpart_svar_datum,
        oenighet=u.oenighet,
        tid_okand=u.tid_okand,
    )
    if kategori_kod != FALL_KOD:
        varden["fall_plats"] = varden["fall_aktivitet"] = varden["fall_skada"] = None
    if kategori_kod != LAKEMEDEL_KOD:
        varden["lakemedel_feltyp"] = varden["lakemedel_upptackt_av"] = None
    if kategori_kod != ANNAT_KOD:
        varden["annat_orsak"] = ""
        varden["annat_skal_id"] = None
    if not uppgifter.mellan_vardgivare:
        varden["motpart"] = varden["overenskommelse"] = varden["motpart_enhet"] = None
        varden["overenskommelse_text"] = varden["motpart_svar"] = ""
        varden["motpart_underrattad_datum"] = None
        varden["riktning"] = varden["motpart_svar_datum"] = varden["oenighet"] = None
    # A NUL pasted along from another program means nothing and PostgreSQL's text
    # cannot hold it: dropped on both backends, so both store the same text.
    for namn, varde in varden.items():
        if isinstance(varde, str) and "\x00" in varde:
            varden[namn] = varde.replace("\x00", "")  # type: ignore[literal-required]
    return varden


def _tillampa(avvikelse: Avvikelse, uppgifter: AvvikelseUppgifter, kategori_kod: str) -> None:
    for namn, varde in kolumnvarden(uppgifter, kategori_kod).items():
        setattr(avvikelse, namn, varde)


def registrera(databas: Databas, uppgifter: AvvikelseUppgifter, idag: date | None = None) -> int:
    with databas.session() as session:
        return registrera_i(session, uppgifter, databas.anvandare, idag)


def registrera_i(
    session: Session, uppgifter: AvvikelseUppgifter, anvandare: str, idag: date | None = None
) -> int:
    """Register inside the caller's unit of work (a tillsyn's narkotika difference)."""
    kategori = _kategori(session, uppgifter.kategori_id)
    if session.get(Enhet, uppgifter.enhet_id) is None:
        raise OgiltigUppgift("Enhet: välj en enhet.", "enhet_id")
    validera(uppgifter, kategori.kod, idag, fran_formular=True)
    _kontrollera_overenskommelse(session, uppgifter, None)
    avvikelse = Avvikelse()
    _tillampa(avvikelse, uppgifter, kategori.kod)
    avvikelse.status = Avvikelsestatus.REGISTRERAD
    avvikelse.statusandringar.append(
        Statusandring(fran=None, till=Avvikelsestatus.REGISTRERAD, anvandare=anvandare)
    )
    session.add(avvikelse)
    session.flush()
    return avvikelse.id


def uppdatera(
    databas: Databas,
    avvikelse_id: int,
    uppgifter: AvvikelseUppgifter,
    idag: date | None = None,
    *,
    version: int | None = None,
) -> int:
    """Save the form over the avvikelse; returns its new version.

    ``version``: the one the form loaded (``AvvikelseDetalj.version``). If someone
    saved since, nothing is written and ``fel.SamtidigAndring`` carries ``uppgifter``
    back (tjanster/samtidighet.py)."""
    with (
        samtidighet.vakta(databas, "avvikelse", avvikelse_id, AVVIKELSEN, uppgifter),
        databas.session() as session,
    ):
        avvikelse = hamta_orm(session, avvikelse_id)
        samtidighet.kontrollera_version(session, avvikelse, version, AVVIKELSEN, uppgifter)
        kategori = _kategori(session, uppgifter.kategori_id)
        validera(uppgifter, kategori.kod, idag, fran_formular=True)
        _kontrollera_overenskommelse(session, uppgifter, avvikelse.overenskommelse)
        _tillampa(avvikelse, uppgifter, kategori.kod)
        session.flush()
        return avvikelse.version


def hamta_orm(session: Session, avvikelse_id: int) -> Avvikelse:
    avvikelse = session.get(Avvikelse, avvikelse_id)
    if avvikelse is None:
        raise OgiltigUppgift(f"Avvikelse {avvikelse_id} finns inte.")
    return avvikelse


def hamta(databas: Databas, avvikelse_id: int) -> AvvikelseDetalj:
    with databas.session() as session:
        avvikelse = session.scalars(
            select(Avvikelse)
            .where(Avvikelse.id == avvikelse_id)
            .options(
                selectinload(Avvikelse.statusandringar),
                selectinload(Avvikelse.orsaker),
                selectinload(Avvikelse.atgarder),
                selectinload(Avvikelse.uppfoljningar),
            )
        ).one_or_none()
        if avvikelse is None:
            raise OgiltigUppgift(f"Avvikelse {avvikelse_id} finns inte.")
        # Foreign keys: both exist.
        kategori = session.get_one(AvvikelseKategori, avvikelse.kategori_id)
        enhet = session.get_one(Enhet, avvikelse.enhet_id)
        skal = session.get(AnnatSkal, avvikelse.annat_skal_id) if avvikelse.annat_skal_id else None
        varden = {namn: getattr(avvikelse, namn) for namn in _FORMULARFALT}
        varden["konsekvens"] = Konsekvens(avvikelse.konsekvens)
        varden["rapportor_roll"] = Roll(avvikelse.rapportor_roll)
        return AvvikelseDetalj(
            id=avvikelse.id,
            uppgifter=AvvikelseUppgifter(**varden),
            enhet_namn=enhet.namn,
            kategori_kod=kategori.kod,
            kategori_namn=kategori.namn,
            status=avvikelse.status,
            riskpoang=risk.poang(avvikelse.risk_konsekvens, avvikelse.risk_sannolikhet),
            historik=[
                StatusHandelse(s.fran, s.till, s.tid, s.anvandare, s.orsak)
                for s in avvikelse.statusandringar
            ],
            orsaker=frozenset(o.orsak for o in avvikelse.orsaker),
            analys_text=avvikelse.analys_text,
            atgarder=[
                _atgardrad(session, a) for a in sorted(avvikelse.atgarder, key=lambda a: a.id)
            ],
            inga_atgarder_motivering=avvikelse.inga_atgarder_motivering,
            uppfoljningar=[
                UppfoljningRad(u.id, u.datum, u.effekt_uppnadd, u.nasta_steg)
                for u in sorted(avvikelse.uppfoljningar, key=lambda u: (u.datum, u.id))
            ],
            lex_maria=LexMariaBedomning(
                avvikelse.lex_maria,
                avvikelse.lex_maria_datum,
                avvikelse.lex_maria_motivering,
                avvikelse.ivo_referens,
                anmalan_fran(avvikelse),
            ),
            handelseanalys=avvikelse.handelseanalys,
            annat_skal_namn=skal.namn if skal else None,
            version=avvikelse.version,
        )


def _atgardrad(session: Session, atgard: Atgard) -> AtgardRad:
    ansvarig = session.get(Personal, atgard.ansvarig_id) if atgard.ansvarig_id else None
    return AtgardRad(
        atgard.id,
        atgard.beskrivning,
        atgard.ansvarig_id,
        ansvarig.namn if ansvarig else "",
        atgard.deadline,
        atgard.status,
        atgard.klar_datum,
        atgard.version,
    )
