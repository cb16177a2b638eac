from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton

from skrivbord.tjanster.avvikelser import kategorier
from skrivbord.ui.avvikelser.kategorier import KategoriDialog
from tests.fabrik import komplett


def _tryck(qtbot, dialog, text: str) -> None:
    """Click the dialog's button as a user would."""
    knapp = next(k for k in dialog.findChildren(QPushButton) if k.text() == text)
    qtbot.mouseClick(knapp, Qt.MouseButton.LeftButton)


def test_lagg_till_inaktivera_och_vagra_borttagning(qtbot, databas, monkeypatch) -> None:
    dialog = KategoriDialog(databas)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Självskada", True))
    _tryck(qtbot, dialog, "Ny kategori …")
    namn = [dialog.lista.item(i).text() for i in range(dialog.lista.count())]
    # A new category is counted as Annat until the MAS maps it; a default one as itself.
    assert "Självskada   (räknas som Annat i exporten)" in namn
    assert "Fall" in namn
    rad = namn.index("Självskada   (räknas som Annat i exporten)")
    dialog.lista.item(rad).setCheckState(Qt.CheckState.Unchecked)
    assert "Självskada" not in [k.namn for k in kategorier.lista(databas, bara_aktiva=True)]

    # A category in use cannot be removed: the service's sentence is shown.
    from datetime import date, datetime

    from skrivbord.tjanster.avvikelser import registrering as avvikelser
    from skrivbord.typer import Roll

    fall = next(k for k in kategorier.lista(databas) if k.kod == "fall")
    avvikelser.registrera(
        databas,
        komplett(
            databas,
            avvikelser.AvvikelseUppgifter(
                datetime(2026, 1, 2, 8), date(2026, 1, 2), 1, Roll.VARDBITRADE, fall.id, "Föll."
            ),
        ),
    )
    meddelanden: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: meddelanden.append(text))
    dialog.lista.setCurrentRow([k.id for k in kategorier.lista(databas)].index(fall.id))
    _tryck(qtbot, dialog, "Ta bort")
    assert meddelanden and "Inaktivera den i stället" in meddelanden[0]


def test_nationell_kod_valjs_i_dialogen(qtbot, databas, monkeypatch) -> None:
    dialog = KategoriDialog(databas)
    qtbot.addWidget(dialog)
    ny = kategorier.lagg_till(databas, "Självskada")
    dialog.lasa()
    ids = [dialog.lista.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.lista.count())]
    dialog.lista.setCurrentRow(ids.index(ny.id))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Vård och behandling", True))
    _tryck(qtbot, dialog, "Nationell kod …")
    assert [k.nationell_kod for k in kategorier.lista(databas) if k.id == ny.id] == [
        "vard_behandling"
    ]
    text = dialog.lista.item(ids.index(ny.id)).text()
    assert text == "Självskada   (räknas som Vård och behandling i exporten)"
