"""Connecting to the server the way a user does: TLS verified against the kommun's CA,
a password from the keyring or the user, and a clear Swedish message for each way it
can fail (issue "Flera användare")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from skrivbord import fel
from skrivbord.jobb import kor_till_slut
from skrivbord.lagring.server import losenord as losenordsring
from skrivbord.tjanster import databasfil, kommun, serveranslutning
from tests import serverinloggning
from tests.postgres import _ledig_port


@pytest.fixture
def inloggning(postgres_server, server_mall) -> Iterator[serverinloggning.Inloggning]:
    inloggning = serverinloggning.skapa(postgres_server, server_mall)
    yield inloggning
    inloggning.stada()


def _oppna(adress, losenord=None) -> databasfil.OppenDatabas:
    return kor_till_slut(serveranslutning.oppna(adress, losenord))


def test_tls_med_verify_full_och_ratt_ca(inloggning, nyckelring) -> None:
    adress = inloggning.adress()
    assert adress.sslmode == "verify-full"
    with _oppna(adress, inloggning.losenord) as oppen:
        assert oppen.serveradress == adress
        assert kommun.hamta(oppen.databas).namn == "Testkommun"
        with oppen.databas.ra_anslutning() as anslutning:
            ssl, anvandare = anslutning.execute(
                "SELECT s.ssl, current_user FROM pg_stat_ssl s WHERE s.pid = pg_backend_pid()"
            ).fetchone()
        assert ssl is True and anvandare == inloggning.anvandare
    # The password that worked is in the keyring under skrivbord-server …
    assert nyckelring.backend.get_password("skrivbord-server", adress.nyckel) == (
        inloggning.losenord
    )
    assert losenordsring.TJANST == "skrivbord-server"
    # … so the next start needs none.
    assert serveranslutning.har_sparat_losenord(adress)
    with _oppna(adress) as oppen:
        assert kommun.hamta(oppen.databas) is not None


def test_utan_losenord_fragas_efter_det(inloggning) -> None:
    with pytest.raises(fel.LosenordSaknas) as fangat:
        _oppna(inloggning.adress())
    assert inloggning.anvandare in fangat.value.meddelande
    assert "nyckelring" in fangat.value.meddelande


def test_fel_losenord(inloggning, nyckelring) -> None:
    adress = inloggning.adress()
    with pytest.raises(fel.FelLosenord) as fangat:
        _oppna(adress, "fel-lösenord")
    assert serveranslutning.behover_losenord(fangat.value)
    assert "lösenordet" in fangat.value.meddelande
    assert "fel-lösenord" not in fangat.value.meddelande
    # A wrong password is never kept.
    assert nyckelring.backend.get_password("skrivbord-server", adress.nyckel) is None


def test_fel_losenord_i_nyckelringen_ger_fel_losenord(inloggning) -> None:
    adress = inloggning.adress()
    losenordsring.spara(adress, "ett gammalt lösenord")
    with pytest.raises(fel.FelLosenord):
        _oppna(adress)
    with _oppna(adress, inloggning.losenord):
        pass
    assert losenordsring.hamta(adress) == inloggning.losenord


def test_certifikat_fran_en_annan_ca_godkanns_inte(inloggning, tmp_path: Path) -> None:
    adress = inloggning.adress(sslrootcert=str(serverinloggning.annan_ca(tmp_path)))
    with pytest.raises(fel.CertifikatGodkannsInte) as fangat:
        _oppna(adress, inloggning.losenord)
    assert "certifikat" in fangat.value.meddelande
    assert "CA-filen" in fangat.value.meddelande
    assert inloggning.losenord not in fangat.value.meddelande


def test_servern_svarar_inte(inloggning) -> None:
    adress = inloggning.adress(port=_ledig_port())
    with pytest.raises(fel.ServernSvararInte) as fangat:
        _oppna(adress, inloggning.losenord)
    assert "svarar inte" in fangat.value.meddelande


def test_adressen_fran_dialogens_falt(tmp_path: Path) -> None:
    ca = tmp_path / "ca.crt"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    adress = serveranslutning.adress(" db.kommun.se ", 5432, "skrivbord", "anna", sslrootcert=ca)
    assert str(adress) == f"postgresql://anna@db.kommun.se:5432/skrivbord?sslrootcert={ca}"
    assert serveranslutning.plats(str(adress)) == adress
    assert serveranslutning.plats(str(tmp_path / "a.db")) == tmp_path / "a.db"
    for falt, text in (
        ({"vard": ""}, "serverns namn"),
        ({"databas": " "}, "databasens namn"),
        ({"anvandare": ""}, "användarnamn"),
        ({"port": 0}, "Porten"),
        ({"sslrootcert": tmp_path / "saknas.crt"}, "finns inte"),
        ({"sslrootcert": ""}, "CA-fil"),
    ):
        varden: dict[str, object] = {
            "vard": "db",
            "port": 5432,
            "databas": "d",
            "anvandare": "a",
            "sslrootcert": ca,
        }
        varden.update(falt)
        with pytest.raises(fel.OgiltigUppgift, match=text):
            serveranslutning.adress(**varden)  # type: ignore[arg-type]
    # Without verification no CA is needed (the dialog warns about it).
    assert serveranslutning.adress("db", 5432, "d", "a", "require").sslmode == "require"
