"""What a delegation decision holds, and the rules it must keep.

Sources: Socialstyrelsens föreskrifter (SOSFS 1997:14) om delegering av arbetsuppgifter
inom hälso- och sjukvård och tandvård: a decision is personal and written, is given by
licensed staff with the formal competence, is limited in time to at most one year and
can be revoked at any time. For medicines also Socialstyrelsens föreskrifter och
allmänna råd (HSLF-FS 2017:37) om ordination och hantering av läkemedel i hälso- och
sjukvården: the person who hands over or gives medicines on a delegation has documented
knowledge of medicine handling and its risks (the training and the knowledge test).
The kommun's routine (seed 003) adds that the MAS is told of each decision.

Every rule a user can break becomes a Swedish sentence naming its field, all at once
(``OgiltigUppgift.alla``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from skrivbord import personnummer
from skrivbord.fel import OgiltigUppgift
from skrivbord.typer import Kunskapstest, Roll

ETIKETTER = {
    "delegerad_id": "Delegeringen ges till",
    "delegerande_id": "Delegerande legitimerad personal",
    "uppgifter": "Arbetsuppgifter",
    "enhet_ids": "Enheter",
    "giltig_fran": "Gäller från",
    "giltig_till": "Gäller till och med",
    "utbildning_datum": "Utbildning genomförd",
    "kunskapstest_datum": "Kunskapstest",
    "kunskapstest": "Resultat av kunskapstestet",
    "mas_informerad_datum": "MAS informerad",
    "villkor": "Villkor och begränsningar",
    "orsak": "Orsak",
    "aterkallad_av_id": "Återkallad av",
}
TEXT_HOGST = 2000
DELEGERANDE_ROLLER = tuple(r for r in Roll if r.far_delegera)


def sista_giltiga_dag(fran: date) -> date:
    """The last day a decision from ``fran`` may hold: one year, the day before the same
    date next year (29 February counts from 28 February)."""
    try:
        arsdag = fran.replace(year=fran.year + 1)
    except ValueError:  # 29 February
        arsdag = date(fran.year + 1, 3, 1)
    return arsdag - timedelta(days=1)


@dataclass(frozen=True)
class Beslutsuppgifter:
    """The form's fields of a new decision (or a renewal)."""

    delegerad_id: int | None
    delegerande_id: int | None
    uppgifter: tuple[str, ...]
    enhet_ids: tuple[int, ...]
    giltig_fran: date
    giltig_till: date
    utbildning_datum: date | None = None
    kunskapstest_datum: date | None = None
    kunskapstest: Kunskapstest | None = None
    mas_informerad_datum: date | None = None
    villkor: str = ""


@dataclass(frozen=True)
class Parter:
    """What the rules need to know of the two people (read by the caller)."""

    delegerad_roll: Roll | None
    delegerad_aktiv: bool
    delegerande_roll: Roll | None
    delegerande_aktiv: bool
    delegerande_namn: str = ""


def _datumfel(u: Beslutsuppgifter) -> list[tuple[str | None, str]]:
    fel: list[tuple[str | None, str]] = []
    if u.giltig_till <= u.giltig_fran:
        fel.append(("giltig_till", "Delegeringen måste sluta efter den dag den börjar gälla."))
    elif u.giltig_till > sista_giltiga_dag(u.giltig_fran):
        fel.append(
            (
                "giltig_till",
                "En delegering får gälla högst ett år (SOSFS 1997:14): sista dag för ett "
                f"beslut från {u.giltig_fran.isoformat()} är "
                f"{sista_giltiga_dag(u.giltig_fran).isoformat()}.",
            )
        )
    for falt, datum in (
        ("utbildning_datum", u.utbildning_datum),
        ("kunskapstest_datum", u.kunskapstest_datum),
    ):
        if datum is not None and datum > u.giltig_fran:
            fel.append((falt, f"{ETIKETTER[falt]} ska vara gjort innan delegeringen börjar gälla."))
    return fel


def _kunskapsfel(u: Beslutsuppgifter) -> list[tuple[str | None, str]]:
    if u.kunskapstest is Kunskapstest.EJ_GODKANT:
        return [
            (
                "kunskapstest",
                "En delegering kan inte ges när kunskapstestet inte är godkänt. Låt personen "
                "göra om testet och registrera beslutet när det är godkänt.",
            )
        ]
    if u.kunskapstest is not None and u.kunskapstest_datum is None:
        return [("kunskapstest_datum", "Ange vilket datum kunskapstestet gjordes.")]
    return []


def _partsfel(u: Beslutsuppgifter, p: Parter) -> list[tuple[str | None, str]]:
    fel: list[tuple[str | None, str]] = []
    if u.delegerad_id is None or p.delegerad_roll is None:
        fel.append(("delegerad_id", "Välj den person som får delegeringen."))
    elif not p.delegerad_aktiv:
        fel.append(
            (
                "delegerad_id",
                "Personen är inaktiv i personalregistret och kan inte få en ny delegering.",
            )
        )
    if u.delegerande_id is None or p.delegerande_roll is None:
        fel.append(("delegerande_id", "Välj den legitimerade personal som delegerar."))
    elif p.delegerande_roll not in DELEGERANDE_ROLLER:
        roller = ", ".join(r.etikett.lower() for r in DELEGERANDE_ROLLER)
        fel.append(
            (
                "delegerande_id",
                f"Bara legitimerad personal ({roller}) kan delegera; "
                f"{p.delegerande_namn or 'den valda personen'} är registrerad som "
                f"{p.delegerande_roll.etikett.lower()}.",
            )
        )
    elif not p.delegerande_aktiv:
        fel.append(
            ("delegerande_id", "Den delegerande är inaktiv i personalregistret. Välj en annan.")
        )
    if u.delegerad_id is not None and u.delegerad_id == u.delegerande_id:
        fel.append(("delegerad_id", "En person kan inte delegera en uppgift till sig själv."))
    return fel


def fel_i(
    u: Beslutsuppgifter, parter: Parter, aktiva_uppgifter: set[str], aktiva_enheter: set[int]
) -> list[tuple[str | None, str]]:
    """Every rule the decision breaks, as (field, sentence)."""
    fel = _partsfel(u, parter)
    if not u.uppgifter:
        fel.append(("uppgifter", "Välj minst en arbetsuppgift som delegeras."))
    elif okanda := [k for k in u.uppgifter if k not in aktiva_uppgifter]:
        fel.append(
            (
                "uppgifter",
                f"Uppgiften {okanda[0]} finns inte i katalogen eller är tagen ur bruk.",
            )
        )
    if not u.enhet_ids:
        fel.append(("enhet_ids", "Välj minst en enhet där delegeringen gäller."))
    elif any(e not in aktiva_enheter for e in u.enhet_ids):
        fel.append(("enhet_ids", "En av de valda enheterna finns inte längre eller är inaktiv."))
    fel += _datumfel(u) + _kunskapsfel(u)
    if len(u.villkor) > TEXT_HOGST:
        fel.append(("villkor", f"Villkoren får vara högst {TEXT_HOGST} tecken."))
    fel += personnummer.fel_i_falt({"villkor": (ETIKETTER["villkor"], u.villkor)})
    return fel


def kontrollera(
    u: Beslutsuppgifter, parter: Parter, aktiva_uppgifter: set[str], aktiva_enheter: set[int]
) -> None:
    OgiltigUppgift.om_nagot(fel_i(u, parter, aktiva_uppgifter, aktiva_enheter))
