"""The egenkontroll plan: what is checked, where, how often, from which source, by whom,
and to whom it is reported. The MAS edits it; an edit re-plans the occurrences from
today on and never rewrites one that is done or past."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from skrivbord import kodlista
from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Egenkontroll, EgenkontrollTillfalle, Enhet, Kommuninstallningar
from skrivbord.modeller.kommun import STANDARDNAMND
from skrivbord.tjanster.egenkontroller import kalender, regler
from skrivbord.typer import Dokumentkalla, Enhetstyp, Omfang, Roll


@dataclass(frozen=True)
class PlanPost:
    id: int
    omrade: str
    beskrivning: str
    omfang: Omfang
    enhetstyper: tuple[Enhetstyp, ...]
    valda_enheter: tuple[int, ...]
    regel: str
    frekvens: str  # the Swedish label, e.g. "2 gånger/år (jun, dec)"
    kalla: str
    ansvarig: Roll
    rapporteras_till: str  # as shown: the committee's name when till_namnden
    till_namnden: bool
    dokumenteras_i: Dokumentkalla
    aktiv: bool
    omradeskod: str = kodlista.ANNAT  # the national code list's area (the export's)

    @property
    def omfang_text(self) -> str:
        if self.omfang == Omfang.ENHETSTYPER:
            return ", ".join(t.etikett for t in self.enhetstyper)
        if self.omfang == Omfang.VALDA:
            return f"{self.omfang.etikett} ({len(self.valda_enheter)})"
        return self.omfang.etikett


@dataclass(frozen=True)
class Utkast:
    """A plan item as the editor sends it."""

    omrade: str
    regel: str
    ansvarig: Roll
    omfang: Omfang = Omfang.ALLA
    beskrivning: str = ""
    enhetstyper: tuple[Enhetstyp, ...] = ()
    valda_enheter: tuple[int, ...] = field(default=())
    kalla: str = ""
    rapporteras_till: str = ""
    till_namnden: bool = False
    dokumenteras_i: Dokumentkalla = Dokumentkalla.RESULTAT
    aktiv: bool = True
    omradeskod: str = kodlista.ANNAT


def _namnd(s: Session) -> str:
    rad = s.scalars(select(Kommuninstallningar)).first()
    return rad.namnd if rad else STANDARDNAMND


def _post(e: Egenkontroll, namnd: str) -> PlanPost:
    return PlanPost(
        e.id,
        e.omrade,
        e.beskrivning,
        e.omfang,
        tuple(Enhetstyp(t) for t in e.enhetstyper.split(",") if t),
        tuple(sorted(enhet.id for enhet in e.valda_enheter)),
        e.regel,
        regler.etikett(e.regel),
        e.kalla,
        e.ansvarig,
        namnd if e.till_namnden else e.rapporteras_till,
        e.till_namnden,
        e.dokumenteras_i,
        e.aktiv,
        e.omradeskod,
    )


def plan(databas: Databas, med_inaktiva: bool = False) -> list[PlanPost]:
    """The plan items in the order they were added (the active ones unless asked)."""
    with databas.session() as s:
        namnd = _namnd(s)
        fraga = select(Egenkontroll).order_by(Egenkontroll.id)
        if not med_inaktiva:
            fraga = fraga.where(Egenkontroll.aktiv.is_(True))
        return [_post(e, namnd) for e in s.scalars(fraga)]


def _kontrollera(utkast: Utkast) -> str:
    if not utkast.omrade.strip():
        raise OgiltigUppgift("Skriv vilket område egenkontrollen gäller.")
    if len(utkast.omrade.strip()) > 120:
        raise OgiltigUppgift("Området får vara högst 120 tecken.")
    if utkast.omfang == Omfang.ENHETSTYPER and not utkast.enhetstyper:
        raise OgiltigUppgift("Välj minst en enhetstyp, eller ett annat omfång.")
    if utkast.omfang == Omfang.VALDA and not utkast.valda_enheter:
        raise OgiltigUppgift("Välj minst en enhet, eller ett annat omfång.")
    if not utkast.till_namnden and not utkast.rapporteras_till.strip():
        raise OgiltigUppgift("Skriv vem resultatet redovisas för, eller välj nämnden.")
    if not kodlista.finns("egenkontrollomrade", utkast.omradeskod):
        raise OgiltigUppgift("Välj vilket nationellt område egenkontrollen räknas under.")
    return regler.validera(utkast.regel)


def spara(
    databas: Databas, utkast: Utkast, post_id: int | None = None, idag: date | None = None
) -> int:
    """Add (``post_id`` None) or change a plan item; its occurrences from today on follow."""
    idag = idag or date.today()
    regel = _kontrollera(utkast)
    with databas.session() as s:
        if post_id is None:
            e = Egenkontroll()
            s.add(e)
        else:
            hittad = s.get(Egenkontroll, post_id)
            if hittad is None:
                raise OgiltigUppgift("Egenkontrollen finns inte längre i planen.")
            e = hittad
        valda = list(utkast.valda_enheter) if utkast.omfang == Omfang.VALDA else []
        typer = (
            ",".join(t.value for t in utkast.enhetstyper)
            if utkast.omfang == Omfang.ENHETSTYPER
            else ""
        )
        fore = (e.regel, e.omfang, e.enhetstyper, sorted(x.id for x in e.valda_enheter))
        andrad = fore != (regel, utkast.omfang, typer, sorted(valda))
        if post_id is None or andrad or (utkast.aktiv and not e.aktiv):
            e.galler_fran = idag  # the new rule or scope applies from today
        e.omrade, e.beskrivning = utkast.omrade.strip(), utkast.beskrivning.strip()
        e.omfang, e.regel, e.ansvarig = utkast.omfang, regel, utkast.ansvarig
        e.enhetstyper = typer
        e.valda_enheter = list(s.scalars(select(Enhet).where(Enhet.id.in_(valda))))
        e.kalla = utkast.kalla.strip()
        e.rapporteras_till = "" if utkast.till_namnden else utkast.rapporteras_till.strip()
        e.till_namnden = utkast.till_namnden
        e.dokumenteras_i, e.aktiv = utkast.dokumenteras_i, utkast.aktiv
        e.omradeskod = utkast.omradeskod
        s.flush()
        _planera_om(s, idag)
        return e.id


def satt_aktiv(databas: Databas, post_id: int, aktiv: bool, idag: date | None = None) -> None:
    """Make a plan item active or inactive; an inactive one has no occurrences from today."""
    idag = idag or date.today()
    with databas.session() as s:
        e = s.get(Egenkontroll, post_id)
        if e is None:
            raise OgiltigUppgift("Egenkontrollen finns inte längre i planen.")
        if aktiv and not e.aktiv:
            e.galler_fran = idag  # nothing is owed for the time it was inactive
        e.aktiv = aktiv
        s.flush()
        _planera_om(s, idag)


def _planera_om(s: Session, idag: date) -> None:
    """This year's occurrences, and next year's if they were already made."""
    kalender.stam_av(s, idag.year, idag)
    nasta = s.scalar(
        select(EgenkontrollTillfalle.id)
        .where(EgenkontrollTillfalle.planerat_datum >= date(idag.year + 1, 1, 1))
        .limit(1)
    )
    if nasta is not None:
        kalender.stam_av(s, idag.year + 1, idag)


def hamta(databas: Databas, post_id: int) -> PlanPost:
    with databas.session() as s:
        e = s.get(Egenkontroll, post_id)
        if e is None:
            raise OgiltigUppgift("Egenkontrollen finns inte längre i planen.")
        return _post(e, _namnd(s))


def namnd(databas: Databas) -> str:
    """The committee's name, as the editor's "reported to the committee" choice shows it."""
    with databas.session() as s:
        return _namnd(s)
