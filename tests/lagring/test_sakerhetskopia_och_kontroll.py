"""Backups in the storage layer: written verified, found by salt, rotated 7/4/12; and the
three-step check."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from skrivbord import fel
from skrivbord.lagring import databas as lagring
from skrivbord.lagring import fil, kontroll, sakerhetskopia
from skrivbord.lagring.sakerhetskopia import Kopia, Rotation


def test_kopian_ar_krypterad_kontrollerad_och_har_samma_salt(
    databas: lagring.Databas, tmp_path: Path
) -> None:
    mapp = tmp_path / "kopior"
    kopia = sakerhetskopia.skapa(databas, mapp, orsak="manuell")
    assert kopia.parent == mapp and kopia.name.startswith("test_") and kopia.suffix == ".db"
    data = kopia.read_bytes()
    assert not data.startswith(b"SQLite format 3") and b"Testkommun" not in data
    assert data[:16] == databas.sokvag.read_bytes()[:16]  # same keyring entry
    assert sakerhetskopia.kontrollera(databas.med_samma_nyckel(kopia)) == []
    assert sorted(p.name for p in mapp.iterdir()) == [kopia.name]  # no temp or -wal left
    assert kopia.stat().st_mode & 0o777 == 0o600


def test_en_kopia_som_inte_klarar_kontrollen_far_inget_namn(
    databas: lagring.Databas, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kontroll, "kontrollera", lambda _db: ["Databaskontroll: prov"])
    mapp = tmp_path / "kopior"
    with pytest.raises(fel.KopianSkadad, match="prov"):
        sakerhetskopia.skapa(databas, mapp)
    assert list(mapp.iterdir()) == []


def test_vald_mapp_som_saknas_ger_svenskt_fel(databas: lagring.Databas, tmp_path: Path) -> None:
    with pytest.raises(fel.KopiemappSaknas, match="Anslut minnet"):
        sakerhetskopia.skapa(databas, tmp_path / "usb-borta" / "test")


def test_kopior_hittas_pa_saltet_inte_pa_namnet(databas: lagring.Databas, tmp_path: Path) -> None:
    mapp = tmp_path / "kopior"
    egen = sakerhetskopia.skapa(databas, mapp, orsak="manuell")
    # Another database's copy with the same file name, and files that are no backups.
    (mapp / "test_2020-01-01_000000_manuell.db").write_bytes(b"\x01" * 4096)
    (mapp / "test_anteckning.txt").write_text("x")
    (mapp / "test_2020-01-02_000000_manuell.db.skrivs").write_bytes(b"x")
    assert [k.sokvag for k in sakerhetskopia.kopior(mapp, databas.sokvag)] == [egen]
    # Without a readable salt (the database is gone) the name decides.
    saknas = tmp_path / "borta" / "test.db"
    assert len(sakerhetskopia.kopior(mapp, saknas)) == 2


def _kopia(tid: datetime, orsak: str = "stangning") -> Kopia:
    return Kopia(Path(f"test_{tid:%Y-%m-%d_%H%M%S}_{orsak}.db"), tid, orsak, 4096)


def test_rotationen_behaller_7_dagar_4_veckor_12_manader() -> None:
    start = datetime(2026, 12, 2, 17, 0)
    # Two copies a day for 500 days.
    alla = [_kopia(start - timedelta(hours=12 * i)) for i in range(1000)]
    behall = sakerhetskopia.att_behalla(alla, Rotation())
    kvar = sorted((k for k in alla if k.sokvag in behall), key=lambda k: k.tid, reverse=True)
    dagar = {k.tid.date() for k in kvar}
    # The newest of each of the last 7 days …
    for i in range(7):
        assert (start - timedelta(days=i)).date() in dagar
    assert kvar[0] == alla[0]
    # … of each of the last 4 ISO weeks and 12 months, and nothing else.
    veckor = {k.tid.isocalendar()[:2] for k in kvar}
    manader = {(k.tid.year, k.tid.month) for k in kvar}
    assert len(veckor) >= 4 and len(manader) == 12
    assert len(kvar) <= 7 + 4 + 12
    assert min(k.tid for k in kvar) >= datetime(2025, 12, 1)
    # Each kept copy is the newest of its day.
    for k in kvar:
        assert k == max((a for a in alla if a.tid.date() == k.tid.date()), key=lambda a: a.tid)


def test_rotationen_haller_kopior_fore_uppgradering_och_den_nyaste() -> None:
    nu = datetime(2026, 12, 2, 12, 0)
    alla = [_kopia(nu - timedelta(days=400 + i), "fore-uppgradering") for i in range(4)]
    alla.append(_kopia(nu))
    behall = sakerhetskopia.att_behalla(alla, Rotation(1, 0, 0))
    assert behall == {alla[-1].sokvag, alla[0].sokvag, alla[1].sokvag}


def test_rotera_tar_bort_pa_disken(databas: lagring.Databas, tmp_path: Path) -> None:
    mapp = tmp_path / "kopior"
    forsta = sakerhetskopia.skapa(databas, mapp, nu=datetime(2026, 1, 1, 8, 0))
    salt = databas.sokvag.read_bytes()[:16]
    for dag in range(2, 12):
        (mapp / f"test_2026-01-{dag:02d}_080000_stangning.db").write_bytes(
            salt + forsta.read_bytes()[16:]
        )
    sakerhetskopia.rotera(mapp, databas.sokvag, Rotation(3, 0, 0))
    assert sorted(k.tid.day for k in sakerhetskopia.kopior(mapp, databas.sokvag)) == [9, 10, 11]


def test_kontroll_hittar_inget_i_hel_fil(databas: lagring.Databas) -> None:
    assert kontroll.kontrollera(databas) == []


def test_kontroll_hittar_manipulerad_sida(databas: lagring.Databas, nyckelring) -> None:
    # Enough rows for several pages, then flip bytes in the middle of page 3.
    with databas.engine.begin() as anslutning:
        for i in range(300):
            anslutning.exec_driver_sql(
                "INSERT INTO enhet (namn, typ, aktiv, skapad, andrad) "
                "VALUES (?, 'sabo', 1, '2025-01-01', '2025-01-01')",
                (f"Enhet {i:03d} " + "y" * 60,),
            )
    databas.stang()
    data = bytearray(databas.sokvag.read_bytes())
    assert len(data) > 4 * 4096
    data[2 * 4096 + 1000 : 2 * 4096 + 1010] = bytes(10)
    databas.sokvag.write_bytes(bytes(data))
    with fil.oppna(databas.sokvag, bytes.fromhex(databas._nyckel_hex)) as oppnad:
        problem = kontroll.kontrollera(oppnad)
    assert problem and problem[0].startswith("Krypteringskontroll")
