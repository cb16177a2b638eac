from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from skrivbord.ui.avvikelser.sammanstallning import SammanstallningDialog, forslag


def test_forslag_for_berattelsen_och_namnden() -> None:
    assert [p.kod for p in forslag(date(2026, 2, 10))] == ["2025", "2025H2", "2025H1", "2026"]
    assert forslag(date(2026, 11, 23))[0].kod == "2026H1"
    # Nothing of the new year is over on 1 January: only finished periods.
    assert [p.kod for p in forslag(date(2026, 1, 1))] == ["2025", "2025H2", "2025H1"]


def test_forslag_med_pagaende_ar_och_halvar() -> None:
    """On 1 December 2026: the running year and half-year too, cut at today; in the
    first half of the year only the running year (the half-year would be the same days)."""
    perioder = forslag(date(2026, 12, 1))
    assert [p.kod for p in perioder] == ["2026H1", "2025", "2025H2", "2025H1", "2026", "2026H2"]
    assert [p.etikett for p in perioder if p.pagaende] == [
        "1 januari – 30 november 2026",
        "1 juli – 30 november 2026",
    ]
    assert [p.kod for p in forslag(date(2026, 7, 1)) if p.pagaende] == ["2026"]
    assert [p.kod for p in forslag(date(2026, 7, 2)) if p.pagaende] == ["2026", "2026H2"]


def test_fel_period_visas_och_ratt_period_ger_pdf(qtbot, databas, tmp_path, meddelanden) -> None:
    dialog = SammanstallningDialog(databas, idag=date(2026, 11, 23))
    qtbot.addWidget(dialog)
    dialog.period.setEditText("2025H3")
    dialog.skapa()
    assert dialog.fel.isVisibleTo(dialog) and "inte H3" in dialog.fel.text()
    dialog.period.setEditText("2025")
    dialog.fil.setText(str(tmp_path / "ut"))
    dialog.skapa()
    assert dialog.resultat == tmp_path / "ut.pdf"
    assert "Testkommun" in PdfReader(dialog.resultat).pages[0].extract_text()
    assert meddelanden == ["Sammanställningen sparades som ut.pdf."]


def test_dialogen_erbjuder_pagaende_ar_och_halvar(qtbot, databas, tmp_path, meddelanden) -> None:
    """The user opens the list, picks the running year and creates the PDF: it covers
    1 January up to yesterday and page 1 says the period is running."""
    dialog = SammanstallningDialog(databas, idag=date(2026, 12, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    texter = [dialog.period.itemText(i) for i in range(dialog.period.count())]
    assert "2026 – hittills (1 januari – 30 november)" in texter
    assert "2026H2 – hittills (1 juli – 30 november)" in texter
    assert "2025" in texter and "2025H1" in texter  # the finished ones stay

    dialog.period.showPopup()
    lista = dialog.period.view()
    qtbot.waitUntil(lista.isVisible)
    i_ar = dialog.period.findData("2026")
    rad = lista.visualRect(lista.model().index(i_ar, 0))
    qtbot.mouseClick(lista.viewport(), Qt.MouseButton.LeftButton, pos=rad.center())
    assert dialog.period.currentText() == "2026 – hittills (1 januari – 30 november)"
    assert dialog.fil.text().endswith("sammanstallning-2026.pdf")  # the code, not the text

    dialog.fil.setText(str(tmp_path / "i-ar.pdf"))
    knappar = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(knappar.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.resultat == tmp_path / "i-ar.pdf"
    forsta = " ".join(PdfReader(dialog.resultat).pages[0].extract_text().split())
    assert "Avvikelser 1 januari – 30 november 2026" in forsta
    assert "Perioden pågår: siffrorna gäller 1 januari – 30 november 2026" in forsta
    assert meddelanden == ["Sammanställningen sparades som i-ar.pdf."]


def test_skriven_kod_for_pagaende_och_framtida_period(qtbot, databas) -> None:
    dialog = SammanstallningDialog(databas, idag=date(2026, 12, 1))
    qtbot.addWidget(dialog)
    dialog.period.setEditText("2027")
    dialog.skapa()
    assert dialog.fel.isVisibleTo(dialog) and "har inte börjat" in dialog.fel.text()
    dialog.period.setEditText("2026h2")
    assert dialog.fil.text().endswith("sammanstallning-2026h2.pdf")
