"""Sidan Logguppföljning: listan per år, formuläret från sidan och PDF:erna på
arbetstråden (i testerna genast, tests/ui/conftest.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from skrivbord.tjanster import personal
from skrivbord.tjanster.logguppfoljning import protokoll
from skrivbord.tjanster.logguppfoljning.uppgifter import Logguppgifter
from skrivbord.typer import Loggkontrolltyp, Roll
from skrivbord.ui.logguppfoljning.sida import LogguppfoljningSida
from skrivbord.ui.logguppfoljning.tabellmodell import LogguppfoljningModell

IDAG = date(2026, 3, 20)


def _protokoll(databas, datum: date) -> int:
    granskare = personal.skapa(databas, "Greta", f"Granskare{datum.month}{datum.year}", Roll.MAS).id
    return protokoll.spara(
        databas,
        Logguppgifter(
            datum=datum,
            typ=Loggkontrolltyp.SYSTEMATISK,
            period_fran=datum.replace(day=1),
            period_till=datum.replace(day=2),
            system="Journalsystemet",
            utford_av_id=granskare,
            antal_anvandare=10,
            antal_atkomster=100,
            metod="Metodtext-som-inte-syns-i-listan",
        ),
        idag=IDAG,
    )


def test_lista_per_ar(qtbot, databas) -> None:
    _protokoll(databas, date(2025, 5, 10))
    nytt = _protokoll(databas, date(2026, 2, 10))
    sida = LogguppfoljningSida(databas, idag=IDAG)
    qtbot.addWidget(sida)
    assert sida.ar.currentData() == 2026
    assert sida.modell.rowCount() == 1 and sida.markerad() == nytt
    assert sida.antal.text() == "1 granskning"
    texter = [sida.modell.index(0, k).data() for k in range(sida.modell.columnCount())]
    assert texter[LogguppfoljningModell.DATUM] == "2026-02-10"
    assert "Metodtext-som-inte-syns-i-listan" not in texter
    sida.ar.setCurrentIndex(sida.ar.findData(None))
    assert sida.modell.rowCount() == 2


def test_tom_lista(qtbot, databas) -> None:
    sida = LogguppfoljningSida(databas, idag=IDAG)
    qtbot.addWidget(sida)
    assert sida.tom.isVisibleTo(sida) and not sida.protokoll_pdf.isEnabled()


def test_pdf_er_skrivs_pa_arbetstraden(qtbot, databas, tmp_path: Path, monkeypatch) -> None:
    nytt = _protokoll(databas, date(2026, 2, 10))
    sida = LogguppfoljningSida(databas, idag=IDAG)
    qtbot.addWidget(sida)
    rutor: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "information",
        lambda _f, _t, text, *_a, **_k: rutor.append(text) or QMessageBox.StandardButton.Close,
    )
    sida.skriv_protokoll(nytt, tmp_path / "p.pdf")
    assert sida.senaste_pdf == tmp_path / "p-intern.pdf"
    assert "Metodtext-som-inte-syns-i-listan" in PdfReader(sida.senaste_pdf).pages[0].extract_text()
    sida.skriv_mall(tmp_path / "mall.pdf")
    assert "Testkommun" in PdfReader(tmp_path / "mall.pdf").pages[0].extract_text()
    sida.skriv_ar(2026, tmp_path / "ar.pdf")
    assert (
        "Logguppföljning 1 januari – 19 mars 2026"
        in PdfReader(tmp_path / "ar.pdf").pages[0].extract_text()
    )
    assert rutor == [
        "PDF:en sparades som p-intern.pdf.",
        "PDF:en sparades som mall.pdf.",
        "PDF:en sparades som ar.pdf.",
    ]


def test_ny_fran_sidan(qtbot, databas, monkeypatch) -> None:
    from skrivbord.ui.logguppfoljning import dialog as dialogmodul

    def ifyll(self) -> int:
        self.granskare.setCurrentIndex(1)
        self.antal_anvandare.setValue(3)
        self.antal_atkomster.setValue(30)
        self.system.setCurrentText("Nytt journalsystem")
        self.metod.setPlainText("Stickprov på tre användare.")
        self.spara()
        return self.result()

    personal.skapa(databas, "Greta", "Granskarsson", Roll.ENHETSCHEF)
    monkeypatch.setattr(dialogmodul.LogguppfoljningDialog, "exec", ifyll)
    sida = LogguppfoljningSida(databas, idag=IDAG)
    qtbot.addWidget(sida)
    sida.registrera()
    assert sida.modell.rowCount() == 1
    assert sida.modell.index(0, LogguppfoljningModell.SYSTEM).data() == "Nytt journalsystem"
