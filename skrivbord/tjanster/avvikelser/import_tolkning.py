"""Reading the values of one row of an import file as an avvikelse (third step).

Each target field has its accepted forms (dates ISO or 20250301; ambiguous day/month
forms like 1/3/2025 are refused with a clear message; closed sets by their Swedish
label or code), and a row that reads cleanly is checked with the form's own rules
(``avvikelser.validera``). Every problem becomes a ``Radfel`` naming the row as Excel
numbers it and the column as the file names it.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select

from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import AvvikelseKategori, Enhet
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.tjanster.avvikelser.import_lasning import Filrad
from skrivbord.tjanster.avvikelser.import_mappning import FALT, Mappning
from skrivbord.typer import Konsekvens, Motpart, Overenskommelse, Roll


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
        a, b, ar = int(traff.group(1)), int(traff.group(2)), traff.group(3)
        ar_text = ar if len(ar) == 4 else f"20{ar}"
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


def _tid(text: str) -> time:
    text = text.strip()
    traff = _TID.match(text) or _TID_KOMPAKT.match(text)
    if not traff:
        raise _Fel(f'"{text}" är inget klockslag. Skriv det som 14:30.')
    return _klockslag(traff.group(1), traff.group(2), text)


def _urval(etiketter: dict[str, object], vad: str, exempel: str) -> Callable[[str], object]:
    """A reader for a closed set, by Swedish label or code (case and accents ignored)."""

    def tolka(text: str) -> object:
        varde = etiketter.get(_vik(text))
        if varde is None:
            raise _Fel(f'Okänd {vad} "{text}". Använd {exempel}.')
        return varde

    return tolka


def _exempel(enum: type) -> str:
    return ", ".join(m.etikett for m in enum)


_KONSEKVENSEXEMPEL = "Ingen skada, Lindrig, Måttlig, Allvarlig, Dödsfall eller 0–4"
_KONSEKVENSER: dict[str, object] = {
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

_ROLLER: dict[str, object] = {n: r for r in Roll for n in (_vik(r.etikett), _vik(r.value))}
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


def _etiketter(enum: type) -> dict[str, object]:
    return {nyckel: m for m in enum for nyckel in (_vik(m.etikett), _vik(m.value))}


_MOTPARTER = _etiketter(Motpart)
_OVERENSKOMMELSER = _etiketter(Overenskommelse)


@dataclass
class Uppslag:
    """Units and categories by every name a file may use."""

    enheter: dict[str, int]
    enhetsnamn: dict[int, str]
    kategorier: dict[str, tuple[int, str]]  # → (id, kod)
    kategorinamn: dict[int, str]

    @classmethod
    def las(cls, databas: Databas) -> Uppslag:
        with databas.session() as session:
            enheter = session.execute(select(Enhet.id, Enhet.namn)).all()
            kategorier = session.execute(
                select(AvvikelseKategori.id, AvvikelseKategori.kod, AvvikelseKategori.namn)
            ).all()
        uppslag = cls({}, {i: n for i, n in enheter}, {}, {i: n for i, _, n in kategorier})
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
                f'Enheten "{text}" finns inte i databasen. Rätta namnet i filen eller '
                "lägg till enheten under Enheter."
            )
        return i

    def kategori(self, text: str) -> tuple[int, str]:
        traff = self.kategorier.get(" ".join(text.casefold().split())) or self.kategorier.get(
            _vik(text)
        )
        if traff is None:
            raise _Fel(
                f'Kategorin "{text}" finns inte. Använd en kategori som finns i Skrivbord, '
                "t.ex. Fall eller Läkemedel (namn eller kod)."
            )
        return traff


def _langd(hogst: int) -> Callable[[str], str]:
    def kontroll(text: str) -> str:
        text = " ".join(text.split())
        if len(text) > hogst:
            raise _Fel(f"Högst {hogst} tecken (här {len(text)}).")
        return text

    return kontroll


@dataclass(frozen=True)
class _Plan:
    """How one target field is read: from which column, with which reader."""

    falt: str
    index: int | None  # column in the row; None when no column is mapped
    rubrik: str  # the column's header, for the error report
    fast: str  # fixed value for a missing column or an empty cell
    tolkare: Callable[[str], object]
    standard: object  # value of an empty optional cell
    obligatoriskt: bool


class Radtolkare:
    """Reads rows of one file with one mapping (the plan is built once, used per row)."""

    def __init__(
        self, rubriker: list[str], mappning: Mappning, uppslag: Uppslag, idag: date
    ) -> None:
        self.uppslag = uppslag
        self.idag = idag
        roller = ", ".join(r.etikett for r in Roll if r != Roll.MAS) + " eller MAS"
        lasare: list[tuple[str, Callable[[str], object], object]] = [
            ("handelsedatum", _datum, None),
            ("handelsetid", _tid, None),
            ("rapporterad_datum", lambda t: _datum(t)[0], None),
            ("enhet", uppslag.enhet, None),
            ("kategori", uppslag.kategori, None),
            ("underkategori", _langd(40), ""),
            ("beskrivning", _fritext, ""),
            ("omedelbar_atgard", _fritext, ""),
            (
                "konsekvens",
                _urval(_KONSEKVENSER, "konsekvens", _KONSEKVENSEXEMPEL),
                Konsekvens.INGEN_SKADA,
            ),
            ("rapportor_roll", _urval(_ROLLER, "roll", roller), Roll.ANNAN),
            ("mellan_vardgivare", _ja_nej, False),
            ("motpart", _urval(_MOTPARTER, "motpart", _exempel(Motpart)), None),
            (
                "overenskommelse",
                _urval(_OVERENSKOMMELSER, "överenskommelse", _exempel(Overenskommelse)),
                None,
            ),
            ("extern_referens", _langd(60), None),
            ("annat_orsak", _fritext, ""),
        ]
        self._plan = []
        for falt, tolkare, standard in lasare:
            rubrik = mappning.kolumn(falt) or ""
            self._plan.append(
                _Plan(
                    falt,
                    rubriker.index(rubrik) if rubrik else None,
                    rubrik,
                    mappning.fast_varde(falt) if FALT[falt].fast_varde else "",
                    tolkare,
                    standard,
                    FALT[falt].obligatoriskt,
                )
            )

    def tolka(self, rad: Filrad) -> tuple[dict[str, object] | None, str, list[Radfel]]:
        """(columns to store, category code, errors) for one row of the file."""
        fel: list[Radfel] = []
        tolkat: dict[str, object] = {}
        for plan in self._plan:
            text = rad.varden[plan.index].strip() if plan.index is not None else ""
            text = text or plan.fast
            if not text:
                if plan.obligatoriskt:
                    etikett = FALT[plan.falt].etikett
                    fel.append(Radfel(rad.nummer, plan.rubrik, f"{etikett} saknas."))
                tolkat[plan.falt] = plan.standard
                continue
            try:
                tolkat[plan.falt] = plan.tolkare(text)
            except _Fel as exc:
                fel.append(Radfel(rad.nummer, plan.rubrik, str(exc)))
        if fel:
            return None, "", fel

        handelsedatum, klockslag = tolkat["handelsedatum"]
        klockslag = tolkat["handelsetid"] or klockslag or time(0, 0)
        kategori_id, kategori_kod = tolkat["kategori"]
        uppgifter = avvikelser.AvvikelseUppgifter(
            handelse_tid=datetime.combine(handelsedatum, klockslag),
            rapporterad_datum=tolkat["rapporterad_datum"] or handelsedatum,
            enhet_id=tolkat["enhet"],
            rapportor_roll=tolkat["rapportor_roll"],
            kategori_id=kategori_id,
            beskrivning=tolkat["beskrivning"],
            konsekvens=tolkat["konsekvens"],
            underkategori=tolkat["underkategori"],
            omedelbar_atgard=tolkat["omedelbar_atgard"],
            extern_referens=tolkat["extern_referens"],
            annat_orsak=tolkat["annat_orsak"],
            mellan_vardgivare=tolkat["mellan_vardgivare"],
            motpart=tolkat["motpart"],
            overenskommelse=tolkat["overenskommelse"],
        )
        try:
            avvikelser.validera(uppgifter, kategori_kod, self.idag)
        except OgiltigUppgift as exc:
            return None, "", [Radfel(rad.nummer, "", exc.meddelande)]
        return avvikelser.kolumnvarden(uppgifter, kategori_kod), kategori_kod, []


def _ja_nej(text: str) -> bool:
    nyckel = _vik(text)
    if nyckel in _JA:
        return True
    if nyckel in _NEJ:
        return False
    raise _Fel(f'"{text}" ska vara ja eller nej (x, 1 och 0 går också bra).')


def visning(kolumner: dict[str, object], uppslag: Uppslag) -> dict[str, str]:
    handelse_tid: datetime = kolumner["handelse_tid"]
    return {
        "handelsedatum": handelse_tid.date().isoformat(),
        "handelsetid": handelse_tid.strftime("%H:%M"),
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
        "overenskommelse": (
            kolumner["overenskommelse"].etikett if kolumner["overenskommelse"] else ""
        ),
        "extern_referens": kolumner["extern_referens"] or "",
        "annat_orsak": kolumner["annat_orsak"],
    }
