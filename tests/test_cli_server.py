"""``--databas postgresql://…`` on the command line: the password from the keyring, the
environment or a prompt, never an argument; each way a connection fails exits with 1
and the Swedish message; the file's own commands refuse an address with 2."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from skrivbord import cli
from skrivbord.lagring.server import losenord as losenordsring
from tests import serverinloggning
from tests.postgres import _ledig_port


@pytest.fixture
def inloggning(postgres_server, server_mall) -> Iterator[serverinloggning.Inloggning]:
    inloggning = serverinloggning.skapa(postgres_server, server_mall)
    yield inloggning
    inloggning.stada()


@pytest.fixture(autouse=True)
def _ingen_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Never a prompt here (a test has no one to type); the prompt has its own test."""
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    monkeypatch.delenv("SKRIVBORD_LOSENORD", raising=False)


def _inget_lösenord_i_hemmet(hem: Path, losenord: str) -> None:
    for fil in hem.rglob("*"):
        if fil.is_file():
            assert losenord.encode() not in fil.read_bytes(), fil


def test_lista_fran_servern_med_losenord_ur_miljon(
    inloggning, capsys, monkeypatch, nyckelring, eget_hem
) -> None:
    adress = inloggning.adress()
    monkeypatch.setenv("SKRIVBORD_LOSENORD", inloggning.losenord)
    assert cli.main(["lista", "delegeringar", "--databas", str(adress)]) == 0
    utdata = capsys.readouterr()
    assert "Inga delegeringar." in utdata.err
    assert inloggning.losenord not in utdata.out + utdata.err
    # Kept in the keyring: the next command needs no environment variable.
    assert nyckelring.backend.get_password("skrivbord-server", adress.nyckel) == (
        inloggning.losenord
    )
    monkeypatch.delenv("SKRIVBORD_LOSENORD")
    assert cli.main(["lista", "lakemedelstillsyn", "--databas", str(adress)]) == 0
    _inget_lösenord_i_hemmet(eget_hem, inloggning.losenord)


def test_losenordet_fragas_pa_en_terminal(inloggning, capsys, monkeypatch) -> None:
    fragor: list[str] = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda text: fragor.append(text) or inloggning.losenord)
    assert cli.main(["lista", "delegeringar", "--databas", str(inloggning.adress())]) == 0
    assert fragor == [f"Lösenord för {inloggning.anvandare}: "]
    assert "Skriv lösenordet" in capsys.readouterr().err


def test_utan_losenord_och_utan_terminal(inloggning, capsys) -> None:
    assert cli.main(["lista", "delegeringar", "--databas", str(inloggning.adress())]) == 1
    err = capsys.readouterr().err
    assert err.startswith("skrivbord: Skriv lösenordet för")
    assert "Traceback" not in err


def test_fel_losenord_ger_1_och_svenskt_meddelande(inloggning, capsys, monkeypatch) -> None:
    adress = inloggning.adress()
    monkeypatch.setenv("SKRIVBORD_LOSENORD", "inte-det-här")
    assert cli.main(["lista", "delegeringar", "--databas", str(adress)]) == 1
    err = capsys.readouterr().err
    assert "godtog inte inloggningen" in err and "Traceback" not in err
    assert "inte-det-här" not in err
    assert losenordsring.hamta(adress) is None


def test_certifikat_som_inte_godkanns_ger_1(inloggning, capsys, monkeypatch, tmp_path) -> None:
    adress = inloggning.adress(sslrootcert=str(serverinloggning.annan_ca(tmp_path)))
    monkeypatch.setenv("SKRIVBORD_LOSENORD", inloggning.losenord)
    assert cli.main(["lista", "delegeringar", "--databas", str(adress)]) == 1
    err = capsys.readouterr().err
    assert "certifikat" in err and "kunde inte kontrolleras" in err
    assert "Traceback" not in err


def test_servern_svarar_inte_ger_1(inloggning, capsys, monkeypatch) -> None:
    adress = inloggning.adress(port=_ledig_port())
    monkeypatch.setenv("SKRIVBORD_LOSENORD", inloggning.losenord)
    assert cli.main(["export", "kalender", "--databas", str(adress), "--ar", "2025",
                     "--ut", "k.ics"]) == 1  # fmt: skip
    err = capsys.readouterr().err
    assert "svarar inte" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "argument",
    [
        ["kontroll"],
        ["sakerhetskopia"],
        ["aterstall", "--fran", "kopia.db"],
        ["demo"],
    ],
)
def test_filens_egna_kommandon_vagrar_en_serveradress(capsys, argument: list[str]) -> None:
    with pytest.raises(SystemExit) as slut:
        cli.main([*argument, "--databas", "postgresql://anna@db.kommun.se/skrivbord"])
    assert slut.value.code == 2
    err = capsys.readouterr().err
    assert f"{argument[0]} gäller bara en databasfil, inte en serverdatabas" in err


@pytest.mark.parametrize(
    ("adress", "text"),
    [
        ("postgresql://anna:hemligt@db/skrivbord", "Skriv inte lösenordet i adressen"),
        ("postgresql://db/skrivbord", "saknar användarnamn"),
        ("postgresql://anna@db/skrivbord?sslmode=kanske", "sslmode=kanske finns inte"),
    ],
)
def test_fel_i_adressen_ger_2(capsys, adress: str, text: str) -> None:
    with pytest.raises(SystemExit) as slut:
        cli.main(["lista", "delegeringar", "--databas", adress])
    assert slut.value.code == 2
    err = capsys.readouterr().err
    assert text in err
    assert "hemligt" not in err
