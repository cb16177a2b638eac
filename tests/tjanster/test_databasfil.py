"""The one way in to a database file (tjanster/databasfil.py): the lock order, the
keyring or the recovery key, the backup before a migration, creating, backups."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from skrivbord import fel
from skrivbord.jobb import kor_till_slut
from skrivbord.lagring import nyckelring as nyckelring_modul
from skrivbord.lagring.databas import lasa_salt
from skrivbord.lagring.instanslas import Instanslas
from skrivbord.modeller import Kommuninstallningar
from skrivbord.tjanster import databasfil, kommun
from tests import vanlig_anvandare
from tests.minnesnyckelring import MinnesNyckelring


def test_laset_tas_forst_och_slapps_vid_stangning(ny_databas) -> None:
    sokvag = ny_databas.databas.sokvag
    with pytest.raises(fel.DatabasLast):  # the fixture holds it
        databasfil.oppna_genast(sokvag)
    ny_databas.stang()
    with databasfil.oppna_genast(sokvag) as oppen:
        assert kommun.hamta(oppen.databas).namn == "Testkommun"
        with pytest.raises(fel.DatabasLast):
            Instanslas(sokvag).tag()
    Instanslas(sokvag).tag()  # free again


def test_ett_fel_slapper_laset(ny_databas, monkeypatch: pytest.MonkeyPatch) -> None:
    sokvag = ny_databas.databas.sokvag
    ny_databas.stang()

    def skadad(*_a: object) -> None:
        raise fel.SkadadDatabas(sokvag, "sidan 2")

    monkeypatch.setattr(databasfil.lagringsfil, "oppna", skadad)
    with pytest.raises(fel.SkadadDatabas):
        databasfil.oppna_genast(sokvag)
    assert not Instanslas(sokvag).sokvag.exists()


def test_forlorad_nyckelring_och_aterstallningsnyckel(ny_databas, tmp_path: Path) -> None:
    ny_databas.stang()
    nyckelring_modul.anvand(nyckelring_modul.Nyckelring(MinnesNyckelring(), "ny dator"))
    sokvag = ny_databas.databas.sokvag
    with pytest.raises(fel.NyckelSaknas) as saknas:
        databasfil.oppna_genast(sokvag)
    assert databasfil.behover_aterstallningsnyckel(saknas.value)
    with pytest.raises(fel.OgiltigAterstallningsnyckel):
        databasfil.oppna_genast(sokvag, "ABCDE-12345")
    # The file moved to another computer: the salt in the file still names the entry.
    flyttad = tmp_path / "flyttad.db"
    sokvag.rename(flyttad)
    with databasfil.oppna_genast(flyttad, ny_databas.aterstallningsnyckel) as oppen:
        assert kommun.hamta(oppen.databas) == kommun.Kommun("Testkommun", "9999")
    # The key is stored again: the next open needs no recovery key.
    databasfil.oppna_genast(flyttad).stang()


def test_utan_saker_nyckelring_sags_det_i_meddelandet(ny_databas) -> None:
    ny_databas.stang()
    nyckelring_modul.anvand(nyckelring_modul.Nyckelring.ingen())
    with pytest.raises(fel.NyckelSaknas, match="ingen säker nyckelring"):
        databasfil.oppna_genast(ny_databas.databas.sokvag)
    plats = databasfil.nyckelplats()
    assert not plats.saker and plats.kort == "bara i minnet (ingen nyckelring)"


def test_fel_nyckel_i_nyckelringen_fragar_efter_aterstallningsnyckeln(
    ny_databas, nyckelring
) -> None:
    ny_databas.stang()
    nyckelring.spara(lasa_salt(ny_databas.databas.sokvag), os.urandom(32))
    with pytest.raises(fel.FelNyckel) as felnyckel:
        databasfil.oppna_genast(ny_databas.databas.sokvag)
    assert databasfil.behover_aterstallningsnyckel(felnyckel.value)


def test_skapa_tar_laset_och_sparar_nyckeln(tmp_path: Path, nyckelring) -> None:
    sokvag = tmp_path / "ny.db"
    with kor_till_slut(databasfil.skapa(sokvag)) as ny:
        assert ny.nyckel_i_nyckelringen
        assert nyckelring.hamta(lasa_salt(sokvag)) is not None
        with pytest.raises(fel.DatabasLast):
            Instanslas(sokvag).tag()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ny.db"]


def test_misslyckad_skapning_lamnar_varken_fil_eller_las(tmp_path: Path) -> None:
    def fyll(session) -> None:
        session.add(Kommuninstallningar(namn="X", kommunkod="1234"))
        raise RuntimeError("avbrott mitt i")

    with pytest.raises(RuntimeError):
        kor_till_slut(databasfil.skapa(tmp_path / "ny.db", fyll))
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(fel.MappSaknas):
        kor_till_slut(databasfil.skapa(tmp_path / "saknas" / "ny.db"))
    assert list(tmp_path.iterdir()) == []


def test_skrivskyddad_mapp_namner_databasen(tmp_path: Path) -> None:
    with vanlig_anvandare.delad_mapp(tmp_path) as delad:  # as nobody when run as root
        mapp = delad / "skrivskyddad"
        mapp.mkdir()
        mapp.chmod(0o555)
        (svar,) = vanlig_anvandare.kor({"gor": "skapa_via_tjansten", "sokvag": str(mapp / "ny.db")})
        assert list(mapp.iterdir()) == []
    assert svar["fel"] == "SkrivskyddadDatabas"
    assert svar["meddelande"] == fel.SkrivskyddadDatabas(mapp / "ny.db").meddelande


def test_sakerhetskopia_och_en_om_dagen_vid_stangning(ny_databas) -> None:
    oppen = ny_databas.oppen
    assert databasfil.kopia_vid_stangning_behovs(oppen)
    kopia = kor_till_slut(databasfil.sakerhetskopiera(oppen, "manuell"))
    assert kopia.is_file() and "manuell" in kopia.name
    assert not databasfil.kopia_vid_stangning_behovs(oppen)
    assert databasfil.kopia_vid_stangning_behovs(
        oppen, datetime.now() + timedelta(days=1, seconds=1)
    )


def test_kontroll_av_hel_fil(ny_databas) -> None:
    assert databasfil.kontrollera(ny_databas.oppen) == []


def test_aterstallningsnyckeln_som_pdf(ny_databas, tmp_path: Path) -> None:
    ut = databasfil.spara_aterstallningsnyckel(ny_databas, "Testkommun", tmp_path / "nyckel.pdf")
    assert ut.read_bytes().startswith(b"%PDF-")
