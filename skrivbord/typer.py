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
    FYSIOTERAPEUT = "fysioterapeut"
    ARBETSTERAPEUT = "arbetsterapeut"
    UNDERSKOTERSKA = "underskoterska"
    VARDBITRADE = "vardbitrade"
    ANNAN = "annan"

    @property
    def legitimerad(self) -> bool:
        return self in {Roll.MAS, Roll.SJUKSKOTERSKA, Roll.FYSIOTERAPEUT, Roll.ARBETSTERAPEUT}


Roll._etiketter = {
    "mas": N_("Medicinskt ansvarig sjuksköterska (MAS)"),
    "enhetschef": N_("Enhetschef"),
    "sjukskoterska": N_("Sjuksköterska"),
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
    LOGG_SYSTEMATISK = "logg_systematisk"
    LOGG_STICKPROV = "logg_stickprov"


Dokumentkalla._etiketter = {
    "resultat": N_("Resultat registreras på tillfället"),
    "veckogenomgang_fall": N_("Veckogenomgång av fallavvikelser"),
    "veckogenomgang_lakemedel": N_("Veckogenomgång av läkemedelsavvikelser"),
    "tillsyn_narkotika": N_("Läkemedelstillsyn: narkotikakontroll"),
    "tillsyn_ovriga": N_("Läkemedelstillsyn: övriga läkemedel"),
    "tillsyn_mas_intern": N_("Läkemedelstillsyn: MAS interna tillsyn"),
    "logg_systematisk": N_("Logguppföljning: systematisk kontroll"),
    "logg_stickprov": N_("Logguppföljning: stickprov"),
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


Tillsynstyp._etiketter = {
    "narkotika": N_("Narkotikakontroll (1 gång/månad)"),
    "ovriga": N_("Övriga läkemedel (4 gånger/år)"),
    "mas_intern": N_("MAS interna tillsyn (2 gånger/år)"),
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


class Loggkontrolltyp(_MedEtikett, StrEnum):
    SYSTEMATISK = "systematisk"
    STICKPROV = "stickprov"


Loggkontrolltyp._etiketter = {
    "systematisk": N_("Systematisk månadskontroll"),
    "stickprov": N_("Stickprov"),
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
    "annan_allvarlig": N_("Annan allvarlig skada"),
}


class Lakemedelsfel(_MedEtikett, StrEnum):
    UTEBLIVEN_DOS = "utebliven_dos"
    FEL_DOS = "fel_dos"
    FEL_TID = "fel_tid"
    FEL_LAKEMEDEL = "fel_lakemedel"
    FEL_PATIENT = "fel_patient"
    DOSETT_SAKNAS = "dosett_saknas"
    SIGNERING_SAKNAS = "signering_saknas"


Lakemedelsfel._etiketter = {
    "utebliven_dos": N_("Utebliven dos"),
    "fel_dos": N_("Fel dos"),
    "fel_tid": N_("Fel tid"),
    "fel_lakemedel": N_("Fel läkemedel"),
    "fel_patient": N_("Fel patient"),
    "dosett_saknas": N_("Dosett saknas / läkemedel slut"),
    "signering_saknas": N_("Signering saknas"),
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
    ANNAN_KOMMUN = "annan_kommun"
    PRIVAT_VARDGIVARE = "privat_vardgivare"


Motpart._etiketter = {
    "region_avdelning": N_("Regionens sjukhusavdelning"),
    "vardcentral": N_("Vårdcentral"),
    "annan_kommun": N_("Annan kommun"),
    "privat_vardgivare": N_("Privat vårdgivare"),
}


class Overenskommelse(_MedEtikett, StrEnum):
    UTSKRIVNING = "utskrivning"
    LAKEMEDELSLISTA = "lakemedelslista"
    INFORMATIONSOVERFORING = "informationsoverforing"
    HJALPMEDEL = "hjalpmedel"
    ANNAT = "annat"


Overenskommelse._etiketter = {
    "utskrivning": N_("Utskrivning"),
    "lakemedelslista": N_("Läkemedelslista"),
    "informationsoverforing": N_("Informationsöverföring"),
    "hjalpmedel": N_("Hjälpmedel"),
    "annat": N_("Annat"),
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
