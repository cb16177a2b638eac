"""Tables for the PDF documents, on the page and styles of pdfbas.

Every table has fixed column widths and row heights, so ReportLab never measures a
cell, and plain cells never wrap: a label too long for its column is shortened with
"…". Only header cells are paragraphs (they may wrap onto a second line, breaking
long words at the soft hyphens of format.avstava). The look: a grey bold header row
with a line under it, numbers right-aligned, light stripes, an optional bold sum row,
and marked rows in bold with the marking colour of the charts (diagram.py).

Builders: ``tabell`` (rows of text), ``jamforelsetabell`` (a label, one column per
compared period, the change against the one before), ``korstabell`` (rows × columns
with totals), ``nyckeltal`` (big figures in boxes) and ``punktlista`` (bullets or
markers). ``Markering`` draws the marker.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeAlias

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from skrivbord.rapporter import diagram, pdfbas
from skrivbord.rapporter.format import avstava, forandring, tal

BREDD = pdfbas.TEXTBREDD
RADHOJD = 13.5
RUBRIKHOJD = 15
TVARADIG_RUBRIK = 2 * RUBRIKHOJD - 4  # a header row with room for two lines
STORLEK = 8.5  # the font size of the cells
GRA = colors.HexColor(pdfbas.GRA)
LINJE = colors.HexColor("#9aa5b1")
RAND = colors.HexColor("#f2f5f8")
MARKERAD = diagram.MARKERINGSFARG

# A table cell: plain text (never wraps) or a flowable such as a header paragraph.
Cell: TypeAlias = str | Flowable
# A TableStyle command: a name, the cells it covers and its arguments.
Stilkommando: TypeAlias = tuple[object, ...]


class Jamforelserad(Protocol):
    """A row of ``jamforelsetabell``: counts oldest first, the chosen period last."""

    @property
    def etikett(self) -> str: ...
    @property
    def antal(self) -> tuple[int, ...]: ...
    @property
    def markerad(self) -> bool: ...


class Korsdata(Protocol):
    """The counts of ``korstabell``, ``antal[rad][kolumn]``."""

    @property
    def rader(self) -> Sequence[str]: ...
    @property
    def kolumner(self) -> Sequence[str]: ...
    @property
    def antal(self) -> Sequence[Sequence[int]]: ...


class Markering(Flowable):
    """A triangle (up for more, down for fewer) and a bold text, right-aligned in the
    space given: drawn, not a glyph, so it looks the same in every viewer with the
    built-in PDF fonts (Helvetica has no ▲, and ZapfDingbats is substituted by some
    viewers). Copying the text gives the figure only."""

    STORLEK = 5.5

    def __init__(
        self, text: str, upp: bool, typsnitt: str, *, storlek: float = 8.5, vanster: bool = False
    ) -> None:
        super().__init__()
        self.text, self.upp, self.typsnitt = text, upp, typsnitt
        self.storlek, self.vanster = storlek, vanster
        self._bredd = 0.0

    def wrap(self, tillganglig_bredd: float, tillganglig_hojd: float) -> tuple[float, float]:
        self._bredd = tillganglig_bredd
        return tillganglig_bredd, self.storlek

    def draw(self) -> None:
        duk = self.canv
        textbredd = stringWidth(self.text, self.typsnitt, self.storlek)
        sida = self.STORLEK
        luft = 3 if self.text else 0
        x = 0 if self.vanster else self._bredd - textbredd - luft - sida
        y = self.storlek * 0.08
        duk.saveState()
        duk.setFillColor(MARKERAD)
        if self.upp:
            punkter = (x, y, x + sida, y, x + sida / 2, y + sida * 0.9)
        else:
            punkter = (x, y + sida * 0.9, x + sida, y + sida * 0.9, x + sida / 2, y)
        vag = duk.beginPath()
        vag.moveTo(punkter[0], punkter[1])
        vag.lineTo(punkter[2], punkter[3])
        vag.lineTo(punkter[4], punkter[5])
        vag.close()
        duk.drawPath(vag, stroke=0, fill=1)
        if self.text:
            duk.setFont(self.typsnitt, self.storlek)
            duk.drawString(x + sida + luft, y * 0.5, self.text)
        duk.restoreState()


def kapa(text: str, bredd: float, typsnitt: str, storlek: float) -> str:
    """``text`` shortened with "…" to fit ``bredd`` points."""
    if stringWidth(text, typsnitt, storlek) <= bredd:
        return text
    while text and stringWidth(text + "…", typsnitt, storlek) > bredd:
        text = text[:-1]
    return text.rstrip() + "…"


def rubrikcell(text: str, stilar: type[pdfbas.Stilar], hoger: bool = True) -> Paragraph:
    """A header cell that may wrap (only header cells are paragraphs)."""
    return Paragraph(avstava(text), stilar.tabellrubrik_hoger if hoger else stilar.tabellrubrik)


def tabell(
    data: list[list[Cell]],
    bredder: Sequence[float],
    stilar: type[pdfbas.Stilar],
    *,
    summarad: bool = False,
    markerade: Sequence[int] = (),
    markeringskolumn: int | None = None,
    rubrikhojd: float = RUBRIKHOJD,
) -> Table:
    """A table with a header row (``data[0]``), numbers right-aligned, light stripes.

    A plain label in the first column is shortened to fit (``data`` is changed).
    ``summarad`` sets the last row apart as a total. ``markerade`` are data-row indexes
    (0 = first row after the header) set in bold, with ``markeringskolumn`` in the
    marking colour.
    """
    hojder = [rubrikhojd] + [RADHOJD] * (len(data) - 1)
    for rad in data[1:]:
        if isinstance(rad[0], str):
            rad[0] = kapa(rad[0], bredder[0] - 7, stilar.typsnitt_fet, STORLEK)
    stil = _grundstil(stilar, len(data))
    if summarad:
        stil += [
            ("FONT", (0, -1), (-1, -1), stilar.typsnitt_fet, STORLEK),
            ("LINEABOVE", (0, -1), (-1, -1), 0.7, LINJE),
            ("BACKGROUND", (0, -1), (-1, -1), colors.white),
        ]
    for i in markerade:
        stil.append(("FONT", (0, i + 1), (-1, i + 1), stilar.typsnitt_fet, STORLEK))
        if markeringskolumn is not None:
            stil.append(
                ("TEXTCOLOR", (markeringskolumn, i + 1), (markeringskolumn, i + 1), MARKERAD)
            )
    ut = Table(data, colWidths=list(bredder), rowHeights=hojder, hAlign="LEFT")
    ut.setStyle(TableStyle(stil))
    return ut


def _grundstil(stilar: type[pdfbas.Stilar], rader: int) -> list[Stilkommando]:
    """Fonts, alignment, padding, the header line and the stripes."""
    stil: list[Stilkommando] = [
        ("FONT", (0, 0), (-1, -1), stilar.typsnitt, STORLEK),
        ("FONT", (0, 0), (-1, 0), stilar.typsnitt_fet, 8),
        ("TEXTCOLOR", (0, 0), (-1, 0), GRA),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.7, LINJE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    stil += [("BACKGROUND", (0, i), (-1, i), RAND) for i in range(2, rader, 2)]
    return stil


def indrag(tabell: Table, rad: int) -> Table:
    """Indent the first cell of row ``rad`` (a "varav" row)."""
    tabell.setStyle(TableStyle([("LEFTPADDING", (0, rad), (0, rad), 12)]))
    return tabell


def jamforelsetabell(
    forsta: str,
    perioder: Sequence[str],
    rader: Sequence[Jamforelserad],
    stilar: type[pdfbas.Stilar],
    *,
    totalt: Jamforelserad | None = None,
    extra: Sequence[tuple[str, Sequence[str], str]] = (),
    forsta_bredd: float = 70 * mm,
) -> Table:
    """Label | one column per compared period | change against the one before | extras.

    ``perioder`` are the column headings, oldest first; with more than one there is a
    change column, where a marked row gets ``Markering``. ``totalt`` is a sum row;
    ``extra`` are (heading, one cell per row, the sum row's cell).
    """
    jamfor = len(perioder) > 1
    rubrik = [forsta, *perioder]
    if jamfor:
        rubrik.append(f"Förändring mot {perioder[-2]}")
    rubrik += [namn for namn, _, _ in extra]
    data: list[list[Cell]] = [list(rubrik)]
    markerade = []
    for i, rad in enumerate(rader):
        cell: str | Flowable = _forandring(rad)
        if rad.markerad and jamfor:
            markerade.append(i)
            # Up for more; no change never gets marked, from nothing is up.
            cell = Markering(cell, rad.antal[-1] >= rad.antal[-2], stilar.typsnitt_fet)
        data.append(
            [rad.etikett, *map(tal, rad.antal), *([cell] if jamfor else [])]
            + [kolumn[i] for _, kolumn, _ in extra]
        )
    if totalt is not None:
        data.append(
            [totalt.etikett, *map(tal, totalt.antal), *([_forandring(totalt)] if jamfor else [])]
            + [summa for _, _, summa in extra]
        )
    for j in range(1, len(rubrik)):
        data[0][j] = rubrikcell(rubrik[j], stilar)
    return tabell(
        data,
        _jamforelsebredder(forsta_bredd, len(perioder), len(extra)),
        stilar,
        summarad=totalt is not None,
        markerade=markerade,
        markeringskolumn=len(perioder) + 1 if jamfor else None,
        rubrikhojd=TVARADIG_RUBRIK if jamfor or extra else RUBRIKHOJD,
    )


def _forandring(rad: Jamforelserad) -> str:
    return forandring(rad.antal[-2] if len(rad.antal) > 1 else None, rad.antal[-1])


def _jamforelsebredder(forsta_bredd: float, perioder: int, extra: int) -> list[float]:
    """The period columns share what the label, change and extra columns leave."""
    jamfor = perioder > 1
    ledigt = BREDD - forsta_bredd - (27 * mm if jamfor else 0) - 16 * mm * extra
    antal_bredd = min(17 * mm, ledigt / perioder)
    bredder = [forsta_bredd] + [antal_bredd] * perioder
    if jamfor:
        bredder.append(27 * mm)
    if extra:
        rest = (BREDD - sum(bredder)) / extra
        bredder += [rest] * extra
    return bredder


def korstabell(
    data: Korsdata,
    forsta: str,
    stilar: type[pdfbas.Stilar],
    *,
    forsta_bredd: float = 50 * mm,
    kolumnbredd: float | None = None,
) -> Table:
    """Rows × columns with row and column totals; ``forsta`` heads the row labels."""
    rader: list[list[Cell]] = [[rubrikcell(forsta, stilar, hoger=False)]]
    rader[0] += [rubrikcell(k, stilar) for k in (*data.kolumner, "Totalt")]
    for namn, antal in zip(data.rader, data.antal, strict=True):
        rader.append([namn, *map(tal, antal), tal(sum(antal))])
    kolumnsummor = [sum(rad[j] for rad in data.antal) for j in range(len(data.kolumner))]
    rader.append(["Totalt", *map(tal, kolumnsummor), tal(sum(kolumnsummor))])
    kolumner = len(data.kolumner) + 1
    bredd = kolumnbredd or min(24 * mm, (BREDD - forsta_bredd) / kolumner)
    return tabell(
        rader,
        [forsta_bredd] + [bredd] * kolumner,
        stilar,
        summarad=True,
        rubrikhojd=TVARADIG_RUBRIK,
    )


def nyckeltal(
    rutor: Sequence[tuple[str, str, str]],
    stilar: type[pdfbas.Stilar],
    *,
    per_rad: int = 4,
    hojd: float = 58,
) -> Table:
    """Key figures in boxes, ``per_rad`` to a row: (the figure, what it counts, a grey
    line under it or "")."""
    celler: list[list[Paragraph] | str] = [
        [Paragraph(stort, stilar.nyckeltal), Paragraph(text, stilar.nyckeltext)]
        + ([Paragraph(under, stilar.nyckelunder)] if under else [])
        for stort, text, under in rutor
    ]
    # A box is a list of paragraphs; an empty box fills a short last row.
    data: list[list[list[Paragraph] | str]] = [
        celler[i : i + per_rad] for i in range(0, len(celler), per_rad)
    ]
    if data:  # a short last row is filled with empty boxes
        data[-1] += [""] * (per_rad - len(data[-1]))
    ut = Table(
        data, colWidths=[BREDD / per_rad] * per_rad, rowHeights=[hojd] * len(data), hAlign="LEFT"
    )
    ut.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), RAND),
                ("LINEAFTER", (0, 0), (-2, -1), 3, colors.white),
                ("LINEBELOW", (0, 0), (-1, 0), 3, colors.white),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return ut


def punktlista(punkter: Sequence[tuple[Flowable | str, str]], stilar: type[pdfbas.Stilar]) -> Table:
    """Points with a bullet (text) or a marker (a Flowable) in a narrow first column;
    the point's text is Paragraph markup."""
    data = [
        [
            Paragraph(tecken, stilar.brodtext) if isinstance(tecken, str) else tecken,
            Paragraph(text, stilar.brodtext),
        ]
        for tecken, text in punkter
    ]
    ut = Table(data, colWidths=[6 * mm, BREDD - 6 * mm], hAlign="LEFT")
    stil: list[Stilkommando] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    # A drawn marker sits on the first line's baseline.
    stil += [
        ("TOPPADDING", (0, i), (0, i), 1.6)
        for i, (tecken, _) in enumerate(punkter)
        if not isinstance(tecken, str)
    ]
    ut.setStyle(TableStyle(stil))
    return ut
