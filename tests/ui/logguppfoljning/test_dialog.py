"""Formuläret för logguppföljning: sparar genom tjänsten, visar varje vägrad regel vid
sitt fält, också vakten mot personnummer, och öppnar ett sparat protokoll igen."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from skrivbord.tjanster import personal
from skrivbord.tjanster.logguppfoljning import journalsystem, protokoll
from skrivbord.typer import Loggatgardstyp, Loggkontrolltyp, Loggresultat, Roll
from skrivbord.ui.logguppfoljning.dialog import LogguppfoljningDialog

IDAG = date(2026, 3, 20)


def _ifylld(qtbot, databas) -> LogguppfoljningDialog:
    personal.skapa(databas, "Greta", "Granskarsson", Roll.ENHETSCHEF)
    journalsystem.lagg_till(databas, "Journalsystemet Demo")
    dialog = LogguppfoljningDialog(databas, idag=IDAG)
    qtbot.addWidget(dialog)
    dialog.granskare.setCurrentIndex(1)
    dialog.antal_anvandare.setValue(12)
    dialog.antal_atkomster.setValue(180)
    dialog.metod.setPlainText("Loggrapport, granskad mot vårdrelation.")
    return dialog


def test_ny_utan_avvikelse(qtbot, databas) -> None:
    dialog = _ifylld(qtbot, databas)
    # Defaults: today, the month before, the first system in the list, the whole kommun.
    assert dialog.datum.date() == QDate(2026, 3, 20)
    assert (dialog.period_fran.date(), dialog.period_till.date()) == (
        QDate(2026, 2, 1),
        QDate(2026, 2, 28),
    )
    assert dialog.system.currentText() == "Journalsystemet Demo"
    assert not dialog.beskrivning.isEnabled() and not dialog.atgarder.isEnabled()
    dialog.spara()
    assert dialog.result() == dialog.DialogCode.Accepted
    detalj = protokoll.hamta(databas, dialog.sparat_id)
    u = detalj.uppgifter
    assert (u.typ, u.resultat, u.enhet_id, u.antal_atkomster) == (
        Loggkontrolltyp.SYSTEMATISK,
        Loggresultat.INGEN_AVVIKELSE,
        None,
        180,
    )
    assert detalj.granskare == "Greta Granskarsson" and u.signerad_datum is None


def test_personnummer_visas_vid_faltet_och_inget_sparas(qtbot, databas) -> None:
    dialog = _ifylld(qtbot, databas)
    dialog.show()
    dialog.resultat.setCurrentIndex(dialog.resultat.findData(Loggresultat.AVVIKELSE.value))
    assert dialog.beskrivning.isEnabled()
    dialog.antal_avvikande.setValue(1)
    dialog.beskrivning.setPlainText("Åtkomst till journalen för 19811218-9876 sen kväll.")
    dialog.iakttagelser.setPlainText("Ring 070-123 45 67 vid frågor, 2026-03-01.")
    dialog.spara()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert protokoll.lista(databas) == []
    text = dialog.fel_vid("avvikelse_beskrivning")
    assert text.startswith("Beskrivning av avvikelsen: ") and "personnummer" in text
    assert dialog.fel_vid("iakttagelser") == ""  # a phone number and a date are fine
    assert dialog.focusWidget() is dialog.beskrivning
    # Corrected, it saves; the messages go away with the next try.
    dialog.beskrivning.setPlainText("Åtkomst till journal utan vårdrelation, sen kväll.")
    dialog.spara()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_flera_fel_visas_vid_sina_falt(qtbot, databas) -> None:
    dialog = _ifylld(qtbot, databas)
    dialog.show()
    dialog.granskare.setCurrentIndex(0)
    dialog.metod.clear()
    dialog.period_till.setDate(QDate(2026, 3, 25))
    dialog.spara()
    assert "Granskare: välj" in dialog.fel_vid("utford_av_id")
    assert "Metod:" in dialog.fel_vid("metod")
    assert "efter granskningen" in dialog.fel_vid("period_till")
    assert dialog.fel_vid("system") == ""


def test_atgarder_och_signering_sparas_och_oppnas_igen(qtbot, databas) -> None:
    dialog = _ifylld(qtbot, databas)
    dialog.datum.setDate(QDate(2026, 3, 10))
    dialog.resultat.setCurrentIndex(dialog.resultat.findData(Loggresultat.AVVIKELSE.value))
    dialog.antal_avvikande.setValue(2)
    dialog.beskrivning.setPlainText("Två åtkomster utan vårdrelation.")
    qtbot.mouseClick(dialog.atgarder.lagg_till, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.atgarder.lagg_till, Qt.MouseButton.LeftButton)
    typ = dialog.atgarder.tabell.cellWidget(1, 0)
    typ.setCurrentIndex(typ.findData(Loggatgardstyp.PERSONUPPGIFTSINCIDENT.value))
    dialog.atgarder.tabell.cellWidget(1, 1).setDate(QDate(2026, 3, 11))
    dialog.atgarder.tabell.cellWidget(0, 2).setText("Samtal enligt rutin.")
    dialog.signerad.setChecked(True)
    dialog.signerad_av.setCurrentIndex(1)
    dialog.spara()
    assert dialog.result() == dialog.DialogCode.Accepted
    sparat = dialog.sparat_id
    u = protokoll.hamta(databas, sparat).uppgifter
    assert [(a.typ, a.datum, a.anteckning) for a in u.atgarder] == [
        (Loggatgardstyp.PERSONUPPGIFTSINCIDENT, date(2026, 3, 11), ""),
        (Loggatgardstyp.SAMTAL, date(2026, 3, 20), "Samtal enligt rutin."),
    ]
    assert u.signerad_datum == IDAG
    igen = LogguppfoljningDialog(databas, idag=IDAG, logguppfoljning_id=sparat)
    qtbot.addWidget(igen)
    assert igen.windowTitle() == f"Logguppföljning {sparat}"
    assert igen.uppgifter() == u
    # Back to "no deviation": the greyed-out fields are not saved.
    igen.resultat.setCurrentIndex(igen.resultat.findData(Loggresultat.INGEN_AVVIKELSE.value))
    igen.spara()
    assert igen.result() == igen.DialogCode.Accepted
    u = protokoll.hamta(databas, sparat).uppgifter
    assert (u.atgarder, u.avvikelse_beskrivning, u.antal_avvikande) == ((), "", 0)


def test_samtidig_andring_behaller_hennes_text(qtbot, databas) -> None:
    """Someone else saved the protocol while it was open: her text and steps stay,
    the saved protocol is fetched on request with hers beside it."""
    ny = _ifylld(qtbot, databas)
    ny.spara()
    protokoll_id = ny.sparat_id
    dialog = LogguppfoljningDialog(databas, idag=IDAG, logguppfoljning_id=protokoll_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.iakttagelser.setPlainText("Bertil: inloggning från okänd dator.")
    anna = protokoll.hamta(databas, protokoll_id)
    annas = replace(anna.uppgifter, iakttagelser="Anna: inget att anmärka.")
    protokoll.spara(databas, annas, protokoll_id, IDAG, version=anna.version)

    dialog.spara()
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.iakttagelser.toPlainText() == "Bertil: inloggning från okänd dator."
    assert dialog.samtidig.isVisible() and "protokollet" in dialog.samtidig.meddelande.text()
    dialog.samtidig.hamta.click()
    assert dialog.iakttagelser.toPlainText() == "Anna: inget att anmärka."
    rutor = {
        w.objectName()
        for w in dialog.samtidig.findChildren(QWidget)
        if w.objectName().startswith("din_") and w.isVisible()
    }
    assert rutor == {"din_iakttagelser"}
    dialog.samtidig.findChild(QWidget, "din_iakttagelser").findChild(QPushButton, "anvand").click()
    dialog.spara()
    assert dialog.result() == dialog.DialogCode.Accepted
    sparat = protokoll.hamta(databas, protokoll_id).uppgifter
    assert sparat.iakttagelser == "Bertil: inloggning från okänd dator."
