from datetime import date

from pypdf import PdfReader

from skrivbord.ui.avvikelser.sammanstallning import SammanstallningDialog, forslag


def test_forslag_for_berattelsen_och_namnden() -> None:
    assert forslag(date(2026, 2, 10)) == ["2025", "2025H2", "2025H1"]
    assert forslag(date(2026, 11, 23))[0] == "2026H1"


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
