"""Creating a database file: owner-only modes, and what a killed creation leaves behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from skrivbord.lagring import databas as lagring
from skrivbord.lagring import fil, sakerhetskopia
from skrivbord.lagring.instanslas import Instanslas
from skrivbord.tjanster import databasfil

POSIX = pytest.mark.skipif(os.name != "posix", reason="filrättigheter finns bara på POSIX")


def _lage(sokvag: Path) -> int:
    return stat.S_IMODE(sokvag.stat().st_mode)


@POSIX
def test_databasen_och_kopian_lases_bara_av_agaren(tmp_path: Path) -> None:
    gammal = os.umask(0o022)
    try:
        with _skapa(tmp_path) as ny:
            for sidofil in tmp_path.glob("ny.db*"):
                if not sidofil.name.endswith(".las"):
                    assert _lage(sidofil) == 0o600, sidofil.name
            kopia = sakerhetskopia.skapa(ny.databas, tmp_path)
            assert _lage(kopia) == 0o600
    finally:
        os.umask(gammal)


def _skapa(mapp: Path) -> databasfil.NyDatabas:
    from skrivbord.jobb import kor_till_slut

    return kor_till_slut(databasfil.skapa(mapp / "ny.db"))


def _overgiven(mapp: Path, namn: str) -> Path:
    tillfallig = mapp / namn
    tillfallig.write_bytes(b"\0" * 4096)
    Path(f"{tillfallig}-wal").write_bytes(b"")
    return tillfallig


def test_overgivna_filer_stadas_men_inte_en_som_skapas_just_nu(tmp_path: Path) -> None:
    gammal = _overgiven(tmp_path, ".prov.db.0badf00d.skapas")
    pagaende = _overgiven(tmp_path, ".annan.db.12345678.skapas")
    # Not the app's pattern: left alone even though nobody holds them.
    andra = [tmp_path / ".prov.db.skapas", tmp_path / "prov.db.0badf00d.skapas"]
    for annan in andra:
        annan.write_bytes(b"x")
    with Instanslas(pagaende):  # a live creator (this process, another open file)
        assert fil.stada_overgivna(tmp_path) == 2
    assert not gammal.exists() and not Path(f"{gammal}-wal").exists()
    assert not Path(f"{gammal}.las").exists()
    assert pagaende.exists() and Path(f"{pagaende}-wal").exists()
    assert all(annan.exists() for annan in andra)


def test_nasta_skapande_i_mappen_stadar(tmp_path: Path) -> None:
    gammal = _overgiven(tmp_path, ".demo.db.deadbeef.skapas")
    with _skapa(tmp_path):
        pass
    assert not gammal.exists()
    assert (tmp_path / "ny.db").exists()


def test_tjansten_stadar_de_senaste_mapparna(tmp_path: Path) -> None:
    forsta, andra = tmp_path / "a", tmp_path / "b"
    forsta.mkdir()
    andra.mkdir()
    _overgiven(forsta, ".x.db.00000001.skapas")
    _overgiven(andra, ".y.db.00000002.skapas")
    assert databasfil.stada_overgivna([forsta, andra, forsta]) == 4
    assert not list(tmp_path.rglob("*.skapas*"))


def test_kopian_har_samma_nyckel(databas: lagring.Databas, tmp_path: Path) -> None:
    kopia = sakerhetskopia.skapa(databas, tmp_path)
    with fil.oppna(kopia, bytes.fromhex(databas._nyckel_hex)) as oppnad:
        oppnad.verifiera()
