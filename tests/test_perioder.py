"""Report periods: the text forms, their spans, and the same span in earlier years."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skrivbord import perioder
from skrivbord.fel import OgiltigUppgift
from skrivbord.perioder import Period, flytta, foregaende_ar, kapa, tolka

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


# ---------------------------------------------------------------------------
# A running period is cut at today (the whole days up to yesterday)
# ---------------------------------------------------------------------------


def test_pagaende_period_kapas_vid_idag() -> None:
    ar = kapa(tolka("2026"), date(2026, 12, 1))
    assert ar.etikett == str(ar) == "1 januari – 30 november 2026"
    assert ar.pagaende and ar.kapad == ar.rakna_till == date(2026, 12, 1)
    assert ar.sista_dag == date(2026, 11, 30)  # today is not over, so not counted
    assert (ar.start, ar.slut) == (date(2026, 1, 1), date(2027, 1, 1))  # the nominal span
    assert (ar.kod, ar.kort, ar.kvartal) == ("2026", "2026", (1, 2, 3, 4))
    assert ar.hela_kvartal == (1, 2, 3)
    assert ar.nominell == tolka("2026") and not tolka("2026").pagaende
    assert kapa(tolka("2026H2"), date(2026, 7, 16)).etikett == "1–15 juli 2026"
    assert kapa(tolka("2026Q3"), date(2026, 7, 2)).etikett == "1 juli 2026"
    assert kapa(tolka("2026Q3"), date(2026, 7, 2)).hela_kvartal == ()


def test_avslutad_period_kapas_inte() -> None:
    assert kapa(tolka("2025"), date(2026, 12, 1)) == tolka("2025")
    assert kapa(tolka("2026"), date(2027, 1, 1)) == tolka("2026")  # over since midnight
    assert kapa(tolka("2026H1"), date(2026, 7, 1)) == tolka("2026H1")
    # Cutting again on a later day starts from the whole period.
    assert kapa(kapa(tolka("2026"), date(2026, 3, 1)), date(2027, 2, 1)) == tolka("2026")


def test_framtida_period_vagras() -> None:
    with pytest.raises(OgiltigUppgift) as fel:
        kapa(tolka("2027"), date(2026, 12, 1))
    assert fel.value.meddelande == (
        "Perioden 2027 har inte börjat: den börjar 1 januari 2027. Välj en period som har börjat."
    )
    with pytest.raises(OgiltigUppgift, match="börjar i dag, 1 juli 2026"):
        kapa(tolka("2026H2"), date(2026, 7, 1))


def test_jamforelse_med_samma_datum_tidigare_ar() -> None:
    ar = kapa(tolka("2026"), date(2026, 12, 1))
    tidigare = foregaende_ar(ar, 2)
    assert [p.etikett for p in tidigare] == [
        "1 januari – 30 november 2024",
        "1 januari – 30 november 2025",
    ]
    assert [p.sista_dag for p in tidigare] == [date(2024, 11, 30), date(2025, 11, 30)]
    assert [p.kod for p in tidigare] == ["2024", "2025"]
    # 29 February becomes 28 February in a year without it, as on Översikt.
    skott = kapa(tolka("2028"), date(2028, 3, 1))
    assert skott.etikett == "1 januari – 29 februari 2028"
    assert flytta(skott, -1).etikett == "1 januari – 28 februari 2027"
    assert flytta(kapa(tolka("2027"), date(2027, 3, 1)), 1).sista_dag == date(2028, 2, 28)


def test_samma_dag_och_datumspann() -> None:
    assert perioder.samma_dag(date(2028, 2, 29), 2027) == date(2027, 2, 28)
    assert perioder.samma_dag(date(2026, 11, 30), 2025) == date(2025, 11, 30)
    assert perioder.datumspann(date(2026, 1, 1), date(2026, 11, 30)) == (
        "1 januari – 30 november 2026"
    )
    assert perioder.datumspann(date(2026, 7, 1), date(2026, 7, 15)) == "1–15 juli 2026"
    assert (
        perioder.datumspann(date(2026, 1, 1), date(2026, 11, 30), med_ar=False)
        == "1 januari – 30 november"
    )


@given(AR, SLAG, st.integers(0, 400))
def test_kapad_period_ligger_i_den_hela(ar: int, slag: str, dagar: int) -> None:
    hel = tolka(f"{ar}{slag}")
    idag = hel.start + timedelta(days=dagar)
    if idag <= hel.start:
        with pytest.raises(OgiltigUppgift):
            kapa(hel, idag)
        return
    period = kapa(hel, idag)
    assert period.nominell == hel and period.kod == hel.kod
    assert period.pagaende == (idag < hel.slut)
    assert hel.start <= period.sista_dag < min(idag, hel.slut)
    assert period.sista_dag == min(idag, hel.slut) - timedelta(days=1)
    assert set(period.hela_kvartal) <= set(period.kvartal)
    for tidigare in foregaende_ar(period, 2):
        assert tidigare.pagaende == period.pagaende
        assert (tidigare.start.month, tidigare.start.day) == (hel.start.month, hel.start.day)
        assert tidigare.sista_dag.month == period.sista_dag.month
