"""Moving an encrypted file to the server (tjanster/serverimport.py): every table copied
with its ids, the counts verified, the sequences moved on, a target that is not empty
refused, a cancelled import leaving nothing behind."""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from skrivbord import cli, fel
from skrivbord.jobb import kor_till_slut
from skrivbord.lagring import migrering
from skrivbord.lagring.server.databas import ServerDatabas
from skrivbord.tjanster import databasfil, enheter, serverdatabas, serverimport
from skrivbord.tjanster.avvikelser import kategorier, registrering
from skrivbord.tjanster.avvikelser.registrering import AvvikelseUppgifter
from skrivbord.tjanster.demodata import skapa_demo
from skrivbord.typer import Roll
from tests import serverinloggning
from tests.conftest import serveradress
from tests.fabrik import komplett

_nummer = itertools.count()


@pytest.fixture(scope="module")
def _demomall(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A small demo database (every module has rows), made once per module, with the
    two references that point against the table order filled in: a unit's manager,
    and a delegation that replaces a later one (an id higher than its own)."""
    mapp = tmp_path_factory.mktemp("demomall")
    sokvag = mapp / "demo.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SKRIVBORD_HEM", str(mapp / "hem"))
        skapad = kor_till_slut(skapa_demo(sokvag, ar=1, avvikelser_per_ar=80, seed=3))
        with skapad.databas.ra_anslutning() as anslutning:
            anslutning.execute(
                "UPDATE enhet SET enhetschef_id = (SELECT max(id) FROM personal) "
                "WHERE id = (SELECT min(id) FROM enhet)"
            )
            forsta, sista = anslutning.execute("SELECT min(id), max(id) FROM delegering").fetchone()
            assert forsta < sista
            anslutning.execute(
                "UPDATE delegering SET ersatter_id = ? WHERE id = ?", (sista, forsta)
            )
        skapad.stang()
    return sokvag, skapad.aterstallningsnyckel


@pytest.fixture
def demofil(_demomall: tuple[Path, str], tmp_path: Path) -> Path:
    """A copy of the demo database, its key in this test's keyring."""
    mall, nyckel = _demomall
    sokvag = tmp_path / "demo.db"
    shutil.copyfile(mall, sokvag)
    databasfil.oppna_genast(sokvag, nyckel).stang()
    return sokvag


@pytest.fixture
def tom_serverdatabas(postgres_server) -> Iterator[ServerDatabas]:
    namn = f"import_{os.getpid()}_{next(_nummer)}"
    postgres_server.psql(f"CREATE DATABASE {namn}")
    databas = serverdatabas.anslut(serveradress(postgres_server, namn))
    yield databas
    databas.stang()
    postgres_server.psql(f"DROP DATABASE IF EXISTS {namn} WITH (FORCE)")


def _alla_rader(databas) -> dict[str, list[tuple]]:
    """Every row of every model table, as SQLAlchemy reads it (the same Python values
    from both backends), in primary-key order."""
    with databas.engine.connect() as anslutning:
        return {
            t.name: [tuple(r) for r in anslutning.execute(select(t).order_by(*t.primary_key))]
            for t in serverimport.tabeller()
        }


def test_hela_filen_till_en_tom_databas(demofil: Path, tom_serverdatabas) -> None:
    steg = []
    with databasfil.oppna_genast(demofil) as kalla:
        resultat = kor_till_slut(
            serverimport.importera(kalla.databas, tom_serverdatabas), steg.append
        )
        i_filen = _alla_rader(kalla.databas)
    assert resultat.schema_skapat
    pa_servern = _alla_rader(tom_serverdatabas)
    # Every table, every row, every column (ids included) as in the file.
    assert set(pa_servern) == set(i_filen)
    for tabell, rader in i_filen.items():
        assert pa_servern[tabell] == rader, tabell
    assert {t.tabell: t.i_filen for t in resultat.tabeller} == {
        t: len(r) for t, r in i_filen.items()
    }
    assert all(t.i_filen == t.pa_servern for t in resultat.tabeller)
    assert len(i_filen["avvikelse"]) >= 80 and len(i_filen["delegering"]) >= 2
    assert resultat.antal_rader == sum(len(r) for r in i_filen.values())
    # Progress with a known total, up to all of it.
    kopiering = [s for s in steg if s.totalt]
    assert kopiering[-1].klart == kopiering[-1].totalt == resultat.antal_rader
    # The generated columns and the search vector are the server's own.
    with tom_serverdatabas.ra_anslutning() as anslutning:
        rad = anslutning.execute(
            "SELECT ar, kvartal, handelse_tid, sok IS NOT NULL FROM avvikelse ORDER BY id LIMIT 1"
        ).fetchone()
    assert rad[0] == rad[2].year and rad[1] == (rad[2].month - 1) // 3 + 1 and rad[3]
    assert migrering.aktuell_version(tom_serverdatabas) == migrering.senaste_version()


def test_nya_id_fortsatter_efter_de_kopierade(demofil: Path, tom_serverdatabas) -> None:
    with databasfil.oppna_genast(demofil) as kalla:
        kor_till_slut(serverimport.importera(kalla.databas, tom_serverdatabas))
        with kalla.databas.ra_anslutning() as anslutning:
            storsta = anslutning.execute("SELECT max(id) FROM avvikelse").fetchone()[0]
    with serverdatabas.oppna(tom_serverdatabas.adress) as oppen:
        databas = oppen.databas
        enhet = enheter.lista(databas)[0].id
        kategori = kategorier.lista(databas)[0].id
        nytt = registrering.registrera(
            databas,
            komplett(
                databas,
                AvvikelseUppgifter(
                    handelse_tid=datetime.now().replace(microsecond=0),
                    rapporterad_datum=date.today(),
                    enhet_id=enhet,
                    rapportor_roll=Roll.SJUKSKOTERSKA,
                    kategori_id=kategori,
                    beskrivning="Ny efter flytten till servern.",
                ),
            ),
        )
    assert nytt > storsta


def test_schema_utan_uppgifter_godtas(demofil: Path, tom_serverdatabas) -> None:
    """A database prepared with the schema (as ``server init`` leaves it): its seeded
    rows are replaced by the file's."""
    migrering.skapa_schema(tom_serverdatabas)
    with databasfil.oppna_genast(demofil) as kalla:
        resultat = kor_till_slut(serverimport.importera(kalla.databas, tom_serverdatabas))
        i_filen = _alla_rader(kalla.databas)
    assert not resultat.schema_skapat
    pa_servern = _alla_rader(tom_serverdatabas)
    assert pa_servern["databasinfo"] == i_filen["databasinfo"]
    assert pa_servern["delegerbar_uppgift"] == i_filen["delegerbar_uppgift"]


def test_en_databas_med_uppgifter_andras_inte(
    demofil: Path, ny_serverdatabas, postgres_server
) -> None:
    mal = ny_serverdatabas.databas
    fore = _alla_rader(mal)
    with databasfil.oppna_genast(demofil) as kalla, pytest.raises(fel.ServerFel) as fangat:
        kor_till_slut(serverimport.importera(kalla.databas, mal))
    assert "har redan uppgifter" in fangat.value.meddelande
    assert "tom databas" in fangat.value.meddelande
    assert _alla_rader(mal) == fore


def test_avbruten_import_lamnar_inget(demofil: Path, tom_serverdatabas, monkeypatch) -> None:
    monkeypatch.setattr(serverimport, "BATCH", 10)
    with databasfil.oppna_genast(demofil) as kalla:
        jobb = serverimport.importera(kalla.databas, tom_serverdatabas)
        kopierade = 0
        for steg in jobb:
            if steg.text.startswith("Kopierar avvikelse"):
                kopierade += 1
                if kopierade == 3:
                    break
        jobb.close()  # what Avbryt does, between two steps
    assert kopierade == 3
    # The schema made first stays (an empty target to try again on); no row of the copy.
    kvar = _alla_rader(tom_serverdatabas)
    assert all(not r for t, r in kvar.items() if t not in serverimport.SEEDADE)
    assert len(kvar["databasinfo"]) == 2  # the new schema's own, not the file's
    with databasfil.oppna_genast(demofil) as kalla:
        resultat = kor_till_slut(serverimport.importera(kalla.databas, tom_serverdatabas))
    assert not resultat.schema_skapat
    assert all(t.i_filen == t.pa_servern for t in resultat.tabeller)


def test_kommandot_server_importera(
    demofil: Path, postgres_server, capsys, monkeypatch, nyckelring
) -> None:
    """Over TLS with a password login, into a quite empty database."""
    inloggning = serverinloggning.skapa(postgres_server, None)
    try:
        adress = str(inloggning.adress())
        monkeypatch.setattr("sys.stdin.isatty", lambda: False)
        monkeypatch.setenv("SKRIVBORD_LOSENORD", inloggning.losenord)
        argument = ["server", "importera", "--fran", str(demofil), "--databas", adress]
        assert cli.main(argument) == 0
        ut = capsys.readouterr().out
        assert f"demo.db importerades till {inloggning.adress().visning()}" in ut
        assert "lika många som i filen" in ut
        assert "Skrivbords tabeller skapades först" in ut
        assert "  avvikelse " in ut
        # Again: refused, exit 1, nothing changed.
        assert cli.main(argument) == 1
        assert "har redan uppgifter" in capsys.readouterr().err
    finally:
        inloggning.stada()


def test_kommandot_vill_ha_en_serveradress(capsys, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as slut:
        cli.main(["server", "importera", "--fran", "a.db", "--databas", str(tmp_path / "b.db")])
    assert slut.value.code == 2
    assert "postgresql://" in capsys.readouterr().err
