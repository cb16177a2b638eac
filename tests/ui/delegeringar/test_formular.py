"""The delegation forms: a new decision, a renewal, a revocation, the yearly review
and the task catalogue, each saving through the service and showing a refused rule at
its field."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QInputDialog

from skrivbord.tjanster import enheter, personal
from skrivbord.tjanster.delegeringar import beslut, genomgang, katalog, listor
from skrivbord.tjanster.delegeringar.regler import Beslutsuppgifter
from skrivbord.tjanster.egenkontroller import tillfallen
from skrivbord.tjanster.egenkontroller.utfall import Lage
from skrivbord.typer import Granskningsresultat, Kunskapstest, Roll
from skrivbord.ui.delegeringar.aterkallelse import AterkallelseDialog
from skrivbord.ui.delegeringar.beslutsdialog import BeslutDialog
from skrivbord.ui.delegeringar.katalogdialog import KatalogDialog
from skrivbord.ui.egenkontroller import formular

IDAG = date(2026, 6, 15)


@pytest.fixture
def folk(databas) -> dict[str, int]:
    solgarden = next(e.id for e in enheter.lista(databas) if e.namn == "Solgården")
    return {
        "ssk": personal.skapa(databas, "Siri", "Sköterskesson", Roll.SJUKSKOTERSKA).id,
        "usk": personal.skapa(databas, "Ulf", "Omsorgsson", Roll.UNDERSKOTERSKA).id,
        "chef": personal.skapa(databas, "Cecilia", "Chefsdotter", Roll.ENHETSCHEF).id,
        "solgarden": solgarden,
    }


def test_nytt_beslut_sparas_och_vagrade_regler_visas(qtbot, databas, folk) -> None:
    dialog = BeslutDialog(databas, None, IDAG)
    qtbot.addWidget(dialog)
    # The delegating list offers only those who may delegate.
    givare = [dialog.delegerande.itemData(i) for i in range(1, dialog.delegerande.count())]
    assert givare == [folk["ssk"]]
    assert dialog.till.date() == QDate(2027, 6, 14)  # one year by default
    dialog.spara()
    assert not dialog.fel.isHidden() and "Välj den person" in dialog.fel.text()
    dialog.delegerad.setCurrentIndex(dialog.delegerad.findData(folk["usk"]))
    dialog.delegerande.setCurrentIndex(dialog.delegerande.findData(folk["ssk"]))
    dialog.uppgifter["insulin"].setChecked(True)
    dialog.enheter[folk["solgarden"]].setChecked(True)
    dialog.till.setDate(QDate(2027, 7, 1))
    dialog.spara()
    assert "högst ett år" in dialog.fel.text()
    dialog.till.setDate(QDate(2027, 6, 14))
    dialog.kunskapstest.setCurrentIndex(dialog.kunskapstest.findData("godkant"))
    dialog.testdatum.setDate(QDate(2026, 6, 10))
    dialog.mas.ifylld.setChecked(True)
    dialog.villkor.setPlainText("Endast förfylld penna.")
    dialog.spara()
    assert dialog.result() == dialog.DialogCode.Accepted
    rad = listor.hamta(databas, dialog.sparat_id)
    assert (rad.delegerad_id, rad.uppgifter, rad.kunskapstest) == (
        folk["usk"],
        ("insulin",),
        Kunskapstest.GODKANT,
    )
    assert rad.mas_informerad_datum == IDAG and rad.villkor == "Endast förfylld penna."


def _beslut(databas, folk) -> int:
    return beslut.skapa(
        databas,
        Beslutsuppgifter(
            folk["usk"],
            folk["ssk"],
            ("overlamna_lakemedel",),
            (folk["solgarden"],),
            date(2025, 7, 1),
            date(2026, 6, 30),
        ),
    )


def test_fornyelse_fylls_i_och_lankas(qtbot, databas, folk) -> None:
    gammal = _beslut(databas, folk)
    dialog = BeslutDialog(databas, None, IDAG, fornyar=listor.hamta(databas, gammal))
    qtbot.addWidget(dialog)
    assert not dialog.delegerad.isEnabled()
    assert dialog.fran.date() == QDate(2026, 7, 1)  # the day after the old one ends
    assert dialog.uppgifter["overlamna_lakemedel"].isChecked()
    dialog.spara()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert listor.hamta(databas, dialog.sparat_id).ersatter_id == gammal


def test_aterkallelse_kraver_orsak(qtbot, databas, folk) -> None:
    d_id = _beslut(databas, folk)
    dialog = AterkallelseDialog(databas, listor.hamta(databas, d_id), None, IDAG)
    qtbot.addWidget(dialog)
    assert dialog.av.currentData() == folk["ssk"]
    dialog.spara()
    assert "varför" in dialog.fel.text()
    dialog.orsak.setPlainText("Byter arbetsplats.")
    dialog.spara()
    assert dialog.result() == dialog.DialogCode.Accepted
    rad = listor.hamta(databas, d_id)
    assert (rad.aterkallad_datum, rad.aterkallad_orsak, rad.aterkallad_av) == (
        IDAG,
        "Byter arbetsplats.",
        "Siri Sköterskesson",
    )


def test_tillfallet_oppnar_genomgangen(qtbot, databas, folk) -> None:
    idag = date(2027, 11, 15)
    (t,) = [
        t
        for t in tillfallen.lista(databas, 2027, folk["solgarden"], idag=idag)
        if t.omrade == "Tillsyn av delegeringar"
    ]
    assert formular.har_formular(t)
    dialog = formular.for_tillfallet(databas, t, None, idag)
    qtbot.addWidget(dialog)
    assert dialog.enhet.currentData() == folk["solgarden"]
    dialog.resultat.setCurrentIndex(dialog.resultat.findData("brister"))
    dialog.granskare.setCurrentIndex(dialog.granskare.findData(folk["ssk"]))
    dialog.spara()
    assert "Beskriv bristerna" in dialog.fel.text()
    dialog.kommentar.setPlainText("Två beslut saknade MAS-information.")
    dialog.datum.setDate(QDate(2027, 10, 1))
    dialog.spara()
    assert dialog.result() == dialog.DialogCode.Accepted
    (t,) = [
        t
        for t in tillfallen.lista(databas, 2027, folk["solgarden"], idag=idag)
        if t.omrade == "Tillsyn av delegeringar"
    ]
    assert t.lage is Lage.UTFORD and t.dokument_id == dialog.sparat_id
    # The occurrence now opens the review it has.
    igen = formular.for_tillfallet(databas, t, None, idag)
    qtbot.addWidget(igen)
    assert igen.kommentar.toPlainText() == "Två beslut saknade MAS-information."
    assert genomgang.hamta(databas, t.dokument_id).resultat is Granskningsresultat.BRISTER


def test_katalogen_lagg_till_byt_namn_och_ta_ur_bruk(qtbot, databas, monkeypatch) -> None:
    dialog = KatalogDialog(databas)
    qtbot.addWidget(dialog)
    svar = iter([("Ge näringsdryck", True), ("Ge näringsdryck via sond", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: next(svar))
    dialog.lagg_till()
    assert dialog.lista.currentItem().text() == "Ge näringsdryck"
    dialog.byt_namn()
    dialog.vaxla_bruk()
    assert dialog.lista.currentItem().text() == "Ge näringsdryck via sond (ur bruk)"
    assert dialog.bruk.text() == "&Ta i bruk igen"
    (ny,) = [u for u in katalog.lista(databas) if u.namn == "Ge näringsdryck via sond"]
    assert not ny.aktiv
