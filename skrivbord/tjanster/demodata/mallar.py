"""Avvikelse templates: what an avvikelse is about, built from text fragments per category.

The fragments (resurser/demo/<kod>.txt) never name a patient, an age, a room or a
date. A template fixes everything but date, unit and status, which are drawn per row
(avvikelser.py); it holds its column values once per status, as they stand then.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping
from dataclasses import dataclass

from skrivbord.resurser import resurs
from skrivbord.tjanster.avvikelser import risk
from skrivbord.tjanster.avvikelser.flode import RISK_KRAVER_BEDOMNING
from skrivbord.typer import Roll

# The workflow's steps, in order.
STATUS = ("registrerad", "under_utredning", "atgarder_beslutade", "uppfoljd", "avslutad")

# The template's columns, in the order of Mall.varianter's tuples (markers: see Laddning.infoga).
MALLKOLUMNER = (
    "rapportor_roll, kategori_id, underkategori, beskrivning, omedelbar_atgard, konsekvens, "
    "risk_konsekvens#, risk_sannolikhet#, mellan_vardgivare, annat_orsak, fall_plats?, "
    "fall_aktivitet?, fall_skada?, lakemedel_feltyp?, lakemedel_upptackt_av?, motpart?, "
    "motpart_enhet?, overenskommelse?, overenskommelse_text, motpart_svar, handelseanalys#, "
    "analys_text"
)

_FOLJDER = {  # consequence sentences by Konsekvens (falls have their own)
    0: "Ingen skada uppstod.|Upptäcktes i tid, ingen påverkan på vårdtagaren.|"
    "Ingen märkbar påverkan.|Vårdtagaren mådde bra efteråt.",
    1: "Lindrigt obehag för vårdtagaren.|Kortvarig påverkan på allmäntillståndet.|"
    "Vårdtagaren var orolig en stund efteråt.",
    2: "Vårdtagaren fick tillfälligt försämrat allmäntillstånd.|"
    "Behov av extra insatser från sjuksköterska under flera dagar.",
    3: "Vårdtagaren fick åka in till akuten.|Inlagd på sjukhus för vidare bedömning.",
    4: "Vårdtagaren avled senare; händelsen utreds av MAS.",
}
_FALLFOLJDER = {
    0: "Inga synliga skador.|Ingen skada uppstod.|Kunde resa sig själv.",
    1: "Blåmärke på armen.|Skrapsår på knät som gjordes rent.|"
    "Rodnad på höften, lätt smärta vid belastning.",
    2: "Sårskada på pannan som behövde sys på vårdcentralen.|"
    "Kraftig smärta i handleden, röntgen beställd.",
    3: "Misstänkt höftfraktur, ambulans tillkallad.|Fraktur konstaterad på sjukhus.",
    4: "Avled senare på sjukhus efter fallet; händelsen utreds av MAS.",
}
_FALLSKADA = {0: "ingen", 1: "lindrig", 2: "annan_allvarlig", 3: "fraktur", 4: "fraktur"}
_NAR = (
    "under natten",
    "vid morgonbesöket",
    "på förmiddagen",
    "i samband med lunch",
    "på eftermiddagen",
    "vid kvällsbesöket",
    "under helgen",
    "vid skiftbytet",
)
_MOTPARTER = (
    ("region_avdelning", "Medicinkliniken"),
    ("region_avdelning", "Ortopedavdelningen"),
    ("region_avdelning", "Geriatriska kliniken"),
    ("region_avdelning", "Akutmottagningen"),
    ("vardcentral", "Hälsocentralen"),
    ("vardcentral", "Vårdcentralen Centrum"),
    ("annan_kommun", "Grannkommunens hemsjukvård"),
    ("privat_vardgivare", "Privat läkarmottagning"),
    ("psykiatri", "Psykiatriska öppenvården"),
    ("ambulans", "Ambulanssjukvården"),
    ("apotek", "Dosapoteket"),
)
# The agreement not followed, by category (and counterpart where it decides), and a
# sentence that fits it (issue "Avvikelser, read by a MAS": one sentence for all was
# wrong, and informationsöverföring never occurred).
_OVERENSKOMMELSE = {
    "informationsoverforing": "informationsoverforing",
    "lakemedel": "lakemedelslista",
    "hjalpmedel": "hjalpmedel",
    "vard_behandling": "lakarmedverkan",
    "utebliven_insats": "hsl_avtalet",
}
_OVERENSKOMMELSE_TEXT = {
    "utskrivning": "Samverkan vid utskrivning enligt lag (2017:612) följdes inte: "
    "informationen kom först efter hemgången.",
    "lakemedelslista": "Läkemedelslistan stämde inte med dosrullen.",
    "lakarmedverkan": "Ingen läkare gick att nå för bedömning, trots avtalad läkarmedverkan.",
    "hjalpmedel": "Hjälpmedel som skulle finnas vid hemgången saknades.",
    "hsl_avtalet": "Ansvarsfördelningen enligt hälso- och sjukvårdsavtalet följdes inte.",
    "informationsoverforing": "Information om patientens behov fördes inte över mellan "
    "vårdgivarna.",
    "annat": "Den gemensamma rutinen mellan vårdgivarna följdes inte.",
}
_MOTPART_SVAR = (
    "Motparten har bekräftat bristen och ser över sin rutin.",
    "Motparten har utrett ärendet och återkopplat till den berörda enheten.",
    "Svar saknas ännu; påminnelse skickad.",
)
# motpart, motpart_enhet, overenskommelse, overenskommelse_text, motpart_svar
_INGEN_MOTPART = ("", "", "", "", "")


# A fragment that fits only some happenings: "tag,tag|text" (the tags of a happening
# are its code and the tag after ":" in "code:tag|text"); without "|" it fits all.
Fragment = tuple[frozenset[str], str]
# An analysis names its orsaksområden last, "text [rutiner,kompetens]", so the demo's
# cause areas agree with its analysis (harledda.py).
_ORSAKER_I_TEXT = re.compile(r"\s*\[([a-z_,]+)\]$")


@dataclass(frozen=True)
class Kategori:
    handelser: list[tuple[str, str, frozenset[str]]]  # code, text, tags
    omstandigheter: list[Fragment]
    atgarder: list[Fragment]
    atgardstexter: list[Fragment]
    analyser: list[Fragment]
    roller: tuple[tuple[Roll, float], ...]
    konsekvens: tuple[float, ...]  # weights: ingen skada … dödsfall
    mellan_vardgivare: float  # share between caregivers


def _handelse(rad: str) -> tuple[str, str, frozenset[str]]:
    kod, text = rad.split("|", 1)
    underkod, _, tagg = kod.partition(":")
    return underkod, text, frozenset(t for t in (underkod, tagg) if t)


def _fragment(rad: str) -> Fragment:
    if "|" not in rad:
        return frozenset(), rad
    taggar, text = rad.split("|", 1)
    return frozenset(taggar.split(",")), text


def passande(fragment: list[Fragment], taggar: frozenset[str]) -> list[str]:
    """The texts that fit a happening with ``taggar`` (those for all, and its own)."""
    return [text for villkor, text in fragment if not villkor or villkor & taggar]


def analysorsaker(analys: str) -> tuple[str, tuple[str, ...]]:
    """An analysis without its "[orsak,…]" ending, and the orsaksområden it names."""
    traff = _ORSAKER_I_TEXT.search(analys)
    if not traff:
        return analys, ()
    return analys[: traff.start()], tuple(traff.group(1).split(","))


def _texter(kod: str) -> str:
    """The fragments of one category, from resurser/demo/<kod>.txt."""
    text: str = resurs("demo", f"{kod}.txt").read_text(encoding="utf-8")
    return text


def _kategori(
    kod: str, roller: Mapping[Roll, float], konsekvens: tuple[float, ...], mellan: float = 0.01
) -> Kategori:
    """A category's fragments: sections headed "namn:", one fragment a line; a
    happening is "code|text" (the underkategori, plats/aktivitet for falls, the error
    type for medication, the reason for "annat")."""
    delar: dict[str, list[str]] = {}
    aktuell = ""
    for rad in _texter(kod).strip().splitlines():
        if rad.endswith(":") and "|" not in rad:
            aktuell = rad[:-1]
            delar[aktuell] = []
        else:
            delar[aktuell].append(rad)
    return Kategori(
        handelser=[_handelse(h) for h in delar["handelser"]],
        omstandigheter=[_fragment(r) for r in delar["omstandigheter"]],
        atgarder=[_fragment(r) for r in delar["atgarder"]],
        atgardstexter=[_fragment(r) for r in delar["atgardstexter"]],
        analyser=[_fragment(r) for r in delar["analyser"]],
        roller=tuple(roller.items()),
        konsekvens=konsekvens,
        mellan_vardgivare=mellan,
    )


_U, _S, _V, _E = Roll.UNDERSKOTERSKA, Roll.SJUKSKOTERSKA, Roll.VARDBITRADE, Roll.ENHETSCHEF
_F, _A = Roll.FYSIOTERAPEUT, Roll.ARBETSTERAPEUT
_OVRIGA_ROLLER = {_U: 60, _S: 30, _E: 10}
# Per category: who reports it, and how bad it gets.
KATEGORIER = {
    "fall": _kategori("fall", {_U: 72, _V: 14, _S: 10, _F: 4}, (55, 36, 7, 1.9, 0.1)),
    "lakemedel": _kategori("lakemedel", {_U: 62, _S: 31, _V: 7}, (74, 22, 3.4, 0.5, 0.1), 0.04),
    "hjalpmedel": _kategori("hjalpmedel", {_F: 40, _A: 35, _U: 25}, (78, 19, 2.5, 0.5, 0)),
    "vard_behandling": _kategori(
        "vard_behandling", {_S: 40, _U: 40, _F: 20}, (70, 24, 5, 0.9, 0.1), 0.03
    ),
    "informationsoverforing": _kategori(
        "informationsoverforing", {_S: 80, _E: 10, _U: 10}, (70, 24, 5, 0.9, 0.1), 0.45
    ),
    "vri": _kategori("vri", _OVRIGA_ROLLER, (40, 42, 15, 2.8, 0.2)),
    "trycksar": _kategori("trycksar", {_S: 60, _U: 40}, (30, 50, 17, 3, 0)),
    "nutrition": _kategori("nutrition", _OVRIGA_ROLLER, (70, 24, 5, 0.9, 0.1)),
    "utebliven_insats": _kategori("utebliven_insats", _OVRIGA_ROLLER, (80, 17, 2.5, 0.5, 0)),
    "bemanning_rutiner": _kategori("bemanning_rutiner", _OVRIGA_ROLLER, (85, 13, 2, 0, 0)),
    "hot_vald": _kategori("hot_vald", _OVRIGA_ROLLER, (60, 32, 7, 1, 0)),
    "annat": _kategori("annat", _OVRIGA_ROLLER, (70, 24, 5, 0.9, 0.1)),
}


@dataclass(frozen=True)
class Mall:
    """What an avvikelse is about; date, unit and status are drawn per row.

    ``varianter`` maps a status to the template's column values as they stand in that
    state (no risk assessment before investigation, no analysis before åtgärder).
    """

    kod: str
    kategori_id: int
    roll: str
    lex_maria: bool
    mellan: bool
    varianter: dict[str, tuple[object, ...]]
    # Serious enough that a closed case needs a lex Maria assessment (flode's rule).
    kraver_lex_bedomning: bool = False
    # The åtgärder that fit what happened.
    atgardstexter: tuple[str, ...] = ()


def skapa_mall(rng: random.Random, kod: str, kategori_id: int) -> Mall:
    """One template of category ``kod`` (the draws' order is part of the seed's output)."""
    kat = KATEGORIER[kod]
    konsekvens = rng.choices(range(5), kat.konsekvens)[0]
    underkod, handelse, taggar = rng.choice(kat.handelser)
    if kod == "fall" and "nära att falla" in handelse:
        konsekvens = 0  # no fall, no injury (registrering.FALLSKADA_KONSEKVENS)
    beskrivning = _beskrivning(rng, kat, kod, handelse, konsekvens, taggar)
    atgard = rng.choice(passande(kat.atgarder, taggar))
    if rng.random() < 0.3:
        atgard += " " + rng.choice(passande(KATEGORIER["annat"].atgarder, frozenset()))
    roll = rng.choices([r for r, _ in kat.roller], [w for _, w in kat.roller])[0]
    risk_k = max(1, min(4, konsekvens + rng.choice((0, 1, 1, 2))))
    risk_s = rng.choices((1, 2, 3, 4), (25, 40, 25, 10))[0]
    lex = (konsekvens >= 3 and rng.random() < 0.3) or (konsekvens == 2 and rng.random() < 0.01)
    mellan = rng.random() < kat.mellan_vardgivare
    underkategori, *kategorifalt = _kategorifalt(kod, underkod, handelse, konsekvens, roll)
    *motpartsfalt, motpart_svar = _motpart(rng, kod) if mellan else _INGEN_MOTPART
    kraver_beslut = risk.kraver_mas_beslut(risk_k, risk_s) or konsekvens >= 3
    analys, _ = analysorsaker(rng.choice(passande(kat.analyser, taggar)))
    handelseanalys = int(lex or rng.random() < 0.2) if kraver_beslut or lex else -1
    fore = (roll.value, kategori_id, underkategori, beskrivning, atgard, konsekvens)
    mitt = (int(mellan), *kategorifalt, *motpartsfalt)
    registrerad = (*fore, -1, -1, *mitt, "", -1, "")
    utreds = (*fore, risk_k, risk_s, *mitt, "", -1, "")
    beslutad = (*fore, risk_k, risk_s, *mitt, motpart_svar, handelseanalys, analys)
    varianter = dict(zip(STATUS, (registrerad, utreds, beslutad, beslutad, beslutad), strict=True))
    kraver_bedomning = konsekvens >= 3 or risk_k * risk_s >= RISK_KRAVER_BEDOMNING
    atgardstexter = tuple(passande(kat.atgardstexter, taggar))
    return Mall(
        kod, kategori_id, roll.value, lex, mellan, varianter, kraver_bedomning, atgardstexter
    )


def _beskrivning(
    rng: random.Random,
    kat: Kategori,
    kod: str,
    handelse: str,
    konsekvens: int,
    taggar: frozenset[str],
) -> str:
    """What happened, when, in what circumstances, and the consequence."""
    foljder = (_FALLFOLJDER if kod == "fall" else _FOLJDER)[konsekvens].split("|")
    omstandigheter = passande(kat.omstandigheter, taggar)
    omst = rng.sample(omstandigheter, min(len(omstandigheter), 2 if rng.random() < 0.5 else 1))
    return " ".join([f"{handelse} {rng.choice(_NAR)}.", *omst, rng.choice(foljder)])


def _kategorifalt(
    kod: str, underkod: str, handelse: str, konsekvens: int, roll: Roll
) -> tuple[str, ...]:
    """underkategori, annat_orsak and the fall and läkemedel fields ('' where not used)."""
    underkategori = annat = ""
    plats = aktivitet = skada = feltyp = upptackt = ""
    if kod == "fall":
        plats, aktivitet = underkod.split("/")
        skada = "ingen" if "nära att falla" in handelse else _FALLSKADA[konsekvens]
    elif kod == "lakemedel":
        feltyp = underkod
        upptackt = "sjukskoterska" if roll == Roll.SJUKSKOTERSKA else "omsorgspersonal"
    elif kod == "annat":
        annat = underkod
    else:
        underkategori = underkod
    return underkategori, annat, plats, aktivitet, skada, feltyp, upptackt


def _motpart(rng: random.Random, kod: str) -> tuple[str, str, str, str, str]:
    """The other caregiver of an avvikelse between caregivers, and its answer."""
    motpart, motpart_enhet = rng.choice(_MOTPARTER)
    overenskommelse = _OVERENSKOMMELSE.get(kod, "annat")
    if motpart == "region_avdelning" and kod == "informationsoverforing":
        overenskommelse = "utskrivning"  # from a hospital ward: the discharge routine
    svar = rng.choice(_MOTPART_SVAR)
    text = _OVERENSKOMMELSE_TEXT[overenskommelse]
    return motpart, motpart_enhet, overenskommelse, text, svar
