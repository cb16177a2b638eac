"""Protokoll för en läkemedelstillsyn: enhet, datum, vem som gjorde den, checklistans
svar, narkotikaräkningen, fynden med åtgärder och rader för underskrift.

Ett internt arbetsdokument (det namnger personal och har fritext): "Intern – innehåller
personuppgifter" överst och i varje sidhuvud (DESIGN §6); filen skrivs bara läsbar för
ägaren (pdfbas, mkstemp). Checklistan följer HSLF-FS 2017:37 (docs/lakemedelstillsyn.md).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from skrivbord.rapporter.lakemedelstillsyn.underlag import Protokollunderlag, differens, saldo
from skrivbord.rapporter.pdfbas import INTERN, ROD, TEXTBREDD, Stilar, bygg

TITEL = "Protokoll för läkemedelstillsyn"
_KANT = colors.HexColor("#9aa5b1")
_RANDIG = colors.HexColor("#f2f4f6")
_MARKERAD = colors.HexColor("#fde7e5")
_CELL = ParagraphStyle("cell", parent=Stilar.brodtext, fontSize=8.5, leading=10.5, spaceAfter=0)
_CELL_FET = ParagraphStyle("cellfet", parent=_CELL, fontName=Stilar.typsnitt_fet)
_INTERN_STIL = ParagraphStyle(
    "intern", parent=Stilar.brodtext, fontName=Stilar.typsnitt_fet, textColor=ROD
)


def _p(text: str, stil: ParagraphStyle = _CELL) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), stil)


def _tabell(rader: list[list[Flowable | str]], bredder: list[float], markerade: list[int]) -> Table:
    t = Table(rader, colWidths=bredder, repeatRows=1, hAlign="LEFT")
    stil = [
        ("GRID", (0, 0), (-1, -1), 0.4, _KANT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), _RANDIG),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    stil += [("BACKGROUND", (0, i), (-1, i), _MARKERAD) for i in markerade]
    t.setStyle(TableStyle(stil))
    return t


def _huvud(d: Protokollunderlag) -> list[Flowable]:
    falt = [
        ("Enhet", d.enhet),
        ("Tillsyn", d.typ),
        ("Datum", d.datum.isoformat()),
        ("Utförd av", d.utford_av or "–"),
        ("Övriga deltagare", d.deltagare or "–"),
    ]
    rader: list[list[Flowable | str]] = [[_p(k, _CELL_FET), _p(v)] for k, v in falt]
    t = Table(rader, colWidths=[40 * mm, TEXTBREDD - 40 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, _KANT)]))
    return [t, Spacer(1, 4 * mm)]


def _svaren(d: Protokollunderlag) -> list[Flowable]:
    rader: list[list[Flowable | str]] = [
        [
            _p("Nr", _CELL_FET),
            _p("Kontrollpunkt", _CELL_FET),
            _p("Svar", _CELL_FET),
            _p("Kommentar", _CELL_FET),
        ]
    ]
    markerade = []
    for nr, s in enumerate(d.svar, 1):
        rader.append(
            [_p(str(nr)), _p(s.fraga), _p(s.svar, _CELL_FET if s.nej else _CELL), _p(s.kommentar)]
        )
        if s.nej:
            markerade.append(nr)
    bredder = [9 * mm, 92 * mm, 20 * mm, TEXTBREDD - 121 * mm]
    return [Paragraph("Checklista", Stilar.rubrik2), _tabell(rader, bredder, markerade)]


def _rakningen(d: Protokollunderlag) -> list[Flowable]:
    if not d.rakningar:
        return []
    rader: list[list[Flowable | str]] = [
        [_p(t, _CELL_FET) for t in ("Preparat", "Journal", "Räknat", "Differens", "Kommentar")]
    ]
    markerade = []
    for i, r in enumerate(d.rakningar, 1):
        kommentar = r.kommentar
        if r.avvikelse_id is not None:
            kommentar = f"{kommentar} (avvikelse nr {r.avvikelse_id})".strip()
        stil = _CELL_FET if r.differens else _CELL
        rader.append(
            [
                _p(r.preparat),
                _p(saldo(r.journal)),
                _p(saldo(r.raknat)),
                _p(differens(r.differens), stil),
                _p(kommentar),
            ]
        )
        if r.differens:
            markerade.append(i)
    bredder = [52 * mm, 19 * mm, 19 * mm, 21 * mm, TEXTBREDD - 111 * mm]
    antal = len(markerade)
    sammanfattning = (
        "Alla räknade saldon stämmer mot narkotikajournalen."
        if not antal
        else f"{antal} av {len(d.rakningar)} saldon stämmer inte; varje differens är "
        "registrerad som en avvikelse (läkemedel, narkotikasaldo)."
    )
    return [
        Paragraph("Narkotikaräkning", Stilar.rubrik2),
        _tabell(rader, bredder, markerade),
        Paragraph(sammanfattning, Stilar.liten),
    ]


def _atgarderna(d: Protokollunderlag) -> list[Flowable]:
    ut: list[Flowable] = [Paragraph("Fynd och åtgärder", Stilar.rubrik2)]
    if not d.atgarder:
        return [
            *ut,
            Paragraph("Inga fynd: alla punkter besvarades ja eller ej aktuellt.", Stilar.brodtext),
        ]
    rader: list[list[Flowable | str]] = [
        [_p(t, _CELL_FET) for t in ("Fynd", "Åtgärd", "Ansvarig", "Senast", "Status")]
    ]
    for a in d.atgarder:
        rader.append(
            [
                _p(a.fynd),
                _p(a.beskrivning),
                _p(a.ansvarig or "–"),
                _p(a.deadline.isoformat() if a.deadline else "–"),
                _p(a.status),
            ]
        )
    bredder = [48 * mm, 46 * mm, 30 * mm, 22 * mm, TEXTBREDD - 146 * mm]
    return [*ut, _tabell(rader, bredder, [])]


def _underskrifter() -> list[Flowable]:
    linje = "_" * 38
    rader = [
        [
            _p("Utförd av (underskrift och namnförtydligande)"),
            _p("Enhetschef (underskrift och namnförtydligande)"),
        ],
        [_p(f"\n{linje}"), _p(f"\n{linje}")],
        [_p("Datum: ____________"), _p("Datum: ____________")],
    ]
    t = Table(rader, colWidths=[TEXTBREDD / 2] * 2, hAlign="LEFT")
    return [KeepTogether([Paragraph("Underskrifter", Stilar.rubrik2), t])]


def skriv(
    d: Protokollunderlag, ut: Path | str, kommun: str = "", utskriven: date | None = None
) -> Path:
    innehall: list[Flowable] = [
        Paragraph(INTERN, _INTERN_STIL),
        Paragraph(f"{TITEL} <font size=12 color='#5f6b76'>nr {d.id}</font>", Stilar.rubrik1),
        *_huvud(d),
        *_svaren(d),
        *_rakningen(d),
        *_atgarderna(d),
    ]
    if d.kommentar:
        innehall += [Paragraph("Kommentar", Stilar.rubrik3), _p(d.kommentar, Stilar.brodtext)]
    innehall += _underskrifter()
    return bygg(
        ut,
        innehall,
        f"{TITEL} nr {d.id}",
        kommun,
        amne="Läkemedelstillsyn",
        utskriven=utskriven,
        markering=INTERN,
    )
