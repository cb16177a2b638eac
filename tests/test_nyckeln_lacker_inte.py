"""The key never leaks (issue 13): not in a repr, a log line, an error message or a
crash report's trace, nor in any file written beside the database, the backups or the
settings, through creating, opening, checking, backing up and restoring."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from skrivbord import cli, fel, loggning
from skrivbord.jobb import kor_till_slut
from skrivbord.lagring import aterstallningsnyckel, nyckelring
from skrivbord.lagring.databas import lasa_salt
from skrivbord.tjanster import aterstallning, databasfil, nydatabas, sakerhetskopior
from tests.conftest import ENHETER


def _former(text: str, nyckel: bytes) -> list[str]:
    """The key as hex (both cases) and the recovery key with and without its dashes."""
    return [nyckel.hex(), nyckel.hex().upper(), text, text.replace("-", "")]


def test_nyckeln_syns_inte_i_repr_loggar_fel_eller_filer(
    tmp_path: Path, eget_hem: Path, caplog, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    caplog.set_level(logging.DEBUG)
    spar: list[str] = []
    ny = nydatabas.skapa(tmp_path / "hemlig.db", "Testkommun", "9999", ENHETER)
    text = ny.aterstallningsnyckel
    nyckel = aterstallningsnyckel.avkoda(text)
    spar += [repr(ny), repr(ny.oppen), repr(ny.databas), str(ny.oppen)]
    kopia = kor_till_slut(databasfil.sakerhetskopiera(ny.oppen))
    ny.stang()
    sokvag = ny.databas.sokvag
    spar.append(repr(sakerhetskopior.kopior(sokvag)))
    with databasfil.oppna_genast(sokvag) as oppen:
        spar.append(repr(oppen))
    # A wrong recovery key and a missing keyring entry: the messages and their traces.
    nyckelring.aktuell().ta_bort(lasa_salt(sokvag))
    for forsok in (None, aterstallningsnyckel.koda(bytes(32))):
        with pytest.raises(fel.SkrivbordFel) as fangat:
            databasfil.oppna_genast(sokvag, forsok)
        spar += [fangat.value.meddelande, *loggning.felkedja(fangat.value, fangat.tb)]
    # Restored with the recovery key, through the CLI as on another computer.
    monkeypatch.setenv(cli.NYCKEL_MILJOVARIABEL, text)
    assert cli.main(["aterstall", "--fran", str(kopia), "--databas", str(sokvag), "--ersatt"]) == 0
    assert cli.main(["kontroll", "--databas", str(sokvag)]) == 0
    klar = kor_till_slut(aterstallning.aterstall(kopia, tmp_path / "annan.db"))
    spar.append(repr(klar))
    utdata = capsys.readouterr()
    spar += [utdata.out, utdata.err, caplog.text]

    former = _former(text, nyckel)
    for del_ in spar:
        for form in former:
            assert form not in del_
    # Every file written: the databases (encrypted), backups, lock and mark files,
    # the settings.
    for mapp in (tmp_path, eget_hem):
        for fil in mapp.rglob("*"):
            if fil.is_file():
                innehall = fil.read_bytes()
                for form in former:
                    assert form.encode() not in innehall, fil
