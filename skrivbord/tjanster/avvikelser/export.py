"""Export of the avvikelse list (as filtered in the list) to CSV and XLSX, as jobs.

What leaves: the columns in ``KOLUMNER``, read by a query that names exactly those
fields. Never the external reference (the journal system's case number, the only link
to a patient) and never the reporter's name (internal only).

The list is an internal working document (DESIGN: "Public and internal outputs"): its
first row says so (``INTERN``), as the file name the dialog suggests does; the header
row follows. The import reads such a file back (it skips a one-cell title row).

CSV is what Swedish Excel opens with a double-click: semicolon, UTF-8 with BOM, CRLF,
ISO dates. A text cell starting with = + - @ (or a tab / carriage return) gets an
apostrophe in front, so a spreadsheet never runs it as a formula (CSV injection).

XLSX is written here as a small SpreadsheetML package, streamed row by row into the
zip: openpyxl's writer (write-only mode included) spools every sheet to a plain-text
temporary file in the system temp folder, which DESIGN.md §3 rules out for personal
data. Text cells are inline strings, which Excel never evaluates; dates are real
dates shown as ÅÅÅÅ-MM-DD; the header row is frozen and has an autofilter.

Both write to a temporary file in the target folder and rename it over the target only
when complete (os.replace): a failure or a cancel leaves no partial file, and an
existing file stays as it was.
"""

from __future__ import annotations

import contextlib
import csv
import json
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape

from skrivbord import atomiskfil
from skrivbord.jobb import Framsteg, Jobb
from skrivbord.lagring import sql
from skrivbord.lagring.databas import Databas
from skrivbord.tjanster.avvikelser import lista as avvikelselista
from skrivbord.tjanster.avvikelser import risk
from skrivbord.tjanster.avvikelser.import_tolkning import TID_OKAND
from skrivbord.tjanster.avvikelser.lista import Filter
from skrivbord.typer import Avvikelsestatus, Konsekvens, LexMaria

KOLUMNER = (
    "Id",
    "Händelsedatum",
    "Tid",
    "Rapporterad",
    "Enhet",
    "Kategori",
    "Underkategori",
    "Konsekvens",
    "Risk",
    "Status",
    "Mellan vårdgivare",
    "Lex Maria",
    "Beskrivning",
    "Omedelbar åtgärd",
)
INTERN = (
    "Intern – innehåller personuppgifter. Arbetsdokument ur Skrivbord: "
    "lämnas inte ut och skickas inte till regionen."
)
SATS = 500  # rows per query and between progress reports
_FORMELTECKEN = ("=", "+", "-", "@", "\t", "\r")
_XLSX_MAX_TECKEN = 32_767  # Excel's limit per cell
# Characters XML 1.0 cannot carry (a control character pasted into a description).
_OGILTIG_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# Exactly the exported fields: extern_referens and rapportor_namn are never read here.
_FRAGA = (
    "SELECT a.id, a.handelse_tid, a.rapporterad_datum, e.namn, k.namn, a.underkategori, "
    "a.konsekvens, a.risk_konsekvens, a.risk_sannolikhet, a.status, a.mellan_vardgivare, "
    "a.lex_maria, a.beskrivning, a.omedelbar_atgard, a.tid_okand "
    "FROM avvikelse a JOIN enhet e ON e.id = a.enhet_id "
    "JOIN avvikelse_kategori k ON k.id = a.kategori_id "
    "WHERE a.id IN (SELECT value FROM json_each(?))"
)
_FRAGA_POSTGRESQL = _FRAGA.replace("IN (SELECT value FROM json_each(?))", "= ANY(%s)")

Varde = int | str | date | None


@dataclass(frozen=True)
class Exportresultat:
    sokvag: Path
    antal: int  # exported avvikelser


def _rader(databas: Databas, ids: Sequence[int]) -> list[tuple[Varde, ...]]:
    """Export rows for these ids, in the same order."""
    with databas.ra_anslutning() as anslutning:
        if databas.dialekt == sql.POSTGRESQL:
            svar = anslutning.execute(_FRAGA_POSTGRESQL, (list(ids),))
        else:
            svar = anslutning.execute(_FRAGA, (json.dumps(list(ids)),))
        per_id = {r[0]: r for r in svar.fetchall()}
    rader: list[tuple[Varde, ...]] = []
    for i in ids:
        r = per_id.get(i)
        if r is None:  # deleted since the list was read
            continue
        (id_, tid, rapporterad, enhet, kategori, underkategori, konsekvens) = r[:7]
        (risk_k, risk_s, status, mellan, lex_maria, beskrivning, atgard, tid_okand) = r[7:]
        handelse = sql.tid(tid)
        rader.append(
            (
                id_,
                handelse.date(),
                # Not 00:00, which is a time; the import reads it back as unknown.
                TID_OKAND if tid_okand else handelse.strftime("%H:%M"),
                sql.datum(rapporterad),
                enhet,
                kategori,
                underkategori or "",
                Konsekvens(konsekvens).etikett,
                risk.poang(risk_k, risk_s),
                Avvikelsestatus(status).etikett,
                "Ja" if mellan else "Nej",
                LexMaria(lex_maria).etikett,
                beskrivning or "",
                atgard or "",
            )
        )
    return rader


class _Skrivare(contextlib.AbstractContextManager["_Skrivare"]):
    def skriv(self, rader: Sequence[Sequence[Varde]]) -> None:
        raise NotImplementedError


def _exportera(
    databas: Databas,
    filter: Filter | None,
    ut: Path | str,
    suffix: str,
    skrivare: Callable[[Path, int], _Skrivare],
) -> Jobb[Exportresultat]:
    ut = Path(ut)
    ids = avvikelselista.ordnade_id(databas, filter)
    antal = 0
    yield Framsteg(0, len(ids), "Exporterar avvikelser")
    with atomiskfil.ersatt(ut, suffix) as tillfallig, skrivare(tillfallig, len(ids)) as fil:
        for start in range(0, len(ids), SATS):
            rader = _rader(databas, ids[start : start + SATS])
            fil.skriv(rader)
            antal += len(rader)
            yield Framsteg(min(start + SATS, len(ids)), len(ids), "Exporterar avvikelser")
    return Exportresultat(ut, antal)


# ---------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------


def neutralisera(text: str) -> str:
    """A text a spreadsheet would run as a formula, made plain text (CSV injection)."""
    return "'" + text if text.startswith(_FORMELTECKEN) else text


def _csvtext(varde: Varde) -> str:
    if varde is None:
        return ""
    if isinstance(varde, date):
        return varde.isoformat()
    if isinstance(varde, int):
        return str(varde)
    return neutralisera(varde)


class _CsvSkrivare(_Skrivare):
    def __init__(self, sokvag: Path, _antal: int) -> None:
        self._fil: IO[str] = open(sokvag, "w", encoding="utf-8-sig", newline="")  # noqa: SIM115
        self._csv = csv.writer(self._fil, delimiter=";", lineterminator="\r\n")
        self._csv.writerow([INTERN])
        self._csv.writerow(KOLUMNER)

    def skriv(self, rader: Sequence[Sequence[Varde]]) -> None:
        self._csv.writerows([_csvtext(v) for v in rad] for rad in rader)

    def __exit__(self, *_: object) -> None:
        self._fil.close()


def exportera_csv(databas: Databas, filter: Filter | None, ut: Path | str) -> Jobb[Exportresultat]:
    """The list as CSV for Swedish Excel (semicolon, UTF-8 with BOM, CRLF, ISO dates)."""
    return _exportera(databas, filter, ut, ".csv", _CsvSkrivare)


# ---------------------------------------------------------------------------
# XLSX
# ---------------------------------------------------------------------------

_HUVUD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_BLADNAMN = "Avvikelser"
_BREDDER = (8, 13, 7, 12, 22, 22, 18, 13, 6, 18, 10, 16, 60, 40)
_BOKSTAVER = [chr(ord("A") + i) for i in range(len(KOLUMNER))]
_EPOK = date(1899, 12, 30)
# Styles: 0 normal, 1 date (ÅÅÅÅ-MM-DD), 2 bold (the header row).
_STILAR = (
    f'{_HUVUD}<styleSheet xmlns="{_NS}">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
_INNEHALLSTYPER = (
    f'{_HUVUD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_CT}.worksheet+xml"/>'
    f'<Override PartName="/xl/styles.xml" ContentType="{_CT}.styles+xml"/>'
    "</Types>"
)
_PAKETRELATIONER = (
    f'{_HUVUD}<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_BOKRELATIONER = (
    f'{_HUVUD}<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL}/styles" Target="styles.xml"/>'
    "</Relationships>"
)


def _arbetsbok(sista_rad: int) -> str:
    omrade = f"{_BLADNAMN}!$A$2:${_BOKSTAVER[-1]}${sista_rad}"
    return (
        f'{_HUVUD}<workbook xmlns="{_NS}" xmlns:r="{_REL}">'
        "<bookViews><workbookView/></bookViews>"
        f'<sheets><sheet name="{_BLADNAMN}" sheetId="1" r:id="rId1"/></sheets>'
        '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'
        f"{omrade}</definedName></definedNames>"
        "</workbook>"
    )


def _xlsxtext(text: str) -> str:
    text = _OGILTIG_XML.sub("", text)
    if len(text) > _XLSX_MAX_TECKEN:
        text = text[: _XLSX_MAX_TECKEN - 4] + " […]"
    return escape(text)


def _cell(ref: str, varde: Varde, stil: int = 0) -> str:
    if varde is None or varde == "":
        return ""
    if isinstance(varde, date):
        return f'<c r="{ref}" s="1"><v>{(varde - _EPOK).days}</v></c>'
    s = f' s="{stil}"' if stil else ""
    if isinstance(varde, int):
        return f'<c r="{ref}"{s}><v>{varde}</v></c>'
    # An inline string is text whatever it starts with: Excel never evaluates it.
    return (
        f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{_xlsxtext(varde)}</t></is></c>'
    )


class _XlsxSkrivare(_Skrivare):
    def __init__(self, sokvag: Path, antal: int) -> None:
        self._zip = zipfile.ZipFile(sokvag, "w", compression=zipfile.ZIP_DEFLATED)
        sista_rad = antal + 2  # the INTERN row, the header, the rows
        for namn, innehall in (
            ("[Content_Types].xml", _INNEHALLSTYPER),
            ("_rels/.rels", _PAKETRELATIONER),
            ("xl/workbook.xml", _arbetsbok(sista_rad)),
            ("xl/_rels/workbook.xml.rels", _BOKRELATIONER),
            ("xl/styles.xml", _STILAR),
        ):
            self._zip.writestr(namn, innehall)
        self._blad = self._zip.open("xl/worksheets/sheet1.xml", "w")
        self._rad = 1
        # The autofilter on the header row; INTERN printed at the top of every page too.
        self._slut = (
            f'</sheetData><autoFilter ref="A2:{_BOKSTAVER[-1]}{sista_rad}"/>'
            f"<headerFooter><oddHeader>&amp;L{escape(INTERN)}</oddHeader></headerFooter>"
            "</worksheet>"
        )
        kolumner = "".join(
            f'<col min="{i}" max="{i}" width="{b}" customWidth="1"/>'
            for i, b in enumerate(_BREDDER, start=1)
        )
        self._skriv_text(
            f'{_HUVUD}<worksheet xmlns="{_NS}" xmlns:r="{_REL}">'
            '<sheetViews><sheetView workbookViewId="0">'
            '<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>'
            "</sheetView></sheetViews>"
            f'<sheetFormatPr defaultRowHeight="15"/><cols>{kolumner}</cols><sheetData>'
        )
        self.skriv([(INTERN, *("",) * (len(KOLUMNER) - 1))], stil=2)
        self.skriv([KOLUMNER], stil=2)

    def _skriv_text(self, text: str) -> None:
        self._blad.write(text.encode("utf-8"))

    def skriv(self, rader: Sequence[Sequence[Varde]], stil: int = 0) -> None:
        delar = []
        for rad in rader:
            n = self._rad
            celler = "".join(
                _cell(f"{b}{n}", v, stil) for b, v in zip(_BOKSTAVER, rad, strict=True)
            )
            delar.append(f'<row r="{n}">{celler}</row>')
            self._rad += 1
        self._skriv_text("".join(delar))

    def __exit__(self, typ: object, *_: object) -> None:
        try:
            if typ is None:
                self._skriv_text(self._slut)
            self._blad.close()
        finally:
            self._zip.close()


def exportera_xlsx(databas: Databas, filter: Filter | None, ut: Path | str) -> Jobb[Exportresultat]:
    """The list as an Excel workbook (one sheet, header row frozen, autofilter)."""
    return _exportera(databas, filter, ut, ".xlsx", _XlsxSkrivare)
