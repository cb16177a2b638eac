"""The egenkontroll report: its figures add up to the occurrences' utfall, brister
carry their åtgärder's counts, and the PDF holds no names and no free text."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader

from skrivbord.jobb import kor_till_slut
from skrivbord.modeller import Personal
from skrivbord.tjanster import atgarder
from skrivbord.tjanster.egenkontroller import rapport, tillfallen
from skrivbord.typer import Roll

IDAG = date(2026, 6, 15)
HEMLIG_KOMMENTAR = "Hemlig-kommentar-7f3a"
HEMLIG_ATGARD = "Hemlig-atgard-91bc"


def test_siffrorna_och_pdf_utan_namn_och_fritext(databas, tmp_path) -> None:
    with databas.session() as s:
        chef = Personal(fornamn="Greta", efternamn="Provnamnsson", roll=Roll.ENHETSCHEF)
        s.add(chef)
        s.flush()
        chef_id = chef.id
    rond = next(
        t
        for t in tillfallen.lista(databas, 2026, idag=IDAG)
        if t.omrade == "Hygienrond" and t.enhet == "Solgården"
    )
    tillfallen.registrera(
        databas,
        rond.id,
        tillfallen.Resultat(
            date(2026, 4, 20),
            chef_id,
            True,
            HEMLIG_KOMMENTAR,
            (atgarder.NyAtgard(HEMLIG_ATGARD, chef_id, date(2026, 5, 1)),),
        ),
        IDAG,
    )
    u = rapport.berakna(databas, 2026, IDAG)
    lista = tillfallen.lista(databas, 2026, idag=IDAG)
    t = u.totalt
    assert t.i_tid + t.sent + t.missade + t.ej_aktuella + t.kommande == len(lista)
    assert t.i_tid == 1 and t.missade > 100  # nothing else documented since 2020
    for grupper in (u.per_omrade, u.per_enhet):
        assert sum(g.forfallna + g.ej_aktuella + g.kommande for _, g in grupper) == len(lista)
    (brist,) = u.brister
    assert (brist.omrade, brist.enhet, brist.atgarder, brist.atgarder_forsenade) == (
        "Hygienrond",
        "Solgården",
        1,
        1,
    )
    hygienrond = next(p for p in u.plan if p.omrade == "Hygienrond")
    assert hygienrond.manader == (4,)
    ut = kor_till_slut(rapport.berakna_och_skriv(databas, 2026, tmp_path / "ek.pdf", IDAG))
    text = "\n".join(sida.extract_text() for sida in PdfReader(ut).pages)
    assert "Egenkontroller 2026" in text and "Årshjul" in text and "Solgården" in text
    for hemligt in (HEMLIG_KOMMENTAR, HEMLIG_ATGARD, "Provnamnsson"):
        assert hemligt not in text
