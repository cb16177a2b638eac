"""Vakten mot personnummer och samordningsnummer (skrivbord/personnummer.py): hellre ett
falskt larm än en miss, men inget larm för vanliga datum och telefonnummer."""

from __future__ import annotations

import pytest

from skrivbord import personnummer
from skrivbord.fel import OgiltigUppgift


def _kontrollsiffra(nio: str) -> str:
    """Luhn-siffran räknad här för sig (inte med modulens funktion)."""
    summa = 0
    for i, tecken in enumerate(nio):
        varde = int(tecken) * (2 if i % 2 == 0 else 1)
        summa += varde // 10 + varde % 10
    return str((10 - summa % 10) % 10)


def _giltigt(datum6: str, nummer3: str = "987") -> str:
    return datum6 + nummer3 + _kontrollsiffra(datum6 + nummer3)


def _fel_siffra(tio: str) -> str:
    return tio[:-1] + str((int(tio[-1]) + 1) % 10)


# Skatteverkets exempel i handledningar och Wikipedia.
KANDA = ["811218-9876", "701063-2391"]  # ett personnummer och ett samordningsnummer


@pytest.mark.parametrize("nummer", KANDA)
def test_kanda_exempel_larmar(nummer: str) -> None:
    assert personnummer.innehaller(nummer)


def test_kontrollsiffran_stammer_med_egen_berakning() -> None:
    assert _giltigt("811218", "987") == "8112189876"
    assert personnummer.luhn_ok("8112189876")
    assert not personnummer.luhn_ok("8112189875")


@pytest.mark.parametrize(
    "format_",
    [
        "{a}{b}",  # 10 siffror i ett svep
        "{a}-{b}",
        "{a}+{b}",  # fyllt 100
        "{a} {b}",
        "{a} - {b}",
        "19{a}{b}",  # 12 siffror
        "19{a}-{b}",
        "20{a}{b}",
    ],
)
@pytest.mark.parametrize("datum", ["811218", "010101", "991231", "440229", "700163"])
def test_alla_format_larmar_med_ratt_kontrollsiffra(format_: str, datum: str) -> None:
    tio = _giltigt(datum)
    text = "Åtkomst till " + format_.format(a=tio[:6], b=tio[6:]) + " utan vårdrelation."
    traffar = personnummer.hitta(text)
    assert len(traffar) == 1
    assert traffar[0].samordningsnummer is (int(datum[4:]) > 60)
    assert (
        text[traffar[0].start : traffar[0].slut]
        .replace(" ", "")
        .replace("-", "")
        .replace("+", "")
        .endswith(tio)
    )


@pytest.mark.parametrize("format_", ["{a}{b}", "{a}-{b}", "19{a}-{b}", "19{a}{b}"])
@pytest.mark.parametrize("datum", ["811218", "010101", "700163"])
def test_fel_kontrollsiffra_larmar_inte(format_: str, datum: str) -> None:
    tio = _fel_siffra(_giltigt(datum))
    assert not personnummer.innehaller(format_.format(a=tio[:6], b=tio[6:]))


def test_samordningsnummer_ar_dag_plus_60() -> None:
    assert personnummer.hitta(_giltigt("701063"))[0].samordningsnummer
    assert not personnummer.hitta(_giltigt("701003"))[0].samordningsnummer
    for dag in ("32", "60", "92"):  # no day, neither as a birth date nor as day + 60
        assert not personnummer.innehaller(_giltigt("7010" + dag))


def test_omojliga_datum_larmar_inte() -> None:
    for datum in ("811318", "810018", "811200"):  # month 13, month 00, day 00
        assert not personnummer.innehaller(_giltigt(datum))
    # With the century known the month's length counts: 29 February only in a leap year.
    tio = _giltigt("000229")
    assert personnummer.innehaller("20" + tio)
    assert personnummer.innehaller(tio)  # without century: favour the alarm
    tio = _giltigt("010229")
    assert not personnummer.innehaller("20" + tio)


@pytest.mark.parametrize(
    "text",
    [
        "Granskningen gjordes 2025-03-01 och gällde 2025-02-01 – 2025-02-28.",
        "20250301",
        "Datum 2025-03-01 kl. 14:30",
        "Ring 070-123 45 67 eller 08-123 456 78.",
        "Telefon 0701-23 45 67, 031-12 34 56, +46 70 123 45 67",
        "Ärende 2025/1234, dnr SN 2025-000123",
        "Åtkomster: 1234567, 123456789, 12345678901, 1234567890123",
        "Period 20250101-20250131",
        "",
    ],
)
def test_inget_larm_for_datum_och_telefonnummer(text: str) -> None:
    assert personnummer.hitta(text) == []


def test_en_del_av_en_langre_sifferfoljd_larmar_inte() -> None:
    tio = _giltigt("811218")
    assert personnummer.innehaller(f"nr {tio}.")
    assert not personnummer.innehaller(f"1{tio}")  # eleven digits
    assert not personnummer.innehaller(f"{tio}1")
    assert not personnummer.innehaller(f"123{tio}")  # thirteen digits


def test_kontrollera_namnger_varje_falt() -> None:
    with pytest.raises(OgiltigUppgift) as info:
        personnummer.kontrollera(
            {
                "metod": ("Metod", "Granskade 811218-9876 och 070-123 45 67"),
                "ok": ("Övrigt", "Inget att anmärka 2025-03-01"),
                "beskrivning": ("Beskrivning", "Samordningsnummer 701063-2391"),
            }
        )
    fel = info.value
    assert fel.falt == "metod"
    assert [f for f, _ in fel.alla] == ["metod", "beskrivning"]
    assert fel.alla[0][1].startswith("Metod: ") and "personnummer" in fel.alla[0][1]
    assert "samordningsnummer" in fel.alla[1][1]
    personnummer.kontrollera([("ok", "Övrigt", "Inget att anmärka")])  # no error
