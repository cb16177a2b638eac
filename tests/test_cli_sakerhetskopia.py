"""`skrivbord sakerhetskopia` and `skrivbord aterstall` (issue 13): verified backups,
restore that keeps the replaced file aside, a truncated or bit-flipped backup refused,
a backup opened on another computer with the recovery key."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from skrivbord import cli, fel
from skrivbord.jobb import kor_till_slut
from skrivbord.lagring import skadad
from skrivbord.lagring.databas import lasa_salt
from skrivbord.lagring.instanslas import Instanslas
from skrivbord.tjanster import aterstallning, databasfil, enheter, sakerhetskopior


def _kor(capsys, *argument: str) -> tuple[int, str, str]:
    kod = cli.main([str(a) for a in argument])
    utdata = capsys.readouterr()
    return kod, utdata.out, utdata.err


def _hash(sokvag: Path) -> str:
    return hashlib.sha256(sokvag.read_bytes()).hexdigest()


def _enheter(sokvag: Path) -> list[str]:
    with databasfil.oppna_genast(sokvag) as oppen:
        return sorted(e.namn for e in enheter.lista(oppen.databas))


@pytest.fixture
def stangd(ny_databas) -> Path:
    ny_databas.stang()
    return ny_databas.databas.sokvag


def _ny_enhet(sokvag: Path, namn: str) -> None:
    with databasfil.oppna_genast(sokvag) as oppen, oppen.databas.ra_anslutning() as a:
        a.execute(
            "INSERT INTO enhet (namn, typ, aktiv, skapad, andrad) "
            "VALUES (?, 'sabo', 1, '2025-01-01', '2025-01-01')",
            (namn,),
        )


def test_sakerhetskopia_till_fil_och_till_mappen(capsys, stangd: Path, tmp_path: Path) -> None:
    ut = tmp_path / "kopia.db"
    fore = _hash(stangd)
    kod, out, _ = _kor(capsys, "sakerhetskopia", "--databas", stangd, "--ut", ut)
    assert kod == 0 and "kontrollerad" in out
    assert ut.read_bytes()[:16] == stangd.read_bytes()[:16] and _hash(stangd) == fore
    assert ut.stat().st_mode & 0o777 == 0o600
    # Never overwritten.
    kod, _, err = _kor(capsys, "sakerhetskopia", "--databas", stangd, "--ut", ut)
    assert kod == 1 and "skrivs inte över" in err
    kod, _, _ = _kor(capsys, "sakerhetskopia", "--databas", stangd)
    assert kod == 0 and len(sakerhetskopior.kopior(stangd)) == 1
    with pytest.raises(SystemExit) as slut:  # --databas is required: a wrong argument
        cli.main(["sakerhetskopia", "--ut", str(ut)])
    assert slut.value.code == 2


def test_sakerhetskopia_vagras_nar_filen_anvands(capsys, ny_databas, tmp_path: Path) -> None:
    kod, _, err = _kor(
        capsys, "sakerhetskopia", "--databas", ny_databas.databas.sokvag, "--ut", tmp_path / "k.db"
    )
    assert kod == 1 and "används just nu" in err and not (tmp_path / "k.db").exists()


def test_aterstall_kraver_ersatt_och_lagger_undan_den_gamla(
    capsys, stangd: Path, tmp_path: Path
) -> None:
    kopia = tmp_path / "kopia.db"
    assert _kor(capsys, "sakerhetskopia", "--databas", stangd, "--ut", kopia)[0] == 0
    _ny_enhet(stangd, "Efter kopian")
    efter = _hash(stangd)

    kod, _, err = _kor(capsys, "aterstall", "--fran", kopia, "--databas", stangd)
    assert kod == 1 and "--ersatt" in err and _hash(stangd) == efter

    kod, out, err = _kor(capsys, "aterstall", "--fran", kopia, "--databas", stangd, "--ersatt")
    assert kod == 0, err
    (undan,) = stangd.parent.glob("test.ersatt-*.db")
    assert str(undan) in out and _hash(undan) == efter  # the replaced file, kept whole
    assert _hash(stangd) == _hash(kopia)
    assert "Efter kopian" not in _enheter(stangd) and "Efter kopian" in _enheter(undan)
    assert not list(stangd.parent.glob(".*.skapas*"))
    assert not Instanslas(stangd).sokvag.exists()


def test_aterstall_till_ny_plats_pa_en_annan_dator_med_aterstallningsnyckeln(
    capsys, ny_databas, nyckelring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nyckel = ny_databas.aterstallningsnyckel
    ny_databas.stang()
    sokvag = ny_databas.databas.sokvag
    kopia = tmp_path / "kopia.db"
    assert _kor(capsys, "sakerhetskopia", "--databas", sokvag, "--ut", kopia)[0] == 0
    nyckelring.ta_bort(lasa_salt(sokvag))  # another computer: no key in its keyring
    annan = tmp_path / "annan_dator"
    annan.mkdir()
    mal = annan / "aterstalld.db"
    kod, _, err = _kor(capsys, "aterstall", "--fran", kopia, "--databas", mal)
    assert kod == 1 and "återställningsnyckel" in err and not mal.exists()
    monkeypatch.setenv(cli.NYCKEL_MILJOVARIABEL, nyckel)
    kod, _, err = _kor(capsys, "aterstall", "--fran", kopia, "--databas", mal)
    assert kod == 0, err
    monkeypatch.delenv(cli.NYCKEL_MILJOVARIABEL)
    assert "Solgården" in _enheter(mal)  # the key is in this computer's keyring now


def _vand(sokvag: Path, offset: int) -> None:
    data = bytearray(sokvag.read_bytes())
    data[offset : offset + 64] = bytes(b ^ 0xFF for b in data[offset : offset + 64])
    sokvag.write_bytes(bytes(data))


@pytest.mark.parametrize("skada", ["avkortad", "avkortad_pa_sida", "vand"])
def test_skadad_kopia_vagras_och_databasen_ar_orord(
    capsys, stangd: Path, tmp_path: Path, skada: str
) -> None:
    kopia = tmp_path / "kopia.db"
    assert _kor(capsys, "sakerhetskopia", "--databas", stangd, "--ut", kopia)[0] == 0
    data = kopia.read_bytes()
    if skada == "avkortad":
        kopia.write_bytes(data[: len(data) // 2 + 100])
    elif skada == "avkortad_pa_sida":
        kopia.write_bytes(data[: (len(data) // 4096 // 2) * 4096])
    else:
        _vand(kopia, len(data) // 2)
    fore = _hash(stangd)
    kod, _, err = _kor(capsys, "aterstall", "--fran", kopia, "--databas", stangd, "--ersatt")
    assert kod == 1 and "Traceback" not in err
    assert "skadad" in err or "ingen Skrivbord-databas" in err
    assert _hash(stangd) == fore and not list(stangd.parent.glob("test.ersatt-*"))


def test_skadad_databas_far_den_nyaste_hela_kopian(stangd: Path, tmp_path: Path) -> None:
    """The GUI's path: a damaged database, the newest copy damaged too; the newest whole
    copy is found, put back, and the damaged file kept aside with its mark."""
    from datetime import datetime

    from skrivbord.lagring import sakerhetskopia
    from skrivbord.lagring.databas import Databas

    nyckel = databasfil.nyckel_for(stangd, None)
    mapp = sakerhetskopior.kopiemapp(stangd)
    with Databas(stangd, nyckel) as databas:
        aldre = sakerhetskopia.skapa(databas, mapp, nu=datetime(2026, 11, 1, 9, 0))
        nyare = sakerhetskopia.skapa(databas, mapp, nu=datetime(2026, 11, 2, 9, 0))
    _vand(nyare, nyare.stat().st_size // 2)
    skadad.markera(stangd, "prov")
    with pytest.raises(fel.SkadadDatabas):
        databasfil.oppna_genast(stangd)

    hel = kor_till_slut(aterstallning.hitta_hel_kopia(stangd))
    assert hel.sokvag == aldre
    klar = kor_till_slut(aterstallning.aterstall(hel.sokvag, stangd, ersatt=True))
    assert klar.undanlagd is not None and skadad.markerad(klar.undanlagd)
    assert not skadad.markerad(stangd)
    assert "Solgården" in _enheter(stangd)


def test_ingen_hel_kopia_ger_tydligt_fel(stangd: Path) -> None:
    with pytest.raises(fel.IngenHelKopia, match="Ingen hel säkerhetskopia"):
        kor_till_slut(aterstallning.hitta_hel_kopia(stangd))


def test_aterstall_vagras_medan_fonstret_har_filen(ny_databas, tmp_path: Path) -> None:
    kopia = tmp_path / "kopia.db"
    kor_till_slut(databasfil.sakerhetskopiera(ny_databas.oppen))
    (kopia,) = sakerhetskopior.kopior(ny_databas.databas.sokvag)
    with pytest.raises(fel.DatabasLast):
        kor_till_slut(aterstallning.aterstall(kopia.sokvag, ny_databas.databas.sokvag, ersatt=True))
