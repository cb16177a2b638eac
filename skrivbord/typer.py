"""Closed value sets of the domain, stored as their short ASCII value.

Shared vocabulary of every layer: no Qt, no SQLAlchemy. Each enum has a Swedish
label (``.etikett``), marked with ``N_`` so the catalogue script puts it into the
translation catalogue, and translated through skrivbord.oversattning, so the UI,
the CLI and the reports print the same words.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import TYPE_CHECKING

from skrivbord.oversattning import N_, oversatt


class _MedEtikett:
    _etiketter: dict[str, str] = {}

    if TYPE_CHECKING:  # given at run time by the StrEnum the class is mixed into

        @property
        def value(self) -> str: ...

    @property
    def etikett(self) -> str:
        return oversatt(type(self)._etiketter[self.value])


class Enhetstyp(_MedEtikett, StrEnum):
    SABO = "sabo"
    HEMTJANST = "hemtjanst"
    HEMSJUKVARD = "hemsjukvard"
    KORTTID = "korttid"
    LSS = "lss"
    DAGVERKSAMHET = "dagverksamhet"


Enhetstyp._etiketter = {
    "sabo": N_("Särskilt boende"),
    "hemtjanst": N_("Hemtjänst / ordinärt boende"),
    "hemsjukvard": N_("Hemsjukvård"),
    "korttid": N_("Korttidsboende"),
    "lss": N_("LSS-boende"),
    "dagverksamhet": N_("Dagverksamhet"),
}


class Roll(_MedEtikett, StrEnum):
    MAS = "mas"
    ENHETSCHEF = "enhetschef"
    SJUKSKOTERSKA = "sjukskoterska"
    DISTRIKTSSKOTERSKA = "distriktsskoterska"
    FYSIOTERAPEUT = "fysioterapeut"
    ARBETSTERAPEUT = "arbetsterapeut"
    UNDERSKOTERSKA = "underskoterska"
    VARDBITRADE = "vardbitrade"
    ANNAN = "annan"

    @property
    def legitimerad(self) -> bool:
        return self in {
            Roll.MAS,
            Roll.SJUKSKOTERSKA,
            Roll.DISTRIKTSSKOTERSKA,
            Roll.FYSIOTERAPEUT,
            Roll.ARBETSTERAPEUT,
        }

    @property
    def far_delegera(self) -> bool:
        """Licensed staff who delegate health-care tasks in the kommun's care (the MAS
        oversees the delegations but gives none)."""
        return self.legitimerad and self is not Roll.MAS


Roll._etiketter = {
    "mas": N_("Medicinskt ansvarig sjuksköterska (MAS)"),
    "enhetschef": N_("Enhetschef"),
    "sjukskoterska": N_("Sjuksköterska"),
    "distriktsskoterska": N_("Distriktssköterska"),
    "fysioterapeut": N_("Fysioterapeut"),
    "arbetsterapeut": N_("Arbetsterapeut"),
    "underskoterska": N_("Undersköterska"),
    "vardbitrade": N_("Vårdbiträde"),
    "annan": N_("Annan"),
}


class Omfang(_MedEtikett, StrEnum):
    """Which units a plan item is done for (the unit attributes are the truth)."""

    KOMMUNEN = "kommunen"  # one occurrence for the whole kommun (the MAS's summaries)
    ALLA = "alla"
    ENHETSTYPER = "enhetstyper"
    VALDA = "valda"
    LAKEMEDELSFORRAD = "lakemedelsforrad"
    VECKOGENOMGANGAR = "veckogenomgangar"


Omfang._etiketter = {
    "kommunen": N_("Hela kommunen (ett tillfälle)"),
    "alla": N_("Alla aktiva enheter"),
    "enhetstyper": N_("Enheter av valda typer"),
    "valda": N_("Valda enheter"),
    "lakemedelsforrad": N_("Enheter med läkemedelsförråd"),
    "veckogenomgangar": N_("Enheter som gör veckogenomgångar"),
}


class Dokumentkalla(_MedEtikett, StrEnum):
    """The record that documents (and so completes) an occurrence: its own result, or a
    record another module keeps, so nothing is booked twice."""

    RESULTAT = "resultat"
    VECKOGENOMGANG_FALL = "veckogenomgang_fall"
    VECKOGENOMGANG_LAKEMEDEL = "veckogenomgang_lakemedel"
    TILLSYN_NARKOTIKA = "tillsyn_narkotika"
    TILLSYN_OVRIGA = "tillsyn_ovriga"
    TILLSYN_MAS = "tillsyn_mas_intern"
    TILLSYN_EXTERN = "tillsyn_extern"
    LOGG_SYSTEMATISK = "logg_systematisk"
    LOGG_STICKPROV = "logg_stickprov"
    DELEGERINGSGENOMGANG = "delegeringsgenomgang"


Dokumentkalla._etiketter = {
    "resultat": N_("Resultat registreras på tillfället"),
    "veckogenomgang_fall": N_("Veckogenomgång av fallavvikelser"),
    "veckogenomgang_lakemedel": N_("Veckogenomgång av läkemedelsavvikelser"),
    "tillsyn_narkotika": N_("Läkemedelstillsyn: narkotikakontroll"),
    "tillsyn_ovriga": N_("Läkemedelstillsyn: övriga läkemedel"),
    "tillsyn_mas_intern": N_("Läkemedelstillsyn: MAS interna tillsyn"),
    "tillsyn_extern": N_("Läkemedelstillsyn: extern kvalitetsgranskning"),
    "logg_systematisk": N_("Logguppföljning: systematisk kontroll"),
    "logg_stickprov": N_("Logguppföljning: stickprov"),
    "delegeringsgenomgang": N_("Årlig genomgång av enhetens delegeringar"),
}


class Tillfallesstatus(_MedEtikett, StrEnum):
    """The stored state of an occurrence; "försenad" is derived (planned, date passed)."""

    PLANERAD = "planerad"
    UTFORD = "utford"
    EJ_AKTUELL = "ej_aktuell"


Tillfallesstatus._etiketter = {
    "planerad": N_("Planerad"),
    "utford": N_("Utförd"),
    "ej_aktuell": N_("Ej aktuell"),
}


class Tillsynstyp(_MedEtikett, StrEnum):
    NARKOTIKA = "narkotika"
    OVRIGA = "ovriga"
    MAS_INTERN = "mas_intern"
    EXTERN = "extern"


Tillsynstyp._etiketter = {
    "narkotika": N_("Narkotikakontroll (1 gång/månad)"),
    "ovriga": N_("Övriga läkemedel (4 gånger/år)"),
    "mas_intern": N_("MAS interna tillsyn (2 gånger/år)"),
    "extern": N_("Extern kvalitetsgranskning (farmaceut)"),
}


class Tillsynssvar(_MedEtikett, StrEnum):
    """The answer to one checklist item of a läkemedelstillsyn."""

    JA = "ja"
    NEJ = "nej"
    EJ_AKTUELLT = "ej_aktuellt"


Tillsynssvar._etiketter = {
    "ja": N_("Ja"),
    "nej": N_("Nej"),
    "ej_aktuellt": N_("Ej aktuellt"),
}


_KONSEKVENSER = (N_("Ingen skada"), N_("Lindrig"), N_("Måttlig"), N_("Allvarlig"), N_("Dödsfall"))


class Konsekvens(IntEnum):
    """Actual consequence for the patient, ordinal so it sorts and aggregates."""

    INGEN_SKADA = 0
    LINDRIG = 1
    MATTLIG = 2
    ALLVARLIG = 3
    DODSFALL = 4

    @property
    def etikett(self) -> str:
        return oversatt(_KONSEKVENSER[self.value])


class Avvikelsestatus(_MedEtikett, StrEnum):
    REGISTRERAD = "registrerad"
    UNDER_UTREDNING = "under_utredning"
    ATGARDER_BESLUTADE = "atgarder_beslutade"
    UPPFOLJD = "uppfoljd"
    AVSLUTAD = "avslutad"


Avvikelsestatus._etiketter = {
    "registrerad": N_("Registrerad"),
    "under_utredning": N_("Under utredning"),
    "atgarder_beslutade": N_("Åtgärder beslutade"),
    "uppfoljd": N_("Uppföljd"),
    "avslutad": N_("Avslutad"),
}


class LexMaria(_MedEtikett, StrEnum):
    """The lex Maria assessment (PSL 3 kap. 5 §). "Not yet assessed" is its own state,
    so that it never reads as "assessed, not relevant"."""

    EJ_BEDOMD = "ej_bedomd"
    EJ_AKTUELL = "ej_aktuell"
    UTREDS = "utreds"
    ANMALD = "anmald"
    EJ_ANMALD = "ej_anmald"


LexMaria._etiketter = {
    "ej_bedomd": N_("Ej bedömd"),
    "ej_aktuell": N_("Bedömd: ej aktuell"),
    "utreds": N_("Utreds"),
    "anmald": N_("Anmäld till IVO"),
    "ej_anmald": N_("Ej anmäld efter utredning"),
}


class Informerad(_MedEtikett, StrEnum):
    """Who was told of the vårdskada and the anmälan (PSL 3 kap. 8 §: the patient, or
    närstående when the patient cannot be or agrees)."""

    PATIENTEN = "patienten"
    NARSTAENDE = "narstaende"
    BADA = "bada"


Informerad._etiketter = {
    "patienten": N_("Patienten"),
    "narstaende": N_("Närstående"),
    "bada": N_("Patienten och närstående"),
}


class IvoBeslut(_MedEtikett, StrEnum):
    """IVO's decision on a lex Maria anmälan."""

    KOMPLETTERING = "komplettering"
    AVSLUTAT = "avslutat"
    AVSLUTAT_MED_KRITIK = "avslutat_med_kritik"
    FORTSATT_TILLSYN = "fortsatt_tillsyn"


IvoBeslut._etiketter = {
    "komplettering": N_("Begärt komplettering"),
    "avslutat": N_("Avslutat utan kritik"),
    "avslutat_med_kritik": N_("Avslutat med kritik"),
    "fortsatt_tillsyn": N_("Fortsatt tillsyn"),
}
# No lex Maria case: not assessed yet, or assessed as not relevant (the list's "Nej").
INGEN_LEX_MARIA = (LexMaria.EJ_BEDOMD, LexMaria.EJ_AKTUELL)


class Atgardsstatus(_MedEtikett, StrEnum):
    PLANERAD = "planerad"
    PAGAR = "pagar"
    KLAR = "klar"
    STRUKEN = "struken"


Atgardsstatus._etiketter = {
    "planerad": N_("Planerad"),
    "pagar": N_("Pågår"),
    "klar": N_("Klar"),
    "struken": N_("Struken"),
}


class Genomgangstyp(_MedEtikett, StrEnum):
    FALL = "fall"
    LAKEMEDEL = "lakemedel"


# Not "läkemedelsgenomgång": that is the physician-led review of one patient's medicines
# (HSLF-FS 2017:37). The weekly review goes through the unit's medication avvikelser.
Genomgangstyp._etiketter = {
    "fall": N_("Genomgång av fallavvikelser"),
    "lakemedel": N_("Genomgång av läkemedelsavvikelser"),
}


class Kunskapstest(_MedEtikett, StrEnum):
    """The result of the knowledge test before a delegation (HSLF-FS 2017:37 asks for
    documented knowledge before medicines are handled on a delegation)."""

    GODKANT = "godkant"
    EJ_GODKANT = "ej_godkant"


Kunskapstest._etiketter = {
    "godkant": N_("Godkänt"),
    "ej_godkant": N_("Ej godkänt"),
}


class Granskningsresultat(_MedEtikett, StrEnum):
    """The result of the yearly review of a unit's delegations."""

    UTAN_ANMARKNING = "utan_anmarkning"
    BRISTER = "brister"


Granskningsresultat._etiketter = {
    "utan_anmarkning": N_("Utan anmärkning"),
    "brister": N_("Brister som åtgärdas"),
}


class Loggkontrolltyp(_MedEtikett, StrEnum):
    """Slag av logguppföljning: den systematiska varje månad, stickprov, och en riktad
    kontroll när det finns misstanke om obehörig åtkomst."""

    SYSTEMATISK = "systematisk"
    STICKPROV = "stickprov"
    RIKTAD = "riktad"


Loggkontrolltyp._etiketter = {
    "systematisk": N_("Systematisk månadskontroll"),
    "stickprov": N_("Stickprov"),
    "riktad": N_("Riktad kontroll vid misstanke"),
}


class Loggresultat(_MedEtikett, StrEnum):
    INGEN_AVVIKELSE = "ingen_avvikelse"
    AVVIKELSE = "avvikelse"


Loggresultat._etiketter = {
    "ingen_avvikelse": N_("Ingen avvikelse"),
    "avvikelse": N_("Avvikelse upptäckt"),
}


class Loggatgardstyp(_MedEtikett, StrEnum):
    """Vad som gjordes efter en logguppföljning med avvikelse: steg som lag och rutin
    kräver (inte uppföljningsåtgärder, de är gemensamma för alla moduler).

    Personuppgiftsincident: den personuppgiftsansvariga ska anmäla en incident till IMY
    inom 72 timmar efter att den blivit känd (dataskyddsförordningen art. 33), så
    bedömningen görs inom den tiden. Lex Maria: PSL 3 kap. 5 §.
    """

    SAMTAL = "samtal"
    RAPPORT_PUA = "rapport_pua"
    LEX_MARIA = "lex_maria"
    PERSONUPPGIFTSINCIDENT = "personuppgiftsincident"
    ANNAN = "annan"


Loggatgardstyp._etiketter = {
    "samtal": N_("Samtal med medarbetaren"),
    "rapport_pua": N_("Rapport till personuppgiftsansvarig"),
    "lex_maria": N_("Bedömning enligt lex Maria"),
    "personuppgiftsincident": N_("Bedömning av personuppgiftsincident (inom 72 timmar)"),
    "annan": N_("Annan åtgärd"),
}


class Fallskada(_MedEtikett, StrEnum):
    INGEN = "ingen"
    LINDRIG = "lindrig"
    FRAKTUR = "fraktur"
    ANNAN_ALLVARLIG = "annan_allvarlig"


Fallskada._etiketter = {
    "ingen": N_("Ingen skada"),
    "lindrig": N_("Lindrig skada"),
    "fraktur": N_("Fraktur"),
    # The code is older than the label: moderate injuries needing care belong here too,
    # as the konsekvens scale has them (registrering.FALLSKADA_KONSEKVENS).
    "annan_allvarlig": N_("Annan skada som krävt vård"),
}


class Lakemedelssteg(_MedEtikett, StrEnum):
    """The step of the medication chain where it went wrong (issue "Avvikelser, read by
    a MAS"; seed 003 wants förvaring out of "Annat")."""

    ORDINATION = "ordination"
    IORDNINGSTALLANDE = "iordningstallande"
    ADMINISTRERING = "administrering"
    FORVARING = "forvaring"
    NARKOTIKA = "narkotika"
    DOSAPOTEK = "dosapotek"


Lakemedelssteg._etiketter = {
    "ordination": N_("Ordination"),
    "iordningstallande": N_("Iordningställande/dosett"),
    "administrering": N_("Överlämnande/administrering"),
    "forvaring": N_("Förvaring"),
    "narkotika": N_("Narkotika-saldo"),
    "dosapotek": N_("Dosapotek/leverans"),
}


class Lakemedelsfel(_MedEtikett, StrEnum):
    """The kind of medication error, in the order of the steps (``steg``); who
    discovered it is a field of its own (Rapportorgrupp)."""

    ORDINATION = "ordination"
    DOSETT_SAKNAS = "dosett_saknas"
    UTEBLIVEN_DOS = "utebliven_dos"
    FEL_DOS = "fel_dos"
    FEL_TID = "fel_tid"
    FEL_LAKEMEDEL = "fel_lakemedel"
    FEL_PATIENT = "fel_patient"
    SIGNERING_SAKNAS = "signering_saknas"
    FORVARING = "forvaring"
    NARKOTIKA_SALDO = "narkotika_saldo"
    DOSAPOTEK = "dosapotek"

    @property
    def steg(self) -> Lakemedelssteg:
        return _STEG_FOR_FEL.get(self.value, Lakemedelssteg.ADMINISTRERING)


Lakemedelsfel._etiketter = {
    "ordination": N_("Fel eller oklar ordination"),
    "dosett_saknas": N_("Dosett saknas / läkemedel slut"),
    "utebliven_dos": N_("Utebliven dos"),
    "fel_dos": N_("Fel dos"),
    "fel_tid": N_("Fel tid"),
    "fel_lakemedel": N_("Fel läkemedel"),
    "fel_patient": N_("Fel patient"),
    "signering_saknas": N_("Signering saknas"),
    "forvaring": N_("Felaktig förvaring"),
    "narkotika_saldo": N_("Narkotikasaldot stämmer inte"),
    "dosapotek": N_("Fel eller försenad dosleverans"),
}
_STEG_FOR_FEL = {
    "ordination": Lakemedelssteg.ORDINATION,
    "dosett_saknas": Lakemedelssteg.IORDNINGSTALLANDE,
    "forvaring": Lakemedelssteg.FORVARING,
    "narkotika_saldo": Lakemedelssteg.NARKOTIKA,
    "dosapotek": Lakemedelssteg.DOSAPOTEK,
}


class Rapportorgrupp(_MedEtikett, StrEnum):
    """Who discovered and reported a medication error."""

    OMSORGSPERSONAL = "omsorgspersonal"
    SJUKSKOTERSKA = "sjukskoterska"


Rapportorgrupp._etiketter = {
    "omsorgspersonal": N_("Omsorgspersonal"),
    "sjukskoterska": N_("Sjuksköterska"),
}


class Motpart(_MedEtikett, StrEnum):
    REGION_AVDELNING = "region_avdelning"
    VARDCENTRAL = "vardcentral"
    PSYKIATRI = "psykiatri"
    AMBULANS = "ambulans"
    APOTEK = "apotek"
    ANNAN_KOMMUN = "annan_kommun"
    PRIVAT_VARDGIVARE = "privat_vardgivare"


Motpart._etiketter = {
    "region_avdelning": N_("Regionens sjukhusavdelning"),
    "vardcentral": N_("Vårdcentral"),
    "psykiatri": N_("Psykiatri"),
    "ambulans": N_("Ambulanssjukvård"),
    "apotek": N_("Dosapotek/apotek"),
    "annan_kommun": N_("Annan kommun"),
    "privat_vardgivare": N_("Privat vårdgivare"),
}


class Riktning(_MedEtikett, StrEnum):
    """Whether the kommun received the avvikelse from the other caregiver or sent it."""

    MOTTAGEN = "mottagen"
    SKICKAD = "skickad"


Riktning._etiketter = {
    "mottagen": N_("Mottagen från motparten"),
    "skickad": N_("Skickad till motparten"),
}


class Oenighet(_MedEtikett, StrEnum):
    """The escalation step of a disagreement between caregivers (seed 004, the regional
    eskaleringstrappa: first-line managers, the next management level, then tvist at the
    highest management or political level)."""

    STEG1 = "steg1"
    STEG2 = "steg2"
    TVIST = "tvist"


Oenighet._etiketter = {
    "steg1": N_("Oenighet: första linjens chefer"),
    "steg2": N_("Oenighet: nästa ledningsnivå"),
    "tvist": N_("Tvist: högsta chefs- eller politisk nivå"),
}


class Orsaksomrade(_MedEtikett, StrEnum):
    KOMMUNIKATION = "kommunikation"
    RUTINER = "rutiner"
    KOMPETENS = "kompetens"
    BEMANNING = "bemanning"
    TEKNIK_MTP = "teknik_mtp"
    MILJO = "miljo"
    ORGANISATION = "organisation"
    PATIENTFAKTORER = "patientfaktorer"


Orsaksomrade._etiketter = {
    "kommunikation": N_("Kommunikation"),
    "rutiner": N_("Rutiner"),
    "kompetens": N_("Kompetens"),
    "bemanning": N_("Bemanning"),
    "teknik_mtp": N_("Teknik/MTP"),
    "miljo": N_("Miljö"),
    "organisation": N_("Organisation"),
    "patientfaktorer": N_("Patientfaktorer"),
}
