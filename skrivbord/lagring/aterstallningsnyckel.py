"""The recovery key: the database key written so a person can type it.

32 key bytes + a 2-byte checksum are written in Crockford's Base32 (no I, L, O
or U, so 1/I/L and 0/O cannot be confused) as 11 groups of 5 characters. A typo
fails the checksum instead of silently producing a wrong key.

The checksum is a CRC-16 (CCITT) of the key. A CRC of degree 16 detects every
error burst of up to 16 bits in the 272-bit codeword, and one mistyped character
changes at most 5 neighbouring bits: every single typo is caught. The three bits
left over in the last character say which checksum a key carries (``001``); keys
written before (``000``) carry the first 16 bits of a SHA-256, which misses about one
typo in 65,536, and still open.
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


_UTFYLLNAD = TECKEN * 5 - _BITAR  # 3 bits: the checksum's version
_CRC16 = 0b001
_SHA256_FORR = 0b000


def _crc16(data: bytes) -> bytes:
    """CRC-16/CCITT-FALSE (polynomial 0x1021, start 0xFFFF)."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc.to_bytes(_KONTROLL_BYTE, "big")


def _sha256_forr(nyckel: bytes) -> bytes:
    """The checksum of keys written before the CRC (still accepted)."""
    return hashlib.sha256(b"skrivbord-aterstallning" + nyckel).digest()[:_KONTROLL_BYTE]


_KONTROLLER = {_CRC16: _crc16, _SHA256_FORR: _sha256_forr}


def koda(nyckel: bytes) -> str:
    """Key bytes → 'XXXXX-XXXXX-…' (55 characters in 11 groups)."""
    if len(nyckel) != NYCKEL_BYTE:
        raise ValueError("nyckeln ska vara 32 byte")
    tal = (int.from_bytes(nyckel + _crc16(nyckel), "big") << _UTFYLLNAD) | _CRC16
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
    # The last character's spare bits name the checksum; any other value is a typo.
    kontrollfunktion = _KONTROLLER.get(tal & ((1 << _UTFYLLNAD) - 1))
    data = (tal >> _UTFYLLNAD).to_bytes(NYCKEL_BYTE + _KONTROLL_BYTE, "big")
    nyckel, kontroll = data[:NYCKEL_BYTE], data[NYCKEL_BYTE:]
    if kontrollfunktion is None or kontrollfunktion(nyckel) != kontroll:
        raise OgiltigAterstallningsnyckel(
            "Återställningsnyckeln stämmer inte: något tecken är felskrivet. "
            "Jämför grupp för grupp med utskriften."
        )
    return nyckel
