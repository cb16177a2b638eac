"""Which column of an import file fills which field of an avvikelse (second step).

A ``Mappning`` names, per target field, the column header it is read from, plus
optional fixed values for closed-set fields (e.g. every row belongs to Solgården when
the file has no unit column; a fixed value also fills empty cells) and value maps for
the same fields (the file's "Solbacken" is the database's "Solbackens SÄBO", its
"Fall/halka" is "Fall"). It is saved as JSON (the CLI's ``--mappning``).

The settings (``installningar.SENASTE_IMPORTMAPPNING``) remember the last column
choices, and per file layout (a hash of the header row) the whole mapping: columns,
fixed values and value maps. That is header names and the names of units,
categories and other closed-set values as the file and the database spell them;
never a description or any other row data.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import tempfile
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from skrivbord import installningar, sokvagar
from skrivbord.fel import FilKanInteSkrivas, OgiltigUppgift
from skrivbord.tjanster.avvikelser.import_lasning import Tabell

log = logging.getLogger(__name__)

FORMAT = "skrivbord-importmappning"
VERSION = 1
# Where earlier versions remembered the last mapping (now in the settings file).
GAMMAL_SENASTE_FILNAMN = "senaste_importmappning.json"
# File layouts whose whole mapping is remembered (the most recently used are kept).
MAX_LAYOUTER = 20
# A value longer than this is no name of a unit or a category: it is never offered
# for a value map (and so never remembered in the settings).
MAX_VARDELANGD = 80


@dataclass(frozen=True)
class Malfalt:
    namn: str
    etikett: str  # Swedish, for the mapping dialog and the preview's headers
    forklaring: str
    obligatoriskt: bool = False
    fast_varde: bool = False  # may be given one value for every row
    synonymer: tuple[str, ...] = ()  # normalised header names (see _normalisera)


def _ord(text: str) -> tuple[str, ...]:
    return tuple(text.split())


MALFALT: tuple[Malfalt, ...] = (
    Malfalt(
        "handelsedatum",
        "Händelsedatum",
        "När det hände: 2025-03-01, 2025-03-01 14:30 eller 20250301.",
        obligatoriskt=True,
        synonymer=_ord(
            "handelsedatum datum handelsedatumochtid handelsedatumtid datumforhandelsen "
            "datumforhandelse intraffade intraffaddatum handelsedag date"
        ),
    ),
    Malfalt(
        "handelsetid",
        "Klockslag",
        "Klockslaget, om det står i en egen kolumn: 14:30 eller 14.30.",
        synonymer=_ord("handelsetid tid klockslag tidpunkt kl klockan time"),
    ),
    Malfalt(
        "rapporterad_datum",
        "Rapporterad",
        "När avvikelsen rapporterades. Saknas den används händelsedatumet.",
        synonymer=_ord(
            "rapporterad rapportdatum rapporteraddatum rapporteradden datumrapporterad "
            "inrapporterad anmald anmalningsdatum registrerad registreringsdatum "
            "registreraddatum"
        ),
    ),
    Malfalt(
        "enhet",
        "Enhet",
        "Enhetens namn som det står i Skrivbord (stora och små bokstäver spelar ingen roll).",
        obligatoriskt=True,
        fast_varde=True,
        synonymer=_ord("enhet enhetsnamn verksamhet boende arbetsplats avdelning"),
    ),
    Malfalt(
        "kategori",
        "Kategori",
        "Kategorins namn eller kod, t.ex. Fall, Läkemedel eller lakemedel.",
        obligatoriskt=True,
        fast_varde=True,
        synonymer=_ord(
            "kategori avvikelsekategori huvudkategori avvikelsetyp typavavvikelse typ "
            "omrade category"
        ),
    ),
    Malfalt(
        "underkategori",
        "Underkategori",
        "Fritt, högst 40 tecken.",
        synonymer=_ord("underkategori undertyp delkategori underomrade"),
    ),
    Malfalt(
        "beskrivning",
        "Beskrivning",
        "Vad som hände.",
        obligatoriskt=True,
        synonymer=_ord(
            "beskrivning handelse handelsebeskrivning beskrivningavhandelsen vadhande "
            "handelseforlopp fritext text description"
        ),
    ),
    Malfalt(
        "omedelbar_atgard",
        "Omedelbar åtgärd",
        "Vad som gjordes direkt.",
        synonymer=_ord(
            "omedelbaratgard omedelbaraatgarder direktatgard vidtagenatgard "
            "vidtagnaatgarder atgard atgarder"
        ),
    ),
    Malfalt(
        "konsekvens",
        "Konsekvens",
        "Ingen skada, Lindrig, Måttlig, Allvarlig, Dödsfall, eller 0–4. Tom: Ingen skada.",
        fast_varde=True,
        synonymer=_ord(
            "konsekvens konsekvensforpatienten skada skadegrad vardskada allvarlighetsgrad"
        ),
    ),
    Malfalt(
        "rapportor_roll",
        "Rapportörens roll",
        "T.ex. Undersköterska, Sjuksköterska, usk, ssk. Tom: Annan.",
        fast_varde=True,
        synonymer=_ord("rapportorroll rapportorsroll roll yrkesroll yrke befattning yrkeskategori"),
    ),
    Malfalt(
        "mellan_vardgivare",
        "Mellan vårdgivare",
        "Ja/nej, x eller 1/0. Tom: nej.",
        fast_varde=True,
        synonymer=_ord(
            "mellanvardgivare avvikelsemellanvardgivare mellanvardgivarna vardgivaravvikelse"
        ),
    ),
    Malfalt(
        "motpart",
        "Motpart",
        "Vilken vårdgivare en avvikelse mellan vårdgivare gäller, t.ex. Vårdcentral.",
        fast_varde=True,
        synonymer=_ord("motpart vardgivare annanvardgivare motpartvardgivare"),
    ),
    Malfalt(
        "overenskommelse",
        "Överenskommelse",
        "Vilken överenskommelse som inte följdes, t.ex. Utskrivning.",
        fast_varde=True,
        synonymer=_ord("overenskommelse riktlinje overenskommelseriktlinje"),
    ),
    Malfalt(
        "extern_referens",
        "Extern referens",
        "Ärendenummer i journalsystemet eller regionens referens. Sparas men exporteras aldrig.",
        synonymer=_ord(
            "externreferens arendenummer arendenr arende diarienummer referens ref "
            "lopnummer avvikelsenummer avvikelsenr journalreferens"
        ),
    ),
    Malfalt(
        "annat_orsak",
        "Förklaring till Annat",
        "Krävs när kategorin är Annat.",
        synonymer=_ord("annatorsak annatforklaring forklaringannat orsakannat forklaring"),
    ),
)
FALT: dict[str, Malfalt] = {f.namn: f for f in MALFALT}


def vardenyckel(text: str) -> str:
    """How a file's value is looked up in a value map: case and spacing ignored."""
    return " ".join(text.casefold().split())


@dataclass(frozen=True)
class Mappning:
    """Target field → column header; fixed values and value maps for closed-set fields.

    ``vardemappning[falt]`` maps a value as the file writes it (see ``vardenyckel``) to
    the value as Skrivbord knows it (a unit's or category's name, a label).
    """

    kolumner: Mapping[str, str] = field(default_factory=dict)
    fasta_varden: Mapping[str, str] = field(default_factory=dict)
    vardemappning: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def kolumn(self, falt: str) -> str | None:
        return self.kolumner.get(falt) or None

    def fast_varde(self, falt: str) -> str:
        return (self.fasta_varden.get(falt) or "").strip()

    def varden_for(self, falt: str) -> dict[str, str]:
        """The value map of one field, by ``vardenyckel`` (empty targets left out)."""
        return {
            vardenyckel(fran): till.strip()
            for fran, till in (self.vardemappning.get(falt) or {}).items()
            if vardenyckel(fran) and till.strip()
        }

    def som_json(self) -> dict:
        vardemappning = {
            f.namn: dict(sorted(self.vardemappning[f.namn].items()))
            for f in MALFALT
            if f.namn in self.vardemappning and self.varden_for(f.namn)
        }
        return {
            "format": FORMAT,
            "version": VERSION,
            "kolumner": {f.namn: self.kolumner[f.namn] for f in MALFALT if self.kolumn(f.namn)},
            "fasta_varden": {
                f.namn: self.fasta_varden[f.namn] for f in MALFALT if self.fast_varde(f.namn)
            },
            # Optional (earlier versions of the same format version ignore it).
            **({"vardemappning": vardemappning} if vardemappning else {}),
        }

    @classmethod
    def fran_json(cls, data: object) -> Mappning:
        """Raises OgiltigUppgift (Swedish) when ``data`` is not a mapping we wrote."""
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise OgiltigUppgift("Filen är ingen importmappning från Skrivbord.")
        if data.get("version") != VERSION:
            raise OgiltigUppgift(
                f"Importmappningen har version {data.get('version')}, som den här versionen "
                "av Skrivbord inte känner till. Gör om mappningen."
            )
        kolumner, fasta = data.get("kolumner", {}), data.get("fasta_varden", {})
        vardemappning = data.get("vardemappning", {})
        if not all(isinstance(d, dict) for d in (kolumner, fasta, vardemappning)):
            raise OgiltigUppgift("Importmappningen är skadad. Gör om mappningen.")
        for namn, varde in [*kolumner.items(), *fasta.items()]:
            if namn not in FALT:
                raise OgiltigUppgift(f"Importmappningen nämner ett okänt fält: {namn}.")
            if not isinstance(varde, str):
                raise OgiltigUppgift(f"Importmappningens värde för {namn} ska vara text.")
        for namn, varden in vardemappning.items():
            if namn not in FALT:
                raise OgiltigUppgift(f"Importmappningen nämner ett okänt fält: {namn}.")
            if not isinstance(varden, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in varden.items()
            ):
                raise OgiltigUppgift(f"Importmappningens värden för {namn} ska vara text.")
        for namn in [*fasta, *vardemappning]:
            if not FALT[namn].fast_varde:
                raise OgiltigUppgift(
                    f"{FALT[namn].etikett} kan inte ha ett fast värde, bara en kolumn."
                )
        return cls(
            dict(kolumner), dict(fasta), {namn: dict(v) for namn, v in vardemappning.items()}
        )


def _normalisera(rubrik: str) -> str:
    """Header as lower-case ASCII letters and digits, without a parenthesised remark."""
    rubrik = re.sub(r"\(.*?\)|\[.*?\]", "", rubrik)
    ascii_ = unicodedata.normalize("NFKD", rubrik).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", ascii_.lower())


def foreslaget(tabell: Tabell, tidigare: Mappning | None = None) -> Mappning:
    """A guessed mapping from the headers.

    With ``tidigare`` (e.g. ``senaste_mappning(tabell.rubriker)``) each field keeps its
    earlier column when this file has a column by that name, and the fixed values and
    value maps are kept; the rest are guessed. A column is used for one field at most;
    exact header matches win over prefix matches.
    """
    valda: dict[str, str] = {}
    if tidigare is not None:
        for namn, rubrik in tidigare.kolumner.items():
            if namn in FALT and rubrik in tabell.rubriker:
                valda[namn] = rubrik
    normaliserade = [(_normalisera(r), r) for r in tabell.rubriker]

    def ledig(rubrik: str) -> bool:
        return rubrik not in valda.values()

    for exakt in (True, False):
        for malfalt in MALFALT:
            if malfalt.namn in valda:
                continue
            for synonym in malfalt.synonymer:
                traff = next(
                    (
                        r
                        for n, r in normaliserade
                        if ledig(r)
                        and n
                        and (n == synonym if exakt else len(synonym) >= 4 and n.startswith(synonym))
                    ),
                    None,
                )
                if traff is not None:
                    valda[malfalt.namn] = traff
                    break
    fasta = dict(tidigare.fasta_varden) if tidigare is not None else {}
    varden = {f: dict(v) for f, v in tidigare.vardemappning.items()} if tidigare else {}
    return Mappning({f.namn: valda[f.namn] for f in MALFALT if f.namn in valda}, fasta, varden)


def kontrollera(mappning: Mappning, tabell: Tabell) -> None:
    """Raise OgiltigUppgift naming every problem when the mapping cannot fit the file."""
    problem: list[str] = []
    for namn, rubrik in mappning.kolumner.items():
        if namn not in FALT:
            problem.append(f"Okänt fält i mappningen: {namn}.")
        elif rubrik and rubrik not in tabell.rubriker:
            problem.append(
                f'{FALT[namn].etikett}: kolumnen "{rubrik}" finns inte i filen {tabell.filnamn}.'
            )
    for namn in [*mappning.fasta_varden, *mappning.vardemappning]:
        if namn not in FALT or not FALT[namn].fast_varde:
            problem.append(f"Fältet {namn} kan inte ha ett fast värde.")
    for malfalt in MALFALT:
        if (
            malfalt.obligatoriskt
            and not mappning.kolumn(malfalt.namn)
            and not mappning.fast_varde(malfalt.namn)
        ):
            hur = "välj kolumnen eller ett fast värde" if malfalt.fast_varde else "välj kolumnen"
            problem.append(f"Ange var {malfalt.etikett.lower()} står ({hur}).")
    if problem:
        raise OgiltigUppgift("Mappningen behöver rättas: " + " ".join(problem))


# ---------------------------------------------------------------------------
# Saving and loading
# ---------------------------------------------------------------------------


def spara_mappning(mappning: Mappning, sokvag: Path | str) -> Path:
    """Write the mapping as JSON, atomically (the old file stays until the new is whole)."""
    sokvag = Path(sokvag)
    text = json.dumps(mappning.som_json(), ensure_ascii=False, indent=2) + "\n"
    try:
        fd, tillfallig = tempfile.mkstemp(
            prefix=f".{sokvag.stem}.", suffix=".skrivs", dir=sokvag.parent
        )
    except OSError as exc:
        raise FilKanInteSkrivas(sokvag, exc.strerror or "") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fil:
            fil.write(text)
        os.replace(tillfallig, sokvag)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tillfallig)
        if isinstance(exc, OSError):
            raise FilKanInteSkrivas(sokvag, exc.strerror or "") from exc
        raise
    return sokvag


MAPPNING_MAX_BYTE = 1024 * 1024  # a real mapping is a few kilobytes


def lasa_mappning(sokvag: Path | str) -> Mappning:
    sokvag = Path(sokvag)
    try:
        if sokvag.stat().st_size > MAPPNING_MAX_BYTE:
            raise OgiltigUppgift(
                f"Mappningsfilen {sokvag.name} är för stor för att vara en mappning."
            )
        text = sokvag.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise OgiltigUppgift(f"Mappningsfilen {sokvag} finns inte.") from None
    except (OSError, UnicodeDecodeError):
        raise OgiltigUppgift(f"Mappningsfilen {sokvag.name} kunde inte läsas.") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise OgiltigUppgift(
            f"Mappningsfilen {sokvag.name} är ingen giltig JSON (rad {exc.lineno})."
        ) from None
    except RecursionError:  # a hostile file nested thousands of levels deep
        raise OgiltigUppgift(
            f"Filen {sokvag.name} är ingen importmappning från Skrivbord."
        ) from None
    return Mappning.fran_json(data)


def layout(rubriker: list[str] | tuple[str, ...]) -> str:
    """A file layout's key in the settings: a hash of its header row, in order."""
    text = "\x1f".join(" ".join(r.split()) for r in rubriker)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _layouter(data: Mapping[str, object]) -> list[dict]:
    """The remembered layouts, oldest first (a list: the settings file sorts keys)."""
    layouter = data.get("layouter")
    if not isinstance(layouter, list):
        return []
    return [d for d in layouter if isinstance(d, dict) and isinstance(d.get("layout"), str)]


def _utan_langa_varden(mappning: Mappning) -> dict[str, dict[str, str]]:
    """The value maps without a value too long to be a name (see MAX_VARDELANGD)."""
    return {
        falt: {k: v for k, v in varden.items() if len(k) <= MAX_VARDELANGD}
        for falt, varden in mappning.vardemappning.items()
    }


def kom_ihag_mappning(mappning: Mappning, rubriker: list[str] | None = None) -> None:
    """Remember the column choices for next time; with the file's ``rubriker`` also the
    whole mapping for files of that layout (fixed values and value maps too).

    The setting keeps the last columns at its top (as earlier versions wrote it, so
    they still read it) and the layouts in the list ``layouter``, newest last, at most
    MAX_LAYOUTER.
    """
    senaste = Mappning(dict(mappning.kolumner)).som_json()

    def andra(data: dict) -> dict:
        layouter = _layouter(data)
        if rubriker is not None:
            nyckel = layout(rubriker)
            hel = Mappning(
                dict(mappning.kolumner), dict(mappning.fasta_varden), _utan_langa_varden(mappning)
            )
            layouter = [d for d in layouter if d["layout"] != nyckel]
            layouter = [*layouter, {"layout": nyckel, **hel.som_json()}][-MAX_LAYOUTER:]
        return {**senaste, **({"layouter": layouter} if layouter else {})}

    installningar.andra(installningar.SENASTE_IMPORTMAPPNING, andra)


def senaste_mappning(rubriker: list[str] | None = None) -> Mappning | None:
    """The mapping remembered for files with these ``rubriker``, else the last column
    choices; None when there is none or it cannot be read."""
    data = installningar.lasa(installningar.SENASTE_IMPORTMAPPNING)
    if not data:
        return None
    if rubriker is not None:
        nyckel = layout(rubriker)
        for sparad in _layouter(data):
            if sparad["layout"] == nyckel:
                with contextlib.suppress(OgiltigUppgift):
                    return Mappning.fran_json(sparad)
    try:
        return Mappning.fran_json(data)
    except OgiltigUppgift:
        return None  # a damaged setting only costs the suggestion


def flytta_gammal_senaste_mappning() -> bool:
    """Move the last mapping from the file earlier versions kept it in into the
    settings, once (the file is renamed ``*.flyttad``). True when there was one."""
    gammal = sokvagar.installningsmapp() / GAMMAL_SENASTE_FILNAMN
    if not gammal.is_file():
        return False
    try:
        kom_ihag_mappning(lasa_mappning(gammal))
    except OgiltigUppgift:
        log.warning("den tidigare importmappningen kunde inte läsas och flyttades inte")
    installningar.flytta_undan(gammal)
    return True
