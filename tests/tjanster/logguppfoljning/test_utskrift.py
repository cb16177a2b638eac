"""PDF:erna tolkade tillbaka: mallen utan uppgifter, det ifyllda protokollet märkt som
internt och bara läsbart för ägaren, årssammanställningen med bara antal."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from skrivbord.jobb import kor_till_slut
from skrivbord.perioder import helar
from skrivbord.tjanster.logguppfoljning import arssammanstallning, protokoll, utskrift
from skrivbord.tjanster.logguppfoljning.uppgifter import LoggAtgard
from skrivbord.typer import Loggatgardstyp, Loggkontrolltyp
from tests.tjanster.logguppfoljning.conftest import IDAG, SYSTEM, med_avvikelse

HEMLIG = "Hemlig-Beskrivning-4f2a"


def _text(sokvag: Path) -> str:
    return "\n".join(sida.extract_text() for sida in PdfReader(sokvag).pages)


def test_mallen_har_falten_och_inga_uppgifter(tmp_path: Path) -> None:
    ut = kor_till_slut(utskrift.skriv_mall(tmp_path / "mall.pdf", "Testkommun"))
    text = " ".join(_text(ut).split())  # a label may wrap in its narrow column
    for falt in (
        "Protokoll för logguppföljning",
        "Så fyller du i protokollet",
        "Datum för granskningen",
        "Journalsystem",
        "Systematisk månadskontroll",
        "Stickprov",
        "Riktad kontroll vid misstanke",
        "Granskad period",
        "Antal användare",
        "Antal journalåtkomster",
        "Metod",
        "Granskare",
        "Ingen avvikelse",
        "Avvikelse upptäckt",
        "Beskrivning av avvikelsen",
        "Samtal med medarbetaren",
        "Rapport till personuppgiftsansvarig",
        "Bedömning enligt lex Maria",
        "72 timmar",
        "Underskrift",
        "Namnförtydligande",
    ):
        assert falt in text, falt
    assert "Intern" not in text and "Testkommun" in text
    assert len(PdfReader(ut).pages) <= 2


def test_ifyllt_protokoll_ar_internt(databas, uppgifter, enhet_id, mas, tmp_path: Path) -> None:
    u = med_avvikelse(
        uppgifter(enhet_id=enhet_id, typ=Loggkontrolltyp.STICKPROV),
        avvikelse_beskrivning=HEMLIG,
        atgarder=(LoggAtgard(Loggatgardstyp.PERSONUPPGIFTSINCIDENT, date(2026, 2, 16), "Bedömd."),),
        signerad_av_id=mas,
        signerad_datum=date(2026, 2, 12),
    )
    nytt = protokoll.spara(databas, u, idag=IDAG)
    ut = kor_till_slut(utskrift.skriv_protokoll(databas, nytt, tmp_path / "protokoll.pdf"))
    assert ut.name == "protokoll-intern.pdf"
    text = _text(ut)
    forsta = PdfReader(ut).pages[0].extract_text()
    assert "Intern – innehåller personuppgifter" in forsta.splitlines()[0] + forsta
    assert PdfReader(ut).metadata.title == f"Protokoll för logguppföljning nr {nytt}"
    for varde in (
        HEMLIG,
        SYSTEM,
        "Solgården",
        "Greta Granskarsson",
        "2026-02-10",
        "2026-01-01 – 2026-01-31",
        "Antal användare: 40",
        "Antal journalåtkomster: 600",
        "Antal avvikande åtkomster: 2",
        "Bedömning av personuppgiftsincident",
        "senare än 72 timmar",
        "Signerat i Skrivbord av Maja Ansvarig den 2026-02-12",
    ):
        assert varde in text, varde
    if os.name == "posix":
        assert ut.stat().st_mode & 0o777 == 0o600
    namngiven = kor_till_slut(utskrift.skriv_protokoll(databas, nytt, tmp_path / "x-INTERN.pdf"))
    assert namngiven.name == "x-INTERN.pdf"


def test_arssammanstallning_raknar_och_har_ingen_fritext(
    databas, uppgifter, tmp_path: Path
) -> None:
    for manad in (1, 2):
        protokoll.spara(
            databas,
            uppgifter(
                datum=date(2025, manad + 1, 5),
                period_fran=date(2025, manad, 1),
                period_till=date(2025, manad, 28),
                metod=HEMLIG,
            ),
            idag=IDAG,
        )
    protokoll.spara(
        databas,
        med_avvikelse(
            uppgifter(
                typ=Loggkontrolltyp.STICKPROV,
                datum=date(2025, 3, 20),
                period_fran=date(2025, 3, 1),
                period_till=date(2025, 3, 19),
            ),
            avvikelse_beskrivning=HEMLIG,
            atgarder=(
                LoggAtgard(Loggatgardstyp.SAMTAL, date(2025, 3, 21)),
                LoggAtgard(Loggatgardstyp.PERSONUPPGIFTSINCIDENT, date(2025, 3, 25)),
            ),
        ),
        idag=IDAG,
    )
    data = arssammanstallning.berakna(databas, 2025, idag=IDAG)
    assert (data.totalt, data.med_avvikelse, data.avvikelser_per_typ) == (3, 1, (0, 1, 0))
    assert data.per_manad[1] == (1, 0, 0) and data.per_manad[2] == (1, 1, 0)
    assert (data.granskade_atkomster, data.avvikande_atkomster) == (1800, 2)
    assert dict(data.atgarder)["Samtal med medarbetaren"] == 1
    assert data.incidentbedomningar_sena == 1
    assert data.manader_utan_systematisk == (1, 4, 5, 6, 7, 8, 9, 10, 11, 12)
    ut = kor_till_slut(utskrift.skriv_arssammanstallning(databas, helar(2025), tmp_path / "ar.pdf"))
    text = _text(ut)
    assert "Logguppföljning 2025" in text and "Februari" in text and "Stickprov" in text
    for hemligt in (HEMLIG, "Greta", SYSTEM, "Intern"):
        assert hemligt not in text


def test_pagaende_ar_raknas_till_i_gar(databas, uppgifter) -> None:
    protokoll.spara(databas, uppgifter(), idag=IDAG)
    data = arssammanstallning.berakna(databas, 2026, idag=IDAG)
    assert data.pagaende and len(data.per_manad) == 3 and data.totalt == 1
    assert data.manader_utan_systematisk == (1, 3)
