"""Import through the dialog (map, preview, import) and export of the filtered list."""

from __future__ import annotations

import csv
from pathlib import Path

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
    assert len(rader) == 2 and "Föll i hallen" in rader[1]
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
