from datetime import date, datetime

from PySide6.QtCore import Qt

from skrivbord.tjanster import enheter
from skrivbord.tjanster.avvikelser import kategorier
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.tjanster.avvikelser import veckogenomgangar as vg
from skrivbord.typer import Genomgangstyp, Roll
from skrivbord.ui.avvikelser.veckogenomgangar import HistorikModell, VeckogenomgangSida
from skrivbord.ui.avvikelser.veckogenomgangsdialog import VeckogenomgangDialog
from tests.fabrik import komplett

IDAG = date(2026, 11, 23)


def _fall(databas, enhet: int, tid: datetime, beskrivning: str = "Föll i duschen.") -> int:
    fall = next(k for k in kategorier.lista(databas) if k.kod == "fall")
    return avvikelser.registrera(
        databas,
        komplett(
            databas,
            avvikelser.AvvikelseUppgifter(
                handelse_tid=tid,
                rapporterad_datum=tid.date(),
                enhet_id=enhet,
                rapportor_roll=Roll.UNDERSKOTERSKA,
                kategori_id=fall.id,
                beskrivning=beskrivning,
            ),
        ),
        IDAG,
    )


def test_registrera_genomgang_med_ny_atgard(qtbot, databas) -> None:
    enhet = enheter.lista(databas)[0].id
    avvikelse_id = _fall(databas, enhet, datetime(2026, 11, 18, 7, 0))
    dialog = VeckogenomgangDialog(databas, idag=IDAG, enhet_id=enhet)
    qtbot.addWidget(dialog)
    assert (dialog.ar.value(), dialog.vecka.value()) == (2026, 47)
    assert dialog.valda() == [avvikelse_id]
    dialog.deltagare[1].setChecked(True)
    dialog.kandidater.setCurrentRow(0)
    dialog.ny_atgard.setText("Halkskydd i duschen")
    dialog._lagg_till_atgard()
    assert "Halkskydd" in dialog.atgardslista.text()
    dialog.beslut.setPlainText("Halkskydd beställs.")
    dialog.spara()
    assert dialog.result() == dialog.DialogCode.Accepted
    saknas = {(s.enhet_id, s.ar, s.vecka, s.typ) for s in vg.saknade(databas, IDAG, 1)}
    assert (enhet, 2026, 47, "fall") not in saknas
    detalj = avvikelser.hamta(databas, avvikelse_id)
    assert [a.beskrivning for a in detalj.atgarder] == ["Halkskydd i duschen"]


def test_avbockad_avvikelse_ingar_inte_och_fel_visas(qtbot, databas) -> None:
    dialog = VeckogenomgangDialog(databas, idag=IDAG)
    qtbot.addWidget(dialog)
    assert dialog.valda() == []
    for ruta in dialog.deltagare:
        ruta.setChecked(False)
    dialog.spara()
    assert "yrkesroller" in dialog.felrad.text()
    assert dialog.kandidater.item(0).flags() & Qt.ItemFlag.ItemIsEnabled


def test_ctrl_retur_sparar_och_enheten_minns(qtbot, databas) -> None:
    andra = enheter.lista(databas)[2].id
    dialog = VeckogenomgangDialog(databas, idag=IDAG)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts fire only in the active window
    dialog.enhet.setCurrentIndex(dialog.enhet.findData(andra))
    dialog.beslut.setFocus()
    qtbot.keyClick(dialog.beslut, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.felrad.text()
    igen = VeckogenomgangDialog(databas, idag=IDAG)  # opened from the menu: no unit given
    qtbot.addWidget(igen)
    assert igen.enhet.currentData() == andra


def test_rollerna_syns_hela(qtbot, databas) -> None:
    dialog = VeckogenomgangDialog(databas, idag=IDAG)
    qtbot.addWidget(dialog)
    dialog.show()
    for ruta in dialog.deltagare:
        assert ruta.width() >= ruta.sizeHint().width(), ruta.text()


def test_aldre_oppen_avvikelse_listas_men_bockas_inte_i(qtbot, databas) -> None:
    enhet = enheter.lista(databas)[0].id
    ny = _fall(databas, enhet, datetime(2026, 11, 18, 7, 0))
    gammal = _fall(databas, enhet, datetime(2024, 3, 2, 7, 0), "Gammalt fall.")
    dialog = VeckogenomgangDialog(databas, idag=IDAG, enhet_id=enhet)
    qtbot.addWidget(dialog)
    assert dialog.kandidater.count() == 2
    assert dialog.valda() == [ny]
    dialog.kandidater.item(1).setCheckState(Qt.CheckState.Checked)
    assert dialog.valda() == [ny, gammal]


def _hall_genomgang(databas, enhet: int, vecka: int, ids: list[int], beslut: str) -> None:
    vg.registrera(
        databas,
        vg.Genomgang(
            enhet_id=enhet,
            ar=2026,
            vecka=vecka,
            typ=Genomgangstyp.FALL,
            datum=date.fromisocalendar(2026, vecka, 5),
            deltagare=["Enhetschef", "Fysioterapeut"],
            beslut=beslut,
            avvikelse_ids=ids,
            nya_atgarder=[vg.NyAtgard(i, "Halkskydd", None, date(2026, 12, 1)) for i in ids],
        ),
        IDAG,
    )


def test_historiken_filtreras_och_en_rad_visas_hel(qtbot, databas) -> None:
    forsta, andra = (e.id for e in enheter.lista(databas)[:2])
    fall = _fall(databas, forsta, datetime(2026, 11, 18, 7, 0))
    _hall_genomgang(databas, forsta, 47, [fall], "Halkskydd beställs.\nFöljs upp v. 49.")
    _hall_genomgang(databas, andra, 46, [], "Inget nytt.")
    sida = VeckogenomgangSida(databas, idag=IDAG)
    qtbot.addWidget(sida)
    sida.resize(1100, 640)
    sida.show()
    assert sida.modell.rowCount() == 2
    assert sida.modell.index(0, HistorikModell.BESLUT).data() == "Halkskydd beställs."
    assert sida.modell.index(0, HistorikModell.ANTAL).data() == "1"
    assert sida.modell.index(0, HistorikModell.TYP).data() == "Genomgång av fallavvikelser"

    sida.enhet.setCurrentIndex(sida.enhet.findData(andra))
    assert sida.modell.rowCount() == 1
    assert sida.modell.index(0, HistorikModell.VECKA).data() == "2026-v46"
    assert [sida.ar.itemData(i) for i in range(sida.ar.count())] == [None, 2026]
    assert sida.ar.currentData() == 2026  # this year; the others hold no reviews
    sida.enhet.setCurrentIndex(sida.enhet.findData(forsta))
    assert sida.modell.rowCount() == 1

    index = sida.modell.index(0, HistorikModell.ENHET)
    rektangel = sida.tabell.visualRect(index)
    # A real double-click: the press that selects, then the double-click.
    qtbot.mouseClick(sida.tabell.viewport(), Qt.MouseButton.LeftButton, pos=rektangel.center())
    qtbot.mouseDClick(sida.tabell.viewport(), Qt.MouseButton.LeftButton, pos=rektangel.center())
    assert sida.visning is not None
    text = sida.visning.text.toPlainText()
    for del_ in ("Fysioterapeut", "Följs upp v. 49.", "Halkskydd", str(fall), "2026-11-18"):
        assert del_ in text
    sida.visning.close()
    qtbot.waitUntil(lambda: sida.visning is None)

    sida.tabell.setFocus()
    sida.tabell.setCurrentIndex(index)
    qtbot.keyClick(sida.tabell, Qt.Key.Key_Return)
    assert sida.visning is not None
    assert "Halkskydd beställs." in sida.visning.text.toPlainText()
    sida.visning.close()


def test_tab_fastnar_inte_i_tabellen(qtbot, databas) -> None:
    enhet = enheter.lista(databas)[0].id
    _hall_genomgang(databas, enhet, 46, [], "Inget nytt.")
    _hall_genomgang(databas, enhet, 47, [], "Inget nytt.")
    sida = VeckogenomgangSida(databas, idag=IDAG)
    qtbot.addWidget(sida)
    sida.show()
    sida.activateWindow()
    qtbot.waitUntil(sida.isActiveWindow)
    sida.tabell.setFocus()
    sida.tabell.setCurrentIndex(sida.modell.index(0, 0))
    qtbot.keyClick(sida.tabell, Qt.Key.Key_Tab)
    assert not sida.tabell.hasFocus()
    assert sida.tabell.currentIndex().row() == 0


def test_saknade_visas_per_enhet_och_slag(qtbot, databas) -> None:
    sida = VeckogenomgangSida(databas, idag=IDAG)
    qtbot.addWidget(sida)
    saknade = vg.saknade(databas, IDAG, veckor=4)
    grupper = {(s.enhet_id, s.typ) for s in saknade}
    assert sida.saknade.count() == len(grupper)
    assert str(len(saknade)) in sida.saknade_rubrik.text()


def test_en_saknad_genomgang_oppnar_dialogen_for_den(qtbot, databas, monkeypatch) -> None:
    oppnade: list[tuple[int, str, int, int]] = []

    def exec_(dialog: VeckogenomgangDialog) -> int:
        varden = (dialog.enhet.currentData(), dialog.typ.currentData())
        oppnade.append((*varden, dialog.ar.value(), dialog.vecka.value()))
        return 0

    monkeypatch.setattr(VeckogenomgangDialog, "exec", exec_)
    sida = VeckogenomgangSida(databas, idag=IDAG)
    qtbot.addWidget(sida)
    post = sida.saknade.item(0)
    enhet_id, typ = post.data(Qt.ItemDataRole.UserRole)
    sida.saknade.itemActivated.emit(post)
    ar, vecka = post.data(Qt.ItemDataRole.UserRole + 1)
    assert oppnade == [(enhet_id, typ, ar, vecka)]
