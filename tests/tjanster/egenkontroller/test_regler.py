"""The frequency rules (RRULE through dateutil): presets, year boundaries, leap years,
ISO week 53, and refusals in Swedish."""

from __future__ import annotations

from datetime import date

import pytest

from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster.egenkontroller import regler
from skrivbord.tjanster.egenkontroller.regler import Forval


@pytest.mark.parametrize(
    ("forval", "manader", "etikett", "antal"),
    [
        (Forval.VECKOVIS, (), "Varje vecka", 52),
        (Forval.MANADSVIS, (), "Varje månad", 12),
        (Forval.KVARTALSVIS, (), "4 gånger/år (mar, jun, sep, dec)", 4),
        (Forval.HALVARSVIS, (5, 11), "2 gånger/år (maj, nov)", 2),
        (Forval.ARLIGEN, (10,), "1 gång/år (okt)", 1),
        (Forval.MANADER, (2, 4, 9), "3 gånger/år (feb, apr, sep)", 3),
    ],
)
def test_forvalen_gar_runt(forval, manader, etikett, antal) -> None:
    regel = regler.regel_for(forval, manader)
    assert regler.validera(regel) == regel
    assert regler.tolka(regel) == regler.Frekvens(forval, manader)
    assert regler.etikett(regel) == etikett
    assert len(regler.perioder(regel, 2025)) == antal


def test_manadens_sista_dag_ocksa_skottar() -> None:
    regel = regler.regel_for(Forval.MANADSVIS)
    assert regler.datum(regel, date(2024, 2, 1), date(2024, 3, 1)) == [date(2024, 2, 29)]
    assert regler.datum(regel, date(2025, 2, 1), date(2025, 3, 1)) == [date(2025, 2, 28)]


def test_perioderna_tacker_aret_utan_luckor_over_arsskiftet() -> None:
    regel = regler.regel_for(Forval.HALVARSVIS, (3, 9))
    # The first period of 2025 started the day after September's due date in 2024.
    assert regler.perioder(regel, 2025) == [
        (date(2024, 10, 1), date(2025, 3, 31)),
        (date(2025, 4, 1), date(2025, 9, 30)),
    ]
    for ar in (2023, 2024, 2025):
        perioder = regler.perioder(regler.regel_for(Forval.MANADSVIS), ar)
        assert perioder[0][0] == date(ar, 1, 1) and perioder[-1][1] == date(ar, 12, 31)
        for (_, slut), (borjan, _) in zip(perioder, perioder[1:], strict=False):
            assert (borjan - slut).days == 1


def test_iso_vecka_53() -> None:
    """2020 has ISO week 53 (28 Dec 2020 – 3 Jan 2021): its occurrence is due in 2021."""
    regel = regler.regel_for(Forval.VECKOVIS)
    ar2021 = regler.perioder(regel, 2021)
    assert ar2021[0] == (date(2020, 12, 28), date(2021, 1, 3))
    assert ar2021[0][1].isocalendar()[:2] == (2020, 53)
    assert len(ar2021) == 52
    # 2023 has 53 Sundays: the first closes ISO week 52 of 2022.
    ar2023 = regler.perioder(regel, 2023)
    assert len(ar2023) == 53 and ar2023[0][1].isocalendar()[:2] == (2022, 52)
    assert all(slut.weekday() == 6 for _, slut in ar2021)


@pytest.mark.parametrize(
    ("forval", "manader", "text"),
    [
        (Forval.HALVARSVIS, (6,), "två månader"),
        (Forval.ARLIGEN, (), "den månad"),
        (Forval.MANADER, (), "minst en månad"),
        (Forval.MANADER, (13,), "1–12"),
    ],
)
def test_fel_manader_vagras(forval, manader, text) -> None:
    with pytest.raises(OgiltigUppgift, match=text):
        regler.regel_for(forval, manader)


def test_egen_regel_kontrolleras() -> None:
    with pytest.raises(OgiltigUppgift, match="ingen giltig iCalendar-regel"):
        regler.validera("FREQ=VARANNAN")
    with pytest.raises(OgiltigUppgift, match="inga datum"):
        regler.validera("FREQ=YEARLY;UNTIL=20010101")
    egen = "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15"
    assert regler.tolka(egen) is None and regler.etikett(egen) == egen
    assert len(regler.perioder(egen, 2025)) == 6
