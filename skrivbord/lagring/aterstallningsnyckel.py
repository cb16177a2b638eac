"""The recovery key: the database key written so a person can type it.

32 key bytes + a 2-byte checksum are written in Crockford's Base32 (no I, L, O
or U, so 1/I/L and 0/O cannot be confused) as 11 groups of 5 characters. A typo
fails the checksum instead of silently producing a wrong key.
"""

from __future__ import annotations

import hashlib

from skrivbord.fel import OgiltigAterstallningsnyckel

ALFABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VARDE = {tecken: i for i, tecken in enumerate(ALFABET)}
# Characters people write for look-alikes.
_VARDE.update({"O": 0, "I": 1, "L": 1})

NYCKEL_BYTE = 32
_KONTROLL_BYTE = 2
_BITAR = (NYCKEL_BYTE + _KONTROLL_BYTE) * 8
TECKEN = -(-_BITAR // 5)  # 55
GRUPP = 5


def _kontroll(nyckel: bytes) -> bytes:
    return hashlib.sha256(b"skrivbord-aterstallning" + nyckel).digest()[:_KONTROLL_BYTE]


def koda(nyckel: bytes) -> str:
    """Key bytes → 'XXXXX-XXXXX-…' (55 characters in 11 groups)."""
    if len(nyckel) != NYCKEL_BYTE:
        raise ValueError("nyckeln ska vara 32 byte")
    tal = int.from_bytes(nyckel + _kontroll(nyckel), "big") << (TECKEN * 5 - _BITAR)
    tecken = [ALFABET[(tal >> (5 * i)) & 31] for i in reversed(range(TECKEN))]
    grupper = ["".join(tecken[i : i + GRUPP]) for i in range(0, TECKEN, GRUPP)]
    return "-".join(grupper)


def avkoda(text: str) -> bytes:
    """What the user typed → key bytes, or OgiltigAterstallningsnyckel with a reason."""
    rent = "".join(t for t in text.upper() if t not in " -\t\r\n")
    okanda = sorted({t for t in rent if t not in _VARDE})
    if okanda:
        raise OgiltigAterstallningsnyckel(
            "Återställningsnyckeln innehåller tecken som inte kan förekomma: "
            + " ".join(okanda)
            + ". Kontrollera att du skrivit av den rätt."
        )
    if len(rent) != TECKEN:
        raise OgiltigAterstallningsnyckel(
            f"Återställningsnyckeln ska ha {TECKEN} tecken (11 grupper om 5), "
            f"men du har skrivit {len(rent)}."
        )
    tal = 0
    for t in rent:
        tal = (tal << 5) | _VARDE[t]
    utfyllnad = TECKEN * 5 - _BITAR
    # The last character's padding bits must be zero, or a typo there would pass.
    utfyllnad_ok = tal & ((1 << utfyllnad) - 1) == 0
    data = (tal >> utfyllnad).to_bytes(NYCKEL_BYTE + _KONTROLL_BYTE, "big")
    nyckel, kontroll = data[:NYCKEL_BYTE], data[NYCKEL_BYTE:]
    if not utfyllnad_ok or _kontroll(nyckel) != kontroll:
        raise OgiltigAterstallningsnyckel(
            "Återställningsnyckeln stämmer inte: något tecken är felskrivet. "
            "Jämför grupp för grupp med utskriften."
        )
    return nyckel
