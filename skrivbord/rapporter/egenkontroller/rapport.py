"""The egenkontroll report for a year: key figures, the plan, the årshjul, completion per
area and per unit, and the brister found with their åtgärder (counts only)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from skrivbord.rapporter import pdfbas
from skrivbord.rapporter.egenkontroller.underlag import Genomforande, Underlag
from skrivbord.rapporter.format import datum, procent, tal
from skrivbord.rapporter.tabeller import nyckeltal, rubrikcell, tabell

_MANADER = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
_LINJE = colors.HexColor("#d5dbe1")
_MARK = colors.HexColor(pdfbas.BLA)


def _p(text: str, stil: object | None = None) -> Paragraph:
    return Paragraph(
        text.replace("&", "&amp;").replace("<", "&lt;"), stil or pdfbas.Stilar.brodtext
    )


def _nyckeltal(u: Underlag) -> Table:
    t = u.totalt
    andel = t.andel_utforda
    return nyckeltal(
        [
            (procent(andel) if andel is not None else "–", "av de förfallna utförda", ""),
            (tal(t.i_tid), "utförda i tid", ""),
            (tal(t.sent), "utförda sent", ""),
            (tal(t.missade), "missade", "förfallna utan dokumentation"),
        ],
        pdfbas.Stilar,
    )


def _plan(u: Underlag) -> Table:
    s = pdfbas.Stilar
    liten = s.liten
    data: list[list[object]] = [
        [
            rubrikcell("Område", s, hoger=False),
            rubrikcell("Omfattning", s, hoger=False),
            rubrikcell("Frekvens", s, hoger=False),
            rubrikcell("Ansvarig", s, hoger=False),
            rubrikcell("Redovisas för", s, hoger=False),
        ]
    ]
    for p in u.plan:
        data.append(
            [
                _p(p.omrade, liten),
                _p(p.omfattning, liten),
                _p(p.frekvens, liten),
                _p(p.ansvarig, liten),
                _p(p.rapporteras_till, liten),
            ]
        )
    bredd = pdfbas.TEXTBREDD
    tab = Table(
        data,
        colWidths=[bredd * 0.27, bredd * 0.27, bredd * 0.17, bredd * 0.12, bredd * 0.17],
        repeatRows=1,
        hAlign="LEFT",
    )
    tab.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, _LINJE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return tab


def _arshjul(u: Underlag) -> Table:
    """The plan laid out over the twelve months: a mark where an item falls due."""
    s = pdfbas.Stilar
    data: list[list[object]] = [[rubrikcell("Område", s, hoger=False)] + list(_MANADER)]
    markerade = []
    for rad, p in enumerate(u.plan, start=1):
        celler: list[object] = [_p(p.omrade, s.liten)]
        for manad in range(1, 13):
            celler.append("" if manad not in p.manader else "•")
            if manad in p.manader:
                markerade.append((manad, rad))
        data.append(celler)
    bredd = pdfbas.TEXTBREDD
    forsta = bredd * 0.34
    tab = Table(
        data, colWidths=[forsta] + [(bredd - forsta) / 12] * 12, repeatRows=1, hAlign="LEFT"
    )
    stil = [
        ("FONT", (1, 0), (-1, 0), s.typsnitt_fet, 7.5),
        ("TEXTCOLOR", (1, 0), (-1, 0), colors.HexColor(pdfbas.GRA)),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (1, 0), (-1, -1), 0.3, _LINJE),
        ("LINEBELOW", (0, 0), (0, -1), 0.3, _LINJE),
        ("FONT", (1, 1), (-1, -1), s.typsnitt_fet, 11),
        ("TEXTCOLOR", (1, 1), (-1, -1), colors.white),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    stil += [("BACKGROUND", (k, r), (k, r), _MARK) for k, r in markerade]
    tab.setStyle(TableStyle(stil))
    return tab


def _genomforande(rader: Sequence[tuple[str, Genomforande]], forsta: str) -> Table:
    s = pdfbas.Stilar
    data: list[list[object]] = [
        [
            rubrikcell(forsta, s, hoger=False),
            rubrikcell("I tid", s),
            rubrikcell("Sent", s),
            rubrikcell("Missade", s),
            rubrikcell("Andel utförda", s),
            rubrikcell("Ej aktuella", s),
            rubrikcell("Kommande", s),
        ]
    ]
    for namn, g in rader:
        andel = g.andel_utforda
        data.append(
            [
                namn,
                tal(g.i_tid),
                tal(g.sent),
                tal(g.missade),
                procent(andel) if andel is not None else "–",
                tal(g.ej_aktuella),
                tal(g.kommande),
            ]
        )
    bredd = pdfbas.TEXTBREDD
    forsta_bredd = bredd * 0.40
    markerade = [i for i, (_, g) in enumerate(rader) if g.missade]
    return tabell(
        data,
        [forsta_bredd] + [(bredd - forsta_bredd) / 6] * 6,
        s,
        markerade=markerade,
        markeringskolumn=3,
    )


def _brister(u: Underlag) -> list[Flowable]:
    s = pdfbas.Stilar
    if not u.brister:
        return [_p("Inga brister registrerades i årets egenkontroller.")]
    data: list[list[object]] = [
        [
            rubrikcell("Datum", s, hoger=False),
            rubrikcell("Område", s, hoger=False),
            rubrikcell("Enhet", s, hoger=False),
            rubrikcell("Åtgärder", s),
            rubrikcell("Klara", s),
            rubrikcell("Försenade", s),
        ]
    ]
    for b in u.brister:
        data.append(
            [
                b.datum.isoformat(),
                b.omrade,
                b.enhet,
                tal(b.atgarder),
                tal(b.atgarder_klara),
                tal(b.atgarder_forsenade),
            ]
        )
    bredd = pdfbas.TEXTBREDD
    utan = [i for i, b in enumerate(u.brister) if b.atgarder == 0 or b.atgarder_forsenade]
    tab = tabell(
        data,
        [bredd * 0.13, bredd * 0.37, bredd * 0.23, bredd * 0.09, bredd * 0.09, bredd * 0.09],
        s,
        markerade=utan,
        markeringskolumn=5,
    )
    tab.setStyle(TableStyle([("ALIGN", (1, 1), (2, -1), "LEFT")]))
    return [
        tab,
        _p(
            "Fetstil: brist utan beslutad åtgärd, eller med åtgärd efter sista datum. "
            "Bristernas beskrivning och åtgärdernas innehåll finns i programmet.",
            s.liten,
        ),
    ]


def innehall(u: Underlag) -> list[Flowable]:
    s = pdfbas.Stilar
    pagaende = u.idag.year == u.ar
    omfattning = (
        f"Till och med {datum(u.idag)}; tillfällen senare i året räknas som kommande."
        if pagaende
        else f"Hela året {u.ar}."
    )
    return [
        Paragraph(f"Egenkontroller {u.ar}", s.rubrik1),
        _p(
            f"Egenkontrollplanen, årshjulet och hur planen har följts, för {u.namnd}. "
            f"{omfattning} Ett tillfälle är utfört när det som dokumenterar det är "
            "registrerat (veckogenomgång, läkemedelstillsyn, logguppföljning eller "
            "egenkontrollens eget resultat).",
            s.ingress,
        ),
        Spacer(1, 6),
        _nyckeltal(u),
        Paragraph("Genomförande per område", s.rubrik2),
        _genomforande(u.per_omrade, "Område"),
        Paragraph("Genomförande per enhet", s.rubrik2),
        _genomforande(u.per_enhet, "Enhet"),
        Paragraph("Brister och åtgärder", s.rubrik2),
        *_brister(u),
        Paragraph("Årshjul", s.rubrik2),
        _p("Månaderna då varje egenkontroll ska vara klar.", s.liten),
        _arshjul(u),
        Paragraph("Egenkontrollplanen", s.rubrik2),
        _plan(u),
    ]


def skriv(u: Underlag, ut: Path) -> Path:
    return pdfbas.bygg(
        ut,
        innehall(u),
        f"Egenkontroller {u.ar}",
        u.kommun,
        amne="Egenkontrollplan, årshjul och genomförande",
        utskriven=u.idag,
    )
