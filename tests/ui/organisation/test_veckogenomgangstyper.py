from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from skrivbord.tjanster import enheter, enhetstyper
from skrivbord.typer import Enhetstyp
from skrivbord.ui.organisation.register import ENHETER, RegisterDialog


def test_dialogen_sparar_och_andrar_befintliga(qtbot, databas, monkeypatch) -> None:
    meddelanden: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: meddelanden.append(text))
    register = RegisterDialog(databas)
    qtbot.addWidget(register)
    register.flikar.setCurrentIndex(ENHETER)
    flik = register.flikar.currentWidget()

    def kryssa(dialog) -> int:
        dialog.rutor[Enhetstyp.HEMTJANST].setChecked(False)
        dialog.befintliga.setChecked(True)
        dialog.spara()
        return dialog.result()

    monkeypatch.setattr(
        "skrivbord.ui.organisation.register.VeckogenomgangstyperDialog.exec", kryssa
    )
    flik.typer_knapp.click()
    assert Enhetstyp.HEMTJANST not in enhetstyper.veckogenomgangstyper(databas)
    hemtjanst = [e for e in enheter.lista(databas) if e.typ == Enhetstyp.HEMTJANST]
    assert hemtjanst and not any(e.gor_veckogenomgangar for e in hemtjanst)
    assert meddelanden and "ändrades" in meddelanden[0]
