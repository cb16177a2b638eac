"""Restoring from the GUI (issue 13): a damaged database offers the newest whole backup;
Arkiv → Återställ från säkerhetskopia does the same for the open database. The replaced
file is kept aside, and the restored one is opened."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from skrivbord.jobb import kor_till_slut
from skrivbord.lagring import skadad
from skrivbord.tjanster import databasfil, enheter, sakerhetskopior
from skrivbord.ui import databasval


@pytest.fixture
def svara(monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    """Message boxes answered by clicking the button named next in ``svar``; the texts
    seen are in ``sett``."""
    svar: list[str] = []
    sett: list[str] = []

    def exec_(ruta: QMessageBox) -> int:
        sett.append(f"{ruta.text()}\n{ruta.detailedText()}")
        onskad = svar.pop(0)
        (knapp,) = [k for k in ruta.buttons() if k.text() == onskad]
        knapp.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return svar, sett


def _med_kopia(ny_databas) -> tuple[Path, Path]:
    kopia = kor_till_slut(databasfil.sakerhetskopiera(ny_databas.oppen))
    with ny_databas.databas.ra_anslutning() as anslutning:
        anslutning.execute(
            "INSERT INTO enhet (namn, typ, aktiv, skapad, andrad) "
            "VALUES ('Efter kopian', 'sabo', 1, '2025-01-01', '2025-01-01')"
        )
    ny_databas.stang()
    return ny_databas.databas.sokvag, kopia


def test_skadad_databas_erbjuder_den_senaste_hela_kopian(qtbot, ny_databas, svara) -> None:
    svar, sett = svara
    sokvag, kopia = _med_kopia(ny_databas)
    skadad.markera(sokvag, "prov")
    svar.extend(["Återställ säkerhetskopia …", "Återställ"])
    oppnade: list = []
    databasval.oppna(None, sokvag, oppnade.append)
    assert "är skadad" in sett[0]
    assert kopia.name in sett[1] and "kontrollerad" in sett[1]
    (oppen,) = oppnade
    assert oppen is not None
    try:
        assert "Efter kopian" not in [e.namn for e in enheter.lista(oppen.databas)]
    finally:
        oppen.stang()
    (undan,) = sokvag.parent.glob("test.ersatt-*.db")
    assert skadad.markerad(undan) and not skadad.markerad(sokvag)


def test_skadad_databas_stang_andrar_ingenting(qtbot, ny_databas, svara) -> None:
    svar, _ = svara
    sokvag, _ = _med_kopia(ny_databas)
    skadad.markera(sokvag, "prov")
    svar.append("Stäng")
    oppnade: list = []
    databasval.oppna(None, sokvag, oppnade.append)
    assert oppnade == [None] and skadad.markerad(sokvag)
    assert not list(sokvag.parent.glob("test.ersatt-*"))


def test_utan_hel_kopia_sags_det_och_en_fil_kan_valjas(
    qtbot, ny_databas, svara, monkeypatch, tmp_path
) -> None:
    svar, sett = svara
    sokvag, kopia = _med_kopia(ny_databas)
    usb = tmp_path / "usb"
    usb.mkdir()
    flyttad = usb / kopia.name
    kopia.rename(flyttad)  # the copy is on a stick, not in the backup folder
    skadad.markera(sokvag, "prov")
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *_a, **_k: (str(flyttad), "")
    )
    svar.extend(["Återställ säkerhetskopia …", "Välj en kopia …"])
    oppnade: list = []
    databasval.oppna(None, sokvag, oppnade.append)
    assert "Ingen hel säkerhetskopia" in sett[1]
    (oppen,) = oppnade
    assert oppen is not None
    oppen.stang()


def test_aterstall_fran_menyn(fonster, svara) -> None:
    svar, sett = svara
    sokvag = fonster.oppen.sokvag
    fonster.sakerhetskopiera()
    with fonster.oppen.databas.ra_anslutning() as anslutning:
        anslutning.execute(
            "INSERT INTO enhet (namn, typ, aktiv, skapad, andrad) "
            "VALUES ('Efter kopian', 'sabo', 1, '2025-01-01', '2025-01-01')"
        )
    assert fonster.aterstall_atgard.isEnabled()
    svar.append("Avbryt")
    fonster.aterstall_kopia()
    assert fonster.oppen is not None and not list(sokvag.parent.glob("test.ersatt-*"))
    svar.append("Återställ")
    fonster.aterstall_kopia()
    assert fonster.oppen is not None and fonster.oppen.sokvag == sokvag
    assert "Efter kopian" not in [e.namn for e in enheter.lista(fonster.oppen.databas)]
    assert len(list(sokvag.parent.glob("test.ersatt-*.db"))) == 1
    assert len(sakerhetskopior.kopior(sokvag)) == 1


def test_avkortad_databas_erbjuder_kopian(qtbot, ny_databas, svara) -> None:
    """A database cut short mid-page (a copy stopped half-way) is ours, damaged: the same
    offer, and the cut file is kept aside."""
    svar, sett = svara
    sokvag, kopia = _med_kopia(ny_databas)
    data = sokvag.read_bytes()
    sokvag.write_bytes(data[: len(data) // 2 + 100])
    svar.extend(["Återställ säkerhetskopia …", "Återställ"])
    oppnade: list = []
    databasval.oppna(None, sokvag, oppnade.append)
    assert "avkortad" in sett[0]
    (oppen,) = oppnade
    assert oppen is not None
    oppen.stang()
    (undan,) = sokvag.parent.glob("test.ersatt-*.db")
    assert undan.stat().st_size == len(data) // 2 + 100
