"""The recovery-key PDF, parsed back."""

from __future__ import annotations

import secrets
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from skrivbord.fel import DiskenFull
from skrivbord.lagring import aterstallningsnyckel
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
    assert "Skapad: 2026-11-23" in text
    assert "Sida 1 av 1" in text and "Utskriven 2026-11-23" in text
    assert lasare.metadata.title == pdf.TITEL
    assert lasare.metadata.creator.startswith("Skrivbord")
    assert [p.name for p in tmp_path.iterdir()] == ["nyckel.pdf"]


def test_nyckeln_gar_att_skriva_av_fran_pdfen(tmp_path: Path) -> None:
    """What a reader copies from the page decodes to the same key bytes."""
    nyckelbytes = secrets.token_bytes(32)
    ut = pdf.skriv_pdf(tmp_path / "n.pdf", aterstallningsnyckel.koda(nyckelbytes), "K", "db.db")
    rader = PdfReader(ut).pages[0].extract_text().splitlines()
    grupper = [r.strip() for r in rader if len(r.strip()) == 5 and r.strip().isalnum()]
    assert aterstallningsnyckel.avkoda("".join(grupper)) == nyckelbytes


def test_kommunnamn_med_specialtecken(tmp_path: Path) -> None:
    ut = pdf.skriv_pdf(tmp_path / "n.pdf", "A" * 55, "Åre & Östra <Göinge>", "x.db")
    assert "Åre & Östra <Göinge>" in PdfReader(ut).pages[0].extract_text()


def test_avbrott_mitt_i_lamnar_ingen_fil(tmp_path: Path, monkeypatch) -> None:
    def trasig(*_a, **_k):
        raise RuntimeError("avbrott")

    monkeypatch.setattr(pdfbas.SimpleDocTemplate, "build", trasig)
    with pytest.raises(RuntimeError):
        pdf.skriv_pdf(tmp_path / "nyckel.pdf", "A" * 55, "K", "db")
    assert list(tmp_path.iterdir()) == []


def test_avbrott_nar_sidan_sparas_lamnar_ingen_fil(tmp_path: Path, monkeypatch) -> None:
    """Fails inside the canvas, after part of the PDF has been written to the temp file."""

    def trasig(self) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdfbas.Canvas, "save", trasig)
    with pytest.raises(DiskenFull):
        pdf.skriv_pdf(tmp_path / "nyckel.pdf", "A" * 55, "K", "db")
    assert list(tmp_path.iterdir()) == []
