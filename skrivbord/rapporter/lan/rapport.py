"""The län report for the samverkansråd: the kommuner in the period, totals by kommun
and category, avvikelser mellan vårdgivare by counterpart and agreement, the trend
against earlier periods and the kommuner missing from this one. Only published sums:
``minst N`` where a kommun's cell was hidden."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from skrivbord.rapporter import pdfbas
from skrivbord.rapporter.aggregat.underlag import RUBRIKER, Tabell
from skrivbord.rapporter.lan.underlag import Lansammanstallning
from skrivbord.rapporter.tabeller import BREDD, nyckeltal, rubrikcell, tabell

Namn = Callable[[str, str], str]
# The categories shown per kommun in the PDF (all are in the files).
KOMMUNKOLUMNER = {
    "fall": "Fall",
    "lakemedel": "Läkemedel",
    "hjalpmedel": "Hjälpmedel",
    "vard_behandling": "Vård och behandling",
    "informationsoverforing": "Information",
}


def _tabell(t: Tabell, namn: Namn) -> Flowable:
    s = pdfbas.Stilar
    data: list[list[object]] = [[rubrikcell("Grupp", s, hoger=False), rubrikcell("Antal", s)]]
    data += [[namn(t.namn, c.kod), c.text] for c in t.celler]
    return KeepTogether(
        [
            Paragraph(RUBRIKER.get(t.namn, t.namn), s.rubrik3),
            tabell(data, [BREDD * 0.6, BREDD * 0.18], s, summarad=t.total is not None),
        ]
    )


def _per_kommun(lan: Lansammanstallning, namn: Namn) -> Flowable:
    s = pdfbas.Stilar
    index = [lan.kategorikoder.index(k) for k in KOMMUNKOLUMNER if k in lan.kategorikoder]
    data: list[list[object]] = [
        [rubrikcell("Kommun", s, hoger=False), rubrikcell("Totalt", s)]
        + [rubrikcell(KOMMUNKOLUMNER[lan.kategorikoder[i]], s) for i in index]
    ]
    for r in lan.per_kommun:
        rad: list[object] = [f"{r.kommun} ({r.kommunkod})", r.total]
        data.append(rad + [r.kategorier[i] for i in index])
    ovriga = (BREDD - BREDD * 0.28 - BREDD * 0.1) / max(1, len(index))
    return tabell(data, [BREDD * 0.28, BREDD * 0.1] + [ovriga] * len(index), s, rubrikhojd=24)


def innehall(lan: Lansammanstallning, namn: Namn) -> list[Flowable]:
    s = pdfbas.Stilar
    alla = lan.tabeller[0].total
    delar: list[Flowable] = [
        Paragraph("Avvikelser i länet", s.rubrik1),
        Paragraph(
            f"Sammanställning av {lan.antal_kommuner} kommuners aggregat för {lan.period}, "
            "till samverkansrådet. Bara det kommunerna publicerat, summerat.",
            s.ingress,
        ),
        nyckeltal(
            [
                (alla.text if alla else "–", "avvikelser", f"period {lan.period}"),
                (str(lan.antal_kommuner), "kommuner", ""),
                (str(len(lan.saknade)), "kommuner saknas", "jämfört med tidigare perioder"),
            ],
            s,
            per_rad=3,
        ),
        Spacer(1, 6),
        Paragraph(
            f"<b>minst N</b>: summan av det kommunerna publicerat där någon kommun dolt ett "
            f"litet tal; det dolda räknas inte fram. <b>&lt;{lan.troskel}</b> och <b>x</b> "
            "som i kommunernas exporter.",
            s.liten,
        ),
        Paragraph("Per kommun", s.rubrik2),
        _per_kommun(lan, namn),
    ]
    for t in lan.tabeller:
        if t.namn in ("kategori", "motpart", "overenskommelse", "riktning"):
            delar.append(_tabell(t, namn))
    if len(lan.trend) > 1:
        data: list[list[object]] = [
            [
                rubrikcell("Period", s, hoger=False),
                rubrikcell("Avvikelser", s),
                rubrikcell("Kommuner", s),
            ]
        ]
        data += [[p, total, str(n)] for p, total, n in lan.trend]
        delar += [
            Paragraph("Utveckling", s.rubrik2),
            tabell(data, [BREDD * 0.3, BREDD * 0.2, BREDD * 0.2], s),
        ]
    if lan.saknade:
        delar.append(Paragraph("Kommuner som saknas för perioden", s.rubrik2))
        delar.append(
            Paragraph(", ".join(f"{namn_} ({kod})" for kod, namn_ in lan.saknade), s.brodtext)
        )
    return delar


def skriv(lan: Lansammanstallning, ut: Path, namn: Namn, utskriven: date | None = None) -> Path:
    return pdfbas.bygg(
        ut,
        innehall(lan, namn),
        "Avvikelser i länet",
        amne=f"Länssammanställning {lan.period}",
        utskriven=utskriven,
    )
