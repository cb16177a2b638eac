"""The national code list: one code per local term, every list with "annat", and the
enums whose values are codes all present (DESIGN "Local terms, national codes")."""

from __future__ import annotations

import pytest

from skrivbord import kodlista
from skrivbord.tjanster import standarddata
from skrivbord.typer import Enhetstyp, Konsekvens, Lakemedelssteg, Motpart, Orsaksomrade, Riktning


def test_varje_lista_har_unika_koder_och_annat() -> None:
    assert kodlista.version()
    for lista in kodlista.LISTOR:
        koder = [k.kod for k in kodlista.koder(lista)]
        assert len(koder) == len(set(koder)), lista
        assert kodlista.ANNAT in koder, lista
        assert all(k.namn for k in kodlista.koder(lista))


@pytest.mark.parametrize(
    ("lista", "enum"),
    [
        ("motpart", Motpart),
        ("riktning", Riktning),
        ("lakemedelssteg", Lakemedelssteg),
        ("enhetstyp", Enhetstyp),
        ("orsaksomrade", Orsaksomrade),
    ],
)
def test_uppraknade_varden_ar_koder(lista: str, enum: type) -> None:
    """A value the app stores for these fields is itself the export's code."""
    assert {m.value for m in enum} <= {k.kod for k in kodlista.koder(lista)}


def test_konsekvensens_koder_i_ordning() -> None:
    assert [kodlista.konsekvenskod(int(k)) for k in Konsekvens] == list(kodlista.KONSEKVENSKODER)
    assert set(kodlista.KONSEKVENSKODER) <= {k.kod for k in kodlista.koder("konsekvens")}


def test_standarddata_pekar_pa_koder_som_finns() -> None:
    for kategori in standarddata.avvikelsekategorier():
        assert kodlista.finns("kategori", kategori["kod"]), kategori
    for o in standarddata.overenskommelser():
        assert kodlista.finns("overenskommelse", o["nationell_kod"]), o
    for post in standarddata.egenkontrollplan():
        assert kodlista.finns("egenkontrollomrade", post["omradeskod"]), post["omrade"]


def test_okand_kod_blir_annat_och_okand_lista_sager_vilken() -> None:
    assert kodlista.giltig_eller_annat("kategori", "sjalvskada") == "annat"
    assert kodlista.giltig_eller_annat("kategori", "fall") == "fall"
    with pytest.raises(KeyError, match="finns inte"):
        kodlista.namn("kategori", "sjalvskada")
    with pytest.raises(KeyError, match="ingen lista"):
        kodlista.koder("kommun")
