"""Opening a database from the GUI: lock, keyring, recovery key, Swedish messages."""

from __future__ import annotations

import secrets

import pytest

from skrivbord import fel
from skrivbord.lagring import aterstallningsnyckel
from skrivbord.lagring.databas import lasa_salt
from skrivbord.lagring.instanslas import Instanslas
from skrivbord.tjanster import databasfil, kommun
from skrivbord.ui import databasval
from skrivbord.ui.databasval import AterstallningsDialog


def _oppna(sokvag):
    """databasval.oppna with its callback turned into a return value (jobs run at once)."""
    svar: list = []
    databasval.oppna(None, sokvag, svar.append)
    assert len(svar) == 1
    return svar[0]


@pytest.fixture
def utan_nyckel(ny_databas, nyckelring):
    """The test database, closed, with its key gone from the keyring (as on a new computer)."""
    ny_databas.stang()
    nyckelring.ta_bort(lasa_salt(ny_databas.databas.sokvag))
    return ny_databas


def _skriv_in(monkeypatch, inmatningar: list[str], sett: list[str]) -> None:
    """Replace exec(): type each text in turn, as a user would, until the dialog closes."""

    def exec_(dialog: AterstallningsDialog) -> int:
        sett.append(dialog.orsak.text())
        for text in inmatningar:
            dialog.falt.setText(text)
            dialog.accept()
            if dialog.result() or dialog.avbrott is not None:
                return dialog.result()
            sett.append(dialog.fel.text())
        dialog.reject()
        return 0

    monkeypatch.setattr(AterstallningsDialog, "exec", exec_)


def test_fil_som_inte_ar_databas(qtbot, tmp_path, meddelanden) -> None:
    fil = tmp_path / "inte.db"
    fil.write_bytes(b"%PDF-1.4" + b"x" * 5000)
    assert _oppna(fil) is None
    assert len(meddelanden) == 1
    assert "ingen Skrivbord-databas" in meddelanden[0] and "Välj en annan fil" in meddelanden[0]
    assert not Instanslas(fil).sokvag.exists()  # the lock was released


@pytest.mark.parametrize(
    ("skapa", "fras"),
    [
        (lambda p: p.write_bytes(b""), "filen är tom"),
        (lambda p: None, "finns inte"),
        (lambda p: p.mkdir(), "det är en mapp"),
        (lambda p: p.write_bytes(b"SQLite format 3\x00" + bytes(4080)), "okrypterad"),
    ],
)
def test_varje_fel_blir_en_svensk_mening(qtbot, tmp_path, meddelanden, skapa, fras) -> None:
    fil = tmp_path / "fil.db"
    skapa(fil)
    assert _oppna(fil) is None
    assert fras in meddelanden[0]


def test_andra_instansen_far_inte_oppna(ny_databas, meddelanden) -> None:
    ny_databas.stang()
    with Instanslas(ny_databas.databas.sokvag):
        assert _oppna(ny_databas.databas.sokvag) is None
    assert "används just nu av ett annat program" in meddelanden[0]
    oppen = _oppna(ny_databas.databas.sokvag)  # free again afterwards
    assert oppen is not None
    with pytest.raises(fel.DatabasLast):
        Instanslas(ny_databas.databas.sokvag).tag()
    oppen.stang()


def test_felskriven_nyckel_stannar_i_dialogen(utan_nyckel, monkeypatch) -> None:
    ratt = utan_nyckel.aterstallningsnyckel
    fel_tecken = ("1" if ratt[0] != "1" else "2") + ratt[1:]
    annan_databas = aterstallningsnyckel.koda(secrets.token_bytes(32))
    sett: list[str] = []
    _skriv_in(monkeypatch, ["ABCDE-FGHIJ", fel_tecken, annan_databas, ratt], sett)
    oppen = _oppna(utan_nyckel.databas.sokvag)
    assert oppen is not None
    orsak, kort, stavfel, annan = sett
    assert "finns inte i den här datorns nyckelring" in orsak
    assert "55 tecken" in kort
    assert "felskrivet" in stavfel
    assert "nyckeln stämmer inte" in annan
    assert kommun.hamta(oppen.databas).namn == "Testkommun"
    oppen.stang()
    # The key went back into the keyring: no question the next time.
    _oppna(utan_nyckel.databas.sokvag).stang()


def test_avbryt_slapper_laset(utan_nyckel, monkeypatch, meddelanden) -> None:
    _skriv_in(monkeypatch, [], [])
    assert _oppna(utan_nyckel.databas.sokvag) is None
    assert meddelanden == []
    with Instanslas(utan_nyckel.databas.sokvag):
        pass


def test_annat_fel_efter_nyckeln_visas_som_meddelande(
    utan_nyckel, monkeypatch, meddelanden
) -> None:
    riktig = databasfil.oppna

    def trasig(sokvag, text=None):
        if text is None:
            return (yield from riktig(sokvag))
        raise fel.SkadadDatabas(sokvag, "sidan 3 är trasig")

    monkeypatch.setattr(databasfil, "oppna", trasig)
    _skriv_in(monkeypatch, [utan_nyckel.aterstallningsnyckel], [])
    assert _oppna(utan_nyckel.databas.sokvag) is None
    assert "är skadad" in meddelanden[0]


def test_dialogen_raknar_tecken(qtbot, utan_nyckel) -> None:
    dialog = AterstallningsDialog(utan_nyckel.databas.sokvag, "Orsak.")
    qtbot.addWidget(dialog)
    dialog.falt.setText("ABCDE-FGHIJ ")
    assert dialog.ledtext.text().startswith("10 av 55 tecken")
    dialog.accept()
    assert "55 tecken" in dialog.fel.text() and not dialog.fel.isHidden()
    assert not dialog.result() and dialog.oppen is None
