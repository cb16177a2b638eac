"""Vad ett protokoll för logguppföljning innehåller, och reglerna för det.

Formulärets data färdas som ``Logguppgifter``. Varje regel som en användare kan bryta
blir en ``OgiltigUppgift`` med en svensk mening som namnger fältet, alla på en gång
(``OgiltigUppgift.alla``). Varje fritext prövas mot personnummer och samordningsnummer
(skrivbord/personnummer.py): protokollet får inte innehålla uppgifter som kan
identifiera en patient (HSLF-FS 2016:40 4 kap. 9 §; seed 003: "Inga uppgifter lämnas
i protokollmall som kan härledas till den enskilde").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from skrivbord import personnummer
from skrivbord.fel import OgiltigUppgift
from skrivbord.typer import Loggatgardstyp, Loggkontrolltyp, Loggresultat

# The fields' labels, as the form and the messages name them.
ETIKETTER = {
    "datum": "Datum för granskningen",
    "typ": "Slag av kontroll",
    "period_fran": "Granskad period från",
    "period_till": "Granskad period till",
    "system": "Journalsystem",
    "enhet_id": "Enhet",
    "utford_av_id": "Granskare",
    "antal_anvandare": "Antal användare",
    "antal_atkomster": "Antal journalåtkomster",
    "antal_avvikande": "Antal avvikande åtkomster",
    "metod": "Metod",
    "resultat": "Resultat",
    "avvikelse_beskrivning": "Beskrivning av avvikelsen",
    "iakttagelser": "Övriga iakttagelser",
    "atgarder": "Vidtagna åtgärder",
    "signerad_av_id": "Signerad av",
    "signerad_datum": "Signeringsdatum",
}
TEXT_HOGST = 4000  # characters in one free-text field
INCIDENT_INOM = timedelta(hours=72)  # dataskyddsförordningen art. 33


@dataclass(frozen=True)
class LoggAtgard:
    """Ett steg efter en avvikelse: vad, när, och en kort anteckning utan patientuppgifter."""

    typ: Loggatgardstyp
    datum: date
    anteckning: str = ""

    def efter_72_timmar(self, granskad: date) -> bool:
        """En bedömning av personuppgiftsincident senare än 72 timmar efter granskningen
        (då avvikelsen blev känd); räknat i hela dagar, så dag 3 är i tid."""
        return (
            self.typ is Loggatgardstyp.PERSONUPPGIFTSINCIDENT
            and self.datum - granskad > INCIDENT_INOM
        )


@dataclass(frozen=True)
class Logguppgifter:
    """Det som formuläret håller."""

    datum: date
    typ: Loggkontrolltyp
    period_fran: date
    period_till: date
    system: str
    utford_av_id: int | None
    antal_anvandare: int
    antal_atkomster: int
    metod: str
    resultat: Loggresultat = Loggresultat.INGEN_AVVIKELSE
    antal_avvikande: int = 0
    enhet_id: int | None = None  # None: hela kommunen
    avvikelse_beskrivning: str = ""
    iakttagelser: str = ""
    atgarder: tuple[LoggAtgard, ...] = field(default_factory=tuple)
    signerad_av_id: int | None = None
    signerad_datum: date | None = None

    def fritexter(self) -> dict[str, tuple[str, str]]:
        """Varje fritext: fältets namn → (etikett, text)."""
        texter = {
            namn: (ETIKETTER[namn], getattr(self, namn))
            for namn in ("system", "metod", "avvikelse_beskrivning", "iakttagelser")
        }
        for nummer, atgard in enumerate(self.atgarder, start=1):
            texter[f"atgarder.{nummer}"] = (
                f"{ETIKETTER['atgarder']}, rad {nummer} ({atgard.typ.etikett})",
                atgard.anteckning,
            )
        return texter


Fel = list[tuple[str | None, str]]


def validera(uppgifter: Logguppgifter, idag: date | None = None) -> None:
    """Alla regler som protokollet bryter, på en gång, var och en med sitt fält."""
    idag = idag or date.today()
    u = uppgifter
    fel = _fel_i_datum(u, idag) + _fel_i_urval(u) + _fel_i_resultat(u)
    fel += _fel_i_atgarder(u, idag) + _fel_i_signering(u, idag)
    if u.utford_av_id is None:
        fel.append(("utford_av_id", "Granskare: välj vem som gjorde granskningen."))
    if not u.system.strip():
        fel.append(("system", "Journalsystem: välj eller skriv in vilket system som granskades."))
    if not u.metod.strip():
        fel.append(("metod", "Metod: beskriv kort hur loggarna togs fram och granskades."))
    for namn, (etikett, text) in u.fritexter().items():
        if len(text) > TEXT_HOGST:
            fel.append((_falt(namn), f"{etikett}: texten får vara högst {TEXT_HOGST} tecken."))
    fel += [(_falt(namn), text) for namn, text in personnummer.fel_i_falt(u.fritexter())]
    OgiltigUppgift.om_nagot(fel)


def _falt(namn: str | None) -> str | None:
    """The form's field for a message: every action row belongs to "atgarder"."""
    return "atgarder" if namn and namn.startswith("atgarder.") else namn


def _fel_i_datum(u: Logguppgifter, idag: date) -> Fel:
    fel: Fel = []
    if u.datum > idag:
        fel.append(("datum", "Datum för granskningen kan inte ligga i framtiden."))
    if u.period_fran > u.period_till:
        fel.append(("period_till", "Granskad period: slutdatum kan inte ligga före startdatum."))
    if u.period_till > u.datum:
        fel.append(
            ("period_till", "Granskad period: loggarna kan inte gälla tiden efter granskningen.")
        )
    return fel


def _fel_i_urval(u: Logguppgifter) -> Fel:
    fel: Fel = []
    for namn, minst in (("antal_anvandare", 1), ("antal_atkomster", 1), ("antal_avvikande", 0)):
        if getattr(u, namn) < minst:
            fel.append((namn, f"{ETIKETTER[namn]}: ange ett antal, minst {minst}."))
    if u.antal_avvikande > u.antal_atkomster:
        fel.append(
            (
                "antal_avvikande",
                "Antal avvikande åtkomster kan inte vara fler än de granskade åtkomsterna.",
            )
        )
    return fel


def _fel_i_resultat(u: Logguppgifter) -> Fel:
    fel: Fel = []
    if u.resultat is Loggresultat.AVVIKELSE:
        if not u.avvikelse_beskrivning.strip():
            fel.append(
                (
                    "avvikelse_beskrivning",
                    "Beskrivning av avvikelsen: beskriv vad som upptäcktes, utan uppgifter "
                    "som kan identifiera patienten.",
                )
            )
        if u.antal_avvikande < 1:
            fel.append(("antal_avvikande", "Antal avvikande åtkomster: ange hur många som avvek."))
        return fel
    if u.antal_avvikande:
        fel.append(
            (
                "resultat",
                "Resultat: avvikande åtkomster är angivna, så välj Avvikelse upptäckt.",
            )
        )
    if u.avvikelse_beskrivning.strip():
        fel.append(
            (
                "avvikelse_beskrivning",
                "Beskrivning av avvikelsen: ingen avvikelse är vald; töm fältet eller välj "
                "Avvikelse upptäckt.",
            )
        )
    if u.atgarder:
        fel.append(("atgarder", "Vidtagna åtgärder: åtgärder hör till en upptäckt avvikelse."))
    return fel


def _fel_i_atgarder(u: Logguppgifter, idag: date) -> Fel:
    fel: Fel = []
    for nummer, atgard in enumerate(u.atgarder, start=1):
        rad = f"Vidtagna åtgärder, rad {nummer} ({atgard.typ.etikett})"
        if atgard.datum < u.datum:
            fel.append(("atgarder", f"{rad}: datumet kan inte ligga före granskningen."))
        if atgard.datum > idag:
            fel.append(("atgarder", f"{rad}: datumet kan inte ligga i framtiden."))
        if atgard.typ is Loggatgardstyp.ANNAN and not atgard.anteckning.strip():
            fel.append(("atgarder", f"{rad}: skriv kort vad som gjordes."))
    return fel


def _fel_i_signering(u: Logguppgifter, idag: date) -> Fel:
    fel: Fel = []
    if (u.signerad_av_id is None) != (u.signerad_datum is None):
        falt = "signerad_datum" if u.signerad_datum is None else "signerad_av_id"
        fel.append((falt, "Signering: ange både vem som signerade och när, eller ingetdera."))
    if u.signerad_datum is not None:
        if u.signerad_datum < u.datum:
            fel.append(("signerad_datum", "Signeringsdatum kan inte ligga före granskningen."))
        if u.signerad_datum > idag:
            fel.append(("signerad_datum", "Signeringsdatum kan inte ligga i framtiden."))
    return fel
