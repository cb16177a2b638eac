from pathlib import Path

from skrivbord.lagring import databas as lagring
from skrivbord.lagring import fil, kontroll, sakerhetskopia


def test_kopior_roteras(databas: lagring.Databas, tmp_path: Path) -> None:
    mapp = tmp_path / "kopior"
    mapp.mkdir()
    for i in range(sakerhetskopia.BEHALL_ANTAL + 3):
        sakerhetskopia.skapa(databas, mapp, orsak=f"test{i:02d}")
    kvar = sakerhetskopia.kopior(mapp, databas.sokvag.stem)
    assert len(kvar) == sakerhetskopia.BEHALL_ANTAL
    assert not list(mapp.glob("*.skrivs"))


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


def test_antal_kopior_att_behalla_styrs_av_anroparen(
    databas: lagring.Databas, tmp_path: Path
) -> None:
    mapp = tmp_path / "fa"
    mapp.mkdir()
    for i in range(5):
        sakerhetskopia.skapa(databas, mapp, orsak=f"k{i}", behall=3)
    assert len(sakerhetskopia.kopior(mapp, databas.sokvag.stem)) == 3
