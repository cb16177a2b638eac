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
