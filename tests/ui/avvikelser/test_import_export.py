"""Import through the dialog (map, preview, import) and export of the filtered list."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from skrivbord.tjanster.avvikelser import importera as imp
from skrivbord.ui.avvikelser.importera import ImportDialog
from skrivbord.ui.avvikelser.sida import AvvikelseSida


def _csv(tmp_path, rader: list[str]):
    fil = tmp_path / "import.csv"
    fil.write_text(
        "\r\n".join(["Datum;Enhet;Kategori;Beskrivning", *rader]) + "\r\n", encoding="utf-8-sig"
    )
    return fil


def test_import_med_fel_sedan_hoppa_over_och_mappningen_kommer_ihag(
    qtbot, databas, tmp_path
) -> None:
    fil = _csv(
        tmp_path, ["2025-03-01;Solgården;Fall;Föll i hallen", "2025-02-30;Solgården;Fall;Fel datum"]
    )
    dialog = ImportDialog(databas)
    qtbot.addWidget(dialog)
    dialog.lasa(fil)
    assert dialog.kolumnval["beskrivning"].currentData() == "Beskrivning"
    dialog.forhandsgranska()
    assert "1 med fel" in dialog.sammanfattning.text()
    assert "Rad 3" in dialog.felrapport.toPlainText()
    assert not dialog.importera_knapp.isEnabled()
    dialog.hoppa_over.setChecked(True)
    assert dialog.importera_knapp.isEnabled()
    dialog.importera()
    assert dialog.resultat.antal_importerade == 1
    assert imp.senaste_mappning().kolumn("beskrivning") == "Beskrivning"


def test_export_av_filtrerad_lista(qtbot, databas, tmp_path, meddelanden) -> None:
    fil = _csv(
        tmp_path,
        ["2025-03-01;Solgården;Fall;Föll i hallen", "2025-03-02;Solgården;Läkemedel;Glömd dos"],
    )
    dialog = ImportDialog(databas)
    qtbot.addWidget(dialog)
    dialog.lasa(fil)
    dialog.forhandsgranska()
    dialog.importera()
    sida = AvvikelseSida(databas)
    qtbot.addWidget(sida)
    sida.kategori.setCurrentIndex(sida.kategori.findText("Fall"))
    ut = tmp_path / "lista.csv"
    sida.exportera(ut)
    with ut.open(encoding="utf-8-sig", newline="") as strom:
        rader = list(csv.reader(strom, delimiter=";"))
    assert len(rader) == 3 and "Föll i hallen" in rader[2]
    assert rader[0][0].startswith("Intern – innehåller personuppgifter")
    assert meddelanden == ["1 avvikelse sparades i lista.csv."]


def test_export_fran_menyn_fragar_efter_fil_och_sager_var_den_hamnade(
    qtbot, databas, tmp_path, monkeypatch, meddelanden
) -> None:
    """Chosen in the Fler menu, as a user does (once crashed: clicked(bool) reached
    exportera as ``ut=False``). The file name and the message say it is internal."""
    from PySide6.QtWidgets import QFileDialog

    forslag: list[str] = []

    def spara_som(_foralder, titel, forvalt, _filter):
        forslag.extend([titel, forvalt])
        return str(tmp_path / "lista.csv"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", spara_som)
    sida = AvvikelseSida(databas)
    qtbot.addWidget(sida)
    assert sida.export_knapp in sida.fler_knapp.menu().actions()
    sida.export_knapp.trigger()
    assert (tmp_path / "lista.csv").exists() and sida.senaste_export is not None
    titel, forvalt = forslag
    assert "intern" in titel and "intern" in Path(forvalt).name
    assert meddelanden == ["0 avvikelser sparades i lista.csv."]


# ---------------------------------------------------------------------------
# The import guide as a new user meets it: unknown names, fixed values, nothing to import
# ---------------------------------------------------------------------------


def _fil(tmp_path, rubrik: str, rader: list[str], namn: str = "egen.csv"):
    fil = tmp_path / namn
    fil.write_text("\r\n".join([rubrik, *rader]) + "\r\n", encoding="utf-8-sig")
    return fil


def _oppna(qtbot, databas, fil, monkeypatch) -> ImportDialog:
    """Open the dialog and choose the file with its button, as a user does."""
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(fil), ""))
    dialog = ImportDialog(databas)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.valj_knapp, Qt.MouseButton.LeftButton)
    return dialog


def _valj(qtbot, val, text: str) -> None:
    """Choose an entry the way a keyboard user does: focus the box, type its start
    (QTest types ASCII only, so up to the first other letter)."""
    val.setFocus()
    borjan = text[: next((i for i, t in enumerate(text) if not t.isascii()), len(text))]
    qtbot.keyClicks(val, borjan)
    assert val.currentText() == text


def _kryssa(qtbot, ruta) -> None:
    """Click a check box on its box (its middle may be empty space, the row is wide)."""
    qtbot.mouseClick(ruta, Qt.MouseButton.LeftButton, pos=QPoint(8, ruta.height() // 2))


def _status(dialog: ImportDialog) -> list[str]:
    tabell = dialog.forhandsvisning
    return [tabell.item(i, 1).text() for i in range(tabell.rowCount())]


SOLBACKEN = [
    "2025-03-01 14:30;Solbacken;Fall/halka;Föll vid sängen",
    "2025-03-02;solbacken;Fall;Halkade i duschen",
]


def test_okant_namn_far_ett_varde_och_raderna_blir_hela(
    qtbot, databas, tmp_path, monkeypatch
) -> None:
    from tests.ui.tillganglighet import namnlosa

    fil = _fil(tmp_path, "Datum;Boende;Typ;Beskrivning", SOLBACKEN)
    dialog = _oppna(qtbot, databas, fil, monkeypatch)
    assert dialog.kolumnval["enhet"].currentData() == "Boende"
    assert not dialog.importera_knapp.isEnabled()
    assert "Förhandsgranska" in dialog.orsak.text()
    qtbot.mouseClick(dialog.granska_knapp, Qt.MouseButton.LeftButton)
    assert _status(dialog) == ["Fel", "Fel"]
    assert not dialog.importera_knapp.isEnabled()
    assert dialog.okanda_ruta.isVisible()
    assert set(dialog.vardeval) == {("enhet", "solbacken"), ("kategori", "fall/halka")}
    assert namnlosa(dialog) == []  # every new choice can be named by a screen reader

    _valj(qtbot, dialog.vardeval[("enhet", "solbacken")], "Björkbacken")
    # The preview ran again with the value map: the unit is fine, the category is not.
    assert _status(dialog) == ["Fel", "Ny"]
    assert dialog.forhandsvisning.item(1, 4).text() == "Björkbacken"
    assert dialog.vardeval[("enhet", "solbacken")].currentText() == "Björkbacken"  # kept
    _valj(qtbot, dialog.vardeval[("kategori", "fall/halka")], "Fall")
    assert _status(dialog) == ["Ny", "Ny"]
    assert dialog.forhandsvisning.item(1, 3).text() == "tid okänd"  # no time in the file
    assert "saknar klockslag" in dialog.sammanfattning.text()
    assert dialog.importera_knapp.isEnabled()
    assert dialog.orsak.text() == "2 avvikelser importeras."
    qtbot.mouseClick(dialog.importera_knapp, Qt.MouseButton.LeftButton)
    assert dialog.resultat.antal_importerade == 2

    # The same layout next time: the value map comes back, nothing to choose again.
    fil2 = _fil(tmp_path, "Datum;Boende;Typ;Beskrivning", ["2025-04-01;Solbacken;Fall/halka;Ny"])
    dialog = _oppna(qtbot, databas, fil2, monkeypatch)
    qtbot.mouseClick(dialog.granska_knapp, Qt.MouseButton.LeftButton)
    assert _status(dialog) == ["Ny"]
    assert dialog.vardeval[("enhet", "solbacken")].currentText() == "Björkbacken"


def test_fast_varde_for_enhet_som_filen_saknar(qtbot, databas, tmp_path, monkeypatch) -> None:
    fil = _fil(tmp_path, "Datum;Kategori;Beskrivning", ["2025-03-01 08:00;Fall;Föll"])
    dialog = _oppna(qtbot, databas, fil, monkeypatch)
    qtbot.mouseClick(dialog.granska_knapp, Qt.MouseButton.LeftButton)
    assert "enhet" in dialog.fel.text() and dialog.fel.isVisible()  # the mapping lacks it
    _valj(qtbot, dialog.fastval["enhet"], "Korttids Lugnet")
    assert not dialog.fel.isVisible()
    assert _status(dialog) == ["Ny"]
    qtbot.mouseClick(dialog.importera_knapp, Qt.MouseButton.LeftButton)
    assert dialog.resultat.antal_importerade == 1
    # Remembered for this layout: a new dialog on the same headers has it chosen.
    dialog = _oppna(qtbot, databas, fil, monkeypatch)
    assert dialog.fastval["enhet"].currentText() == "Korttids Lugnet"


def test_inget_att_importera_nar_alla_rader_har_fel(qtbot, databas, tmp_path, monkeypatch) -> None:
    fil = _fil(tmp_path, "Datum;Boende;Typ;Beskrivning", SOLBACKEN)
    dialog = _oppna(qtbot, databas, fil, monkeypatch)
    qtbot.mouseClick(dialog.granska_knapp, Qt.MouseButton.LeftButton)
    _kryssa(qtbot, dialog.hoppa_over)
    assert dialog.hoppa_over.isChecked()
    assert not dialog.importera_knapp.isEnabled()
    assert dialog.orsak.text().startswith(
        "Ingen rad kan importeras: alla 2 rader har fel. Rätta filen eller mappningen."
    )
    qtbot.mouseClick(dialog.importera_knapp, Qt.MouseButton.LeftButton)
    assert dialog.resultat is None and dialog.isVisible()


def test_slutmeddelandet_raknar_overhoppade_rader(
    qtbot, databas, tmp_path, monkeypatch, meddelanden
) -> None:
    fil = _fil(
        tmp_path,
        "Datum;Enhet;Kategori;Beskrivning",
        [
            "2025-03-01 10:00;Solgården;Fall;Föll i hallen",
            "2025-03-02 11:00;Solgården;Fall;Halkade",
            "2025-02-30 11:00;Solgården;Fall;Fel datum",
        ],
    )
    _importera_i_sidan(qtbot, databas, fil, monkeypatch)
    assert meddelanden == ["2 avvikelser importerades. 1 rad med fel hoppades över."]
    # The same file again: nothing new, so Importera stays disabled and says why.
    meddelanden.clear()
    _importera_i_sidan(qtbot, databas, fil, monkeypatch)
    assert meddelanden == []


def _importera_i_sidan(qtbot, databas, fil, monkeypatch) -> None:
    """Importera on the avvikelser page; the dialog is driven as a user would."""
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(fil), ""))

    def exec_(dialog: ImportDialog) -> int:
        dialog.show()
        qtbot.mouseClick(dialog.valj_knapp, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.granska_knapp, Qt.MouseButton.LeftButton)
        if dialog.hoppa_over.isVisible():
            _kryssa(qtbot, dialog.hoppa_over)
        qtbot.mouseClick(dialog.importera_knapp, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ImportDialog, "exec", exec_)
    sida = AvvikelseSida(databas)
    qtbot.addWidget(sida)
    sida.importera()


def test_tid_okand_i_listan_detaljen_exporten_och_formularet(
    qtbot, databas, tmp_path, meddelanden
) -> None:
    from PySide6.QtCore import QTime

    from skrivbord.jobb import kor_till_slut
    from skrivbord.ui.avvikelser.formular import AvvikelseFormular

    fil = _csv(tmp_path, ["2025-03-01;Solgården;Fall;Föll utan klockslag i filen"])
    tabell = imp.lasa_fil(fil)
    (ny,) = kor_till_slut(imp.importera(databas, tabell, imp.foreslaget(tabell))).nya_id
    sida = AvvikelseSida(databas)
    qtbot.addWidget(sida)
    assert sida.modell.index(0, 0).data() == "2025-03-01 tid okänd"  # not 00:00
    sida.panel.visa(ny)
    assert "2025-03-01 tid okänd" in sida.panel.underrubrik.text()
    ut = tmp_path / "lista.csv"
    sida.exportera(ut)
    with ut.open(encoding="utf-8-sig", newline="") as strom:
        _intern, rubriker, rad = list(csv.reader(strom, delimiter=";"))
    assert rad[rubriker.index("Tid")] == "tid okänd"
    # The form keeps it unknown until a time is entered.
    formular = AvvikelseFormular(databas, ny)
    qtbot.addWidget(formular)
    assert formular.tid_okand_etikett.isVisibleTo(formular)
    assert formular.uppgifter().tid_okand
    formular.tid.setTime(QTime(8, 30))
    assert not formular.uppgifter().tid_okand
    assert not formular.tid_okand_etikett.isVisibleTo(formular)
