"""The basis every Skrivbord PDF shares: A4, styles, header and footer, metadata,
and an atomic write (a temp file in the target folder, renamed when complete).

Header: the kommun and the document title. Footer: "Sida X av Y" and the print
date (ISO 8601). Built-in PDF fonts (Helvetica, Courier) cover Swedish letters.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from skrivbord import __version__
from skrivbord.lagring.fel import DiskenFull, FilKanInteSkrivas

SIDA = A4
MARGINAL_SIDOR = 20 * mm
MARGINAL_TOPP = 22 * mm
MARGINAL_BOTTEN = 20 * mm
TEXTBREDD = SIDA[0] - 2 * MARGINAL_SIDOR
GRA = "#5f6b76"
BLA = "#1f4e79"

_F, _FB = "Helvetica", "Helvetica-Bold"


class Stilar:
    """Paragraph styles shared by the documents."""

    typsnitt = _F
    typsnitt_fet = _FB
    typsnitt_mono = "Courier-Bold"
    # Helvetica has no ▲; a plain marker that every viewer shows.
    markering = "*"
    markering_html = "<b>*</b>"
    brodtext = ParagraphStyle("brodtext", fontName=_F, fontSize=9.5, leading=12.5, spaceAfter=4)
    ingress = ParagraphStyle("ingress", fontName=_F, fontSize=11, leading=14, spaceAfter=4)
    liten = ParagraphStyle(
        "liten", fontName=_F, fontSize=8, leading=10, spaceAfter=3, textColor=GRA
    )
    punkt = ParagraphStyle("punkt", parent=brodtext, spaceAfter=3, leftIndent=10, bulletIndent=0)
    rubrik1 = ParagraphStyle("rubrik1", fontName=_FB, fontSize=20, leading=24, spaceAfter=4)
    rubrik2 = ParagraphStyle(
        "rubrik2", fontName=_FB, fontSize=13, leading=16, spaceBefore=10, spaceAfter=5
    )
    rubrik3 = ParagraphStyle(
        "rubrik3", fontName=_FB, fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3
    )
    tabellrubrik = ParagraphStyle(
        "tabellrubrik",
        fontName=_FB,
        fontSize=8,
        leading=9,
        textColor=GRA,
        embeddedHyphenation=1,
        splitLongWords=0,
    )
    tabellrubrik_hoger = ParagraphStyle(
        "tabellrubrik_hoger", parent=tabellrubrik, alignment=TA_RIGHT
    )
    nyckeltal = ParagraphStyle("nyckeltal", fontName=_FB, fontSize=20, leading=23, textColor=BLA)
    nyckeltext = ParagraphStyle("nyckeltext", fontName=_F, fontSize=8.5, leading=10)
    nyckelunder = ParagraphStyle("nyckelunder", fontName=_F, fontSize=7.5, leading=9, textColor=GRA)


def _sidnumrerad_canvas(kommun: str, titel: str, utskriven: date) -> type[Canvas]:
    """A canvas that holds its pages back until the end, so the footer knows Y in 'Sida X av Y'."""

    class SidnumreradCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._sidor: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._sidor.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            antal = len(self._sidor)
            for tillstand in self._sidor:
                self.__dict__.update(tillstand)
                self._rita_ram(antal)
                super().showPage()
            super().save()

        def _rita_ram(self, antal: int) -> None:
            bredd, hojd = SIDA
            self.saveState()
            self.setFillColor(GRA)
            self.setFont(_F, 8)
            self.drawString(MARGINAL_SIDOR, hojd - 12 * mm, kommun)
            self.drawRightString(bredd - MARGINAL_SIDOR, hojd - 12 * mm, titel)
            self.setStrokeColor("#d5dbe1")
            self.setLineWidth(0.5)
            self.line(MARGINAL_SIDOR, hojd - 14 * mm, bredd - MARGINAL_SIDOR, hojd - 14 * mm)
            self.drawString(MARGINAL_SIDOR, 10 * mm, f"Utskriven {utskriven.isoformat()}")
            self.drawRightString(
                bredd - MARGINAL_SIDOR, 10 * mm, f"Sida {self._pageNumber} av {antal}"
            )
            self.restoreState()

    return SidnumreradCanvas


def bygg(
    ut: Path | str,
    innehall: Sequence[Flowable],
    titel: str,
    kommun: str = "",
    *,
    amne: str = "",
    utskriven: date | None = None,
) -> Path:
    """Write the flowables as a PDF at ``ut``; the file appears only when complete."""
    ut = Path(ut)
    if not ut.parent.is_dir():
        raise FilKanInteSkrivas(ut, "mappen finns inte")
    try:
        fd, tillfallig_namn = tempfile.mkstemp(
            prefix=f".{ut.stem}.", suffix=".pdf.skrivs", dir=ut.parent
        )
    except PermissionError:
        raise FilKanInteSkrivas(ut, "ingen behörighet att skriva i mappen") from None
    os.close(fd)
    tillfallig = Path(tillfallig_namn)
    try:
        dokument = SimpleDocTemplate(
            str(tillfallig),
            pagesize=SIDA,
            leftMargin=MARGINAL_SIDOR,
            rightMargin=MARGINAL_SIDOR,
            topMargin=MARGINAL_TOPP,
            bottomMargin=MARGINAL_BOTTEN,
            title=titel,
            author="Skrivbord",
            creator=f"Skrivbord {__version__}",
            subject=amne or titel,
            lang="sv-SE",
        )
        dokument.build(
            list(innehall),
            canvasmaker=_sidnumrerad_canvas(kommun, titel, utskriven or date.today()),
        )
        os.replace(tillfallig, ut)
    except OSError as exc:
        _ta_bort(tillfallig)
        if exc.errno == errno.ENOSPC:
            raise DiskenFull(ut) from exc
        raise FilKanInteSkrivas(ut, exc.strerror or "") from exc
    except BaseException:
        _ta_bort(tillfallig)
        raise
    return ut


def _ta_bort(sokvag: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        sokvag.unlink()
