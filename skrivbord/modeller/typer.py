"""Closed value sets of the domain, stored as their short ASCII value.

Each enum has a Swedish label for the UI (``.etikett``).
"""

from __future__ import annotations

from enum import IntEnum, StrEnum

from sqlalchemy import Enum as SaEnum


class _MedEtikett:
    _etiketter: dict[str, str] = {}

    @property
    def etikett(self) -> str:
        return type(self)._etiketter[self.value]  # type: ignore[attr-defined]


class Enhetstyp(_MedEtikett, StrEnum):
    SABO = "sabo"
    HEMTJANST = "hemtjanst"
    HEMSJUKVARD = "hemsjukvard"
    KORTTID = "korttid"
    LSS = "lss"
    DAGVERKSAMHET = "dagverksamhet"


Enhetstyp._etiketter = {
    "sabo": "Särskilt boende",
    "hemtjanst": "Hemtjänst / ordinärt boende",
    "hemsjukvard": "Hemsjukvård",
    "korttid": "Korttidsboende",
    "lss": "LSS-boende",
    "dagverksamhet": "Dagverksamhet",
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
    "mas": "Medicinskt ansvarig sjuksköterska (MAS)",
    "enhetschef": "Enhetschef",
    "sjukskoterska": "Sjuksköterska",
    "fysioterapeut": "Fysioterapeut",
    "arbetsterapeut": "Arbetsterapeut",
    "underskoterska": "Undersköterska",
    "vardbitrade": "Vårdbiträde",
    "annan": "Annan",
}


class Frekvens(_MedEtikett, StrEnum):
    VECKA = "vecka"
    MANAD = "manad"
    KVARTAL = "kvartal"
    HALVAR = "halvar"
    AR = "ar"

    @property
    def per_ar(self) -> int:
        return {"vecka": 52, "manad": 12, "kvartal": 4, "halvar": 2, "ar": 1}[self.value]


Frekvens._etiketter = {
    "vecka": "Varje vecka",
    "manad": "1 gång/månad",
    "kvartal": "4 gånger/år",
    "halvar": "2 gånger/år",
    "ar": "1 gång/år",
}


class Tillfallesstatus(_MedEtikett, StrEnum):
    PLANERAD = "planerad"
    UTFORD = "utford"
    INSTALLD = "installd"


Tillfallesstatus._etiketter = {"planerad": "Planerad", "utford": "Utförd", "installd": "Inställd"}


class Tillsynstyp(_MedEtikett, StrEnum):
    NARKOTIKA = "narkotika"
    OVRIGA = "ovriga"
    MAS_INTERN = "mas_intern"


Tillsynstyp._etiketter = {
    "narkotika": "Narkotikakontroll (1 gång/månad)",
    "ovriga": "Övriga läkemedel (4 gånger/år)",
    "mas_intern": "MAS interna tillsyn (2 gånger/år)",
}


class Konsekvens(IntEnum):
    """Actual consequence for the patient, ordinal so it sorts and aggregates."""

    INGEN_SKADA = 0
    LINDRIG = 1
    MATTLIG = 2
    ALLVARLIG = 3
    DODSFALL = 4

    @property
    def etikett(self) -> str:
        return ["Ingen skada", "Lindrig", "Måttlig", "Allvarlig", "Dödsfall"][self.value]


class Avvikelsestatus(_MedEtikett, StrEnum):
    REGISTRERAD = "registrerad"
    UNDER_UTREDNING = "under_utredning"
    ATGARDER_BESLUTADE = "atgarder_beslutade"
    UPPFOLJD = "uppfoljd"
    AVSLUTAD = "avslutad"


Avvikelsestatus._etiketter = {
    "registrerad": "Registrerad",
    "under_utredning": "Under utredning",
    "atgarder_beslutade": "Åtgärder beslutade",
    "uppfoljd": "Uppföljd",
    "avslutad": "Avslutad",
}


class LexMaria(_MedEtikett, StrEnum):
    EJ_AKTUELL = "ej_aktuell"
    UTREDS = "utreds"
    ANMALD = "anmald"
    EJ_ANMALD = "ej_anmald"


LexMaria._etiketter = {
    "ej_aktuell": "Ej aktuell",
    "utreds": "Utreds",
    "anmald": "Anmäld till IVO",
    "ej_anmald": "Ej anmäld efter utredning",
}


class Atgardsstatus(_MedEtikett, StrEnum):
    PLANERAD = "planerad"
    PAGAR = "pagar"
    KLAR = "klar"
    STRUKEN = "struken"


Atgardsstatus._etiketter = {
    "planerad": "Planerad",
    "pagar": "Pågår",
    "klar": "Klar",
    "struken": "Struken",
}


class Genomgangstyp(_MedEtikett, StrEnum):
    FALL = "fall"
    LAKEMEDEL = "lakemedel"


Genomgangstyp._etiketter = {"fall": "Fallgenomgång", "lakemedel": "Läkemedelsgenomgång"}


class Loggkontrolltyp(_MedEtikett, StrEnum):
    SYSTEMATISK = "systematisk"
    STICKPROV = "stickprov"


Loggkontrolltyp._etiketter = {"systematisk": "Systematisk månadskontroll", "stickprov": "Stickprov"}


def kolumntyp(enum: type[StrEnum], langd: int = 24) -> SaEnum:
    """Store a StrEnum as its value in a plain VARCHAR (no CHECK: migrations stay simple)."""
    return SaEnum(
        enum,
        native_enum=False,
        create_constraint=False,
        length=langd,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class Fallskada(_MedEtikett, StrEnum):
    INGEN = "ingen"
    LINDRIG = "lindrig"
    FRAKTUR = "fraktur"
    ANNAN_ALLVARLIG = "annan_allvarlig"


Fallskada._etiketter = {
    "ingen": "Ingen skada",
    "lindrig": "Lindrig skada",
    "fraktur": "Fraktur",
    "annan_allvarlig": "Annan allvarlig skada",
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
    "utebliven_dos": "Utebliven dos",
    "fel_dos": "Fel dos",
    "fel_tid": "Fel tid",
    "fel_lakemedel": "Fel läkemedel",
    "fel_patient": "Fel patient",
    "dosett_saknas": "Dosett saknas / läkemedel slut",
    "signering_saknas": "Signering saknas",
}


class Rapportorgrupp(_MedEtikett, StrEnum):
    """Who discovered and reported a medication error."""

    OMSORGSPERSONAL = "omsorgspersonal"
    SJUKSKOTERSKA = "sjukskoterska"


Rapportorgrupp._etiketter = {"omsorgspersonal": "Omsorgspersonal", "sjukskoterska": "Sjuksköterska"}


class Motpart(_MedEtikett, StrEnum):
    REGION_AVDELNING = "region_avdelning"
    VARDCENTRAL = "vardcentral"
    ANNAN_KOMMUN = "annan_kommun"
    PRIVAT_VARDGIVARE = "privat_vardgivare"


Motpart._etiketter = {
    "region_avdelning": "Regionens sjukhusavdelning",
    "vardcentral": "Vårdcentral",
    "annan_kommun": "Annan kommun",
    "privat_vardgivare": "Privat vårdgivare",
}


class Overenskommelse(_MedEtikett, StrEnum):
    UTSKRIVNING = "utskrivning"
    LAKEMEDELSLISTA = "lakemedelslista"
    INFORMATIONSOVERFORING = "informationsoverforing"
    HJALPMEDEL = "hjalpmedel"
    ANNAT = "annat"


Overenskommelse._etiketter = {
    "utskrivning": "Utskrivning",
    "lakemedelslista": "Läkemedelslista",
    "informationsoverforing": "Informationsöverföring",
    "hjalpmedel": "Hjälpmedel",
    "annat": "Annat",
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
    "kommunikation": "Kommunikation",
    "rutiner": "Rutiner",
    "kompetens": "Kompetens",
    "bemanning": "Bemanning",
    "teknik_mtp": "Teknik/MTP",
    "miljo": "Miljö",
    "organisation": "Organisation",
    "patientfaktorer": "Patientfaktorer",
}
