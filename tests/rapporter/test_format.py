"""format: Swedish numbers, percentages, changes, dates and short texts for the PDFs."""

from __future__ import annotations

from datetime import date

import pytest

from skrivbord.rapporter import format as fmt

NBSP, MINUS = "\u00a0", "\u2013"


@pytest.mark.parametrize(
    ("varde", "text"),
    [
        (0, "0"),
        (999, "999"),
        (1205, f"1{NBSP}205"),
        (1_234_567, f"1{NBSP}234{NBSP}567"),
        (-3, f"{MINUS}3"),
        (-12_500, f"{MINUS}12{NBSP}500"),
        (2.6, "3"),
    ],
)
def test_tal_med_tusentalsavgransare_och_minus(varde: float, text: str) -> None:
    assert fmt.tal(varde) == text


@pytest.mark.parametrize(
    ("andel", "tecken", "text"),
    [
        (0.672, False, f"67{NBSP}%"),
        (0.678, False, f"68{NBSP}%"),
        (1.0, False, f"100{NBSP}%"),
        (0.004, False, f"0{NBSP}%"),
        (None, False, MINUS),
        (0.6, True, f"+60{NBSP}%"),
        (-0.25, True, f"{MINUS}25{NBSP}%"),
        (0.004, True, f"±0{NBSP}%"),  # rounds to nothing: neither up nor down
        (-0.004, True, f"±0{NBSP}%"),
        (12.5, True, f"+1{NBSP}250{NBSP}%"),
        (None, True, MINUS),
    ],
)
def test_procent_avrundas_till_hela(andel: float | None, tecken: bool, text: str) -> None:
    assert fmt.procent(andel, tecken=tecken) == text


@pytest.mark.parametrize(
    ("fore", "nu", "text"),
    [
        (10, 16, f"+60{NBSP}%"),
        (8, 6, f"{MINUS}25{NBSP}%"),
        (7, 7, f"±0{NBSP}%"),
        (3, 2, f"{MINUS}33{NBSP}%"),
        (0, 4, "ny"),  # no percentage of nothing, and never "från 0"
        (0, 0, ""),
        (None, 5, ""),  # nothing to compare with
    ],
)
def test_forandring(fore: int | None, nu: int, text: str) -> None:
    assert fmt.forandring(fore, nu) == text


def test_antal_av_ental_och_flertal() -> None:
    assert fmt.antal_av(1, "avvikelse", "avvikelser") == "1 avvikelse"
    assert fmt.antal_av(0, "avvikelse", "avvikelser") == "0 avvikelser"
    assert fmt.antal_av(1205, "åtgärd", "åtgärder") == f"1{NBSP}205 åtgärder"


def test_datum() -> None:
    assert fmt.datum(date(2026, 11, 23)) == "23 november 2026"
    assert fmt.datum(date(2025, 1, 1)) == "1 januari 2025"


def test_upprakning_och_gemen_borjan() -> None:
    assert fmt.upprakning([]) == ""
    assert fmt.upprakning(["larm"]) == "larm"
    assert fmt.upprakning(["larm", "dörr"]) == "larm och dörr"
    assert fmt.upprakning(["larm", "dörr", "nyckel"]) == "larm, dörr och nyckel"
    assert fmt.gemen_borjan("Larm trasigt") == "larm trasigt"
    assert fmt.gemen_borjan("IVO kontaktad") == "IVO kontaktad"  # an acronym stays
    assert fmt.gemen_borjan("X") == "X"


def test_avstava_bara_kanda_ord() -> None:
    assert fmt.avstava("Typ av läkemedel") == "Typ av läke\xadmedel"
    assert fmt.avstava("Sjuksköterska") == "Sjuk\xadsköterska"
    assert fmt.avstava("Omsorgspersonalen") == "Omsorgspersonalen"


def test_allt_finns_i_pdf_typsnittens_teckenkodning() -> None:
    """The built-in PDF fonts use WinAnsi (cp1252): a narrow no-break space or a real
    minus sign would print as a missing glyph."""
    texter = [
        fmt.tal(-1_234_567),
        fmt.procent(-0.5, tecken=True),
        fmt.procent(0.004, tecken=True),
        fmt.forandring(0, 0),
        fmt.avstava("Informationsöverföring"),
        fmt.datum(date(2026, 8, 1)),
    ]
    for text in texter:
        text.encode("cp1252")
