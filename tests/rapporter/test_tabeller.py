"""tabeller: the shared table builders, as Table objects and printed in a PDF."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypdf
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from skrivbord.rapporter import pdfbas, tabeller
from skrivbord.rapporter.pdfbas import Stilar

NBSP = "\u00a0"


@dataclass(frozen=True)
class Rad:
    etikett: str
    antal: tuple[int, ...]
    markerad: bool = False


@dataclass(frozen=True)
class Kors:
    rader: tuple[str, ...]
    kolumner: tuple[str, ...]
    antal: tuple[tuple[int, ...], ...]


def _kommandon(tabell, namn: str) -> list[tuple]:
    """The style commands of one kind, with their cell ranges."""
    return [c[:3] for c in (*tabell._bkgrndcmds, *tabell._linecmds) if c[0] == namn]


def test_tabell_fasta_storlekar_rander_och_summarad() -> None:
    data = [["Vad", "Antal"], *([f"Rad {i}", str(i)] for i in range(5)), ["Totalt", "10"]]
    tabell = tabeller.tabell(data, [60 * mm, 20 * mm], Stilar, summarad=True)
    assert len(tabell._cellvalues) == 7
    assert tabell._argW == [60 * mm, 20 * mm]
    assert tabell._argH == [tabeller.RUBRIKHOJD] + [tabeller.RADHOJD] * 6
    # Stripes on every other data row; the sum row has a line above it and no stripe.
    assert [c[1] for c in _kommandon(tabell, "BACKGROUND")] == [(0, 2), (0, 4), (0, 6), (0, -1)]
    assert _kommandon(tabell, "LINEABOVE") == [("LINEABOVE", (0, -1), (-1, -1))]
    stil = tabell._cellStyles
    assert stil[0][1].fontname == stil[-1][0].fontname == Stilar.typsnitt_fet
    assert stil[1][0].fontname == Stilar.typsnitt
    assert stil[1][1].alignment == "RIGHT" and stil[1][0].alignment == "LEFT"


def test_tabell_markerad_rad_och_kapad_etikett() -> None:
    lang = "Hjälpmedel/medicintekniska produkter och mycket mer än så"
    data = [["", "Antal"], ["Klara", "3"], [lang, "2"]]
    tabell = tabeller.tabell(data, [40 * mm, 20 * mm], Stilar, markerade=[1], markeringskolumn=1)
    etikett = tabell._cellvalues[2][0]
    assert etikett.endswith("…") and lang.startswith(etikett[:-1])
    assert tabell._cellvalues[1][0] == "Klara"  # fits, untouched
    stil = tabell._cellStyles
    assert stil[2][0].fontname == Stilar.typsnitt_fet
    assert stil[2][1].color == tabeller.MARKERAD
    assert stil[1][1].color != tabeller.MARKERAD


def test_kapa() -> None:
    assert tabeller.kapa("Fall", 100, "Helvetica", 8.5) == "Fall"
    kort = tabeller.kapa("Informationsöverföring", 40, "Helvetica", 8.5)
    assert kort.endswith("…") and len(kort) < len("Informationsöverföring")


def test_jamforelsetabell() -> None:
    rader = [Rad("Fall", (4, 10, 16), True), Rad("Läkemedel", (5, 8, 6)), Rad("Annat", (0, 0, 3))]
    tabell = tabeller.jamforelsetabell(
        "Kategori",
        ["2023", "2024", "2025"],
        rader,
        Stilar,
        totalt=Rad("Totalt", (9, 18, 25)),
        extra=[("Andel", ["64 %", "24 %", "12 %"], "100 %")],
    )
    celler = tabell._cellvalues
    assert len(celler) == 1 + 3 + 1  # header, rows, sum row
    assert all(isinstance(c, Paragraph) for c in celler[0][1:])
    assert "mot 2024" in celler[0][4].text
    assert celler[1][:4] == ["Fall", "4", "10", "16"]
    markering = celler[1][4]
    assert isinstance(markering, tabeller.Markering)
    assert (markering.text, markering.upp) == (f"+60{NBSP}%", True)
    assert celler[2][4] == f"{chr(0x2013)}25{NBSP}%"
    assert celler[3][4] == "ny"  # never "från 0"
    assert celler[4] == ["Totalt", "9", "18", "25", f"+39{NBSP}%", "100 %"]
    assert abs(sum(tabell._argW) - tabeller.BREDD) < 0.01  # the extra column takes the rest
    assert tabell._argH[0] == tabeller.TVARADIG_RUBRIK


def test_jamforelsetabell_utan_jamforelse() -> None:
    tabell = tabeller.jamforelsetabell("Kategori", ["2025"], [Rad("Fall", (16,))], Stilar)
    assert [len(rad) for rad in tabell._cellvalues] == [2, 2]
    assert tabell._argH[0] == tabeller.RUBRIKHOJD


def test_korstabell_med_summor() -> None:
    kors = Kors(("Natt", "Dag"), ("Ingen skada", "Fraktur"), ((3, 1), (1200, 0)))
    tabell = tabeller.korstabell(kors, "Tid på dygnet", Stilar, kolumnbredd=20 * mm)
    celler = tabell._cellvalues
    assert len(celler) == 1 + 2 + 1
    assert celler[1] == ["Natt", "3", "1", "4"]
    assert celler[2] == ["Dag", f"1{NBSP}200", "0", f"1{NBSP}200"]
    assert celler[3] == ["Totalt", f"1{NBSP}203", "1", f"1{NBSP}204"]
    assert [c.text for c in celler[0]] == ["Tid på dygnet", "Ingen skada", "Fraktur", "Totalt"]
    assert tabell._argW[1:] == [20 * mm] * 3
    assert _kommandon(tabell, "LINEABOVE")  # the totals row is a sum row


def test_nyckeltal_och_punktlista() -> None:
    rutor = [(str(i), f"text {i}", "under" if i % 2 else "") for i in range(6)]
    tabell = tabeller.nyckeltal(rutor, Stilar)
    assert len(tabell._cellvalues) == 2
    assert tabell._cellvalues[1][2:] == ["", ""]  # the short last row is filled
    assert len(tabell._cellvalues[0][1]) == 3 and len(tabell._cellvalues[0][0]) == 2

    punkter = [("•", "en"), (tabeller.Markering("", True, Stilar.typsnitt_fet), "två")]
    lista = tabeller.punktlista(punkter, Stilar)
    assert len(lista._cellvalues) == 2
    assert lista._cellStyles[1][0].topPadding == 1.6  # the drawn marker sits on the line
    assert lista._cellStyles[0][0].topPadding == 0


def test_tabellerna_i_en_pdf(tmp_path: Path) -> None:
    """Built into a real page, the figures come back as text in order."""
    kors = Kors(("Natt", "Dag"), ("Ingen skada", "Fraktur"), ((3, 1), (1200, 0)))
    innehall = [
        tabeller.nyckeltal([("1 207", "avvikelser totalt", "2024: 1 188")], Stilar),
        tabeller.jamforelsetabell(
            "Kategori", ["2024", "2025"], [Rad("Fall", (10, 16), True)], Stilar
        ),
        tabeller.korstabell(kors, "Tid på dygnet", Stilar),
    ]
    ut = pdfbas.bygg(tmp_path / "t.pdf", innehall, "Tabeller", "Provkommun")
    text = pypdf.PdfReader(ut).pages[0].extract_text(extraction_mode="layout")
    rader = [" ".join(r.replace(NBSP, " ").split()) for r in text.splitlines()]
    assert "Fall 10 16 +60 %" in rader
    assert "Dag 1 200 0 1 200" in rader
    assert "Totalt 1 203 1 1 204" in rader
