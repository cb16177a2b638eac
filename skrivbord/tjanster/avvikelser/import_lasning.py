"""Reading an import file into a plain table of strings (first step of an import).

CSV (comma, semicolon or tab; UTF-8 with or without BOM, UTF-16 with BOM as Excel's
"Unicode-text", or Windows-1252 as older Swedish Excel writes it) and XLSX (openpyxl,
read-only). The result keeps each row's number as Excel shows it (header = row 1), so
the error report points at the row the user will open.

Encoding: UTF-8 is tried first; Windows-1252 only when UTF-8 does not decode. A file
that was decoded twice ("Ã¤" for "ä", from a CSV opened with the wrong encoding and
saved again) is repaired when the whole text converts back cleanly, and refused when
it does not (a mix), since a half-repaired text would store wrong letters.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import NamedTuple

from skrivbord.fel import SkrivbordFel

MAX_RADER = 200_000
MAX_FILSTORLEK = 100 * 1024 * 1024  # bytes
AVGRANSARE = (";", ",", "\t")
_PROVRADER = 50  # rows the delimiter sniffer looks at
_RUBRIKSOK = 20  # rows searched for the header (title rows above it are skipped)

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, or a password-protected .xlsx
# Latin-1 letters encoded as UTF-8 and read back as Windows-1252: "Ã" or "Â" followed
# by what the UTF-8 continuation bytes 0x80–0xBF look like in Windows-1252.
_FORTSATTNING = bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore")
_MOJIBAKE = re.compile(f"[ÂÃ][{re.escape(_FORTSATTNING)}]")
_SER_UT_SOM_DATA = re.compile(r"^\s*(\d{4}-\d{1,2}-\d{1,2}|\d{8}|[-+]?\d+([.,]\d+)?)\s*$")


class Filrad(NamedTuple):
    nummer: int  # as Excel numbers it: the header row is 1 when it is the first row
    varden: tuple[str, ...]  # one string per column of Tabell.rubriker, "" when empty


@dataclass
class Tabell:
    """An import file as strings: column headers and data rows."""

    rubriker: list[str]
    rader: list[Filrad]
    filnamn: str = ""
    format: str = ""  # "csv" or "xlsx"
    kodning: str | None = None  # csv only: "utf-8", "utf-8-sig", "utf-16", "cp1252"
    avgransare: str | None = None  # csv only
    blad: str | None = None  # xlsx only: the sheet that was read
    anmarkningar: list[str] = field(default_factory=list)  # Swedish notes for the user

    def kolumn(self, rubrik: str) -> int:
        return self.rubriker.index(rubrik)


# ---------------------------------------------------------------------------
# Errors (each a Swedish sentence; the UI shows .meddelande)
# ---------------------------------------------------------------------------


class Importfilfel(SkrivbordFel):
    """The file cannot be read as an import table."""

    def __init__(self, sokvag: Path | str, meddelande: str) -> None:
        super().__init__(meddelande)
        self.sokvag = Path(sokvag)


class FilenKanInteLasas(Importfilfel):
    def __init__(self, sokvag: Path | str, orsak: str) -> None:
        super().__init__(sokvag, f"Filen {Path(sokvag).name} kunde inte läsas ({orsak}).")


class TomFil(Importfilfel):
    def __init__(self, sokvag: Path | str, bara_rubriker: bool = False) -> None:
        text = (
            f"Filen {Path(sokvag).name} innehåller bara rubrikraden, inga rader att importera."
            if bara_rubriker
            else f"Filen {Path(sokvag).name} är tom."
        )
        super().__init__(sokvag, text + " Välj en annan fil.")


class RubrikradSaknas(Importfilfel):
    def __init__(self, sokvag: Path | str, forsta: str) -> None:
        super().__init__(
            sokvag,
            f"Filen {Path(sokvag).name} saknar rubrikrad: första raden ({forsta}) ser ut som "
            "data. Lägg till en rad överst med kolumnernas namn, t.ex. Datum; Enhet; "
            "Kategori; Beskrivning, och försök igen.",
        )


class OkandFiltyp(Importfilfel):
    def __init__(self, sokvag: Path | str, vad: str = "") -> None:
        vad_text = f" ({vad})" if vad else ""
        super().__init__(
            sokvag,
            f"Filen {Path(sokvag).name} är varken CSV eller Excel (.xlsx){vad_text}. "
            "Spara den som CSV UTF-8 eller Excel-arbetsbok (.xlsx) och försök igen.",
        )


class SkadadKalkylfil(Importfilfel):
    def __init__(self, sokvag: Path | str) -> None:
        super().__init__(
            sokvag,
            f"Excelfilen {Path(sokvag).name} är skadad eller ofullständig och kunde inte "
            "läsas. Öppna den i Excel, spara den på nytt som .xlsx och försök igen.",
        )


class ForStorFil(Importfilfel):
    def __init__(self, sokvag: Path | str) -> None:
        super().__init__(
            sokvag,
            f"Filen {Path(sokvag).name} är för stor för en import: högst "
            f"{MAX_RADER:_} rader och {MAX_FILSTORLEK // (1024 * 1024)} MB. ".replace("_", " ")
            + "Dela upp den i flera filer, t.ex. ett år per fil.",
        )


class OkandTeckenkodning(Importfilfel):
    def __init__(self, sokvag: Path | str, detalj: str = "") -> None:
        super().__init__(
            sokvag,
            f"Tecknen i {Path(sokvag).name} gick inte att tolka{detalj}. Spara filen i Excel "
            'som "CSV UTF-8 (kommaavgränsad)" och försök igen.',
        )


# ---------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------


def lasa_fil(sokvag: Path | str) -> Tabell:
    """Read a CSV or XLSX file into a ``Tabell``; typed, Swedish errors when it cannot."""
    sokvag = Path(sokvag)
    try:
        storlek = sokvag.stat().st_size
        with sokvag.open("rb") as fil:
            borjan = fil.read(8)
    except FileNotFoundError:
        raise FilenKanInteLasas(sokvag, "filen finns inte") from None
    except IsADirectoryError:
        raise FilenKanInteLasas(sokvag, "det är en mapp") from None
    except PermissionError:
        raise FilenKanInteLasas(sokvag, "ingen behörighet, eller filen är öppen i Excel") from None
    except OSError as exc:
        raise FilenKanInteLasas(sokvag, exc.strerror or "okänt fel") from exc
    if storlek == 0:
        raise TomFil(sokvag)
    if storlek > MAX_FILSTORLEK:
        raise ForStorFil(sokvag)
    if borjan.startswith(_ZIP):
        return _las_zip(sokvag)
    if borjan.startswith(_OLE):
        raise OkandFiltyp(sokvag, "det gamla .xls-formatet eller en lösenordsskyddad arbetsbok")
    if sokvag.suffix.lower() in (".xlsx", ".xlsm"):
        raise SkadadKalkylfil(sokvag)
    if borjan.startswith(b"%PDF"):
        raise OkandFiltyp(sokvag, "en PDF")
    return _las_csv(sokvag, sokvag.read_bytes())


def _las_zip(sokvag: Path) -> Tabell:
    try:
        with zipfile.ZipFile(sokvag) as arkiv:
            namn = set(arkiv.namelist())
            mimetyp = arkiv.read("mimetype")[:100] if "mimetype" in namn else b""
    except (zipfile.BadZipFile, OSError, EOFError):
        raise SkadadKalkylfil(sokvag) from None
    if b"opendocument" in mimetyp:
        raise OkandFiltyp(sokvag, "ett OpenDocument-kalkylblad (.ods)")
    if "xl/workbook.xml" not in namn:
        if sokvag.suffix.lower() in (".xlsx", ".xlsm"):
            raise SkadadKalkylfil(sokvag)
        raise OkandFiltyp(sokvag, "en zip-fil")
    return _lasa_xlsx(sokvag)


def _avkoda(sokvag: Path, data: bytes) -> tuple[str, str, list[str]]:
    """(text, encoding name, notes)."""
    if data.startswith(codecs.BOM_UTF8):
        kodning = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        kodning = "utf-16"
    else:
        kodning = "utf-8"
    try:
        text = data.decode(kodning)
    except UnicodeDecodeError:
        if kodning != "utf-8":  # a BOM promised Unicode and the rest broke the promise
            raise OkandTeckenkodning(sokvag) from None
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise OkandTeckenkodning(sokvag) from None
        if _MOJIBAKE.search(text):  # mostly UTF-8 with a few stray bytes: a mix
            raise OkandTeckenkodning(sokvag, " (filen blandar två teckenkodningar)") from None
        return text, "cp1252", []
    if "\x00" in text:
        raise OkandFiltyp(sokvag, "en binärfil")
    traff = _MOJIBAKE.search(text)
    if traff is None:
        return text, kodning, []
    try:
        lagad = text.encode("cp1252").decode("utf-8")
    except UnicodeError:
        raise OkandTeckenkodning(
            sokvag, f' (felkodade tecken som "{traff.group()}" blandat med riktiga)'
        ) from None
    return (
        lagad,
        kodning,
        [
            f'Filen var felkodad (t.ex. "{traff.group()}" i stället för '
            f'"{traff.group().encode("cp1252").decode("utf-8", errors="replace")}"); '
            "tecknen har rättats. Kontrollera förhandsgranskningen."
        ],
    )


def _gissa_avgransare(text: str) -> str:
    """The delimiter that splits the first rows into the most columns, consistently."""
    prov = "\n".join(text.splitlines()[:_PROVRADER])
    basta, basta_poang = ",", (-1.0, 0)
    for kandidat in AVGRANSARE:
        try:
            rader = [r for r in csv.reader(io.StringIO(prov), delimiter=kandidat) if any(r)]
        except csv.Error:
            continue
        if not rader or len(rader[0]) < 2:
            continue
        bredd = len(rader[0])
        # The last sample row may be cut in the middle of a quoted field: leave it out.
        jamforda = rader[1:-1] or rader[1:] or rader
        lika = sum(1 for r in jamforda if len(r) == bredd) / len(jamforda)
        poang = (lika, bredd)
        if poang > basta_poang:
            basta, basta_poang = kandidat, poang
    return basta


def _las_csv(sokvag: Path, data: bytes) -> Tabell:
    text, kodning, anmarkningar = _avkoda(sokvag, data)
    avgransare = _gissa_avgransare(text)
    try:
        rader = [
            (nummer, [c.strip() for c in rad])
            for nummer, rad in enumerate(
                csv.reader(io.StringIO(text, newline=""), delimiter=avgransare), start=1
            )
            if _radgrans(sokvag, nummer)
        ]
    except csv.Error as exc:
        raise FilenKanInteLasas(sokvag, f"felaktig CSV: {exc}") from None
    tabell = _bygg_tabell(sokvag, rader)
    tabell.format, tabell.kodning, tabell.avgransare = "csv", kodning, avgransare
    tabell.anmarkningar[:0] = anmarkningar
    return tabell


def _radgrans(sokvag: Path, nummer: int) -> bool:
    if nummer > MAX_RADER + _RUBRIKSOK:
        raise ForStorFil(sokvag)
    return True


def _lasa_xlsx(sokvag: Path) -> Tabell:
    import openpyxl  # only an XLSX import pays for the import

    try:
        bok = openpyxl.load_workbook(sokvag, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a broken package
        raise SkadadKalkylfil(sokvag) from None
    try:
        blad = bok.active
        if not hasattr(blad, "iter_rows"):  # no active sheet, or a chart sheet
            blad = bok.worksheets[0]
        blad.reset_dimensions()  # some writers store a wrong size; read what is there
        rader = []
        for nummer, rad in enumerate(blad.iter_rows(values_only=True), start=1):
            _radgrans(sokvag, nummer)
            rader.append((nummer, [_celltext(v) for v in rad]))
        bladnamn = blad.title
    except Importfilfel:
        raise
    except Exception:
        raise SkadadKalkylfil(sokvag) from None
    finally:
        bok.close()
    for nummer, rad in rader:
        for varde in rad:
            traff = _MOJIBAKE.search(varde)
            if traff:
                raise OkandTeckenkodning(
                    sokvag, f' (rad {nummer} innehåller felkodade tecken som "{traff.group()}")'
                )
    tabell = _bygg_tabell(sokvag, rader)
    tabell.format, tabell.blad = "xlsx", bladnamn
    if len(bok.sheetnames) > 1:
        tabell.anmarkningar.append(
            f'Arbetsboken har {len(bok.sheetnames)} blad; bladet "{bladnamn}" lästes.'
        )
    return tabell


def _celltext(varde: object) -> str:
    """A cell value as the text a user would type (dates ISO, whole numbers without .0)."""
    if varde is None:
        return ""
    if isinstance(varde, datetime):
        if varde.time() == time(0, 0):
            return varde.date().isoformat()
        return varde.strftime("%Y-%m-%d %H:%M:%S" if varde.second else "%Y-%m-%d %H:%M")
    if isinstance(varde, date):
        return varde.isoformat()
    if isinstance(varde, time):
        return varde.strftime("%H:%M:%S" if varde.second else "%H:%M")
    if isinstance(varde, timedelta):  # a duration-formatted cell: read as a time of day
        minuter = int(varde.total_seconds() // 60) % (24 * 60)
        return f"{minuter // 60:02d}:{minuter % 60:02d}"
    if isinstance(varde, bool):
        return "ja" if varde else "nej"
    if isinstance(varde, float) and varde.is_integer():
        return str(int(varde))
    return str(varde).strip()


def _kolumnbokstav(index: int) -> str:
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(ord("A") + rest) + text
    return text


def _bygg_tabell(sokvag: Path, rader: list[tuple[int, list[str]]]) -> Tabell:
    """Find the header row, name the columns uniquely, drop empty rows and columns."""
    icke_tomma = [(n, r) for n, r in rader if any(r)]
    if not icke_tomma:
        raise TomFil(sokvag)
    # The header is the first row with two or more filled cells (a title row above is
    # skipped); a one-column file has its header in the first non-empty row.
    rubrikrad = next(
        ((n, r) for n, r in icke_tomma[:_RUBRIKSOK] if sum(1 for c in r if c) >= 2),
        icke_tomma[0],
    )
    rubriknummer, rubrikceller = rubrikrad
    ifyllda = [c for c in rubrikceller if c]
    if all(_SER_UT_SOM_DATA.match(c) for c in ifyllda) or any(
        _SER_UT_SOM_DATA.match(c) and "-" in c for c in ifyllda
    ):
        raise RubrikradSaknas(sokvag, "; ".join(ifyllda[:4]))
    data = [(n, r) for n, r in icke_tomma if n > rubriknummer]
    if not data:
        raise TomFil(sokvag, bara_rubriker=True)
    if len(data) > MAX_RADER:
        raise ForStorFil(sokvag)
    # Width: the last column with a header or with data in any row.
    bredd = max(
        [i + 1 for i, c in enumerate(rubrikceller) if c]
        + [max((i + 1 for i, c in enumerate(r) if c), default=0) for _, r in data]
    )
    rubriker: list[str] = []
    for i in range(bredd):
        namn = rubrikceller[i] if i < len(rubrikceller) and rubrikceller[i] else ""
        namn = " ".join(namn.split()) or f"Kolumn {_kolumnbokstav(i)}"
        unikt, n = namn, 2
        while unikt in rubriker:
            unikt, n = f"{namn} ({n})", n + 1
        rubriker.append(unikt)
    tomma = ("",) * bredd
    tabell = Tabell(
        rubriker=rubriker,
        rader=[Filrad(n, (tuple(r[:bredd]) + tomma)[:bredd]) for n, r in data],
        filnamn=sokvag.name,
    )
    if rubriknummer > 1:
        tabell.anmarkningar.append(
            f"Rubrikraden är rad {rubriknummer}; raderna ovanför den lästes inte."
        )
    return tabell
