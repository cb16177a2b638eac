"""Report periods: the text forms, their spans, and the same span in earlier years."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skrivbord import perioder
from skrivbord.fel import OgiltigUppgift
from skrivbord.perioder import Period, foregaende_ar, tolka

AR = st.integers(perioder.FORSTA_AR, perioder.SISTA_AR)
SLAG = st.sampled_from(["", "H1", "H2", "Q1", "Q2", "Q3", "Q4"])


@pytest.mark.parametrize(
    ("text", "start", "slut", "etikett", "kvartal"),
    [
        ("2025", date(2025, 1, 1), date(2026, 1, 1), "2025", (1, 2, 3, 4)),
        ("2025H1", date(2025, 1, 1), date(2025, 7, 1), "första halvåret 2025", (1, 2)),
        ("2025H2", date(2025, 7, 1), date(2026, 1, 1), "andra halvåret 2025", (3, 4)),
        ("2025Q1", date(2025, 1, 1), date(2025, 4, 1), "kvartal 1 2025", (1,)),
        ("2025Q3", date(2025, 7, 1), date(2025, 10, 1), "kvartal 3 2025", (3,)),
        ("2025Q4", date(2025, 10, 1), date(2026, 1, 1), "kvartal 4 2025", (4,)),
        (" 2025h2 ", date(2025, 7, 1), date(2026, 1, 1), "andra halvåret 2025", (3, 4)),
        ("2025q3", date(2025, 7, 1), date(2025, 10, 1), "kvartal 3 2025", (3,)),
        ("2025K3", date(2025, 7, 1), date(2025, 10, 1), "kvartal 3 2025", (3,)),
    ],
)
def test_tolka(text: str, start: date, slut: date, etikett: str, kvartal: tuple) -> None:
    period = tolka(text)
    assert (period.start, period.slut, period.etikett) == (start, slut, etikett)
    assert period.ar == 2025
    assert period.kvartal == kvartal
    assert str(period) == etikett


@pytest.mark.parametrize(
    ("text", "fras"),
    [
        ("", "Ange en period"),
        ("   ", "Ange en period"),
        ("2025H3", "H1 eller H2"),
        ("2025H0", "H1 eller H2"),
        ("2025Q5", "1–4"),
        ("2025Q0", "1–4"),
        ("25", "fyra siffror"),
        ("20255", "fyra siffror"),
        ("2025H", "fyra siffror"),
        ("2025 H1", "fyra siffror"),
        ("H1 2025", "fyra siffror"),
        ("2025-01", "fyra siffror"),
        ("２０２５", "fyra siffror"),  # full-width digits are not a year here
        ("1899", "1900–2999"),
        ("3000", "1900–2999"),
    ],
)
def test_ogiltiga_former(text: str, fras: str) -> None:
    with pytest.raises(OgiltigUppgift) as fel:
        tolka(text)
    assert fras in fel.value.meddelande
    assert "2025H1" in fel.value.meddelande  # every message shows a valid form


def test_kod_och_kort() -> None:
    assert [tolka(t).kod for t in ("2025", "2025h1", "2025K3")] == ["2025", "2025H1", "2025Q3"]
    assert [tolka(t).kort for t in ("2025", "2025H2", "2025Q3")] == ["2025", "H2 2025", "Kv 3 2025"]
    assert tolka("2025").helt_ar and not tolka("2025H1").helt_ar


def test_foregaende_ar() -> None:
    assert foregaende_ar(tolka("2025H1"), 2) == (tolka("2023H1"), tolka("2024H1"))
    assert foregaende_ar(tolka("2025"), 1) == (tolka("2024"),)
    assert foregaende_ar(tolka("2025Q4"), 0) == ()
    with pytest.raises(ValueError):
        foregaende_ar(tolka("2025"), -1)


@given(AR, SLAG)
def test_kod_tolkas_tillbaka(ar: int, slag: str) -> None:
    period = tolka(f"{ar}{slag}")
    assert tolka(period.kod) == period
    assert tolka(period.kod.lower()) == period


@given(AR, SLAG)
def test_spannet_ar_hela_kvartal_inom_aret(ar: int, slag: str) -> None:
    period = tolka(f"{ar}{slag}")
    assert period.start < period.slut
    assert period.start.day == 1 and period.slut.day == 1
    assert period.start.year == ar
    assert period.slut <= date(ar + 1, 1, 1)
    dagar = [period.start + timedelta(days=d) for d in range((period.slut - period.start).days)]
    assert {(d.month - 1) // 3 + 1 for d in dagar} == set(period.kvartal)
    assert {d.year for d in dagar} == {ar}


@given(AR, SLAG, st.integers(0, 5))
def test_foregaende_ar_samma_spann(ar: int, slag: str, n: int) -> None:
    period = tolka(f"{ar}{slag}")
    tidigare = foregaende_ar(period, n)
    assert [p.ar for p in tidigare] == list(range(ar - n, ar))
    assert all(p.kvartal == period.kvartal for p in tidigare)
    assert all(p.etikett == period.etikett.replace(str(ar), str(p.ar)) for p in tidigare)
    assert list(tidigare) == sorted(tidigare)


@given(st.text(max_size=12))
def test_godtycklig_text_ger_period_eller_svenskt_fel(text: str) -> None:
    try:
        period = tolka(text)
    except OgiltigUppgift as fel:
        assert fel.meddelande.endswith(".")
    else:
        assert isinstance(period, Period)
        assert tolka(period.kod) == period
