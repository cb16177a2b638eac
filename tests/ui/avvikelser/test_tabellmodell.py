"""The avvikelse table model: rows, roles, paging by id, filter reset (pytest-qt)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from skrivbord.jobb import kor_till_slut
from skrivbord.lagring.databas import Databas
from skrivbord.tjanster import demodata, enheter
from skrivbord.tjanster.avvikelser import kategorier
from skrivbord.tjanster.avvikelser import lista as avvikelselista
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.tjanster.avvikelser.lista import Filter, Sortering
from skrivbord.typer import INGEN_LEX_MARIA, Avvikelsestatus, Roll
from skrivbord.ui.avvikelser.tabellmodell import SIDSTORLEK, AvvikelseTabellModell
from tests.fabrik import komplett

M = AvvikelseTabellModell


@pytest.fixture(scope="module")
def tabell_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Databas]:
    """About 2,200 avvikelser: nine pages of 256."""
    sokvag = tmp_path_factory.mktemp("tabell") / "tabell.db"
    skapad = kor_till_slut(
        demodata.skapa_demo(sokvag, ar=1, avvikelser_per_ar=1200, idag=date(2026, 11, 23))
    )
    yield skapad.databas
    skapad.stang()


@pytest.fixture
def modell(tabell_db: Databas, qtbot) -> M:
    return M(tabell_db)


def test_qtmodeltester(modell: M, qtmodeltester) -> None:
    qtmodeltester.check(modell, force_py=True)


def test_rader_kolumner_och_rubriker(modell: M, tabell_db: Databas) -> None:
    ids = avvikelselista.ordnade_id(tabell_db)
    assert modell.rowCount() == len(ids) > 8 * SIDSTORLEK
    assert modell.columnCount() == M.ANTAL_KOLUMNER == 7
    rubriker = [
        modell.headerData(k, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for k in range(M.ANTAL_KOLUMNER)
    ]
    assert rubriker == [
        "Datum",
        "Enhet",
        "Kategori",
        "Konsekvens",
        "Status",
        "Mellan vårdgivare",
        "Lex Maria",
    ]
    assert modell.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole) is None
    assert modell.rowCount(modell.index(0, 0)) == 0  # a table, not a tree


def test_data_for_en_rad(modell: M, tabell_db: Databas) -> None:
    ids = avvikelselista.ordnade_id(tabell_db)
    rad = 300
    forvantad = avvikelselista.hamta_sida(tabell_db, [ids[rad]])[0]

    def visa(kolumn: int) -> object:
        return modell.data(modell.index(rad, kolumn), Qt.ItemDataRole.DisplayRole)

    assert visa(M.DATUM) == forvantad.handelse_tid.strftime("%Y-%m-%d %H:%M")
    assert visa(M.ENHET) == forvantad.enhet
    assert visa(M.KATEGORI) == forvantad.kategori
    assert visa(M.KONSEKVENS) == forvantad.konsekvens.etikett
    assert visa(M.STATUS) == forvantad.status.etikett
    assert visa(M.MELLAN_VARDGIVARE) == ("Ja" if forvantad.mellan_vardgivare else "")
    assert visa(M.LEX_MARIA) == (
        "" if forvantad.lex_maria in INGEN_LEX_MARIA else forvantad.lex_maria.etikett
    )
    index = modell.index(rad, M.STATUS)
    assert modell.data(index, M.IdRoll) == ids[rad]
    assert modell.data(index, M.RadRoll) == forvantad
    assert modell.data(index, int(Qt.ItemDataRole.DisplayRole)) == visa(M.STATUS)  # int role
    assert modell.data(index, Qt.ItemDataRole.DecorationRole) is None
    assert modell.data(QModelIndex(), M.IdRoll) is None
    assert modell.id_for_rad(rad) == ids[rad]
    assert modell.rad_for_id(ids[rad]) == rad
    assert modell.rad_for_id(-1) is None


def test_sidor_hamtas_bara_nar_de_behovs(tabell_db: Databas, qtbot) -> None:
    modell = M(tabell_db, max_sidor=2)
    assert modell.sidhamtningar == 0  # creating the model reads ids only
    visa = Qt.ItemDataRole.DisplayRole
    for rad in (0, 5, 255):
        modell.data(modell.index(rad, 0), visa)
    assert modell.sidhamtningar == 1
    modell.data(modell.index(256, 1), visa)
    modell.data(modell.index(3 * SIDSTORLEK + 7, 2), visa)
    assert modell.sidhamtningar == 3
    assert modell.laddade_sidor == [1, 3]  # LRU: page 0 was dropped
    modell.data(modell.index(256 + 9, 4), visa)
    assert modell.sidhamtningar == 3
    modell.data(modell.index(1, 0), visa)
    assert modell.sidhamtningar == 4
    assert modell.laddade_sidor == [1, 0]


def test_vyn_hamtar_bara_synliga_sidor(tabell_db: Databas, qtbot) -> None:
    modell = M(tabell_db)
    vy = QTableView()
    qtbot.addWidget(vy)
    vy.setModel(modell)
    vy.resize(900, 500)
    vy.show()
    vy.grab()
    assert modell.sidhamtningar == 1
    vy.scrollToBottom()
    vy.grab()
    sista_sidan = (modell.rowCount() - 1) // SIDSTORLEK
    assert modell.laddade_sidor[-1] == sista_sidan
    assert modell.sidhamtningar <= 3


def test_satt_filter_aterstaller_modellen(modell: M, tabell_db: Databas, qtbot) -> None:
    modell.data(modell.index(0, 0), Qt.ItemDataRole.DisplayRole)
    alla = modell.rowCount()
    filter_ = Filter(status=Avvikelsestatus.UNDER_UTREDNING)
    with qtbot.waitSignals([modell.modelAboutToBeReset, modell.modelReset]):
        modell.satt_filter(filter_)
    assert modell.filter == filter_
    assert modell.laddade_sidor == []
    assert 0 < modell.rowCount() < alla
    assert modell.rowCount() == len(avvikelselista.ordnade_id(tabell_db, filter_))
    statusar = {
        modell.data(modell.index(r, M.STATUS), Qt.ItemDataRole.DisplayRole)
        for r in range(modell.rowCount())
    }
    assert statusar == {Avvikelsestatus.UNDER_UTREDNING.etikett}
    with qtbot.waitSignal(modell.modelReset):
        modell.satt_filter(Filter())
    assert modell.rowCount() == alla


def test_sortering_pa_datum(modell: M, tabell_db: Databas) -> None:
    forsta = modell.data(modell.index(0, M.DATUM), M.IdRoll)
    modell.sort(M.KATEGORI, Qt.SortOrder.AscendingOrder)  # other columns do not sort
    assert modell.data(modell.index(0, M.DATUM), M.IdRoll) == forsta
    modell.sort(M.DATUM, Qt.SortOrder.AscendingOrder)
    assert modell.sortering == Sortering.ALDST_FORST
    stigande = avvikelselista.ordnade_id(tabell_db, Filter(), Sortering.ALDST_FORST)
    assert modell.data(modell.index(0, M.DATUM), M.IdRoll) == stigande[0]
    modell.sort(M.DATUM, Qt.SortOrder.DescendingOrder)
    assert modell.data(modell.index(0, M.DATUM), M.IdRoll) == forsta


def test_uppdatera_visar_nya_rader(databas: Databas, qtbot) -> None:
    tom = M(databas)  # the conftest database: units, no avvikelser
    assert tom.rowCount() == 0
    assert tom.data(tom.index(0, 0), Qt.ItemDataRole.DisplayRole) is None
    kategori = kategorier.lista(databas)[0]
    enhet = enheter.lista(databas)[0]
    avvikelser.registrera(
        databas,
        komplett(
            databas,
            avvikelser.AvvikelseUppgifter(
                handelse_tid=datetime(2026, 11, 20, 8, 30),
                rapporterad_datum=date(2026, 11, 20),
                enhet_id=enhet.id,
                rapportor_roll=Roll.SJUKSKOTERSKA,
                kategori_id=kategori.id,
                beskrivning="Påhittad händelse för testet.",
                fall_plats="rum",
                fall_aktivitet="gang",
            ),
        ),
        date(2026, 11, 23),
    )
    with qtbot.waitSignal(tom.modelReset):
        tom.uppdatera()
    assert tom.rowCount() == 1
    assert tom.data(tom.index(0, M.DATUM), Qt.ItemDataRole.DisplayRole) == "2026-11-20 08:30"
    assert tom.data(tom.index(0, M.ENHET), Qt.ItemDataRole.DisplayRole) == enhet.namn
    assert tom.data(tom.index(0, M.STATUS), Qt.ItemDataRole.DisplayRole) == "Registrerad"
