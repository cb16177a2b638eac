"""A one-page PDF with a database's recovery key, to print and lock away.

It holds the key, the kommun, the database file's name (not its folder) and the
date, with instructions; nothing else from the database.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from skrivbord.rapporter.pdfbas import BLA, TEXTBREDD, Stilar, bygg

TITEL = "Återställningsnyckel för Skrivbord"
_NYCKELSTIL = ParagraphStyle(
    "nyckel", fontName=Stilar.typsnitt_mono, fontSize=20, leading=24, textColor=BLA
)

# The page has room: the instructions a size larger than in the reports.
_TEXT = ParagraphStyle("nyckelsida", parent=Stilar.brodtext, fontSize=10.5, leading=14)


def _nyckelrutor(nyckel: str) -> Table:
    """The groups in a grid (4 per row) so they are easy to read aloud and type."""
    grupper = nyckel.split("-")
    rader = [grupper[i : i + 4] for i in range(0, len(grupper), 4)]
    rader[-1] += [""] * (4 - len(rader[-1]))
    tabell = Table(
        [[Paragraph(g, _NYCKELSTIL) for g in rad] for rad in rader],
        colWidths=[TEXTBREDD / 4] * 4,
        rowHeights=[13 * mm] * len(rader),
    )
    tabell.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1, BLA),
                ("BACKGROUND", (0, 0), (-1, -1), "#f2f6fa"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 14),
            ]
        )
    )
    return tabell


def skriv_pdf(
    sokvag_pdf: Path | str, nyckel: str, kommun: str, databasfil: str, skapad: date | None = None
) -> Path:
    """Write the recovery-key page to ``sokvag_pdf`` (atomically, see pdfbas.bygg).

    ``nyckel`` is the key as ``lagring.aterstallningsnyckel.koda`` writes it (11 groups
    joined by "-"). ``databasfil`` is shown by name only: the PDF does not reveal the
    folder structure. Raises FilKanInteSkrivas or DiskenFull.
    """
    skapad = skapad or date.today()
    s = Stilar
    innehall = [
        Paragraph(TITEL, s.rubrik1),
        Paragraph(
            f"Kommun: <b>{escape(kommun)}</b><br/>Databasfil: <b>{escape(Path(databasfil).name)}</b>"
            f"<br/>Skapad: <b>{skapad.isoformat()}</b>",
            s.ingress,
        ),
        Spacer(1, 6 * mm),
        _nyckelrutor(nyckel),
        Spacer(1, 2 * mm),
        Paragraph(
            "55 tecken i 11 grupper. Bindestreck och mellanslag behöver inte skrivas.<br/>"
            "Nyckeln innehåller aldrig bokstäverna I, L, O eller U: 0 är en nolla och 1 en etta.",
            s.liten,
        ),
        Spacer(1, 6 * mm),
        Paragraph("Vad nyckeln är till för", s.rubrik2),
        Paragraph(
            "Databasen är krypterad. Nyckeln som låser upp den sparas i datorns nyckelring. "
            "Med återställningsnyckeln kan databasen öppnas igen om nyckelringen går förlorad "
            "(ny dator, ominstallerad användarprofil) eller om filen flyttas till en annan dator. "
            "Samma nyckel öppnar också databasens säkerhetskopior.",
            _TEXT,
        ),
        Paragraph("Förvara den som nyckeln till läkemedelsskåpet", s.rubrik2),
        Paragraph(
            "Den som har både databasfilen (eller en säkerhetskopia) och återställningsnyckeln "
            "kan läsa allt i databasen. "
            "Skriv ut sidan, lås in den (till exempel i MAS kassaskåp) och radera PDF-filen. "
            "Nyckeln visas bara en gång, när databasen skapas; den går inte att ta fram igen.",
            _TEXT,
        ),
        Paragraph("Så används den", s.rubrik2),
        Paragraph(
            "När Skrivbord inte hittar nyckeln i den här datorns nyckelring frågar programmet "
            "efter återställningsnyckeln. Skriv in den, så öppnas databasen och nyckeln sparas "
            "i nyckelringen igen. Ett felskrivet tecken upptäcks av kontrollsumman.",
            _TEXT,
        ),
    ]
    return bygg(sokvag_pdf, innehall, TITEL, kommun, amne="Återställningsnyckel", utskriven=skapad)
