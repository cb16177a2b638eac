"""``skrivbord server init`` and ``server anvandare`` through cli.main, against the
throw-away PostgreSQL: exit codes, Swedish messages, nothing half-written."""

from __future__ import annotations

import io

import pytest

from skrivbord import cli
from skrivbord.tjanster import serveranvandare, serverdatabas
from tests.conftest import serveradress
from tests.server.conftest import LOSENORD, unikt


@pytest.fixture
def tom_databas(postgres_server):
    namn = unikt("cli")
    postgres_server.psql(f"CREATE DATABASE {namn}")
    skapade: list[str] = []
    yield namn, skapade
    postgres_server.psql(f"DROP DATABASE IF EXISTS {namn} WITH (FORCE)")
    for login in skapade:
        postgres_server.psql(f'DROP ROLE IF EXISTS "{login}"')


def _kor(capsys, *argv: str, stdin: str = "", monkeypatch=None) -> tuple[int, str, str]:
    if monkeypatch is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    try:
        kod = cli.main(list(argv))
    except SystemExit as exc:
        kod = int(exc.code or 0)
    ut = capsys.readouterr()
    return kod, ut.out, ut.err


def test_init_lagg_till_lista_ta_bort(postgres_server, tom_databas, capsys, monkeypatch) -> None:
    namn, skapade = tom_databas
    url = str(serveradress(postgres_server, namn))
    init = ["server", "init", "--databas", url, "--kommun", "Testkommun", "--kommunkod", "9999"]
    enheter = ["--enhet", "Solgården:sabo", "--enhet", "Hemtjänst Norra:hemtjanst"]
    kod, ut, fel = _kor(capsys, *init, *enheter)
    assert kod == 0, fel
    assert "förberedd för Testkommun" in ut

    kod, _, fel = _kor(capsys, *init, *enheter)
    assert kod == 1 and "redan förberedd" in fel and "Inget ändrades" in fel

    chef = unikt("anna")
    skapade.append(chef)
    lagg_till = ["server", "anvandare", "lagg-till", "--databas", url, "--losenord-fran-stdin"]
    kod, ut, fel = _kor(
        capsys,
        *lagg_till, "--roll", "enhetschef", "--enhet", "Solgården", chef,
        stdin=LOSENORD + "\n", monkeypatch=monkeypatch,
    )  # fmt: skip
    assert kod == 0, fel
    assert f"Kontot {chef} är skapat som enhetschef för Solgården" in ut

    okand = unikt("bo")
    kod, _, fel = _kor(
        capsys,
        *lagg_till, "--roll", "enhetschef", "--enhet", "Ekbacken", okand,
        stdin=LOSENORD + "\n", monkeypatch=monkeypatch,
    )  # fmt: skip
    assert kod == 1 and "Enheten Ekbacken finns inte" in fel and "Solgården" in fel
    kod, _, fel = _kor(
        capsys, *lagg_till, "--roll", "lasare", okand, stdin="kort\n", monkeypatch=monkeypatch
    )
    assert kod == 1 and "minst 10 tecken" in fel
    for fel_argument in (
        ["--roll", "chef", okand],
        ["--roll", "mas", "Versaler"],
        ["--roll", "mas", "skrivbord_mas"],
    ):
        kod, _, fel = _kor(capsys, *lagg_till, *fel_argument)
        assert kod == 2, fel_argument
    # Without a terminal and without --losenord-fran-stdin no password: a clear no.
    kod, _, fel = _kor(
        capsys,
        "server", "anvandare", "lagg-till", "--databas", url, "--roll", "mas", okand,
        monkeypatch=monkeypatch,
    )  # fmt: skip
    assert kod == 1 and "--losenord-fran-stdin" in fel

    kod, ut, _ = _kor(capsys, "server", "anvandare", "lista", "--databas", url)
    assert kod == 0 and ut.splitlines() == [f"{chef}\tenhetschef\tSolgården"]

    # The chef's own login: it connects and sees her unit, but prepares nothing.
    som_chef = str(serveradress(postgres_server, namn, chef))
    kod, _, fel = _kor(capsys, *init[:2], "--databas", som_chef, *init[4:])
    assert kod == 1 and "äga databasen" in fel and "CREATEROLE" in fel

    kod, ut, _ = _kor(capsys, "server", "anvandare", "ta-bort", "--databas", url, chef)
    assert kod == 0 and "borttaget" in ut
    kod, _, fel = _kor(capsys, "server", "anvandare", "lista", "--databas", url)
    assert kod == 0 and "Inga användare" in fel
    assert postgres_server.psql(f"SELECT count(*) FROM pg_roles WHERE rolname = '{chef}'") == "0"


def test_init_pa_en_databas_med_tabeller_lagger_till_rollerna(
    postgres_server, tom_databas, capsys
) -> None:
    namn, _ = tom_databas
    adress = serveradress(postgres_server, namn)
    databas = serverdatabas.anslut(adress)
    serverdatabas.forbered(databas, "Testkommun", "9999", [])
    databas.stang()
    kod, ut, fel = _kor(
        capsys, "server", "init", "--databas", str(adress), "--kommun", "X", "--kommunkod", "9999"
    )
    assert kod == 0, fel
    assert "hade redan Skrivbords tabeller" in ut
    databas = serverdatabas.anslut(adress)
    try:
        assert serveranvandare.lista(databas) == []
    finally:
        databas.stang()


def test_felaktiga_argument(capsys) -> None:
    for argv in (
        ["server", "init", "--databas", "/tmp/fil.db", "--kommun", "X", "--kommunkod", "9999"],
        ["server", "init", "--databas", "postgresql://a@b/c", "--kommun", "X",
         "--kommunkod", "9999", "--enhet", "Solgården"],
        ["server", "anvandare", "lista", "--databas", "postgresql://a:hemligt@b/c"],
    ):  # fmt: skip
        kod, _, fel = _kor(capsys, *argv)
        assert kod == 2, argv
        assert "fel:" in fel


def test_uppgradera(postgres_server, tom_databas, capsys, monkeypatch) -> None:
    """An older server database: a chef who opens it is told who upgrades it, and
    nothing changes; the owner's ``server uppgradera`` brings it to the head."""
    from skrivbord import fel as felmodul
    from skrivbord.lagring import migrering

    namn, skapade = tom_databas
    url = str(serveradress(postgres_server, namn))
    init = ["server", "init", "--databas", url, "--kommun", "Testkommun", "--kommunkod", "9999"]
    assert _kor(capsys, *init, "--enhet", "Solgården:sabo")[0] == 0
    chef = unikt("cecilia")
    skapade.append(chef)
    kod, _, fel = _kor(
        capsys,
        "server", "anvandare", "lagg-till", "--databas", url, "--losenord-fran-stdin",
        "--roll", "enhetschef", "--enhet", "Solgården", chef,
        stdin=LOSENORD + "\n", monkeypatch=monkeypatch,
    )  # fmt: skip
    assert kod == 0, fel
    kod, ut, _ = _kor(capsys, "server", "uppgradera", "--databas", url)
    assert kod == 0 and "redan den senaste versionen" in ut

    # Back to 0019 as if made by an older release (0020 adds the version columns).
    postgres_server.psql(
        "ALTER TABLE avvikelse DROP COLUMN version; "
        "UPDATE alembic_version SET version_num = '0019'",
        databas=namn,
    )
    with pytest.raises(felmodul.ServerFel, match="server uppgradera") as fangat:
        serverdatabas.oppna(serveradress(postgres_server, namn, chef))
    assert "Inget har ändrats" in fangat.value.meddelande
    assert postgres_server.psql("SELECT version_num FROM alembic_version", databas=namn) == "0019"

    kod, ut, fel = _kor(capsys, "server", "uppgradera", "--databas", url)
    assert kod == 0, fel
    assert f"uppgraderad till version {migrering.senaste_version()}" in ut
    oppen = serverdatabas.oppna(serveradress(postgres_server, namn, chef))
    oppen.stang()
