"""The Delegeringar page: the register's filters, what needs acting on, the coverage
per week with the weeks below the minimum marked, and the PDFs from the buttons."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QColor

from skrivbord.tjanster import enheter, personal
from skrivbord.tjanster.delegeringar import beslut, listor
from skrivbord.tjanster.delegeringar.regler import Beslutsuppgifter
from skrivbord.typer import Roll
from skrivbord.ui.delegeringar.sida import DelegeringSida
from skrivbord.ui.delegeringar.tabellmodell import DelegeringModell
from skrivbord.ui.delegeringar.tackningsvy import UNDER_BAKGRUND

IDAG = date(2026, 5, 20)


def _fyll(databas) -> dict[str, int]:
    alla = {e.namn: e for e in enheter.lista(databas)}
    sol = alla["Solgården"]
    enheter.andra(
        databas,
        sol.id,
        sol.namn,
        sol.typ,
        har_lakemedelsforrad=sol.har_lakemedelsforrad,
        gor_veckogenomgangar=sol.gor_veckogenomgangar,
        startdatum=sol.startdatum,
        enhetschef_id=sol.enhetschef_id,
        delegeringsbehov={"insulin": 2},
    )
    ssk = personal.skapa(databas, "Siri", "Sköterskesson", Roll.SJUKSKOTERSKA).id
    ids = {}
    for namn, dagar, uppgift in (
        ("Anna", 300, "insulin"),
        ("Bror", 10, "insulin"),
        ("Cilla", 200, "ogondroppar"),
    ):
        person = personal.skapa(databas, namn, "Testsson", Roll.UNDERSKOTERSKA).id
        ids[namn] = beslut.skapa(
            databas,
            Beslutsuppgifter(
                person, ssk, (uppgift,), (sol.id,), IDAG - timedelta(30), IDAG + timedelta(dagar)
            ),
        )
    ids["sol"] = sol.id
    return ids


def test_register_filter_och_varningar(qtbot, databas) -> None:
    ids = _fyll(databas)
    sida = DelegeringSida(databas, idag=IDAG)
    qtbot.addWidget(sida)
    assert sida.modell.rowCount() == 3
    assert "3 gällande · 1 går ut inom 30 dagar" in sida.summering.text()
    sida.uppgift.setCurrentIndex(sida.uppgift.findData("insulin"))
    assert sida.modell.rowCount() == 2
    sida.sok.setText("bror")
    assert sida.modell.rowCount() == 1
    index = sida.modell.index(0, DelegeringModell.LAGE)
    assert sida.modell.data(index) == "Går ut snart"
    sida.sok.clear()
    sida.lage.setCurrentIndex(sida.lage.findData("aterkallad"))
    assert sida.modell.rowCount() == 0 and not sida.tom.isHidden()
    assert [v.rad.id for v in sida.varningar.varningar] == [ids["Bror"]]
    # The MAS marks herself informed of the chosen decision.
    sida.lage.setCurrentIndex(0)
    sida.uppgift.setCurrentIndex(0)
    sida.visa_rad(ids["Cilla"])
    assert sida.mas.isEnabled()
    sida.mas.click()
    assert listor.hamta(databas, ids["Cilla"]).mas_informerad_datum == IDAG
    assert sida.markerad().id == ids["Cilla"] and not sida.mas.isEnabled()
    index = sida.modell.index(sida.tabell.currentIndex().row(), DelegeringModell.MAS)
    assert sida.modell.data(index) == IDAG.isoformat()
    assert sida.varningar.tabell.item(0, 0).text() == listor.Varningsslag.GAR_UT.etikett


def test_tackningen_markerar_veckor_under_minsta_antal(qtbot, databas) -> None:
    ids = _fyll(databas)
    sida = DelegeringSida(databas, idag=IDAG)
    qtbot.addWidget(sida)
    vy = sida.tackning
    vy.enhet.setCurrentIndex(vy.enhet.findData(ids["sol"]))
    vy.ar.setValue(2026)
    vy.fran.setValue(21)
    vy.till.setValue(24)
    # Solgården, then its tasks: insulin (minimum 2) and ögondroppar.
    assert vy.tabell.item(0, 0).text() == "Solgården"
    insulin = vy.tabell.item(1, 0).text().strip()
    assert insulin.startswith("Ge insulin")
    antal = [vy.tabell.item(1, 2 + i).text() for i in range(4)]
    # Bror's decision ends on Saturday 30 May (week 22): from week 22 only Anna.
    assert antal == ["2", "1", "1", "1"]
    assert vy.tabell.item(1, 3).background().color() == QColor(UNDER_BAKGRUND)
    assert vy.tabell.item(1, 2).background().color() != QColor(UNDER_BAKGRUND)
    assert "3 av 4 veckor" in vy.sammanfattning.text()
    vy.till.setValue(20)
    assert "före den första" in vy.sammanfattning.text()


def test_pdf_fran_knapparna(qtbot, databas, tmp_path: Path, meddelanden) -> None:
    ids = _fyll(databas)
    sida = DelegeringSida(databas, idag=IDAG)
    qtbot.addWidget(sida)
    sida.skriv_beslut(ids["Anna"], tmp_path / "beslut.pdf")
    assert sida.senaste_pdf == tmp_path / "beslut-intern.pdf"
    assert "Anna Testsson" in PdfReader(sida.senaste_pdf).pages[0].extract_text()
    sida.skriv_register(tmp_path / "register.pdf", ids["sol"])
    text = PdfReader(sida.senaste_pdf).pages[0].extract_text()
    assert "Delegeringsregister" in text and "Cilla Testsson" in text
    assert len(meddelanden) == 2
