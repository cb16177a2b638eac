"""The aggregate's PDF summary (one to three pages): key figures, a chart of the
categories and every table as it is written to the files, hidden cells marked.

Takes the figures as plain data and the names of the codes as a function (the report
asks no service): codes and numbers only, nothing the files do not hold.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from skrivbord.rapporter import pdfbas
from skrivbord.rapporter.aggregat.underlag import RUBRIKER, Aggregat, Tabell
from skrivbord.rapporter.diagram import grupperade_staplar
from skrivbord.rapporter.format import procent, tal
from skrivbord.rapporter.tabeller import BREDD, nyckeltal, rubrikcell, tabell

Namn = Callable[[str, str], str]  # (table, code) → the code's Swedish name


def _text(antal: int | None, markning: str) -> str:
    return markning if antal is None else tal(antal)


def _nyckeltal(a: Aggregat) -> Flowable:
    s = pdfbas.Stilar
    total = a.tabeller[0].total
    rutor = []
    if total is not None:
        rutor.append((_text(total.antal, total.markning), "avvikelser", f"period {a.period}"))
    for t in a.tabeller:
        if t.namn == "mellan_vardgivare":
            ja = t.rader[0]
            rutor.append((_text(ja.antal, ja.markning), "mellan vårdgivare", ""))
        if t.namn == "lex_maria":
            c = t.rader[0]
            rutor.append((_text(c.antal, c.markning), "lex Maria-anmälningar", ""))
    rutor.append(
        (
            f"{a.antal_dolda} av {a.antal_celler}",
            "celler dolda",
            f"små tal under {a.troskel} och skydd",
        )
    )
    return nyckeltal(rutor, s)


def _diagram(a: Aggregat, namn: Namn) -> Flowable:
    s = pdfbas.Stilar
    kategori = a.tabeller[0]
    rader = [c for c in kategori.rader if c.antal]
    return grupperade_staplar(
        [namn(kategori.namn, c.kod) for c in rader],
        [("Publicerat antal", [c.antal or 0 for c in rader])],
        bredd=BREDD,
        hojd=200,
        typsnitt=s.typsnitt,
        typsnitt_fet=s.typsnitt_fet,
        tal=tal,
        axeltitel="antal",
    )


def _tabell(t: Tabell, namn: Namn) -> Flowable:
    s = pdfbas.Stilar
    data: list[list[object]] = [[rubrikcell("Grupp", s, hoger=False), rubrikcell("Antal", s)]]
    for c in t.celler:
        data.append([namn(t.namn, c.kod), _text(c.antal, c.markning)])
    return KeepTogether(
        [
            Paragraph(RUBRIKER.get(t.namn, t.namn), s.rubrik3),
            tabell(data, [BREDD * 0.6, BREDD * 0.15], s, summarad=t.total is not None),
        ]
    )


def _egenkontroller(a: Aggregat, namn: Namn) -> list[Flowable]:
    if not a.egenkontroller:
        return []
    s = pdfbas.Stilar
    data: list[list[object]] = [
        [
            rubrikcell("Område", s, hoger=False),
            rubrikcell("Förfallna", s),
            rubrikcell("Utförda", s),
            rubrikcell("Andel", s),
        ]
    ]
    for g in a.egenkontroller:
        andel = procent(g.andel) if g.andel is not None else "–"
        data.append(
            [namn("egenkontrollomrade", g.omradeskod), tal(g.forfallna), tal(g.utforda), andel]
        )
    return [
        Paragraph("Egenkontroller: genomförda av de förfallna", s.rubrik3),
        tabell(data, [BREDD * 0.5, BREDD * 0.15, BREDD * 0.15, BREDD * 0.15], s),
    ]


def innehall(a: Aggregat, namn: Namn) -> list[Flowable]:
    s = pdfbas.Stilar
    delar: list[Flowable] = [
        Paragraph("Aggregat till regionen", s.rubrik1),
        Paragraph(
            f"{a.kommun} ({a.kommunkod}), period {a.period}. Antal per nationell kod "
            f"(kodlista {a.kodlista}, schema {a.schemaversion}); ingen fritext, inga namn, "
            "inga enheter, inga datum.",
            s.ingress,
        ),
        _nyckeltal(a),
        Spacer(1, 6),
        Paragraph(
            f"<b>&lt;{a.troskel}</b> betyder 1–{a.troskel - 1} händelser. <b>x</b> är ett "
            "antal som döljs för att de små talen inte ska gå att räkna fram ur "
            "summorna. En nolla visas.",
            s.liten,
        ),
        Paragraph("Publicerade antal per kategori", s.rubrik2),
        _diagram(a, namn),
        CondPageBreak(120),
        Paragraph("Tabellerna som de skrivs till filerna", s.rubrik2),
    ]
    delar += [_tabell(t, namn) for t in a.tabeller]
    delar += _egenkontroller(a, namn)
    return delar


def skriv(a: Aggregat, ut: Path, namn: Namn, utskriven: date | None = None) -> Path:
    return pdfbas.bygg(
        ut,
        innehall(a, namn),
        "Aggregat till regionen",
        a.kommun,
        amne=f"Anonymiserat aggregat {a.kommunkod} {a.period}",
        utskriven=utskriven,
    )
