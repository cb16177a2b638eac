"""The encrypted file at the storage level: what is on disk, wrong keys, bad files,
atomic creation, locked and full files. The order of lock, keyring and migration is
tested with the service (tests/tjanster/test_databasfil.py)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from skrivbord import fel
from skrivbord.jobb import kor_till_slut
from skrivbord.lagring import databas as lagring
from skrivbord.lagring import fil
from skrivbord.modeller import Avvikelse, AvvikelseKategori, Enhet, Kommuninstallningar
from skrivbord.tid import nu_utc
from tests import vanlig_anvandare

SENTINEL = "SENTINEL-Fallolycka-7f3a9c"


def _lagg_till_avvikelse(databas: lagring.Databas, beskrivning: str) -> None:
    with databas.session() as session:
        enhet = session.scalars(select(Enhet)).first()
        kategori = session.scalars(select(AvvikelseKategori)).first()
        session.add(
            Avvikelse(
                handelse_tid=nu_utc(),
                rapporterad_datum=nu_utc().date(),
                enhet_id=enhet.id,
                rapportor_roll="underskoterska",
                kategori_id=kategori.id,
                beskrivning=beskrivning,
            )
        )


def _alla_filer(sokvag: Path) -> list[Path]:
    return [p for p in sokvag.parent.iterdir() if p.name.startswith(sokvag.name)]


def test_filen_och_wal_ar_krypterade(databas: lagring.Databas) -> None:
    _lagg_till_avvikelse(databas, SENTINEL)
    # While open, the change may sit in the -wal file: check every file beside it.
    filer = _alla_filer(databas.sokvag)
    assert any(p.name.endswith("-wal") for p in filer)
    for bredvid in filer:
        innehall = bredvid.read_bytes()
        assert b"SQLite format 3" not in innehall, bredvid
        assert SENTINEL.encode() not in innehall, bredvid
        assert b"Testkommun" not in innehall, bredvid
    databas.stang()
    innehall = databas.sokvag.read_bytes()
    assert SENTINEL.encode() not in innehall
    # And it really is there, behind the key.
    with fil.oppna(databas.sokvag, _nyckel(databas)) as oppnad, oppnad.session() as s:
        assert s.scalar(select(Avvikelse.beskrivning)) == SENTINEL


def _nyckel(databas: lagring.Databas) -> bytes:
    return bytes.fromhex(databas._nyckel_hex)


def test_plain_sqlite_kan_inte_lasa_filen(databas: lagring.Databas) -> None:
    databas.stang()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(databas.sokvag).execute("SELECT * FROM sqlite_master").fetchall()


def test_fel_nyckel_ger_eget_fel(databas: lagring.Databas) -> None:
    databas.stang()
    with pytest.raises(fel.FelNyckel) as info:
        fil.oppna(databas.sokvag, os.urandom(32))
    assert "nyckeln stämmer inte" in info.value.meddelande


def test_fel_nyckel_skriver_inget_pa_stderr(
    databas: lagring.Databas, capfd: pytest.CaptureFixture[str]
) -> None:
    databas.stang()
    with pytest.raises(fel.FelNyckel):
        fil.oppna(databas.sokvag, os.urandom(32))
    assert capfd.readouterr().err == ""


def test_filer_som_inte_ar_databaser(tmp_path: Path) -> None:
    tom = tmp_path / "tom.db"
    tom.write_bytes(b"")
    with pytest.raises(fel.InteEnSkrivbordsdatabas, match="tom"):
        lagring.lasa_salt(tom)
    klartext = tmp_path / "klartext.db"
    sqlite3.connect(klartext).execute("CREATE TABLE t(x)").connection.commit()
    with pytest.raises(fel.InteEnSkrivbordsdatabas, match="okrypterad"):
        lagring.lasa_salt(klartext)
    pdf = tmp_path / "rapport.db"
    pdf.write_bytes(b"%PDF-1.4\n" + b"x" * 3000)
    with pytest.raises(fel.InteEnSkrivbordsdatabas):
        lagring.lasa_salt(pdf)
    with pytest.raises(fel.DatabasSaknas):
        lagring.lasa_salt(tmp_path / "finns-inte.db")
    with pytest.raises(fel.MappSaknas):
        lagring.lasa_salt(tmp_path / "saknad-mapp" / "x.db")


def test_annan_sqlcipher_databas_ar_inte_var(tmp_path: Path) -> None:
    import sqlcipher3.dbapi2 as sqlcipher

    nyckel = os.urandom(32)
    frammande = tmp_path / "frammande.db"
    anslutning = sqlcipher.connect(frammande)
    anslutning.execute(f"PRAGMA key = \"x'{nyckel.hex()}'\"")
    anslutning.execute("CREATE TABLE annat(x)")
    anslutning.commit()
    anslutning.close()
    with pytest.raises(fel.InteEnSkrivbordsdatabas, match="saknar Skrivbords tabeller"):
        fil.oppna(frammande, nyckel)


def test_skapa_skriver_aldrig_over(databas: lagring.Databas) -> None:
    fore = databas.sokvag.read_bytes()
    with pytest.raises(fel.DatabasFinnsRedan):
        kor_till_slut(fil.skapa_stegvis(databas.sokvag))
    assert databas.sokvag.read_bytes() == fore


def test_misslyckad_skapning_lamnar_inget_efter_sig(tmp_path: Path) -> None:
    def fyll(session) -> None:
        session.add(Kommuninstallningar(namn="X", kommunkod="1234"))
        raise RuntimeError("avbrott mitt i")

    with pytest.raises(RuntimeError):
        kor_till_slut(fil.skapa_stegvis(tmp_path / "ny.db", fyll))
    assert list(tmp_path.iterdir()) == []


def test_skrivskyddad_mapp(tmp_path: Path) -> None:
    # Root writes anywhere: the step runs as nobody then (tests/vanlig_anvandare.py).
    with vanlig_anvandare.delad_mapp(tmp_path) as delad:
        mapp, skrivbar = delad / "skrivskyddad", delad / "skrivbar"
        mapp.mkdir()
        skrivbar.mkdir()
        mapp.chmod(0o555)  # read and enter, not write: for its owner and for everyone else
        skrivbar.chmod(0o777)  # the same step succeeds where it may write
        svar, kontroll = vanlig_anvandare.kor(
            {"gor": "skapa", "sokvag": str(mapp / "ny.db")},
            {"gor": "skapa", "sokvag": str(skrivbar / "ny.db")},
        )
        assert list(mapp.iterdir()) == []
        assert [p.name for p in skrivbar.iterdir()] == ["ny.db"]
    assert svar == {
        "fel": "SkrivskyddadDatabas",
        "meddelande": fel.SkrivskyddadDatabas(mapp / "ny.db").meddelande,
    }
    assert "ny.db eller dess mapp är skrivskyddad" in svar["meddelande"]
    assert kontroll == {"fel": None, "meddelande": None}


def test_mapp_utan_atkomst(tmp_path: Path) -> None:
    with vanlig_anvandare.delad_mapp(tmp_path) as delad:
        mapp = delad / "stangd"
        mapp.mkdir()
        mapp.chmod(0o000)  # neither read, enter nor write
        svar = vanlig_anvandare.kor(
            {"gor": "skapa", "sokvag": str(mapp / "ny.db")},
            {"gor": "skapa_via_tjansten", "sokvag": str(mapp / "ny.db")},
        )
    assert [s["fel"] for s in svar] == ["SkrivskyddadDatabas", "SkrivskyddadDatabas"]


def test_last_databas_ger_eget_fel(databas: lagring.Databas, monkeypatch) -> None:
    monkeypatch.setattr(lagring, "VANTETID_LAS_S", 0.1)
    annan = lagring.Databas(databas.sokvag, bytes.fromhex(databas._nyckel_hex))
    with annan.ra_anslutning() as anslutning:
        anslutning.execute("BEGIN EXCLUSIVE")
        try:
            with pytest.raises(fel.DatabasLast), databas.session() as session:
                session.add(Kommuninstallningar(id=2, namn="Y", kommunkod="1111"))
        finally:
            anslutning.execute("ROLLBACK")
    annan.stang()


def test_full_disk_oversatts_och_inget_skrivs(databas: lagring.Databas) -> None:
    # Cap the file at its current size: the next growth fails like a full disk.
    with databas.ra_anslutning() as anslutning:
        sidor = anslutning.execute("PRAGMA page_count").fetchone()[0]
    with databas.engine.connect() as anslutning:
        anslutning.exec_driver_sql(f"PRAGMA max_page_count = {sidor}")
        anslutning.commit()
    databas.engine.pool.dispose()  # the limit is per connection: keep only limited ones

    def begransad_koppling(original=databas._koppla):
        anslutning = original()
        anslutning.execute(f"PRAGMA max_page_count = {sidor}")
        return anslutning

    databas._koppla = begransad_koppling  # type: ignore[method-assign]
    databas.engine.pool._creator = lambda *_: begransad_koppling()
    with pytest.raises(fel.DiskenFull), databas.session() as session:
        for i in range(2000):
            session.add(
                Enhet(namn=f"Enhet {i} " + "x" * 100, typ="sabo")  # type: ignore[arg-type]
            )
    with databas.session() as session:
        assert session.scalar(text("SELECT count(*) FROM enhet WHERE namn LIKE 'Enhet %'")) == 0


def test_temp_store_ar_minne(databas: lagring.Databas) -> None:
    with databas.ra_anslutning() as anslutning:
        assert anslutning.execute("PRAGMA temp_store").fetchone()[0] == 2
        assert anslutning.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_skrivskyddad_fil_stoppas_vid_oppning(databas: lagring.Databas, tmp_path: Path) -> None:
    """A read-only file, and a writable file in a read-only folder, are refused before
    anything is opened (run as nobody when the tests run as root)."""
    databas.stang()
    with vanlig_anvandare.delad_mapp(tmp_path) as delad:
        fall = {
            "skrivskyddad_fil": (0o444, 0o777),
            "skrivskyddad_mapp": (0o666, 0o555),
            "skrivbar": (0o666, 0o777),  # the same step opens it where it may write
        }
        for namn, (fillage, mapplage) in fall.items():
            (delad / namn).mkdir()
            shutil.copyfile(databas.sokvag, delad / namn / "kopia.db")
            (delad / namn / "kopia.db").chmod(fillage)
            (delad / namn).chmod(mapplage)
        svar = vanlig_anvandare.kor(
            *(
                {
                    "gor": "oppna",
                    "sokvag": str(delad / n / "kopia.db"),
                    "nyckel": databas._nyckel_hex,
                }
                for n in fall
            )
        )
        for namn in ("skrivskyddad_fil", "skrivskyddad_mapp"):  # nothing opened or written
            assert [p.name for p in (delad / namn).iterdir()] == ["kopia.db"]
            assert (delad / namn / "kopia.db").read_bytes() == databas.sokvag.read_bytes()
    vagrad = {
        "fel": "SkrivskyddadDatabas",
        "meddelande": fel.SkrivskyddadDatabas(Path("kopia.db")).meddelande,
    }
    assert svar == [vagrad, vagrad, {"fel": None, "meddelande": None}]
