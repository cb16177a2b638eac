import secrets

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skrivbord.fel import OgiltigAterstallningsnyckel
from skrivbord.lagring import aterstallningsnyckel as an


@given(st.binary(min_size=32, max_size=32))
def test_kodning_gar_fram_och_tillbaka(nyckel: bytes) -> None:
    text = an.koda(nyckel)
    assert len(text) == 55 + 10  # 11 groups of 5, ten dashes
    assert an.avkoda(text) == nyckel


def test_slarvig_inmatning_godtas() -> None:
    nyckel = secrets.token_bytes(32)
    text = an.koda(nyckel)
    slarvig = " ".join(text.lower().split("-")).replace("0", "o").replace("1", "l")
    assert an.avkoda(slarvig) == nyckel


@given(st.binary(min_size=32, max_size=32), st.integers(0, 54), st.integers(1, 31))
def test_ett_felskrivet_tecken_upptacks(nyckel: bytes, plats: int, skift: int) -> None:
    tecken = list(an.koda(nyckel).replace("-", ""))
    tecken[plats] = an.ALFABET[(an.ALFABET.index(tecken[plats]) + skift) % 32]
    with pytest.raises(OgiltigAterstallningsnyckel):
        an.avkoda("".join(tecken))


def test_fel_langd_och_tecken_far_egna_meddelanden() -> None:
    text = an.koda(secrets.token_bytes(32))
    with pytest.raises(OgiltigAterstallningsnyckel, match="55 tecken"):
        an.avkoda(text[:-3])
    with pytest.raises(OgiltigAterstallningsnyckel, match="tecken som inte kan förekomma: U"):
        an.avkoda("U" + text[1:])
