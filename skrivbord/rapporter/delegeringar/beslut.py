"""Beslut om delegering, för underskrift: en sida med båda namnen, uppgifterna,
enheterna, giltighetstiden, utbildning och kunskapstest, villkoren och
underskriftsraderna för den delegerande och den som tar emot delegeringen.

Internt dokument (DESIGN §6): "Intern – innehåller personuppgifter" överst och i
sidhuvudet; filen skrivs bara läsbar för ägaren (pdfbas, mkstemp). Beslutet ska vara
skriftligt och personligt och gäller högst ett år (SOSFS 1997:14); för läkemedel
krävs dokumenterade kunskaper (HSLF-FS 2017:37).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from skrivbord.rapporter.delegeringar.underlag import Beslutsdata
from skrivbord.rapporter.pdfbas import INTERN, ROD, TEXTBREDD, Stilar, bygg

TITEL = "Beslut om delegering"
ETIKETTBREDD = 48 * mm
_KANT = colors.HexColor("#9aa5b1")
_ETIKETT = ParagraphStyle(
    "beslut_etikett", fontName=Stilar.typsnitt_fet, fontSize=8.5, leading=10.5
)
_VARDE = ParagraphStyle("beslut_varde", parent=Stilar.brodtext, spaceAfter=0)
_INTERN_STIL = ParagraphStyle(
    "beslut_intern", parent=Stilar.brodtext, fontName=Stilar.typsnitt_fet, textColor=ROD
)

VILLKOR_ALLTID = (
    "Delegeringen är personlig och gäller bara de uppgifter och enheter som står ovan.",
    "Den som tar emot delegeringen ansvarar för att uppgiften utförs korrekt och säkert, "
    "och ska säga till om hen inte känner sig säker på den.",
    "Delegeringen kan återkallas när som helst av den som har delegerat eller av MAS.",
    "Beslutet gäller högst ett år (SOSFS 1997:14). För läkemedel krävs dokumenterade "
    "kunskaper om läkemedelshantering (HSLF-FS 2017:37).",
)


def _text(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def _datum(d: date | None) -> str:
    return d.isoformat() if d is not None else "–"


def _falt(d: Beslutsdata) -> Table:
    test = d.kunskapstest or "–"
    if d.kunskapstest_datum is not None:
        test = f"{test} ({d.kunskapstest_datum.isoformat()})"
    rader: list[tuple[str, str]] = [
        (
            "Delegeringen ges till",
            f"<b>{_text(d.delegerad)}</b>, {_text(d.delegerad_roll.lower())}",
        ),
        (
            "Delegerande",
            f"<b>{_text(d.delegerande)}</b>, legitimerad {_text(d.delegerande_roll.lower())}",
        ),
        ("Enheter", _text(", ".join(d.enheter) or "–")),
        ("Arbetsuppgifter", "<br/>".join(f"• {_text(u)}" for u in d.uppgifter) or "–"),
        (
            "Giltighetstid",
            f"Från och med <b>{d.giltig_fran.isoformat()}</b> till och med "
            f"<b>{d.giltig_till.isoformat()}</b>",
        ),
        ("Utbildning genomförd", _datum(d.utbildning_datum)),
        ("Kunskapstest", _text(test)),
        ("MAS informerad", _datum(d.mas_informerad_datum)),
        (
            "Villkor och begränsningar",
            _text(d.villkor) if d.villkor else "Inga utöver de allmänna.",
        ),
    ]
    if d.ersatter_id is not None:
        rader.append(("Förnyelse av", f"Beslut nr {d.ersatter_id}"))
    if d.aterkallad:
        rader.append(("Återkallad", f"<font color='{ROD}'>{_text(d.aterkallad)}</font>"))
    data = [[Paragraph(escape(e), _ETIKETT), Paragraph(v, _VARDE)] for e, v in rader]
    tabell = Table(data, colWidths=[ETIKETTBREDD, TEXTBREDD - ETIKETTBREDD], hAlign="LEFT")
    tabell.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, _KANT),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f5f8")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return tabell


def _underskrifter(d: Beslutsdata) -> Table:
    halva = (TEXTBREDD - 12 * mm) / 2
    rader = [
        ["Delegerande (legitimerad personal)", "", "Mottagare av delegeringen"],
        ["Underskrift", "", "Underskrift"],
        [f"Namnförtydligande: {d.delegerande}", "", f"Namnförtydligande: {d.delegerad}"],
        ["Datum", "", "Datum"],
    ]
    tabell = Table(
        rader, colWidths=[halva, 12 * mm, halva], rowHeights=[None, 13 * mm, 9 * mm, 9 * mm]
    )
    tabell.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), Stilar.typsnitt_fet, 9),
                ("FONT", (0, 1), (-1, -1), Stilar.typsnitt, 7.5),
                ("TEXTCOLOR", (0, 1), (-1, -1), colors.HexColor("#5f6b76")),
                ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 1),
                ("LINEABOVE", (0, 2), (0, -1), 0.7, colors.black),
                ("LINEABOVE", (2, 2), (2, -1), 0.7, colors.black),
                ("LINEBELOW", (0, -1), (0, -1), 0.7, colors.black),
                ("LINEBELOW", (2, -1), (2, -1), 0.7, colors.black),
            ]
        )
    )
    return tabell


def skriv_beslut(
    data: Beslutsdata, ut: Path | str, kommun: str = "", utskriven: date | None = None
) -> Path:
    innehall: list[Flowable] = [
        Paragraph(INTERN, _INTERN_STIL),
        Paragraph(f"{TITEL} <font size=12 color='#5f6b76'>nr {data.id}</font>", Stilar.rubrik1),
        Paragraph(
            "Delegering av hälso- och sjukvårdsuppgifter enligt SOSFS 1997:14. Beslutet är "
            "skriftligt, personligt och tidsbegränsat.",
            Stilar.ingress,
        ),
        _falt(data),
        Paragraph("Allmänna villkor", Stilar.rubrik3),
    ]
    innehall += [Paragraph(t, Stilar.punkt, bulletText="•") for t in VILLKOR_ALLTID]
    innehall += [
        Spacer(1, 4 * mm),
        KeepTogether([Paragraph("Underskrifter", Stilar.rubrik3), _underskrifter(data)]),
    ]
    return bygg(
        ut,
        innehall,
        f"{TITEL} nr {data.id}",
        kommun,
        amne="Delegering",
        utskriven=utskriven,
        markering=INTERN,
    )
