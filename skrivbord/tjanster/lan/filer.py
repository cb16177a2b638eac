"""Writing the län compilation: a folder ``lan_<period>`` with the län tables (CSV,
XLSX, JSON), the kommuner's published totals and categories, the PDF for the
samverkansråd and a manifest; atomically, as a kommun export is written."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from skrivbord.fel import FilKanInteSkrivas, OgiltigUppgift
from skrivbord.jobb import Framsteg, Jobb
from skrivbord.rapporter.lan.underlag import Lansammanstallning
from skrivbord.tjanster.aggregat import format as filformat
from skrivbord.tjanster.aggregat import koder
from skrivbord.tjanster.aggregat.filer import skriv_fil, tillfallig_katalog

LAN_CSV = "lan.csv"
PER_KOMMUN_CSV = "lan_per_kommun.csv"
LAN_JSON = "lan.json"
LAN_XLSX = "lan.xlsx"
LAN_PDF = "lan.pdf"


def _rader(lan: Lansammanstallning) -> list[tuple[str, ...]]:
    return [
        (
            lan.period,
            t.namn,
            t.population,
            c.kod,
            "" if c.antal is None else str(c.antal),
            c.markning,
        )
        for t in lan.tabeller
        for c in t.celler
    ]


def _kommunrader(lan: Lansammanstallning) -> list[tuple[str, ...]]:
    rader: list[tuple[str, ...]] = []
    for r in lan.per_kommun:
        rader.append((r.kommunkod, r.kommun, lan.period, "totalt", r.total))
        rader += [
            (r.kommunkod, r.kommun, lan.period, kod, text)
            for kod, text in zip(lan.kategorikoder, r.kategorier, strict=True)
        ]
    return rader


def _csv(kolumner: tuple[str, ...], rader: list[tuple[str, ...]]) -> bytes:
    buffert = io.StringIO()
    skrivare = csv.writer(buffert, delimiter=";", lineterminator="\r\n")
    skrivare.writerow(kolumner)
    skrivare.writerows(rader)
    return ("\ufeff" + buffert.getvalue()).encode("utf-8")


def _json(lan: Lansammanstallning) -> bytes:
    data: dict[str, Any] = {
        "schemaversion": lan.schemaversion,
        "kodlistor": list(lan.kodlistor),
        "period": lan.period,
        "troskel": lan.troskel,
        "tabeller": [
            {
                "namn": t.namn,
                "population": t.population,
                "rader": [
                    {"kod": c.kod, "antal": c.antal, "markering": c.markning} for c in t.rader
                ],
                "total": None
                if t.total is None
                else {"kod": t.total.kod, "antal": t.total.antal, "markering": t.total.markning},
            }
            for t in lan.tabeller
        ],
        "per_kommun": [
            {
                "kommunkod": r.kommunkod,
                "kommun": r.kommun,
                "totalt": r.total,
                "kategorier": dict(zip(lan.kategorikoder, r.kategorier, strict=True)),
            }
            for r in lan.per_kommun
        ],
        "utveckling": [{"period": p, "totalt": t, "kommuner": n} for p, t, n in lan.trend],
        "saknade": [{"kommunkod": k, "kommun": n} for k, n in lan.saknade],
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _xlsx(lan: Lansammanstallning) -> bytes:
    from openpyxl import Workbook

    bok = Workbook()
    blad = bok.active
    blad.title = "Länet"
    blad.append(["period", "tabell", "population", "kod", "antal", "markering"])
    for rad in _rader(lan):
        blad.append([int(v) if i == 4 and v else v for i, v in enumerate(rad)])
    per = bok.create_sheet("Per kommun")
    per.append(["kommunkod", "kommun", "period", "kod", "antal"])
    for rad in _kommunrader(lan):
        per.append([int(v) if i == 4 and v.isdigit() else v for i, v in enumerate(rad)])
    buffert = io.BytesIO()
    bok.save(buffert)
    return buffert.getvalue()


def skriv(lan: Lansammanstallning, ut: Path | str, skapad: datetime | None = None) -> Jobb[Path]:
    from skrivbord.rapporter.lan import rapport

    ut = Path(ut)
    if not ut.is_dir():
        raise OgiltigUppgift(f"Mappen {ut} finns inte. Välj en befintlig mapp att spara i.")
    mal = ut / f"lan_{lan.period}"
    if mal.exists():
        raise FilKanInteSkrivas(mal, "det finns redan en länssammanställning för perioden där")
    tid = (skapad or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    with tillfallig_katalog(mal) as katalog:
        yield Framsteg(0, 3, "Skriver tabellerna")
        filer = {
            LAN_CSV: _csv(
                ("period", "tabell", "population", "kod", "antal", "markering"), _rader(lan)
            ),
            PER_KOMMUN_CSV: _csv(
                ("kommunkod", "kommun", "period", "kod", "antal"), _kommunrader(lan)
            ),
            LAN_JSON: _json(lan),
            LAN_XLSX: _xlsx(lan),
        }
        for namn, data in filer.items():
            skriv_fil(katalog / namn, data)
        yield Framsteg(1, 3, "Skriver rapporten (PDF)")
        filer[LAN_PDF] = rapport.skriv(lan, katalog / LAN_PDF, koder.namn, tid.date()).read_bytes()
        manifest = {
            "schemaversion": lan.schemaversion,
            "kodlistor": list(lan.kodlistor),
            "period": lan.period,
            "skapad": tid.isoformat().replace("+00:00", "Z"),
            "filer": {
                n: {"sha256": filformat.sha256(d), "storlek": len(d)} for n, d in filer.items()
            },
        }
        skriv_fil(
            katalog / filformat.MANIFEST_NAMN,
            (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
        )
        yield Framsteg(2, 3, "Sparar")
    yield Framsteg(3, 3, "Klart")
    return mal
