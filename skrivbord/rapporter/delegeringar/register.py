"""Delegeringsregistret per enhet: vem som har vilka delegeringar, av vem, hur länge,
och vilka som behöver åtgärdas (går ut snart, har gått ut, personen är inaktiv).

Internt dokument (DESIGN §6): namn på personal, märkt i sidhuvudet och överst.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from skrivbord.rapporter import tabeller
from skrivbord.rapporter.delegeringar.underlag import Registerdata, Registerenhet
from skrivbord.rapporter.pdfbas import INTERN, ROD, Stilar, bygg

TITEL = "Delegeringsregister"
_INTERN_STIL = ParagraphStyle(
    "register_intern", parent=Stilar.brodtext, fontName=Stilar.typsnitt_fet, textColor=ROD
)
_CELL = ParagraphStyle("register_cell", fontName=Stilar.typsnitt, fontSize=8, leading=9.5)
_BREDDER = (38 * mm, 58 * mm, 30 * mm, 20 * mm, 24 * mm)


def _enhet(enhet: Registerenhet) -> list[Flowable]:
    rubrik = [
        tabeller.rubrikcell(t, Stilar, hoger=False)
        for t in ("Namn", "Arbetsuppgifter", "Delegerande", "Gäller till", "Läge")
    ]
    data: list[list[object]] = [rubrik]
    for r in enhet.rader:
        data.append(
            [
                Paragraph(f"<b>{escape(r.delegerad)}</b><br/>{escape(r.roll)}", _CELL),
                Paragraph("<br/>".join(escape(u) for u in r.uppgifter), _CELL),
                Paragraph(escape(r.delegerande), _CELL),
                r.giltig_till.isoformat(),
                Paragraph(
                    f"<font color='{ROD}'><b>{escape(r.lage)}</b></font>"
                    if r.varning
                    else escape(r.lage),
                    _CELL,
                ),
            ]
        )
    delar: list[Flowable] = [Paragraph(escape(enhet.namn), Stilar.rubrik2)]
    if not enhet.rader:
        delar.append(Paragraph("Inga gällande delegeringar.", Stilar.brodtext))
        return [KeepTogether(delar)]
    # Rows as tall as their text (tabeller.tabell has fixed heights for one line).
    tabell = Table(data, colWidths=list(_BREDDER), hAlign="LEFT", repeatRows=1)
    stil = [
        ("FONT", (0, 0), (-1, -1), Stilar.typsnitt, tabeller.STORLEK),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.7, tabeller.LINJE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    stil += [("BACKGROUND", (0, i), (-1, i), tabeller.RAND) for i in range(2, len(data), 2)]
    tabell.setStyle(TableStyle(stil))
    return [*delar, tabell]


def skriv_register(data: Registerdata, ut: Path | str, kommun: str = "") -> Path:
    antal = sum(len(e.rader) for e in data.enheter)
    varningar = sum(r.varning for e in data.enheter for r in e.rader)
    innehall: list[Flowable] = [
        Paragraph(INTERN, _INTERN_STIL),
        Paragraph(TITEL, Stilar.rubrik1),
        Paragraph(
            f"{escape(data.urval)}, {data.utskriven.isoformat()}: {antal} delegeringar i "
            f"registret, varav {varningar} att åtgärda (markerade i rött).",
            Stilar.ingress,
        ),
        Paragraph(
            "Delegeringar som gått ut under de senaste 90 dagarna utan att förnyas eller "
            "återkallas står med så länge personen är aktiv. En delegering gäller högst ett "
            "år (SOSFS 1997:14).",
            Stilar.liten,
        ),
    ]
    for enhet in data.enheter:
        innehall += _enhet(enhet)
    return bygg(
        ut,
        innehall,
        TITEL,
        kommun,
        amne="Delegeringar",
        utskriven=data.utskriven,
        markering=INTERN,
    )
