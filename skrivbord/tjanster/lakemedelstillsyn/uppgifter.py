"""Vad tillsynsformuläret håller, och reglerna för det (utan databas).

- Varje aktiv punkt i tillsynstypens checklista besvaras ja, nej eller ej aktuellt.
- Ett nej blir ett fynd och kräver en åtgärd med ansvarig och sista datum.
- Ingen fritext får innehålla något som ser ut som ett personnummer (skrivbord/
  personnummer.py): protokollet handlar om hanteringen, inte om en patient.
- Narkotikakontrollen räknar minst ett preparat; en differens mellan räknat saldo och
  narkotikajournalens saldo godtas aldrig tyst: den kräver en kommentar och blir en
  avvikelse (kategori läkemedel, narkotikasaldot stämmer inte).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from skrivbord import personnummer
from skrivbord.fel import OgiltigUppgift
from skrivbord.rapporter.lakemedelstillsyn.underlag import differens, saldo

__all__ = ["Punktsvar", "Rakning", "Tillsynsuppgifter", "differens", "saldo", "validera"]
from skrivbord.typer import Tillsynssvar, Tillsynstyp

MAX_SALDO = 100_000


@dataclass(frozen=True)
class Punktsvar:
    kod: str
    svar: Tillsynssvar
    kommentar: str = ""
    # For "nej": the åtgärd of the finding.
    atgard: str = ""
    ansvarig_id: int | None = None
    deadline: date | None = None


@dataclass(frozen=True)
class Rakning:
    preparat: str
    styrka: str
    form: str
    journal_saldo: float
    raknat_saldo: float
    kommentar: str = ""

    @property
    def differens(self) -> float:
        return round(self.raknat_saldo - self.journal_saldo, 2)


@dataclass(frozen=True)
class Tillsynsuppgifter:
    enhet_id: int
    typ: Tillsynstyp
    datum: date
    utford_av_id: int | None
    deltagare: str = ""
    kommentar: str = ""
    svar: tuple[Punktsvar, ...] = ()
    rakningar: tuple[Rakning, ...] = field(default_factory=tuple)


def validera(u: Tillsynsuppgifter, aktiva_koder: list[str], idag: date | None = None) -> None:
    """Every rule broken, at once, each naming its field."""
    idag = idag or date.today()
    fel: list[tuple[str | None, str]] = []
    if u.datum > idag:
        fel.append(("datum", "Datum: tillsynen kan inte registreras innan den är gjord."))
    if u.utford_av_id is None:
        fel.append(("utford_av_id", "Utförd av: välj vem som gjorde tillsynen."))
    fel += _fel_i_svar(u, aktiva_koder)
    fel += _fel_i_rakningar(u)
    fel += personnummer.fel_i_falt(fritexter(u))
    OgiltigUppgift.om_nagot(fel)


def fritexter(u: Tillsynsuppgifter) -> dict[str, tuple[str, str]]:
    """Every free text: field name -> (label, text)."""
    texter = {
        "deltagare": ("Övriga deltagare", u.deltagare),
        "kommentar": ("Kommentar", u.kommentar),
    }
    for nr, s in enumerate(u.svar, 1):
        texter[f"svar.{nr}"] = (f"Punkt {nr}, kommentar", s.kommentar)
        texter[f"svar.{nr}.atgard"] = (f"Punkt {nr}, åtgärd", s.atgard)
    for nr, r in enumerate(u.rakningar, 1):
        texter[f"rakningar.{nr}"] = (f"Räkning rad {nr}, kommentar", r.kommentar)
    return texter


def _fel_i_svar(u: Tillsynsuppgifter, aktiva_koder: list[str]) -> list[tuple[str | None, str]]:
    fel: list[tuple[str | None, str]] = []
    besvarade = [s.kod for s in u.svar]
    if len(set(besvarade)) != len(besvarade):
        fel.append(("svar", "Checklistan: en punkt är besvarad två gånger."))
    saknas = [k for k in aktiva_koder if k not in besvarade]
    if saknas:
        fel.append(("svar", f"Checklistan: {len(saknas)} punkter är inte besvarade."))
    okanda = [k for k in besvarade if k not in aktiva_koder]
    if okanda:
        fel.append(("svar", "Checklistan har ändrats medan formuläret var öppet; öppna det igen."))
    for nr, s in enumerate(u.svar, 1):
        if s.svar != Tillsynssvar.NEJ:
            continue
        if not s.atgard.strip():
            fel.append(("svar", f"Punkt {nr} besvarades nej: beskriv åtgärden."))
        if s.ansvarig_id is None:
            fel.append(("svar", f"Punkt {nr} besvarades nej: välj vem som ansvarar för åtgärden."))
        if s.deadline is None:
            fel.append(("svar", f"Punkt {nr} besvarades nej: ange åtgärdens sista datum."))
        elif s.deadline < u.datum:
            fel.append(("svar", f"Punkt {nr}: åtgärdens sista datum ligger före tillsynen."))
    return fel


def _fel_i_rakningar(u: Tillsynsuppgifter) -> list[tuple[str | None, str]]:
    fel: list[tuple[str | None, str]] = []
    if u.typ == Tillsynstyp.NARKOTIKA and not u.rakningar:
        fel.append(("rakningar", "Narkotikaräkningen: räkna minst ett preparat."))
    for nr, r in enumerate(u.rakningar, 1):
        if not r.preparat.strip():
            fel.append(("rakningar", f"Räkning rad {nr}: ange preparatets namn."))
        for varde in (r.journal_saldo, r.raknat_saldo):
            if not 0 <= varde <= MAX_SALDO:
                fel.append(("rakningar", f"Räkning rad {nr}: saldot ska vara 0–{MAX_SALDO}."))
                break
        if r.differens != 0 and not r.kommentar.strip():
            fel.append(
                (
                    "rakningar",
                    f"Räkning rad {nr}: räknat saldo stämmer inte med narkotikajournalen. "
                    "Skriv vad som utretts; differensen blir en avvikelse.",
                )
            )
    return fel
