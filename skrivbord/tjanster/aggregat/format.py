"""The aggregate's file formats, as text and bytes (no file system here): the long CSV,
the JSON, the XLSX and the manifest (schema in docs/aggregatexport.md). The writer
(filer.py) puts them in a folder; the reader (lasning.py) reads them back.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterator, Mapping
from typing import Any

from skrivbord.rapporter.aggregat.underlag import (
    Aggregat,
    Cell,
    Genomforandegrad,
    Tabell,
)

CSV_NAMN = "aggregat.csv"
JSON_NAMN = "aggregat.json"
XLSX_NAMN = "aggregat.xlsx"
PDF_NAMN = "sammanfattning.pdf"
MANIFEST_NAMN = "manifest.json"
CSV_KOLUMNER = ("kommunkod", "period", "tabell", "population", "kod", "antal", "markering")


def langa_rader(aggregat: Aggregat) -> Iterator[tuple[str, ...]]:
    """One row per table and code (the total last, code ``totalt``), then the
    egenkontroll rates as two rows per area (due and done)."""
    for tabell in aggregat.tabeller:
        for cell in tabell.celler:
            antal = "" if cell.antal is None else str(cell.antal)
            yield (
                aggregat.kommunkod,
                aggregat.period,
                tabell.namn,
                tabell.population,
                cell.kod,
                antal,
                cell.markning,
            )
    for grad in aggregat.egenkontroller:
        for namn, varde in (("forfallna", grad.forfallna), ("utforda", grad.utforda)):
            yield (
                aggregat.kommunkod,
                aggregat.period,
                f"egenkontroll_{namn}",
                "egenkontroll",
                grad.omradeskod,
                str(varde),
                "",
            )


def csv_bytes(aggregat: Aggregat) -> bytes:
    """UTF-8 with BOM, semicolons, CRLF: what Swedish Excel opens with a double-click."""
    buffert = io.StringIO()
    skrivare = csv.writer(buffert, delimiter=";", lineterminator="\r\n")
    skrivare.writerow(CSV_KOLUMNER)
    skrivare.writerows(langa_rader(aggregat))
    return ("\ufeff" + buffert.getvalue()).encode("utf-8")


def _cell(cell: Cell) -> dict[str, Any]:
    return {"kod": cell.kod, "antal": cell.antal, "markering": cell.markning}


def som_json(aggregat: Aggregat) -> dict[str, Any]:
    return {
        "schemaversion": aggregat.schemaversion,
        "kodlista": aggregat.kodlista,
        "appversion": aggregat.appversion,
        "kommunkod": aggregat.kommunkod,
        "kommun": aggregat.kommun,
        "period": aggregat.period,
        "troskel": aggregat.troskel,
        "tabeller": [
            {
                "namn": t.namn,
                "population": t.population,
                "rader": [_cell(c) for c in t.rader],
                "total": _cell(t.total) if t.total is not None else None,
            }
            for t in aggregat.tabeller
        ],
        "egenkontroller": [
            {"omradeskod": g.omradeskod, "forfallna": g.forfallna, "utforda": g.utforda}
            for g in aggregat.egenkontroller
        ],
    }


def json_bytes(aggregat: Aggregat) -> bytes:
    return (json.dumps(som_json(aggregat), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _las_cell(data: Mapping[str, Any]) -> Cell:
    antal = data["antal"]
    markning = str(data.get("markering", ""))
    if antal is not None and (not isinstance(antal, int) or antal < 0):
        raise ValueError("antal")
    if (antal is None) == (markning == ""):
        raise ValueError("markering")
    return Cell(str(data["kod"]), antal, markning)


def fran_json(data: Mapping[str, Any]) -> Aggregat:
    """The aggregate of a JSON file (``ValueError``/``KeyError``/``TypeError`` when the
    content does not follow the schema: the reader turns them into a Swedish message)."""
    tabeller = tuple(
        Tabell(
            str(t["namn"]),
            str(t["population"]),
            tuple(_las_cell(c) for c in t["rader"]),
            _las_cell(t["total"]) if t["total"] is not None else None,
        )
        for t in data["tabeller"]
    )
    grader = tuple(
        Genomforandegrad(str(g["omradeskod"]), int(g["forfallna"]), int(g["utforda"]))
        for g in data["egenkontroller"]
    )
    return Aggregat(
        str(data["schemaversion"]),
        str(data["kodlista"]),
        str(data["appversion"]),
        str(data["kommunkod"]),
        str(data["kommun"]),
        str(data["period"]),
        int(data["troskel"]),
        tabeller,
        grader,
    )


def xlsx_bytes(aggregat: Aggregat) -> bytes:
    """The same long table as the CSV on one sheet (numbers as numbers, the marks as
    text), and the export's facts on a second."""
    from openpyxl import Workbook  # only the export pays for the import

    bok = Workbook()
    blad = bok.active
    blad.title = "Aggregat"
    blad.append(list(CSV_KOLUMNER))
    for rad in langa_rader(aggregat):
        blad.append([int(v) if i == 5 and v else v for i, v in enumerate(rad)])
    blad.freeze_panes = "A2"
    blad.auto_filter.ref = blad.dimensions
    om = bok.create_sheet("Om")
    for nyckel in ("schemaversion", "kodlista", "appversion", "kommunkod", "kommun", "period"):
        om.append([nyckel, getattr(aggregat, nyckel)])
    om.append(["troskel", aggregat.troskel])
    buffert = io.BytesIO()
    bok.save(buffert)
    return buffert.getvalue()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def manifest_bytes(aggregat: Aggregat, filer: Mapping[str, bytes], skapad: str) -> bytes:
    """The manifest: every file's SHA-256, the versions and the creation time (UTC)."""
    innehall = {
        "schemaversion": aggregat.schemaversion,
        "kodlista": aggregat.kodlista,
        "appversion": aggregat.appversion,
        "kommunkod": aggregat.kommunkod,
        "period": aggregat.period,
        "skapad": skapad,
        "filer": {
            namn: {"sha256": sha256(data), "storlek": len(data)} for namn, data in filer.items()
        },
    }
    return (json.dumps(innehall, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
