"""Register → Enheter och personal, driven as a user would: the buttons, the keys, the
edit dialogs and the staff import."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QWidget,
)

from skrivbord.tjanster import enheter, personal
from skrivbord.tjanster.avvikelser import kategorier
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.typer import Enhetstyp, Roll
from skrivbord.ui.organisation.enhetsdialog import EnhetDialog
from skrivbord.ui.organisation.personalimport import PersonalImportDialog
from skrivbord.ui.organisation.persondialog import PersonDialog
from skrivbord.ui.organisation.register import PERSONAL, RegisterDialog
from tests.fabrik import komplett

CTRL = Qt.KeyboardModifier.ControlModifier
KLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def register(qtbot, databas) -> RegisterDialog:
    dialog = RegisterDialog(databas)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _klicka_rad(qtbot, tabell, rad: int, dubbel: bool = False) -> None:
    mitt = tabell.visualRect(tabell.model().index(rad, 0)).center()
    qtbot.mouseClick(tabell.viewport(), KLICK, pos=mitt)
    if dubbel:  # QTest's double click lacks the first press and release a real one has
        qtbot.mouseDClick(tabell.viewport(), KLICK, pos=mitt)


def _rad_med(flik, namn: str) -> int:
    modell = flik.modell
    return next(r for r in range(modell.rowCount()) if modell.text(r, 0) == namn)


def _kryssa(qtbot, ruta: QCheckBox) -> None:
    """Space on a check box (a click in the middle of a wide one misses its label)."""
    ruta.setFocus()
    qtbot.keyClick(ruta, Qt.Key.Key_Space)


def _oppnad(qtbot, dialog: QWidget) -> QWidget:
    """The dialog just opened, active (the keyboard shortcuts work in the active window)."""
    assert dialog is not None and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _valj_i_lista(qtbot, kombo: QComboBox, text: str) -> None:
    """Walk a combo box with the arrow keys to ``text``, as from the keyboard."""
    kombo.setFocus()
    steg = kombo.findText(text) - kombo.currentIndex()
    tangent = Qt.Key.Key_Down if steg > 0 else Qt.Key.Key_Up
    for _ in range(abs(steg)):
        qtbot.keyClick(kombo, tangent)
    assert kombo.currentText() == text


def test_ny_enhet_genom_dialogen(qtbot, register, databas) -> None:
    flik = register.enheter
    assert flik.tabell.tabKeyNavigation() is False
    qtbot.mouseClick(flik.ny_knapp, KLICK)
    dialog = _oppnad(qtbot, flik.dialog)
    assert isinstance(dialog, EnhetDialog)
    assert dialog.windowTitle() == "Ny enhet"
    dialog.namn.insert("Tallåsen")  # as pasted: QTest types ASCII only
    # A new unit: the type proposes both boxes.
    assert dialog.lakemedelsforrad.isChecked() and dialog.veckogenomgangar.isChecked()
    _valj_i_lista(qtbot, dialog.typ, "Hemtjänst / ordinärt boende")
    assert not dialog.lakemedelsforrad.isChecked() and dialog.veckogenomgangar.isChecked()
    # Ticked by the user, the box stays as set when the type changes again.
    _kryssa(qtbot, dialog.lakemedelsforrad)
    _valj_i_lista(qtbot, dialog.typ, "Dagverksamhet")
    assert dialog.lakemedelsforrad.isChecked() and not dialog.veckogenomgangar.isChecked()
    _kryssa(qtbot, dialog.har_start)
    assert dialog.startdatum.isEnabled()
    dialog.startdatum.setDate(date(2026, 2, 1))
    insulin = dialog.behov["insulin"]
    insulin.selectAll()
    qtbot.keyClicks(insulin, "3")
    qtbot.keyClick(dialog.namn, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible() and flik.dialog is None

    ny = next(e for e in enheter.lista(databas) if e.namn == "Tallåsen")
    assert ny.typ == Enhetstyp.DAGVERKSAMHET
    assert (ny.har_lakemedelsforrad, ny.gor_veckogenomgangar) == (True, False)
    assert ny.startdatum == date(2026, 2, 1)
    assert ny.delegeringsbehov == {"insulin": 3}
    assert flik.vald() == ny.id  # the new row is selected
    assert register.andrat


def test_fel_visas_i_dialogen_och_faltet_far_fokus(qtbot, register, databas) -> None:
    flik = register.enheter
    qtbot.mouseClick(flik.ny_knapp, KLICK)
    dialog = _oppnad(qtbot, flik.dialog)
    _valj_i_lista(qtbot, dialog.typ, "Korttidsboende")
    qtbot.keyClick(dialog.typ, Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible()
    assert dialog.felrad.isVisible() and "Skriv enhetens namn" in dialog.felrad.text()
    assert dialog.focusWidget() is dialog.namn
    dialog.namn.insert("SOLGÅRDEN")
    qtbot.keyClick(dialog.namn, Qt.Key.Key_Return, CTRL)
    assert "Det finns redan en enhet som heter SOLGÅRDEN" in dialog.felrad.text()
    # Esc cancels: nothing saved.
    qtbot.keyClick(dialog.namn, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert len(enheter.lista(databas)) == 4
    assert not register.andrat


def test_enter_och_dubbelklick_oppnar_raden_for_andring(qtbot, register, databas) -> None:
    flik = register.enheter
    rad = _rad_med(flik, "Korttids Lugnet")
    _klicka_rad(qtbot, flik.tabell, rad)
    qtbot.keyClick(flik.tabell, Qt.Key.Key_Return)
    dialog = _oppnad(qtbot, flik.dialog)
    assert isinstance(dialog, EnhetDialog) and dialog.windowTitle() == "Ändra enhet"
    assert dialog.namn.text() == "Korttids Lugnet"
    assert not dialog.standardtext.isVisible()  # an existing unit keeps its own values
    _kryssa(qtbot, dialog.veckogenomgangar)
    _valj_i_lista(qtbot, dialog.typ, "Särskilt boende")
    assert not dialog.veckogenomgangar.isChecked()  # the type does not change them here
    dialog.namn.selectAll()
    qtbot.keyClicks(dialog.namn, "Korttidsboendet Lugnet")
    qtbot.keyClick(dialog.namn, Qt.Key.Key_Return, CTRL)
    andrad = enheter.hamta(databas, flik.vald())
    assert (andrad.namn, andrad.typ, andrad.gor_veckogenomgangar) == (
        "Korttidsboendet Lugnet",
        Enhetstyp.SABO,
        False,
    )
    _klicka_rad(qtbot, flik.tabell, _rad_med(flik, "Björkbacken"), dubbel=True)
    assert flik.dialog.namn.text() == "Björkbacken"
    qtbot.keyClick(flik.dialog.namn, Qt.Key.Key_Escape)


def test_inaktivera_och_aktivera(qtbot, register, databas) -> None:
    flik = register.enheter
    _klicka_rad(qtbot, flik.tabell, _rad_med(flik, "Björkbacken"))
    bjorkbacken = flik.vald()
    assert flik.aktiv_knapp.text() == "&Inaktivera"
    qtbot.mouseClick(flik.aktiv_knapp, KLICK)
    assert not enheter.hamta(databas, bjorkbacken).aktiv
    assert flik.modell.rad_for_id(bjorkbacken) is None  # hidden with the active only
    assert flik.vald() is not None  # the cursor stays in the table
    qtbot.mouseClick(flik.visa_inaktiva, KLICK)
    flik.valj(bjorkbacken)
    assert flik.aktiv_knapp.text() == "&Aktivera"
    qtbot.mouseClick(flik.aktiv_knapp, KLICK)
    assert enheter.hamta(databas, bjorkbacken).aktiv
    assert flik.aktiv_knapp.text() == "&Inaktivera"
    assert register.andrat


def test_ta_bort_vagras_for_anvand_enhet_men_gar_for_oanvand(
    qtbot, register, databas, meddelanden, monkeypatch
) -> None:
    fragor: list[str] = []

    def ja(_foralder, _titel, text, *_args):
        fragor.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", ja)
    flik = register.enheter
    solgarden = flik.modell.rad(_rad_med(flik, "Solgården")).id
    fall = next(k for k in kategorier.lista(databas) if k.kod == "fall")
    avvikelser.registrera(
        databas,
        komplett(
            databas,
            avvikelser.AvvikelseUppgifter(
                datetime(2026, 1, 2, 8),
                date(2026, 1, 2),
                solgarden,
                Roll.VARDBITRADE,
                fall.id,
                "Föll.",
            ),
        ),
    )
    _klicka_rad(qtbot, flik.tabell, _rad_med(flik, "Solgården"))
    qtbot.mouseClick(flik.ta_bort_knapp, KLICK)
    assert fragor == ["Ta bort enheten Solgården? Det går inte att ångra."]
    assert len(meddelanden) == 1 and "1 avvikelse hör till den" in meddelanden[0]
    assert "Inaktivera den i stället" in meddelanden[0]
    assert enheter.hamta(databas, solgarden).aktiv

    ny = enheter.skapa(databas, "Felskriven", Enhetstyp.LSS)
    flik.uppdatera(valj=ny.id)
    qtbot.mouseClick(flik.ta_bort_knapp, KLICK)
    assert ny.id not in {e.id for e in enheter.lista(databas)}
    assert flik.modell.rad_for_id(ny.id) is None and flik.vald() is not None


def test_ny_person_genom_dialogen(qtbot, register, databas) -> None:
    tabbar = register.flikar.tabBar()
    qtbot.mouseClick(tabbar, KLICK, pos=tabbar.tabRect(PERSONAL).center())
    flik = register.personal
    assert register.flikar.currentWidget() is flik
    qtbot.mouseClick(flik.ny_knapp, KLICK)
    dialog = _oppnad(qtbot, flik.dialog)
    assert isinstance(dialog, PersonDialog)
    qtbot.keyClicks(dialog.fornamn, "Sara")
    qtbot.keyClicks(dialog.efternamn, "Strom")
    assert dialog.roll.currentText() == "Undersköterska"
    assert not dialog.legitimerad.isChecked()
    _valj_i_lista(qtbot, dialog.roll, "Sjuksköterska")
    assert dialog.legitimerad.isChecked()  # the role's default
    # Units from the keyboard: into the list, down to the second, space ticks it.
    dialog.enheter.setFocus()
    qtbot.keyClick(dialog.enheter, Qt.Key.Key_Home)
    qtbot.keyClick(dialog.enheter, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.enheter, Qt.Key.Key_Space)
    assert [dialog.enheter.item(i).text() for i in range(dialog.enheter.count())][1] == (
        "Hemtjänst Norra"
    )
    qtbot.keyClick(dialog.enheter, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    sara = next(p for p in personal.lista(databas) if p.fornamn == "Sara")
    assert (sara.roll, sara.legitimerad, sara.enhetsnamn) == (
        Roll.SJUKSKOTERSKA,
        True,
        ("Hemtjänst Norra",),
    )
    assert flik.vald() == sara.id
    # The unit tab knows nothing of staff columns, but the register says it changed.
    assert register.andrat


def test_persondialogens_fel_och_legitimerad_som_anvandaren_satt(qtbot, register) -> None:
    flik = register.personal
    register.flikar.setCurrentIndex(PERSONAL)
    qtbot.mouseClick(flik.ny_knapp, KLICK)
    dialog = _oppnad(qtbot, flik.dialog)
    qtbot.keyClicks(dialog.fornamn, "Bo")
    qtbot.keyClick(dialog.fornamn, Qt.Key.Key_Return, CTRL)
    assert "förnamn och efternamn" in dialog.felrad.text()
    assert dialog.focusWidget() is dialog.efternamn
    _kryssa(qtbot, dialog.legitimerad)  # the user's choice …
    _valj_i_lista(qtbot, dialog.roll, "Vårdbiträde")
    assert dialog.legitimerad.isChecked()  # … is kept when the role changes
    qtbot.keyClick(dialog.roll, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_sok_och_inaktivera_person(qtbot, register, databas) -> None:
    for fornamn, roll in (("Anna", Roll.UNDERSKOTERSKA), ("Bertil", Roll.SJUKSKOTERSKA)):
        personal.skapa(databas, fornamn, "Testsson", roll)
    flik = register.personal
    register.flikar.setCurrentIndex(PERSONAL)
    flik.uppdatera()
    assert flik.antal.text() == "2 personer"
    qtbot.keyClicks(flik.sok, "sjuksk")
    assert flik.modell.rowCount() == 1 and flik.vald() == flik.modell.rad(0).id
    assert flik.antal.text() == "1 av 2 personer"
    qtbot.mouseClick(flik.aktiv_knapp, KLICK)
    assert [p.fornamn for p in personal.lista(databas)] == ["Anna"]
    assert flik.modell.rowCount() == 0 and flik.vald() is None
    assert not flik.aktiv_knapp.isEnabled()


def _csv(mapp: Path, text: str) -> Path:
    fil = mapp / "personal.csv"
    fil.write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
    return fil


def test_import_genom_dialogen(qtbot, register, databas, tmp_path, monkeypatch) -> None:
    personal.skapa(databas, "Anna", "Andersson", Roll.UNDERSKOTERSKA)
    fil = _csv(
        tmp_path,
        "Förnamn;Efternamn;Roll;Enheter\n"
        "Anna;Andersson;Undersköterska;Solgården\n"
        "Åke;Öst;Sjuksköterska;Solgården, Björkbacken\n"
        "Bo;Berg;usk;Hemtjänst Norra\n",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(fil), ""))
    flik = register.personal
    register.flikar.setCurrentIndex(PERSONAL)
    flik.uppdatera()
    qtbot.mouseClick(flik.importera_knapp, KLICK)
    dialog = flik.dialog
    assert isinstance(dialog, PersonalImportDialog)
    qtbot.mouseClick(dialog.valj_knapp, KLICK)
    text = dialog.sammanfattning.text()
    assert "Klart: 2 personer lades till i registret." in text
    assert "Importerade: 2 · Fanns redan i registret: 1 · Rader med fel: 0" in text
    assert not dialog.felrapport.isVisible()
    assert flik.modell.rowCount() == 3  # the register read the list again
    assert register.andrat
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_import_med_fel_importerar_inget(qtbot, register, databas, tmp_path, monkeypatch) -> None:
    fil = _csv(
        tmp_path,
        "Förnamn;Efternamn;Roll;Enheter\nAnna;Andersson;usk;Solgården\nBo;Berg;usk;Månen\n",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(fil), ""))
    flik = register.personal
    register.flikar.setCurrentIndex(PERSONAL)
    qtbot.mouseClick(flik.importera_knapp, KLICK)
    dialog = flik.dialog
    qtbot.mouseClick(dialog.valj_knapp, KLICK)
    assert "Inget importerades: 1 av 2 rader har fel." in dialog.sammanfattning.text()
    assert "Importerade: 0 · Fanns redan i registret: 0 · Rader med fel: 1" in (
        dialog.sammanfattning.text()
    )
    assert dialog.felrapport.isVisible()
    assert dialog.felrapport.toPlainText().startswith(
        'Rad 3, kolumn "Enheter": Enheten "Månen" finns inte i registret.'
    )
    assert personal.lista(databas) == []
    # A file that cannot be read is said in the dialog.
    (tmp_path / "personal.csv").write_text("Namn;Ort\nA;B\n", encoding="utf-8")
    qtbot.mouseClick(dialog.valj_knapp, KLICK)
    assert dialog.fel.isVisible() and "saknar kolumnerna" in dialog.fel.text()
    assert not dialog.felrapport.isVisible()


def _namnlosa(dialog: QWidget) -> list[str]:
    """Inputs with neither a label pointing at them (buddy) nor an accessible name."""
    buddies = {e.buddy() for e in dialog.findChildren(QLabel) if e.buddy() is not None}
    inmatning = (QLineEdit, QComboBox, QAbstractSpinBox, QDateEdit, QListWidget)
    return [
        type(w).__name__
        for w in dialog.findChildren(QWidget)
        if isinstance(w, inmatning)
        and not isinstance(w.parent(), QAbstractSpinBox | QComboBox)  # their inner line edit
        and w not in buddies
        and not w.accessibleName()
    ] + [
        "QCheckBox"
        for w in dialog.findChildren(QCheckBox)
        if not w.text() and not w.accessibleName()
    ]


def test_varje_falt_har_en_etikett_eller_ett_namn(qtbot, register) -> None:
    qtbot.mouseClick(register.enheter.ny_knapp, KLICK)
    assert _namnlosa(register.enheter.dialog) == []
    register.flikar.setCurrentIndex(PERSONAL)
    qtbot.mouseClick(register.personal.ny_knapp, KLICK)
    assert _namnlosa(register.personal.dialog) == []
    assert _namnlosa(register) == []
