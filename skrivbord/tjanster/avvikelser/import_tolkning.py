"""Reading the values of one row of an import file as an avvikelse (third step).

Each target field has its accepted forms (dates ISO or 20250301; ambiguous day/month
forms like 1/3/2025 are refused with a clear message; closed sets by their Swedish
label or code), and a row that reads cleanly is checked with the form's own rules
(``avvikelser.validera``). Every problem becomes a ``Radfel`` naming the row as Excel
numbers it and the column as the file names it.

A closed-set value the file spells its own way is looked up in the mapping's value
map first; the values that still match nothing are gathered per field
(``Radtolkare.okanda``) so the user can map them without editing the file. A date
without a time of day is stored at 00:00 with ``tid_okand``.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Generic, Protocol, TypeVar

from sqlalchemy import select

from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import AvvikelseKategori, Enhet, Overenskommelse
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.tjanster.avvikelser.import_lasning import Filrad
from skrivbord.tjanster.avvikelser.import_mappning import (
    FALT,
    MAX_VARDELANGD,
    Mappning,
    vardenyckel,
)
from skrivbord.typer import Konsekvens, Motpart, Roll


@dataclass(frozen=True)
class Radfel:
    rad: int  # as Excel shows it (the header is row 1)
    kolumn: str  # the file's column header; "" when the rule concerns the whole row
    meddelande: str

    @property
    def text(self) -> str:
        var = f"Rad {self.rad}" + (f', kolumn "{self.kolumn}"' if self.kolumn else "")
        return f"{var}: {self.meddelande}"


# ---------------------------------------------------------------------------
# Interpreting values
# ---------------------------------------------------------------------------


class _Fel(Exception):
    """A cell that cannot be read; the message is the Swedish sentence for the report."""


def _vik(text: str) -> str:
    """Case-, accent- and space-insensitive key for closed-set values."""
    ascii_ = unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode()
    return " ".join(ascii_.replace("-", " ").replace("_", " ").split())


def _fritext(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(rad.rstrip() for rad in text.strip().split("\n"))


_ISO = re.compile(
    r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"
    r"(?:[ T](\d{1,2})[:.](\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?$"
)
_KOMPAKT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:[ T](\d{1,2})[:.]?(\d{2}))?$")
_DAG_FORST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s.*)?$")
_SERIENUMMER = re.compile(r"^\d{5}([.,]\d+)?$")
_TID = re.compile(r"^(?:kl\.?\s*)?(\d{1,2})(?:[:.](\d{2}))?(?::(\d{2}))?$", re.IGNORECASE)
_TID_KOMPAKT = re.compile(r"^(\d{2})(\d{2})$")
_DATUMHJALP = "Skriv datum som ÅÅÅÅ-MM-DD, t.ex. 2025-03-01."
_OKAND_TID = {"tid okand", "okand", "okand tid"}


def _datum(text: str) -> tuple[date, time | None]:
    text = text.strip()
    traff = _ISO.match(text) or _KOMPAKT.match(text)
    if traff:
        ar, manad, dag = (int(g) for g in traff.groups()[:3])
        try:
            datum = date(ar, manad, dag)
        except ValueError:
            raise _Fel(f'Datumet "{text}" finns inte. {_DATUMHJALP}') from None
        if ar < 1900:
            raise _Fel(f'Året i "{text}" är orimligt. {_DATUMHJALP}')
        klockslag = None
        if traff.group(4) is not None:
            klockslag = _klockslag(traff.group(4), traff.group(5), text)
        return datum, klockslag
    traff = _DAG_FORST.match(text)
    if traff:
        a, b, skrivet_ar = int(traff.group(1)), int(traff.group(2)), traff.group(3)
        ar_text = skrivet_ar if len(skrivet_ar) == 4 else f"20{skrivet_ar}"
        tolkningar = []
        for dag, manad in ((a, b), (b, a)):
            with contextlib.suppress(ValueError):
                tolkningar.append(date(int(ar_text), manad, dag).isoformat())
        if len(set(tolkningar)) > 1:
            raise _Fel(
                f'Datumet "{text}" kan betyda både {tolkningar[0]} och {tolkningar[1]}. '
                + _DATUMHJALP
            )
        if tolkningar:
            raise _Fel(
                f'Datumet "{text}" är inte skrivet som ÅÅÅÅ-MM-DD. Menar du {tolkningar[0]}? '
                "Rätta det i filen (i Excel: formatera kolumnen som ÅÅÅÅ-MM-DD)."
            )
        raise _Fel(f'"{text}" är inget datum. {_DATUMHJALP}')
    if _SERIENUMMER.match(text):
        raise _Fel(
            f'"{text}" ser ut som ett datum som Excel sparat som ett tal. Formatera '
            f"kolumnen som datum (ÅÅÅÅ-MM-DD) och spara filen igen."
        )
    raise _Fel(f'"{text}" är inget datum. {_DATUMHJALP}')


def _klockslag(timme: str, minut: str | None, text: str) -> time:
    try:
        return time(int(timme), int(minut or 0))
    except ValueError:
        raise _Fel(f'Klockslaget i "{text}" finns inte. Skriv det som 14:30.') from None


def _dag(text: str) -> date:
    return _datum(text)[0]


def _tid(text: str) -> time | None:
    """A time of day; None for "tid okänd" (as the list export writes it)."""
    text = text.strip()
    if _vik(text) in _OKAND_TID:
        return None
    traff = _TID.match(text) or _TID_KOMPAKT.match(text)
    if not traff:
        raise _Fel(f'"{text}" är inget klockslag. Skriv det som 14:30.')
    return _klockslag(traff.group(1), traff.group(2), text)


class _Medlem(Protocol):
    """A member of one of typer's closed sets."""

    @property
    def etikett(self) -> str: ...
    @property
    def value(self) -> str: ...


M = TypeVar("M")
T = TypeVar("T")


def _urval(etiketter: Mapping[str, M], vad: str, exempel: str) -> Callable[[str], M]:
    """A reader for a closed set, by Swedish label or code (case and accents ignored)."""

    def tolka(text: str) -> M:
        varde = etiketter.get(_vik(text))
        if varde is None:
            raise _Fel(f'Okänd {vad} "{text}". Använd {exempel}.')
        return varde

    return tolka


def _exempel(enum: Iterable[_Medlem]) -> str:
    return ", ".join(m.etikett for m in enum)


_KONSEKVENSEXEMPEL = "Ingen skada, Lindrig, Måttlig, Allvarlig, Dödsfall eller 0–4"
_KONSEKVENSER: dict[str, Konsekvens] = {
    nyckel: k
    for k in Konsekvens
    for nyckel in (_vik(k.etikett), str(int(k)), _vik(k.etikett.split()[0]))
}
_KONSEKVENSER.update(
    {
        "lindrig skada": Konsekvens.LINDRIG,
        "mattlig skada": Konsekvens.MATTLIG,
        "allvarlig skada": Konsekvens.ALLVARLIG,
        "dod": Konsekvens.DODSFALL,
    }
)

_ROLLER: dict[str, Roll] = {n: r for r in Roll for n in (_vik(r.etikett), _vik(r.value))}
_ROLLER.update(
    {
        "mas": Roll.MAS,
        "usk": Roll.UNDERSKOTERSKA,
        "ssk": Roll.SJUKSKOTERSKA,
        "vbt": Roll.VARDBITRADE,
        "sjukgymnast": Roll.FYSIOTERAPEUT,
        "ec": Roll.ENHETSCHEF,
        "annat": Roll.ANNAN,
    }
)

_JA = {"ja", "j", "x", "1", "sant", "true", "yes", "y"}
_NEJ = {"nej", "n", "0", "falskt", "false", "no", ""}


E = TypeVar("E", bound=_Medlem)


def _etiketter(enum: Iterable[E]) -> dict[str, E]:
    return {nyckel: m for m in enum for nyckel in (_vik(m.etikett), _vik(m.value))}


_MOTPARTER = _etiketter(Motpart)


@dataclass
class Uppslag:
    """Units and categories by every name a file may use."""

    enheter: dict[str, int]
    enhetsnamn: dict[int, str]
    kategorier: dict[str, tuple[int, str]]  # → (id, kod)
    kategorinamn: dict[int, str]
    # Active ones by name, in the order a user picks them (for fixed values and value maps)
    aktiva_enheter: tuple[str, ...] = ()
    aktiva_kategorier: tuple[str, ...] = ()
    # The MAS's list of agreements: kod by folded name or kod, names by kod, active names.
    overenskommelser: dict[str, str] = field(default_factory=dict)
    overenskommelsenamn: dict[str, str] = field(default_factory=dict)
    aktiva_overenskommelser: tuple[str, ...] = ()

    @classmethod
    def lasa(cls, databas: Databas) -> Uppslag:
        with databas.session() as session:
            enhetsrader = session.execute(
                select(Enhet.id, Enhet.namn, Enhet.aktiv).order_by(Enhet.namn)
            ).all()
            kategorirader = session.execute(
                select(
                    AvvikelseKategori.id,
                    AvvikelseKategori.kod,
                    AvvikelseKategori.namn,
                    AvvikelseKategori.aktiv,
                ).order_by(AvvikelseKategori.ordning, AvvikelseKategori.id)
            ).all()
            overenskommelserader = session.execute(
                select(Overenskommelse.kod, Overenskommelse.namn, Overenskommelse.aktiv).order_by(
                    Overenskommelse.ordning, Overenskommelse.id
                )
            ).all()
        enheter = [(i, n) for i, n, _ in enhetsrader]
        kategorier = [(i, kod, n) for i, kod, n, _ in kategorirader]
        uppslag = cls(
            {},
            dict(enheter),
            {},
            {i: n for i, _, n in kategorier},
            tuple(n for _, n, aktiv in enhetsrader if aktiv),
            tuple(n for _, _, n, aktiv in kategorirader if aktiv),
            {},
            {kod: n for kod, n, _ in overenskommelserader},
            tuple(n for _, n, aktiv in overenskommelserader if aktiv),
        )
        for kod, namn, aktiv in overenskommelserader:
            if aktiv:
                uppslag.overenskommelser.setdefault(_vik(namn), kod)
                uppslag.overenskommelser.setdefault(_vik(kod), kod)
        # Exact (case-insensitive) names first; accent-folded only where that is unique.
        vikta = Counter(_vik(n) for _, n in enheter)
        for i, namn in enheter:
            if vikta[_vik(namn)] == 1:
                uppslag.enheter[_vik(namn)] = i
        for i, namn in enheter:
            uppslag.enheter[" ".join(namn.casefold().split())] = i
        for i, kod, namn in kategorier:
            uppslag.kategorier.setdefault(_vik(namn), (i, kod))
            uppslag.kategorier.setdefault(_vik(kod), (i, kod))
        for i, kod, namn in kategorier:
            uppslag.kategorier[" ".join(namn.casefold().split())] = (i, kod)
        return uppslag

    def enhet(self, text: str) -> int:
        i = self.enheter.get(" ".join(text.casefold().split())) or self.enheter.get(_vik(text))
        if i is None:
            raise _Fel(
                f'Enheten "{text}" finns inte i databasen. Välj vilken enhet det är '
                "(värdemappningen), rätta namnet i filen eller lägg till enheten under "
                "Register → Enheter och personal."
            )
        return i

    def kategori(self, text: str) -> tuple[int, str]:
        traff = self.kategorier.get(" ".join(text.casefold().split())) or self.kategorier.get(
            _vik(text)
        )
        if traff is None:
            raise _Fel(
                f'Kategorin "{text}" finns inte. Välj vilken kategori det är '
                "(värdemappningen) eller använd en kategori som finns i Skrivbord, t.ex. "
                "Fall eller Läkemedel (namn eller kod)."
            )
        return traff

    def overenskommelse(self, text: str) -> str:
        kod = self.overenskommelser.get(_vik(text))
        if kod is None:
            raise _Fel(
                f'Okänd överenskommelse "{text}". Använd {", ".join(self.aktiva_overenskommelser)}.'
            )
        return kod

    def val(self) -> dict[str, tuple[str, ...]]:
        """What a user may choose, per closed-set field, as a fixed value or as the
        target of a value map (each choice reads back as itself)."""
        return {
            "enhet": self.aktiva_enheter,
            "kategori": self.aktiva_kategorier,
            "konsekvens": tuple(k.etikett for k in Konsekvens),
            "rapportor_roll": tuple(r.etikett for r in Roll),
            "mellan_vardgivare": ("Ja", "Nej"),
            "motpart": tuple(m.etikett for m in Motpart),
            "overenskommelse": self.aktiva_overenskommelser,
        }


def _langd(hogst: int) -> Callable[[str], str]:
    def kontroll(text: str) -> str:
        text = " ".join(text.split())
        if len(text) > hogst:
            raise _Fel(f"Högst {hogst} tecken (här {len(text)}).")
        return text

    return kontroll


@dataclass
class Forekomst:
    """A value that matched nothing: as the file first writes it, and in how many rows."""

    varde: str
    antal: int = 0


@dataclass(frozen=True)
class _Plan(Generic[T]):
    """How one target field is read: from which column, with which reader."""

    falt: str
    index: int | None  # column in the row; None when no column is mapped
    rubrik: str  # the column's header, for the error report
    fast: str  # fixed value for a missing column or an empty cell
    tolkare: Callable[[str], T]
    standard: T  # value of an empty optional cell
    obligatoriskt: bool
    vardemappning: Mapping[str, str] = field(default_factory=dict)  # by vardenyckel
    # Cell values that matched nothing, and those the value map translated, by
    # vardenyckel; None without a closed set.
    okanda: dict[str, Forekomst] | None = None
    mappade: dict[str, Forekomst] | None = None

    def lasa(self, rad: Filrad, fel: list[Radfel]) -> T:
        """The field's value in ``rad``; a problem is added to ``fel`` (then the value
        is the default, and never used: a row with errors is not stored)."""
        cell = rad.varden[self.index].strip() if self.index is not None else ""
        mappat = self.vardemappning.get(vardenyckel(cell)) if cell else None
        if mappat is not None and self.mappade is not None:
            self.mappade.setdefault(vardenyckel(cell), Forekomst(" ".join(cell.split()))).antal += 1
        text = mappat or cell or self.fast
        if not text:
            if self.obligatoriskt:
                etikett = FALT[self.falt].etikett
                fel.append(Radfel(rad.nummer, self.rubrik, f"{etikett} saknas."))
            return self.standard
        try:
            return self.tolkare(text)
        except _Fel as exc:
            fel.append(Radfel(rad.nummer, self.rubrik, str(exc)))
            if cell and self.okanda is not None and len(cell) <= MAX_VARDELANGD:
                self.okanda.setdefault(
                    vardenyckel(cell), Forekomst(" ".join(cell.split()))
                ).antal += 1
            return self.standard


class Radtolkare:
    """Reads rows of one file with one mapping (the plan is built once, used per row)."""

    def __init__(
        self, rubriker: list[str], mappning: Mappning, uppslag: Uppslag, idag: date
    ) -> None:
        self.uppslag = uppslag
        self.idag = idag
        roller = ", ".join(r.etikett for r in Roll if r != Roll.MAS) + " eller MAS"

        self.okanda: dict[str, dict[str, Forekomst]] = {}
        self.mappade: dict[str, dict[str, Forekomst]] = {}

        def plan(falt: str, tolkare: Callable[[str], T], standard: T) -> _Plan[T]:
            rubrik = mappning.kolumn(falt) or ""
            sluten = FALT[falt].fast_varde  # a closed set: fixed values and value maps
            return _Plan(
                falt,
                rubriker.index(rubrik) if rubrik else None,
                rubrik,
                mappning.fast_varde(falt) if sluten else "",
                tolkare,
                standard,
                FALT[falt].obligatoriskt,
                mappning.varden_for(falt) if sluten else {},
                self.okanda.setdefault(falt, {}) if sluten else None,
                self.mappade.setdefault(falt, {}) if sluten else None,
            )

        # One plan per target field, read in this order (the order of the errors).
        self._handelsedatum = plan("handelsedatum", _datum, None)
        self._handelsetid: _Plan[time | None] = plan("handelsetid", _tid, None)
        self._rapporterad_datum = plan("rapporterad_datum", _dag, None)
        self._enhet = plan("enhet", uppslag.enhet, None)
        self._kategori = plan("kategori", uppslag.kategori, None)
        self._underkategori = plan("underkategori", _langd(40), "")
        self._beskrivning = plan("beskrivning", _fritext, "")
        self._omedelbar_atgard = plan("omedelbar_atgard", _fritext, "")
        self._konsekvens = plan(
            "konsekvens",
            _urval(_KONSEKVENSER, "konsekvens", _KONSEKVENSEXEMPEL),
            Konsekvens.INGEN_SKADA,
        )
        self._rapportor_roll = plan("rapportor_roll", _urval(_ROLLER, "roll", roller), Roll.ANNAN)
        self._mellan_vardgivare = plan("mellan_vardgivare", _ja_nej, False)
        self._motpart = plan("motpart", _urval(_MOTPARTER, "motpart", _exempel(Motpart)), None)
        self._overenskommelse = plan("overenskommelse", uppslag.overenskommelse, None)
        self._extern_referens = plan("extern_referens", _langd(60), None)
        self._annat_orsak = plan("annat_orsak", _fritext, "")

    def tolka(
        self, rad: Filrad
    ) -> tuple[avvikelser.Kolumnvarden, str, list[Radfel]] | tuple[None, str, list[Radfel]]:
        """(columns to store, category code, errors) for one row of the file; the
        columns are None exactly when there are errors."""
        fel: list[Radfel] = []
        handelse = self._handelsedatum.lasa(rad, fel)
        handelsetid = self._handelsetid.lasa(rad, fel)
        rapporterad_datum = self._rapporterad_datum.lasa(rad, fel)
        enhet_id = self._enhet.lasa(rad, fel)
        kategori = self._kategori.lasa(rad, fel)
        underkategori = self._underkategori.lasa(rad, fel)
        beskrivning = self._beskrivning.lasa(rad, fel)
        omedelbar_atgard = self._omedelbar_atgard.lasa(rad, fel)
        konsekvens = self._konsekvens.lasa(rad, fel)
        rapportor_roll = self._rapportor_roll.lasa(rad, fel)
        mellan_vardgivare = self._mellan_vardgivare.lasa(rad, fel)
        motpart = self._motpart.lasa(rad, fel)
        overenskommelse = self._overenskommelse.lasa(rad, fel)
        extern_referens = self._extern_referens.lasa(rad, fel)
        annat_orsak = self._annat_orsak.lasa(rad, fel)
        if fel:
            return None, "", fel
        # Required fields: without errors, each was given.
        assert handelse is not None and enhet_id is not None and kategori is not None

        handelsedatum, klockslag = handelse
        klockslag = handelsetid or klockslag
        kategori_id, kategori_kod = kategori
        uppgifter = avvikelser.AvvikelseUppgifter(
            # Without a time of day: 00:00, marked unknown (not counted as a night).
            handelse_tid=datetime.combine(handelsedatum, klockslag or time(0, 0)),
            tid_okand=klockslag is None,
            rapporterad_datum=rapporterad_datum or handelsedatum,
            enhet_id=enhet_id,
            rapportor_roll=rapportor_roll,
            kategori_id=kategori_id,
            beskrivning=beskrivning,
            konsekvens=konsekvens,
            underkategori=underkategori,
            omedelbar_atgard=omedelbar_atgard,
            extern_referens=extern_referens,
            annat_orsak=annat_orsak,
            mellan_vardgivare=mellan_vardgivare,
            motpart=motpart,
            overenskommelse=overenskommelse,
        )
        try:
            avvikelser.validera(uppgifter, kategori_kod, self.idag)
        except OgiltigUppgift as exc:
            return None, "", [Radfel(rad.nummer, "", " ".join(t for _, t in exc.alla))]
        return avvikelser.kolumnvarden(uppgifter, kategori_kod), kategori_kod, []


def _ja_nej(text: str) -> bool:
    nyckel = _vik(text)
    if nyckel in _JA:
        return True
    if nyckel in _NEJ:
        return False
    raise _Fel(f'"{text}" ska vara ja eller nej (x, 1 och 0 går också bra).')


TID_OKAND = "tid okänd"


def visning(kolumner: avvikelser.Kolumnvarden, uppslag: Uppslag) -> dict[str, str]:
    handelse_tid = kolumner["handelse_tid"]
    return {
        "handelsedatum": handelse_tid.date().isoformat(),
        "handelsetid": TID_OKAND if kolumner["tid_okand"] else handelse_tid.strftime("%H:%M"),
        "rapporterad_datum": kolumner["rapporterad_datum"].isoformat(),
        "enhet": uppslag.enhetsnamn[kolumner["enhet_id"]],
        "kategori": uppslag.kategorinamn[kolumner["kategori_id"]],
        "underkategori": kolumner["underkategori"],
        "beskrivning": kolumner["beskrivning"],
        "omedelbar_atgard": kolumner["omedelbar_atgard"],
        "konsekvens": Konsekvens(kolumner["konsekvens"]).etikett,
        "rapportor_roll": Roll(kolumner["rapportor_roll"]).etikett,
        "mellan_vardgivare": "Ja" if kolumner["mellan_vardgivare"] else "Nej",
        "motpart": kolumner["motpart"].etikett if kolumner["motpart"] else "",
        "overenskommelse": uppslag.overenskommelsenamn.get(kolumner["overenskommelse"] or "", ""),
        "extern_referens": kolumner["extern_referens"] or "",
        "annat_orsak": kolumner["annat_orsak"],
    }


# The staff import (tjanster/personalimport.py) reads roles and yes/no the same way.


def vikt(text: str) -> str:
    """Case-, accent- and space-insensitive form of a header or a closed-set value."""
    return _vik(text)


def roll_av(text: str) -> Roll | None:
    """A role by its Swedish label, code or a common short form (usk, ssk …)."""
    return _ROLLER.get(_vik(text))


def ja_nej_av(text: str) -> bool | None:
    """True or False for the yes/no forms the avvikelse import accepts, else None."""
    nyckel = _vik(text)
    return True if nyckel in _JA else False if nyckel in _NEJ else None
