import random
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


@pytest.mark.parametrize("fro", range(5))
def test_varje_enskilt_felskrivet_tecken_upptacks(fro: int) -> None:
    """Every position, every wrong character, for a few keys: not one slips through."""
    nyckel = random.Random(fro).randbytes(32)
    ratt = list(an.koda(nyckel).replace("-", ""))
    for plats in range(len(ratt)):
        for tecken in an.ALFABET:
            if tecken == ratt[plats]:
                continue
            fel = [*ratt[:plats], tecken, *ratt[plats + 1 :]]
            with pytest.raises(OgiltigAterstallningsnyckel):
                an.avkoda("".join(fel))


def test_nycklar_skrivna_med_den_tidigare_kontrollsumman_oppnar_fortfarande() -> None:
    """Keys printed before the CRC (SHA-256 checksum, spare bits 000) still decode."""
    nyckel = bytes(range(32))
    tidigare = "000G4-0R40M-30E20-9185G-R38E1-W8124-GK2GA-HC5RR-34D1P-70X3R-FRTNR"
    assert an.avkoda(tidigare) == nyckel
    assert an.koda(nyckel) != tidigare
