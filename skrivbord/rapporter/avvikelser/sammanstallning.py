"""The summary of avvikelser as a PDF, for the political committee and the
patientsäkerhetsberättelse (the public version: no patient data, no staff names).

First page: key figures and what stands out; then one section per subject with
tables (fixed column widths and row heights, so ReportLab never measures a cell)
and a bar chart of the categories over the compared years. The page template
(header with the kommun and title, footer with "Sida X av Y" and the print date,
metadata, atomic write) is rapporter.pdfbas.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from skrivbord.rapporter import diagram, pdfbas
from skrivbord.rapporter.avvikelser.underlag import Andel, Korstabell, Rad, Sammanstallning
from skrivbord.rapporter.format import (
    MINUS,
    antal_av,
    avstava,
    datum,
    forandring,
    gemen_borjan,
    procent,
    tal,
    upprakning,
)

TITEL = "Sammanställning av avvikelser"
BREDD = pdfbas.TEXTBREDD
RADHOJD = 13.5
RUBRIKHOJD = 15
GRA = colors.HexColor("#5f6b76")
LINJE = colors.HexColor("#9aa5b1")
RAND = colors.HexColor("#f2f5f8")
MARKERAD = diagram.MARKERINGSFARG


# ---------------------------------------------------------------------------
# Wording (numbers, dates and texts: rapporter.format)
# ---------------------------------------------------------------------------


def _forandring(rad: Rad) -> str:
    return forandring(rad.foregaende, rad.aktuellt)


def avv(antal: int) -> str:
    return antal_av(antal, "avvikelse", "avvikelser")


def andel_text(andel: Andel) -> str:
    return procent(andel.andel)


def _antal_eller_ingen(antal: int) -> str:
    return tal(antal) if antal else "ingen"


# ---------------------------------------------------------------------------
# The marker
# ---------------------------------------------------------------------------


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


def markering(rad: Rad, stilar, **kw) -> Markering:
    return Markering(_forandring(rad), (rad.forandring or 1) > 0, stilar.typsnitt_fet, **kw)


# ---------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------


def _tabell(
    data: list[list],
    bredder: Sequence[float],
    stilar,
    *,
    summarad: bool = False,
    markerade: Sequence[int] = (),
    markeringskolumn: int | None = None,
    rubrikhojd: float = RUBRIKHOJD,
) -> Table:
    """A table with a header row, numbers right-aligned, light stripes, fixed sizes.

    ``markerade`` are data-row indexes (0 = first row after the header) set in bold,
    with ``markeringskolumn`` in the marking colour.
    """
    hojder = [rubrikhojd] + [RADHOJD] * (len(data) - 1)
    # Plain cells never wrap: a label too long for its column is shortened.
    for rad in data[1:]:
        if isinstance(rad[0], str):
            rad[0] = kapa(rad[0], bredder[0] - 7, stilar.typsnitt_fet, 8.5)
    stil = [
        ("FONT", (0, 0), (-1, -1), stilar.typsnitt, 8.5),
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
    for i in range(2, len(data), 2):
        stil.append(("BACKGROUND", (0, i), (-1, i), RAND))
    if summarad:
        stil += [
            ("FONT", (0, -1), (-1, -1), stilar.typsnitt_fet, 8.5),
            ("LINEABOVE", (0, -1), (-1, -1), 0.7, LINJE),
            ("BACKGROUND", (0, -1), (-1, -1), colors.white),
        ]
    for i in markerade:
        stil.append(("FONT", (0, i + 1), (-1, i + 1), stilar.typsnitt_fet, 8.5))
        if markeringskolumn is not None:
            stil.append(
                ("TEXTCOLOR", (markeringskolumn, i + 1), (markeringskolumn, i + 1), MARKERAD)
            )
    tabell = Table(data, colWidths=list(bredder), rowHeights=hojder, hAlign="LEFT")
    tabell.setStyle(TableStyle(stil))
    return tabell


def kapa(text: str, bredd: float, typsnitt: str, storlek: float) -> str:
    """``text`` shortened with "…" to fit ``bredd`` points."""
    if stringWidth(text, typsnitt, storlek) <= bredd:
        return text
    while text and stringWidth(text + "…", typsnitt, storlek) > bredd:
        text = text[:-1]
    return text.rstrip() + "…"


def _indrag(tabell: Table, rad: int) -> Table:
    """Indent the first cell of a "varav" row."""
    tabell.setStyle(TableStyle([("LEFTPADDING", (0, rad), (0, rad), 12)]))
    return tabell


def _rubrikcell(text: str, stilar, hoger: bool = True) -> Paragraph:
    """A header cell that may wrap (only header cells are paragraphs)."""
    return Paragraph(avstava(text), stilar.tabellrubrik_hoger if hoger else stilar.tabellrubrik)


def _jamforelsetabell(
    s: Sammanstallning,
    forsta: str,
    rader: Sequence[Rad],
    stilar,
    *,
    totalt: Rad | None = None,
    extra: Sequence[tuple[str, Sequence[str], str]] = (),
    forsta_bredd: float = 62 * mm,
) -> Table:
    """Label | one column per compared period | change against the year before | extras."""
    perioder = [p.kort for p in s.perioder]
    jamfor = len(perioder) > 1
    rubrik = [forsta, *perioder]
    if jamfor:
        rubrik.append(f"Förändring mot {s.perioder[-2].kort}")
    rubrik += [namn for namn, _, _ in extra]
    data: list[list] = [rubrik]
    markerade = []
    for i, rad in enumerate(rader):
        cell: str | Flowable = _forandring(rad)
        if rad.markerad:
            markerade.append(i)
            cell = markering(rad, stilar)
        data.append(
            [rad.etikett, *map(tal, rad.antal), *([cell] if jamfor else [])]
            + [kolumn[i] for _, kolumn, _ in extra]
        )
    if totalt is not None:
        data.append(
            [totalt.etikett, *map(tal, totalt.antal), *([_forandring(totalt)] if jamfor else [])]
            + [summa for _, _, summa in extra]
        )
    # The period columns share what the label, change and extra columns leave.
    ledigt = BREDD - forsta_bredd - (27 * mm if jamfor else 0) - 16 * mm * len(extra)
    antal_bredd = min(17 * mm, ledigt / len(perioder))
    bredder = [forsta_bredd] + [antal_bredd] * len(perioder)
    if jamfor:
        bredder.append(27 * mm)
    if extra:
        rest = (BREDD - sum(bredder)) / len(extra)
        bredder += [rest] * len(extra)
    # Headings are the only paragraphs (they may wrap onto a second line).
    for j in range(1, len(rubrik)):
        data[0][j] = _rubrikcell(rubrik[j], stilar)
    rubrikhojd = 2 * RUBRIKHOJD - 4 if jamfor or extra else RUBRIKHOJD
    return _tabell(
        data,
        bredder,
        stilar,
        summarad=totalt is not None,
        markerade=markerade,
        markeringskolumn=len(perioder) + 1 if jamfor else None,
        rubrikhojd=rubrikhojd,
    )


def _korstabell(
    tabell: Korstabell,
    forsta: str,
    stilar,
    *,
    forsta_bredd: float = 50 * mm,
    kolumnbredd: float | None = None,
) -> Table:
    """Rows × columns with row and column totals."""
    data: list[list] = [[forsta, *tabell.kolumner, "Totalt"]]
    for i, namn in enumerate(tabell.rader):
        data.append([namn, *map(tal, tabell.antal[i]), tal(tabell.radsumma(i))])
    data.append(
        [
            "Totalt",
            *(tal(tabell.kolumnsumma(j)) for j in range(len(tabell.kolumner))),
            tal(tabell.summa),
        ]
    )
    kolumner = len(tabell.kolumner) + 1
    bredd = kolumnbredd or min(24 * mm, (BREDD - forsta_bredd) / kolumner)
    for j in range(1, kolumner + 1):
        data[0][j] = _rubrikcell(data[0][j], stilar)
    data[0][0] = _rubrikcell(forsta, stilar, hoger=False)
    return _tabell(
        data,
        [forsta_bredd] + [bredd] * kolumner,
        stilar,
        summarad=True,
        rubrikhojd=2 * RUBRIKHOJD - 4,
    )


# ---------------------------------------------------------------------------
# Sections
# ---------------------------------------------------------------------------


def _nyckeltal(s: Sammanstallning, stilar) -> Table:
    fore = s.perioder[-2].kort if len(s.perioder) > 1 else None

    def jamfort(rad: Rad) -> str:
        if fore is None or rad.foregaende is None:
            return ""
        return f"{fore}: {tal(rad.foregaende)} ({_forandring(rad)})"

    fall = s.kategori_med_kod("fall")
    lakemedel = s.kategori_med_kod("lakemedel")
    anmalda = s.lex_maria.anmalda
    rutor = [
        (tal(s.totalt.aktuellt), "avvikelser totalt", jamfort(s.totalt)),
        (
            tal(fall.aktuellt) if fall else MINUS,
            "fall",
            jamfort(fall) if fall else "",
        ),
        (
            tal(lakemedel.aktuellt) if lakemedel else MINUS,
            "läkemedelsavvikelser",
            jamfort(lakemedel) if lakemedel else "",
        ),
        (
            tal(anmalda[-1]),
            "anmälda enligt lex Maria",
            f"{fore}: {tal(anmalda[-2])}" if fore else "",
        ),
        (
            andel_text(s.med_analys),
            "analyserade",
            avv(s.med_analys.antal),
        ),
        (
            andel_text(s.med_uppfoljning),
            "med uppföljning",
            avv(s.med_uppfoljning.antal),
        ),
        (
            tal(s.atgarder.forsenade),
            "åtgärder efter sista datum",
            f"av {tal(s.atgarder.oppna)} öppna åtgärder",
        ),
        (
            tal(s.mellan_vardgivare.aktuellt),
            "mellan vårdgivare",
            jamfort(s.mellan_vardgivare),
        ),
    ]
    celler = [
        [Paragraph(stort, stilar.nyckeltal), Paragraph(text, stilar.nyckeltext)]
        + ([Paragraph(under, stilar.nyckelunder)] if under else [])
        for stort, text, under in rutor
    ]
    data = [celler[:4], celler[4:]]
    tabell = Table(data, colWidths=[BREDD / 4] * 4, rowHeights=[58, 58], hAlign="LEFT")
    tabell.setStyle(
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
    return tabell


def _framsida(s: Sammanstallning, kommun: str, stilar) -> list[Flowable]:
    p = s.period
    sista = s.period.slut.fromordinal(s.period.slut.toordinal() - 1)
    jamfor = ", ".join(x.kort for x in s.perioder[:-1])
    delar: list[Flowable] = [
        Paragraph(f"Avvikelser {p.etikett}", stilar.rubrik1),
        Paragraph(
            "Sammanställning för nämnden och patientsäkerhetsberättelsen"
            + (f" – {escape(kommun)}" if kommun else ""),
            stilar.ingress,
        ),
        Paragraph(
            f"Händelser {datum(p.start)} – {datum(sista)}"
            + (f", jämförda med samma period {jamfor}" if jamfor else "")
            + f". Status, analyser och åtgärder per {datum(s.idag)}.",
            stilar.liten,
        ),
        Spacer(0, 4 * mm),
        _nyckeltal(s, stilar),
        Spacer(0, 5 * mm),
        Paragraph("Att uppmärksamma", stilar.rubrik2),
    ]
    fore = s.perioder[-2].etikett if len(s.perioder) > 1 else ""
    punkter: list[tuple[Flowable | str, str]] = []
    for rad in s.markerade_kategorier:
        riktning = "fler" if (rad.forandring or 1) > 0 else "färre"
        punkter.append(
            (
                Markering("", (rad.forandring or 1) > 0, stilar.typsnitt_fet, vanster=True),
                f"<b>{escape(rad.etikett)}</b>: {avv(rad.aktuellt)} mot "
                f"{tal(rad.foregaende)} under {fore}, <font color='{diagram.MARKERINGSFARG_HEX}'>"
                f"<b>{_forandring(rad)}</b></font> ({riktning}).",
            )
        )
    annat_namn = getattr(s.kategori_med_kod("annat"), "etikett", "Annat")
    if s.annat.antal:
        andel = s.annat.antal / s.totalt.aktuellt if s.totalt.aktuellt else None
        vanligast = upprakning([escape(gemen_borjan(o.text)) for o in s.annat.orsaker[:3]])
        punkter.append(
            (
                "•",
                f"<b>{escape(annat_namn)}</b> användes för {avv(s.annat.antal)} "
                f"({procent(andel)} av alla)"
                + (f"; de vanligaste förklaringarna var {vanligast}" if vanligast else "")
                + f". Se avsnittet om kategorin {escape(annat_namn)}.",
            )
        )
    allvarliga = sum(r.aktuellt for r in s.konsekvenser[3:])
    if allvarliga:
        punkter.append(
            (
                "•",
                f"{avv(allvarliga)} ledde till allvarlig "
                "skada eller dödsfall; "
                f"{_antal_eller_ingen(s.lex_maria.anmalda[-1])} av periodens avvikelser "
                "anmäldes till IVO enligt lex Maria.",
            )
        )
    if s.atgarder.forsenade:
        punkter.append(
            (
                "•",
                f"{antal_av(s.atgarder.forsenade, 'åtgärd', 'åtgärder')} för periodens "
                "avvikelser har passerat sitt sista datum utan att vara klara.",
            )
        )
    if not s.totalt.aktuellt:
        punkter.insert(0, ("•", "Inga avvikelser har registrerats med händelse i perioden."))
    elif not s.markerade_kategorier and len(s.perioder) > 1:
        punkter.insert(
            0, ("•", "Ingen kategori förändrades mer än gränsen för markering (se nedan).")
        )
    delar.append(_punktlista(punkter, stilar))
    delar += [
        Spacer(0, 3 * mm),
        Paragraph("Om underlaget", stilar.rubrik3),
        Paragraph(
            "Avvikelserna räknas efter när händelsen inträffade. Andelar, status och åtgärder "
            f"gäller som de var {datum(s.idag)}; nyligen inträffade händelser hinner "
            "ofta inte analyseras och följas upp före utskriften. En röd triangel (uppåt för "
            "fler, nedåt för färre) markerar en förändring med mer än "
            f"{procent(s.markera_forandring)} mot samma period året före, när minst ett av "
            f"åren har {tal(s.markera_minst)} avvikelser eller fler. Dokumentet innehåller "
            "inga patientuppgifter och inga namn.",
            stilar.liten,
        ),
    ]
    return delar


def _punktlista(punkter: list[tuple[Flowable | str, str]], stilar) -> Table:
    """Points with a bullet or a marker in a narrow first column."""
    data = [
        [
            Paragraph(tecken, stilar.brodtext) if isinstance(tecken, str) else tecken,
            Paragraph(text, stilar.brodtext),
        ]
        for tecken, text in punkter
    ]
    tabell = Table(data, colWidths=[6 * mm, BREDD - 6 * mm], hAlign="LEFT")
    stil = [
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
    tabell.setStyle(TableStyle(stil))
    return tabell


def _kategorier(s: Sammanstallning, stilar) -> list[Flowable]:
    andelar = [
        procent(r.aktuellt / s.totalt.aktuellt if s.totalt.aktuellt else None) for r in s.kategorier
    ]
    tabell = _jamforelsetabell(
        s,
        "Kategori",
        s.kategorier,
        stilar,
        totalt=s.totalt,
        extra=[(f"Andel {s.period.kort}", andelar, procent(1.0) if s.totalt.aktuellt else "")],
    )
    markeringar = {i: _forandring(r) for i, r in enumerate(s.kategorier) if r.markerad}
    serier = [(p.kort, [r.antal[j] for r in s.kategorier]) for j, p in enumerate(s.perioder)]
    jamfor = len(s.perioder) > 1
    figur: Flowable = diagram.grupperade_staplar(
        [r.etikett for r in s.kategorier],
        serier,
        bredd=BREDD,
        hojd=95 * mm,
        typsnitt=stilar.typsnitt,
        typsnitt_fet=stilar.typsnitt_fet,
        markeringar=markeringar,
        tal=tal,
        axeltitel="Antal avvikelser",
    )
    if not any(any(r.antal) for r in s.kategorier):
        figur = diagram.tom_ritning(BREDD, 20 * mm, "Inga avvikelser att visa.", stilar.typsnitt)
    return [
        KeepTogether(
            [
                Paragraph("Avvikelser per kategori", stilar.rubrik2),
                Paragraph(
                    f"Antal avvikelser per kategori {s.period.etikett}"
                    + (" jämfört med samma period tidigare år." if jamfor else "."),
                    stilar.brodtext,
                ),
                tabell,
            ]
        ),
        Spacer(0, 4 * mm),
        KeepTogether(
            [Paragraph("Kategorier över åren" if jamfor else "Kategorier", stilar.rubrik2), figur]
        ),
    ]


def _enheter_och_konsekvens(s: Sammanstallning, stilar) -> list[Flowable]:
    kpt = s.kategori_per_enhetstyp
    extra = []
    for kod, rubrik in (("fall", "därav fall"), ("lakemedel", "därav läkemedel")):
        kategori = s.kategori_med_kod(kod)
        if kategori is not None and kategori.etikett in kpt.rader:
            rad = kpt.antal[kpt.rader.index(kategori.etikett)]
            kolumn = dict(zip(kpt.kolumner, rad, strict=True))
            extra.append(
                (
                    rubrik,
                    [tal(kolumn.get(r.etikett, 0)) for r in s.enhetstyper],
                    tal(sum(rad)),
                )
            )
    return [
        KeepTogether(
            [
                Paragraph("Per typ av verksamhet", stilar.rubrik2),
                _jamforelsetabell(
                    s,
                    "Verksamhet",
                    s.enhetstyper,
                    stilar,
                    totalt=s.totalt,
                    extra=extra,
                    forsta_bredd=50 * mm,
                ),
            ]
        ),
        KeepTogether(
            [
                Paragraph("Konsekvens för patienten", stilar.rubrik2),
                _jamforelsetabell(s, "Konsekvens", s.konsekvenser, stilar, totalt=s.totalt),
            ]
        ),
    ]


def _fall_och_lakemedel(s: Sammanstallning, stilar) -> list[Flowable]:
    fall = s.fall
    med_skada = fall.summa - sum(
        fall.kolumnsumma(j)
        for j, k in enumerate(fall.kolumner)
        if k in ("Ingen skada", "Ej angivet")
    )
    lm = s.lakemedel
    grupper = ", ".join(f"{k.lower()} {tal(lm.kolumnsumma(j))}" for j, k in enumerate(lm.kolumner))
    return [
        KeepTogether(
            [
                Paragraph("Fall", stilar.rubrik2),
                Paragraph(
                    f"{tal(fall.summa)} fall, varav {tal(med_skada)} med skada. Tid på dygnet "
                    "efter händelsens klockslag: natt 22–06, morgon 06–10, dag 10–16, "
                    "kväll 16–22.",
                    stilar.brodtext,
                ),
                _korstabell(fall, "Tid på dygnet", stilar, forsta_bredd=34 * mm),
            ]
        ),
        KeepTogether(
            [
                Paragraph("Läkemedelsavvikelser", stilar.rubrik2),
                Paragraph(
                    f"{antal_av(lm.summa, 'läkemedelsavvikelse', 'läkemedelsavvikelser')} "
                    "efter typ av fel och vem som "
                    f"upptäckte felet ({grupper}).",
                    stilar.brodtext,
                ),
                _korstabell(lm, "Typ av fel", stilar, forsta_bredd=58 * mm, kolumnbredd=28 * mm),
            ]
        ),
    ]


def _vardgivare_och_lex_maria(s: Sammanstallning, stilar) -> list[Flowable]:
    mv = s.mellan_vardgivare
    delar: list[Flowable] = [Paragraph("Avvikelser mellan vårdgivare", stilar.rubrik2)]
    text = (
        f"{avv(mv.aktuellt)} där en överenskommelse eller riktlinje mellan vårdgivare inte följdes"
    )
    if mv.foregaende is not None:
        text += f" ({s.perioder[-2].kort}: {tal(mv.foregaende)})"
    if s.mellan_vardgivare_fordelning.summa:
        text += ". Efter motpart och överenskommelse:"
    delar.append(Paragraph(text if text.endswith(":") else text + ".", stilar.brodtext))
    if s.mellan_vardgivare_fordelning.summa:
        delar.append(
            _korstabell(
                s.mellan_vardgivare_fordelning,
                "Motpart",
                stilar,
                forsta_bredd=44 * mm,
                kolumnbredd=21 * mm,
            )
        )
    lm = s.lex_maria
    data: list[list] = [
        ["", *(p.kort for p in s.perioder)],
        ["Anmälda till IVO", *map(tal, lm.anmalda)],
    ]
    ovriga = [
        f"{tal(lm.ej_anmalda)} bedömdes utan att anmälas" if lm.ej_anmalda else "",
        f"{tal(lm.utreds)} utreds fortfarande" if lm.utreds else "",
    ]
    ovriga_text = " och ".join(t for t in ovriga if t)
    lex = [
        Paragraph("Lex Maria", stilar.rubrik2),
        Paragraph(
            "Avvikelser som MAS anmält till IVO enligt lex Maria, efter när händelsen "
            "inträffade."
            + (f" Av periodens övriga avvikelser {ovriga_text}." if ovriga_text else ""),
            stilar.brodtext,
        ),
        _tabell(data, [62 * mm] + [17 * mm] * len(s.perioder), stilar),
    ]
    return [KeepTogether(delar), KeepTogether(lex)]


def _uppfoljning(s: Sammanstallning, stilar) -> list[Flowable]:
    a = s.atgarder
    data = [
        ["", "Antal", "Andel"],
        [
            "Analys gjord (orsaker eller analystext)",
            tal(s.med_analys.antal),
            andel_text(s.med_analys),
        ],
        [
            "Minst en uppföljning registrerad",
            tal(s.med_uppfoljning.antal),
            andel_text(s.med_uppfoljning),
        ],
        ["Avslutade", tal(s.avslutade.antal), andel_text(s.avslutade)],
        ["Händelseanalys beslutad", tal(s.handelseanalyser), ""],
        [
            "Periodens avvikelser",
            tal(s.med_analys.av),
            procent(1.0 if s.med_analys.av else None),
        ],
    ]
    atgarder = [
        ["", "Antal"],
        ["Beslutade åtgärder", tal(a.totalt)],
        ["Klara", tal(a.klara)],
        ["Strukna", tal(a.strukna)],
        ["Planerade eller pågående", tal(a.oppna)],
        ["varav efter sista datum", tal(a.forsenade)],
    ]
    status = ", ".join(f"{namn.lower()} {tal(n)}" for namn, n in s.status if n)
    return [
        KeepTogether(
            [
                Paragraph("Analys och uppföljning", stilar.rubrik2),
                Paragraph(
                    f"Hur långt periodens avvikelser kommit i arbetet, per {datum(s.idag)}. "
                    f"Status: {status or 'inga avvikelser'}.",
                    stilar.brodtext,
                ),
                _tabell(data, [82 * mm, 22 * mm, 22 * mm], stilar, summarad=True),
            ]
        ),
        KeepTogether(
            [
                Paragraph("Åtgärder", stilar.rubrik2),
                Paragraph(
                    "Åtgärder som beslutats för periodens avvikelser. I hela verksamheten, "
                    f"oavsett period, har {tal(a.forsenade_alla_perioder)} öppna åtgärder "
                    f"passerat sitt sista datum ({datum(s.idag)}).",
                    stilar.brodtext,
                ),
                _indrag(
                    _tabell(
                        atgarder,
                        [82 * mm, 22 * mm],
                        stilar,
                        markerade=[4] if a.forsenade else [],
                        markeringskolumn=1,
                    ),
                    rad=5,
                ),
            ]
        ),
    ]


def _annat(s: Sammanstallning, stilar) -> list[Flowable]:
    an = s.annat
    namn = escape(getattr(s.kategori_med_kod("annat"), "etikett", "Annat"))
    delar: list[Flowable] = [
        Paragraph(f"Kategorin {namn}", stilar.rubrik2),
        Paragraph(
            f"{namn} användes för {avv(an.antal)}. Den som rapporterar under "
            f"{namn} skriver kort vad avvikelsen gäller; förklaringarna visar om händelser "
            "hamnar där i stället för i en befintlig kategori, eller om en kategori saknas.",
            stilar.brodtext,
        ),
    ]
    if an.orsaker:
        data = [["Förklaring", "Antal", "Andel"]]
        data += [
            [o.text, tal(o.antal), procent(o.antal / an.antal if an.antal else None)]
            for o in an.orsaker
        ]
        delar.append(_tabell(data, [100 * mm, 22 * mm, 26 * mm], stilar))
    rest = []
    if an.ovriga_texter:
        sallan = "bara en gång" if an.minst == 2 else f"färre än {tal(an.minst)} gånger"
        rest.append(
            f"{antal_av(an.ovriga_texter, 'förklaring', 'förklaringar')} som förekommer "
            f"{sallan} "
            f"({avv(an.ovriga_antal)}) redovisas inte här"
        )
    if an.utan_orsak:
        rest.append(f"{avv(an.utan_orsak)} saknar förklaring")
    if rest:
        delar.append(Spacer(0, 2 * mm))
        delar.append(Paragraph("; ".join(rest) + ".", stilar.liten))
    return [KeepTogether(delar)]


def innehall(s: Sammanstallning, kommun: str, stilar) -> list[Flowable]:
    """The document's flowables (the page template adds header and footer)."""
    return [
        *_framsida(s, kommun, stilar),
        *_kategorier(s, stilar),
        *_annat(s, stilar),
        *_enheter_och_konsekvens(s, stilar),
        *_fall_och_lakemedel(s, stilar),
        *_vardgivare_och_lex_maria(s, stilar),
        *_uppfoljning(s, stilar),
    ]


def titel(s: Sammanstallning) -> str:
    return f"{TITEL} {s.period.etikett}"


def skriv_pdf(sammanstallning: Sammanstallning, ut: Path, kommun: str) -> None:
    """Write the summary to ``ut`` (atomically, see pdfbas.bygg)."""
    pdfbas.bygg(
        ut,
        innehall(sammanstallning, kommun, pdfbas.Stilar),
        titel(sammanstallning),
        kommun,
        amne="Avvikelser per kategori, verksamhet, fall, läkemedel, vårdgivare, lex Maria "
        "och uppföljning",
        utskriven=sammanstallning.idag,
    )
