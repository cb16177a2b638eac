"""The basis every Skrivbord PDF shares: A4, styles, header and footer, metadata,
and an atomic write (a temp file in the target folder, renamed when complete).

Header: the kommun and the document title. Footer: "Sida X av Y" and the print
date (ISO 8601). Every PDF uses DejaVu Sans (and DejaVu Sans Mono for the recovery
key), shipped in ``resurser/typsnitt/`` with its licence and embedded as a subset in
each file, so any text a user can type prints: Swedish letters, other Latin, Greek,
Cyrillic, Arabic and Hebrew letters (shown in stored order, not shaped). A character
the font lacks (a colour emoji, a rare script) prints as an empty box and never stops
a report.

A new document builds a list of flowables with the styles in ``Stilar`` and hands
it to ``bygg``. Failures a user can meet come back as ``FilKanInteSkrivas`` or
``DiskenFull`` with a Swedish sentence; the target is then untouched (an earlier
file of the same name stays as it was) and no temp file is left behind. The file
is created with owner-only permissions on POSIX (``mkstemp``), which suits
documents like the recovery key.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reportlab import rl_config
from reportlab.graphics.shapes import STATE_DEFAULTS
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate
from reportlab.platypus.tables import CellStyle

from skrivbord import __version__, atomiskfil
from skrivbord.resurser import filsokvag

log = logging.getLogger(__name__)

SIDA = A4
MARGINAL_SIDOR = 20 * mm
MARGINAL_TOPP = 22 * mm
MARGINAL_BOTTEN = 20 * mm
TEXTBREDD = SIDA[0] - 2 * MARGINAL_SIDOR
# SimpleDocTemplate's frame pads its content by 6 pt on every side; the margins we
# give it are smaller by that much, so text, tables TEXTBREDD wide and the header
# and footer all line up on MARGINAL_SIDOR.
_RAMENS_UTFYLLNAD = 6
GRA = "#5f6b76"
BLA = "#1f4e79"
ROD = "#b3261e"
# The header of an internal output (DESIGN §6 "Public and internal outputs").
INTERN = "Intern – innehåller personuppgifter"

_F, _FB, _FM = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono-Bold"


def _registrera_typsnitt() -> None:
    """DejaVu from resurser/typsnitt, once; ``<b>`` in a paragraph picks the bold face."""
    if _F in pdfmetrics.getRegisteredFontNames():
        return
    for namn in (_F, _FB, _FM):
        pdfmetrics.registerFont(TTFont(namn, str(filsokvag("typsnitt", f"{namn}.ttf"))))
    pdfmetrics.registerFontFamily(_F, normal=_F, bold=_FB, italic=_F, boldItalic=_FB)
    # What a canvas or a drawing (diagram.py) starts with: never an unembedded Helvetica.
    rl_config.canvas_basefontname = _F
    STATE_DEFAULTS["fontName"] = _F
    CellStyle.fontname = _F


_registrera_typsnitt()


class Stilar:
    """Paragraph styles shared by the documents."""

    typsnitt = _F
    typsnitt_fet = _FB
    typsnitt_mono = _FM
    # A plain marker, kept from the built-in fonts that had no ▲: every viewer shows it.
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


def _sidnumrerad_canvas(
    kommun: str, titel: str, utskriven: date, markering: str = ""
) -> type[Canvas]:
    """A canvas that holds its pages back until the end, so the footer knows Y in 'Sida X av Y'."""

    class SidnumreradCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            # Not the canvas's Helvetica, which would be listed (unembedded) on every page.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or _F
            super().__init__(*args, **kwargs)
            self._sidor: list[dict[str, object]] = []

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
            if markering:  # an internal document says so on every page
                self.setFillColor(ROD)
                self.setFont(_FB, 8)
                self.drawCentredString(bredd / 2, hojd - 12 * mm, markering)
                self.setFillColor(GRA)
                self.setFont(_F, 8)
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
    markering: str = "",
) -> Path:
    """Write the flowables as a PDF at ``ut``; the file appears only when complete.

    ``titel`` goes into the header and the PDF's metadata, ``amne`` into its subject,
    ``utskriven`` (default today) into the footer. ``markering`` (e.g. ``INTERN``) is
    printed in bold in the middle of every page's header.
    """
    ut = Path(ut)
    with atomiskfil.ersatt(ut, ".pdf") as tillfallig:
        dokument = SimpleDocTemplate(
            str(tillfallig),
            pagesize=SIDA,
            leftMargin=MARGINAL_SIDOR - _RAMENS_UTFYLLNAD,
            rightMargin=MARGINAL_SIDOR - _RAMENS_UTFYLLNAD,
            topMargin=MARGINAL_TOPP - _RAMENS_UTFYLLNAD,
            bottomMargin=MARGINAL_BOTTEN - _RAMENS_UTFYLLNAD,
            title=titel,
            author="Skrivbord",
            creator=f"Skrivbord {__version__}",
            subject=amne or titel,
            lang="sv-SE",
            displayDocTitle=1,
        )
        dokument.build(
            list(innehall),
            canvasmaker=_sidnumrerad_canvas(kommun, titel, utskriven or date.today(), markering),
        )
    return ut
