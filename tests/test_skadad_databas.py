"""A damaged encrypted file, as the commands and the services meet it (issue 13).

A small real database gets 64 bytes flipped in one page with plain file I/O (page 1
holds SQLCipher's salt; page 2 holds the first tables, a middle page some rows).
Every command then stops with the Swedish "skadad" message, without a traceback, and
writes nothing to the file; ``kontroll`` reports what it found, step by step.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from skrivbord import cli, fel
from skrivbord.lagring import kontroll, skadad
from skrivbord.tjanster import databasfil, enheter

SIDA = 4096


def _bygg(ny_databas) -> Path:
    """The test database with enough rows for many pages, closed (lock released)."""
    with ny_databas.databas.engine.begin() as anslutning:
        for i in range(300):
            anslutning.exec_driver_sql(
                "INSERT INTO enhet (namn, typ, aktiv, skapad, andrad) "
                "VALUES (?, 'sabo', 1, '2025-01-01', '2025-01-01')",
                (f"Provenhet {i:03d} " + "y" * 60,),
            )
    sokvag = ny_databas.databas.sokvag
    ny_databas.stang()
    assert sokvag.stat().st_size > 20 * SIDA
    return sokvag


def _vand(sokvag: Path, sida: int) -> int:
    """Flip 64 bytes in page ``sida`` (1-based); ``0`` picks a page among the rows
    ``_bygg`` inserted last (the middle of the file may hold a page of the schema, which
    grows with every migration, and then no step can even read the file)."""
    data = bytearray(sokvag.read_bytes())
    if sida == 0:
        sida = len(data) // SIDA - 3
    start = (sida - 1) * SIDA + 1000
    data[start : start + 64] = bytes(b ^ 0xFF for b in data[start : start + 64])
    sokvag.write_bytes(bytes(data))
    return sida


def _hash(sokvag: Path) -> str:
    return hashlib.sha256(sokvag.read_bytes()).hexdigest()


@pytest.fixture
def importfil(tmp_path: Path) -> Path:
    fil = tmp_path / "nya.csv"
    fil.write_text(
        "Händelsedatum;Enhet;Kategori;Beskrivning\n2025-03-01;Solgården;Fall;Föll i hallen\n",
        encoding="utf-8",
    )
    return fil


def _kor(capsys, *argument: str) -> tuple[int, str, str]:
    kod = cli.main(list(argument))
    utdata = capsys.readouterr()
    return kod, utdata.out, utdata.err


def _rapporten_vagras(capsys, sokvag: Path, tmp_path: Path) -> None:
    """`rapport sammanstallning` on the damaged file: the message, and no PDF."""
    pdf = tmp_path / "rapport.pdf"
    kod, _, err = _kor(
        capsys,
        "rapport",
        "sammanstallning",
        "--databas",
        str(sokvag),
        "--period",
        "2025",
        "--ut",
        str(pdf),
    )
    assert kod == 1 and "är skadad" in err and not pdf.exists()


@pytest.mark.parametrize("sida", [2, 0], ids=["sida2", "mitten"])
def test_kontroll_rapporterar_och_markerar(ny_databas, capsys, sida) -> None:
    sokvag = _bygg(ny_databas)
    vald = _vand(sokvag, sida)
    fore = _hash(sokvag)
    kod, _, err = _kor(capsys, "kontroll", "--databas", str(sokvag))
    assert kod == 1 and "Traceback" not in err
    assert f"Krypteringskontroll: sidan {vald} har fel signatur" in err
    assert err.index("Krypteringskontroll") < err.index("SQLite:s integritetskontroll")
    assert skadad.markerad(sokvag)
    assert _hash(sokvag) == fore


@pytest.mark.parametrize("sida", [2, 0], ids=["sida2", "mitten"])
def test_kommandona_vagrar_efter_kontrollen_och_skriver_inget(
    ny_databas, capsys, importfil: Path, tmp_path: Path, sida
) -> None:
    sokvag = _bygg(ny_databas)
    _vand(sokvag, sida)
    assert _kor(capsys, "kontroll", "--databas", str(sokvag))[0] == 1
    fore = _hash(sokvag)
    kod, out, err = _kor(capsys, "import", "avvikelser", "--databas", str(sokvag), str(importfil))
    assert kod == 1 and "är skadad" in err and "Traceback" not in err
    assert "importerades" not in out
    _rapporten_vagras(capsys, sokvag, tmp_path)
    assert _hash(sokvag) == fore


def test_sida2_stoppar_kommandona_aven_utan_kontroll(
    ny_databas, capsys, importfil: Path, tmp_path: Path
) -> None:
    sokvag = _bygg(ny_databas)
    _vand(sokvag, 2)
    fore = _hash(sokvag)
    kod, out, err = _kor(capsys, "import", "avvikelser", "--databas", str(sokvag), str(importfil))
    assert kod == 1 and "är skadad" in err and "Traceback" not in err
    assert _hash(sokvag) == fore
    assert skadad.markerad(sokvag)  # met while opening: marked like a failed check
    _rapporten_vagras(capsys, sokvag, tmp_path)


def test_tjansten_ger_det_typade_felet_for_gui(ny_databas) -> None:
    """The GUI shows a SkrivbordFel in a message box; anything else is a crash dialog."""
    sokvag = _bygg(ny_databas)
    _vand(sokvag, 2)
    with pytest.raises(fel.SkadadDatabas) as fangat:
        databasfil.oppna_genast(sokvag)
    assert "Återställ den senaste säkerhetskopian" in fangat.value.meddelande


def test_en_skadad_sida_under_arbetet_stoppar_skrivningar(ny_databas) -> None:
    """The GUI meets the page while the file is open: a typed error (the message box),
    the file marked, and no more writes in this session."""
    sokvag = _bygg(ny_databas)
    with databasfil.oppna_genast(sokvag) as oppen:
        with oppen.databas.ra_anslutning() as anslutning:
            (rot,) = anslutning.execute(
                "SELECT rootpage FROM sqlite_master WHERE name = 'enhet'"
            ).fetchone()
        oppen.databas.stang()  # no page left in a cache
        _vand(sokvag, rot)
        with pytest.raises(fel.SkadadDatabas):
            enheter.lista(oppen.databas)
        assert oppen.databas.skadad and skadad.markerad(sokvag)
        fore = _hash(sokvag)
        # Read-only now: a write is refused.
        with pytest.raises(fel.SkadadDatabas), oppen.databas.session() as session:
            session.connection().exec_driver_sql(
                "INSERT INTO databasinfo (nyckel, varde) VALUES ('x', 'y')"
            )
    assert _hash(sokvag) == fore


def test_markeringen_forsvinner_nar_kontrollen_godkanner_eller_filen_byts(
    ny_databas, capsys, tmp_path: Path
) -> None:
    sokvag = _bygg(ny_databas)
    hel = sokvag.read_bytes()
    skadad.markera(sokvag, "prov")
    with pytest.raises(fel.SkadadDatabas):
        databasfil.oppna_genast(sokvag)
    kod, out, _ = _kor(capsys, "kontroll", "--databas", str(sokvag))
    assert kod == 0 and "är hel" in out and not skadad.markerad(sokvag)

    _vand(sokvag, 0)
    assert _kor(capsys, "kontroll", "--databas", str(sokvag))[0] == 1
    # A backup put back (here: the whole file as it was) is a different file.
    kopia = tmp_path / "kopia.db"
    kopia.write_bytes(hel)
    kopia.replace(sokvag)
    assert not skadad.markerad(sokvag) and not skadad.markfil_for(sokvag).exists()
    databasfil.oppna_genast(sokvag).stang()


def test_ett_steg_som_inte_kan_koras_rapporteras_och_nasta_kors(
    databas, monkeypatch: pytest.MonkeyPatch
) -> None:
    def minnet_tar_slut(_anslutning: object) -> list[str]:
        raise MemoryError

    monkeypatch.setattr(kontroll, "_integriteten", minnet_tar_slut)
    anrop: list[str] = []
    monkeypatch.setattr(
        kontroll, "_nycklarna", lambda _a: anrop.append("nycklar") or ["Rad 1 i x pekar …"]
    )
    problem = kontroll.kontrollera(databas)
    assert problem[0].startswith("SQLite:s integritetskontroll kunde inte köras: minnet")
    assert anrop == ["nycklar"] and problem[1] == "Rad 1 i x pekar …"
