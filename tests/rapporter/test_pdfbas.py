"""pdfbas: metadata, header and footer, page numbers, and the atomic write."""

from __future__ import annotations

import errno
import os
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from skrivbord import __version__, atomiskfil
from skrivbord.fel import DiskenFull, FilKanInteSkrivas
from skrivbord.rapporter import pdfbas


def _stycke(text: str = "Brödtext") -> Paragraph:
    return Paragraph(text, pdfbas.Stilar.brodtext)


def test_metadata_sidhuvud_och_sidfot(tmp_path: Path) -> None:
    ut = pdfbas.bygg(
        tmp_path / "r.pdf",
        [Paragraph("Rubrik", pdfbas.Stilar.rubrik1), _stycke("Läkemedel, överföring, é")],
        "Protokoll för logguppföljning",
        "Vallentuna kommun",
        amne="Logguppföljning",
        utskriven=date(2026, 11, 23),
    )
    lasare = PdfReader(ut)
    meta = lasare.metadata
    assert meta.title == "Protokoll för logguppföljning"
    assert meta.author == "Skrivbord"
    assert meta.creator == f"Skrivbord {__version__}"
    assert meta.subject == "Logguppföljning"
    assert lasare.trailer["/Root"]["/Lang"] == "sv-SE"
    sida = lasare.pages[0]
    assert [round(float(v)) for v in sida.mediabox[2:]] == [595, 842]  # A4
    text = sida.extract_text()
    assert "Läkemedel, överföring, é" in text
    assert "Vallentuna kommun" in text and "Protokoll för logguppföljning" in text
    assert "Sida 1 av 1" in text and "Utskriven 2026-11-23" in text


def test_sidnumrering_over_flera_sidor(tmp_path: Path) -> None:
    stycken = [Paragraph(f"Rad {i}", pdfbas.Stilar.rubrik1) for i in range(80)]
    ut = pdfbas.bygg(tmp_path / "lang.pdf", stycken, "Lång", "Provkommun")
    sidor = PdfReader(ut).pages
    assert len(sidor) > 2
    for nummer, sida in enumerate(sidor, start=1):
        assert f"Sida {nummer} av {len(sidor)}" in sida.extract_text()
    assert "Provkommun" in sidor[-1].extract_text()
    assert f"Utskriven {date.today().isoformat()}" in sidor[0].extract_text()


def test_befintlig_fil_ersatts_forst_nar_ny_ar_klar(tmp_path: Path, monkeypatch) -> None:
    ut = tmp_path / "rapport.pdf"
    ut.write_bytes(b"gammal")
    monkeypatch.setattr(pdfbas.SimpleDocTemplate, "build", lambda *a, **k: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        pdfbas.bygg(ut, [_stycke()], "T")
    assert ut.read_bytes() == b"gammal"
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.pdf"]


def test_befintlig_fil_skrivs_over(tmp_path: Path) -> None:
    ut = tmp_path / "rapport.pdf"
    ut.write_bytes(b"gammal")
    pdfbas.bygg(ut, [_stycke()], "T")
    assert ut.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.pdf"]


def test_saknad_mapp_ger_typat_fel(tmp_path: Path) -> None:
    with pytest.raises(FilKanInteSkrivas, match="mappen finns inte"):
        pdfbas.bygg(tmp_path / "saknas" / "x.pdf", [], "T")


def test_full_disk_ger_diskenfull_och_ingen_fil(tmp_path: Path, monkeypatch) -> None:
    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pdfbas.SimpleDocTemplate, "build", full)
    with pytest.raises(DiskenFull) as fangat:
        pdfbas.bygg(tmp_path / "r.pdf", [_stycke()], "T")
    assert fangat.value.sokvag == tmp_path / "r.pdf"
    assert list(tmp_path.iterdir()) == []


def test_fil_oppen_i_annat_program_ger_svensk_orsak(tmp_path: Path, monkeypatch) -> None:
    """Windows refuses to replace a PDF that a reader holds open (PermissionError)."""
    riktig_replace = os.replace

    def last(kalla, mal):
        if Path(mal).name == "r.pdf":
            raise PermissionError(errno.EACCES, "Access is denied")
        riktig_replace(kalla, mal)

    monkeypatch.setattr(atomiskfil.os, "replace", last)
    with pytest.raises(FilKanInteSkrivas) as fangat:
        pdfbas.bygg(tmp_path / "r.pdf", [_stycke()], "T")
    assert "öppen i ett annat program" in fangat.value.meddelande
    assert "Access" not in fangat.value.meddelande
    assert list(tmp_path.iterdir()) == []


def test_mapp_utan_skrivratt(tmp_path: Path, monkeypatch) -> None:
    def nekad(*_a, **_k):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomiskfil.tempfile, "mkstemp", nekad)
    with pytest.raises(FilKanInteSkrivas, match="ingen behörighet"):
        pdfbas.bygg(tmp_path / "r.pdf", [_stycke()], "T")


def test_annat_oserror_visar_inte_engelsk_text(tmp_path: Path, monkeypatch) -> None:
    def konstigt(*_a, **_k):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(pdfbas.SimpleDocTemplate, "build", konstigt)
    with pytest.raises(FilKanInteSkrivas) as fangat:
        pdfbas.bygg(tmp_path / "r.pdf", [_stycke()], "T")
    assert "Input/output" not in fangat.value.meddelande
    assert fangat.value.meddelande.startswith("Filen r.pdf kunde inte sparas.")
    assert list(tmp_path.iterdir()) == []


# Text a user can type: Swedish, other Latin, Greek, Cyrillic, right-to-left scripts,
# CJK and Devanagari (not in DejaVu), emoji with skin tone and joiners, combining marks,
# control characters.
ALLT_EN_ANVANDARE_KAN_SKRIVA = [
    "Åsa Öberg-Ärlig, Ådalen: é ü ß ø æ ł ő ç",
    "Ελληνικά, Русский текст, Українська",
    "עברית שלום, العربية مرحبا",
    "漢字とかな, हिन्दी, ภาษาไทย",
    "Föll 👵🏼 💊 👨‍👩‍👧 🇸🇪 ✅ ▲ ❤️",
    "e\u0301 a\u0308 \u200b\u200d\u202e omvänd",
    "kontroll\x00tecken\x0b\x1f här",
]


def test_all_text_som_kan_skrivas_ger_en_pdf(tmp_path: Path) -> None:
    from xml.sax.saxutils import escape

    stycken = [_stycke(escape(text)) for text in ALLT_EN_ANVANDARE_KAN_SKRIVA]
    ut = pdfbas.bygg(tmp_path / "unicode.pdf", stycken, "Åäö 👵 עברית", "Kommun ⚕")
    text = PdfReader(ut).pages[0].extract_text()
    assert "Åsa Öberg-Ärlig" in text and "Русский" in text and "Ελληνικά" in text


def test_typsnittet_ar_inbaddat(tmp_path: Path) -> None:
    import shutil
    import subprocess

    ut = pdfbas.bygg(tmp_path / "r.pdf", [_stycke("Å <b>fet</b>")], "Titel", "Kommun")
    lasare = PdfReader(ut)
    typsnitt = lasare.pages[0]["/Resources"]["/Font"]
    namn = set()
    for ref in typsnitt.values():
        font = ref.get_object()
        namn.add(str(font["/BaseFont"]))
        beskrivning = (
            font.get("/FontDescriptor")
            or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        )
        assert "/FontFile2" in beskrivning.get_object()  # the TrueType program is in the file
    assert any("DejaVuSans-Bold" in n for n in namn) and any(n.endswith("DejaVuSans") for n in namn)
    if shutil.which("pdffonts"):
        utdata = subprocess.run(
            ["pdffonts", str(ut)], capture_output=True, text=True, check=True
        ).stdout
        rader = [r for r in utdata.splitlines()[2:] if r.strip()]
        assert rader and all(" yes " in r for r in rader)  # every font embedded
        assert not any("Helvetica" in r for r in rader)
