"""Charts for the reports (ReportLab graphics, no Qt).

``grupperade_staplar`` draws categories × periods as grouped vertical bars: the older
periods in lighter shades of one colour, the chosen period darkest, so the eye goes
to the present and the chart still reads in black and white. Long category names
are wrapped and set at an angle; a marked category gets a bold name and its change
("+60 %") above the bar of the chosen period.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

# Lightest to darkest; the last is the chosen period.
SERIEFARGER = ("#c9d6e3", "#7f9fbf", "#1f4e79")
MARKERINGSFARG_HEX = "#b03a2e"
MARKERINGSFARG = colors.HexColor(MARKERINGSFARG_HEX)
ETIKETTSTORLEK = 6  # DejaVu Sans runs about a fifth wider than Helvetica did
ETIKETTRADAVSTAND = 8


def farger(antal: int) -> list[colors.Color]:
    """``antal`` shades, oldest first, the last always the darkest."""
    if antal <= len(SERIEFARGER):
        return [colors.HexColor(f) for f in SERIEFARGER[len(SERIEFARGER) - antal :]]
    ljus, mork = colors.HexColor(SERIEFARGER[0]), colors.HexColor(SERIEFARGER[-1])
    return [colors.linearlyInterpolatedColor(ljus, mork, 0, antal - 1, i) for i in range(antal)]


def radbryt(text: str, bredd: int) -> str:
    """Lines of at most ``bredd`` characters where possible, broken at spaces and after
    "/" (never inside a word)."""
    rader: list[str] = []
    rad = ""
    for traff in re.finditer(r"([^ /]*/|[^ /]+)( *)", text):
        ord_ = traff.group(1)
        if rad.strip() and len(rad.rstrip()) + len(ord_) > bredd:
            rader.append(rad.rstrip())
            rad = ""
        rad += ord_ + (" " if traff.group(2) else "")
    if rad.strip():
        rader.append(rad.rstrip())
    return "\n".join(rader)


def snyggt_steg(storsta: float, antal_steg: int = 5) -> float:
    """A round step (1, 2 or 5 × 10^n) giving about ``antal_steg`` gridlines."""
    if storsta <= 0:
        return 1
    grov = storsta / antal_steg
    # int ** int is typed Any: an int for a non-negative power, a float below.
    tiopotens: float = 10 ** math.floor(math.log10(grov))
    for faktor in (1, 2, 5, 10):
        if grov <= faktor * tiopotens:
            return max(1, faktor * tiopotens)
    return 10 * tiopotens


def grupperade_staplar(
    kategorier: Sequence[str],
    serier: Sequence[tuple[str, Sequence[int]]],
    *,
    bredd: float,
    hojd: float,
    typsnitt: str,
    typsnitt_fet: str,
    markeringar: dict[int, str] | None = None,
    tal: Callable[[float], str] = str,
    axeltitel: str = "",
    radbredd: int = 26,
    vinkel: int = 45,
) -> Drawing:
    """Grouped bars, one group per category, one bar per series (oldest first).

    ``markeringar`` maps a category index to the text shown above its last bar
    (e.g. "+60 %"); those category names are set in ``typsnitt_fet``. ``tal`` formats
    the axis numbers (Swedish thousands separator).
    """
    markeringar = markeringar or {}
    ritning = Drawing(bredd, hojd)
    etiketter = [radbryt(namn, radbredd) for namn in kategorier]
    teckenforklaring = 16

    diagram = VerticalBarChart()
    diagram.x = 34
    diagram.y = _etikettplats(etiketter, typsnitt_fet, vinkel)
    diagram.width = bredd - diagram.x - 6
    diagram.height = hojd - diagram.y - teckenforklaring - 14
    _staplar(diagram, len(kategorier), serier)
    _vardeaxel(diagram, serier, typsnitt, tal)
    _kategoriaxel(diagram, etiketter, markeringar, typsnitt, typsnitt_fet, vinkel)
    if markeringar and serier:
        _markeringstexter(diagram, markeringar, len(kategorier), len(serier), typsnitt_fet)
    ritning.add(diagram)
    if axeltitel:
        ritning.add(_axeltitel(axeltitel, diagram, typsnitt))
    ritning.add(_teckenforklaring(diagram.x, hojd, serier, typsnitt))
    return ritning


def _etikettplats(etiketter: Sequence[str], typsnitt_fet: str, vinkel: int) -> float:
    """Room under the axis for the rotated names: the longest line along the slant
    plus the stacked lines across it (measured in the bold face, the wider one)."""
    vinkel_rad = math.radians(vinkel)
    langst = max(
        (
            stringWidth(rad, typsnitt_fet, ETIKETTSTORLEK)
            for e in etiketter
            for rad in e.split("\n")
        ),
        default=0,
    )
    rader = max((e.count("\n") + 1 for e in etiketter), default=1)
    return 8 + langst * math.sin(vinkel_rad) + rader * ETIKETTRADAVSTAND * math.cos(vinkel_rad)


def _staplar(
    diagram: VerticalBarChart, antal_kategorier: int, serier: Sequence[tuple[str, Sequence[int]]]
) -> None:
    """The bars' values and shades; a row of zeros without series, as ReportLab needs data."""
    diagram.data = [list(v) for _, v in serier] or [[0] * antal_kategorier]
    diagram.groupSpacing = 6
    diagram.barSpacing = 0.5
    diagram.barWidth = 10
    for i, farg in enumerate(farger(len(serier))):
        diagram.bars[i].fillColor = farg
        diagram.bars[i].strokeColor = None


def _vardeaxel(
    diagram: VerticalBarChart,
    serier: Sequence[tuple[str, Sequence[int]]],
    typsnitt: str,
    tal: Callable[[float], str],
) -> None:
    """The value axis from 0 in round steps, with headroom above the tallest bar for
    its marking."""
    storsta = max((max(v, default=0) for _, v in serier), default=0)
    steg = snyggt_steg(storsta)
    axel = diagram.valueAxis
    axel.valueMin = 0
    axel.valueStep = steg
    axel.valueMax = max(steg, math.ceil(storsta * 1.12 / steg) * steg)
    axel.labels.fontName = typsnitt
    axel.labels.fontSize = 7
    axel.labelTextFormat = tal
    axel.strokeColor = colors.HexColor("#888888")
    axel.visibleGrid = True
    axel.gridStrokeColor = colors.HexColor("#e3e3e3")
    axel.gridStrokeWidth = 0.5


def _kategoriaxel(
    diagram: VerticalBarChart,
    etiketter: list[str],
    markeringar: dict[int, str],
    typsnitt: str,
    typsnitt_fet: str,
    vinkel: int,
) -> None:
    """The category names at an angle, the marked ones bold and in the marking colour."""
    axel = diagram.categoryAxis
    axel.categoryNames = etiketter
    axel.strokeColor = colors.HexColor("#888888")
    axel.tickDown = 0
    axel.labels.fontName = typsnitt
    axel.labels.fontSize = ETIKETTSTORLEK
    axel.labels.leading = ETIKETTRADAVSTAND
    axel.labels.angle = vinkel
    axel.labels.boxAnchor = "ne"
    axel.labels.textAnchor = "end"
    axel.labels.dx = 4
    axel.labels.dy = -4
    for i in markeringar:
        axel.labels[i].fontName = typsnitt_fet
        axel.labels[i].fillColor = MARKERINGSFARG


def _markeringstexter(
    diagram: VerticalBarChart,
    markeringar: dict[int, str],
    antal_kategorier: int,
    antal_serier: int,
    typsnitt_fet: str,
) -> None:
    """Each marking's text above its category's bar of the chosen (last) period."""
    sista = antal_serier - 1
    diagram.barLabelFormat = "values"
    diagram.barLabelArray = [
        [markeringar.get(i, "") if rad == sista else "" for i in range(antal_kategorier)]
        for rad in range(antal_serier)
    ]
    diagram.barLabels.fontName = typsnitt_fet
    diagram.barLabels.fontSize = 7
    diagram.barLabels.fillColor = MARKERINGSFARG
    diagram.barLabels.boxAnchor = "s"
    diagram.barLabels.dy = 2


def _axeltitel(text: str, diagram: VerticalBarChart, typsnitt: str) -> String:
    return String(
        6,
        diagram.y + diagram.height + 6,
        text,
        fontName=typsnitt,
        fontSize=7,
        fillColor=colors.HexColor("#5f6b76"),
    )


def _teckenforklaring(
    x: float, hojd: float, serier: Sequence[tuple[str, Sequence[int]]], typsnitt: str
) -> Legend:
    """One row above the chart: each period's name beside its shade."""
    forklaring = Legend()
    forklaring.x = x
    forklaring.y = hojd - 4
    forklaring.alignment = "right"
    forklaring.columnMaximum = 1
    forklaring.deltax = 60
    forklaring.dxTextSpace = 4
    forklaring.fontName = typsnitt
    forklaring.fontSize = 8
    forklaring.boxAnchor = "nw"
    forklaring.colorNamePairs = list(zip(farger(len(serier)), [n for n, _ in serier], strict=True))
    forklaring.strokeColor = None
    forklaring.dx = forklaring.dy = 8
    return forklaring


def tom_ritning(bredd: float, hojd: float, text: str, typsnitt: str) -> Drawing:
    ritning = Drawing(bredd, hojd)
    ritning.add(
        String(bredd / 2, hojd / 2, text, fontName=typsnitt, fontSize=9, textAnchor="middle")
    )
    return ritning
