from datetime import date, datetime

from PySide6.QtCore import Qt

from skrivbord.tjanster import enheter
from skrivbord.tjanster.avvikelser import kategorier
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.tjanster.avvikelser import veckogenomgangar as vg
from skrivbord.typer import Roll
from skrivbord.ui.avvikelser.veckogenomgangsdialog import VeckogenomgangDialog
from tests.fabrik import komplett

IDAG = date(2026, 11, 23)


def test_registrera_genomgang_med_ny_atgard(qtbot, databas) -> None:
    enhet = enheter.lista(databas)[0].id
    fall = next(k for k in kategorier.lista(databas) if k.kod == "fall")
    avvikelse_id = avvikelser.registrera(
        databas,
        komplett(
            databas,
            avvikelser.AvvikelseUppgifter(
                handelse_tid=datetime(2026, 11, 18, 7, 0),
                rapporterad_datum=date(2026, 11, 18),
                enhet_id=enhet,
                rapportor_roll=Roll.UNDERSKOTERSKA,
                kategori_id=fall.id,
                beskrivning="Föll i duschen.",
            ),
        ),
        IDAG,
    )
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
