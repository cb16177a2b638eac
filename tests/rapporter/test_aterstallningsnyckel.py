"""The recovery-key PDF, parsed back; and the atomic write of pdfbas."""

from __future__ import annotations

import secrets
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from skrivbord.lagring import aterstallningsnyckel
from skrivbord.lagring.fel import FilKanInteSkrivas
from skrivbord.rapporter import aterstallningsnyckel as pdf
from skrivbord.rapporter import pdfbas


def test_pdf_har_nyckeln_kommunen_och_en_sida(tmp_path: Path) -> None:
    nyckel = aterstallningsnyckel.koda(secrets.token_bytes(32))
    ut = pdf.skriv_pdf(
        tmp_path / "nyckel.pdf",
        nyckel,
        "Provkommun",
        "/hemlig/mapp/skrivbord.db",
        date(2026, 11, 23),
    )
    lasare = PdfReader(ut)
    assert len(lasare.pages) == 1
    text = lasare.pages[0].extract_text()
    for grupp in nyckel.split("-"):
        assert grupp in text
    assert "Provkommun" in text
    assert "skrivbord.db" in text and "hemlig" not in text
    assert "Sida 1 av 1" in text and "Utskriven 2026-11-23" in text
    assert lasare.metadata.title == pdf.TITEL
    assert lasare.metadata.creator.startswith("Skrivbord")
    assert [p.name for p in tmp_path.iterdir()] == ["nyckel.pdf"]


def test_avbrott_mitt_i_lamnar_ingen_fil(tmp_path: Path, monkeypatch) -> None:
    def trasig(*_a, **_k):
        raise RuntimeError("avbrott")

    monkeypatch.setattr(pdfbas.SimpleDocTemplate, "build", trasig)
    with pytest.raises(RuntimeError):
        pdf.skriv_pdf(tmp_path / "nyckel.pdf", "A" * 55, "K", "db")
    assert list(tmp_path.iterdir()) == []


def test_befintlig_fil_ersatts_forst_nar_ny_ar_klar(tmp_path: Path, monkeypatch) -> None:
    ut = tmp_path / "rapport.pdf"
    ut.write_bytes(b"gammal")
    monkeypatch.setattr(pdfbas.SimpleDocTemplate, "build", lambda *a, **k: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        pdfbas.bygg(ut, [Paragraph("x", pdfbas.Stilar.brodtext)], "T")
    assert ut.read_bytes() == b"gammal"


def test_sidnumrering_over_flera_sidor(tmp_path: Path) -> None:
    stycken = [Paragraph(f"Rad {i}", pdfbas.Stilar.rubrik1) for i in range(80)]
    ut = pdfbas.bygg(tmp_path / "lang.pdf", stycken, "Lång", "Provkommun")
    sidor = PdfReader(ut).pages
    assert len(sidor) > 2
    assert f"Sida {len(sidor)} av {len(sidor)}" in sidor[-1].extract_text()
    assert "Provkommun" in sidor[0].extract_text()


def test_saknad_mapp_ger_typat_fel(tmp_path: Path) -> None:
    with pytest.raises(FilKanInteSkrivas, match="mappen finns inte"):
        pdfbas.bygg(tmp_path / "saknas" / "x.pdf", [], "T")
