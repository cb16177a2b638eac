"""A small reader of PE32+ (x64 Windows) import tables, on the standard library.

Used by bygg.py (no kept DLL may import a trimmed one) and by the Wine test's
icuuc stub. Written by hand because pefile stops reading import tables it deems
too large (Qt6Core.dll has thousands of imported symbols) and then silently
reports fewer DLLs, which would defeat the check.
"""

from __future__ import annotations

import struct
from pathlib import Path

MASKIN_AMD64 = 0x8664


def importer(data: bytes) -> dict[str, list[str]]:
    """{dll name (lower case): [imported function names]}, normal and delay-load."""
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    if data[pe : pe + 4] != b"PE\0\0":
        raise ValueError("inte en PE-fil")
    if struct.unpack_from("<H", data, pe + 4)[0] != MASKIN_AMD64:
        raise ValueError("inte en x64-fil")
    antal_sektioner, storlek_valfritt = struct.unpack_from("<H12xH", data, pe + 6)
    valfritt = pe + 24
    if struct.unpack_from("<H", data, valfritt)[0] != 0x20B:
        raise ValueError("inte en 64-bitars PE-fil (PE32+)")
    kataloger = valfritt + 112
    sektioner = [
        struct.unpack_from("<8xIIII", data, valfritt + storlek_valfritt + 40 * i)
        for i in range(antal_sektioner)
    ]

    def offset(rva: int) -> int:
        for virtuell_storlek, virtuell_adress, ra_storlek, ra_pekare in sektioner:
            if virtuell_adress <= rva < virtuell_adress + max(virtuell_storlek, ra_storlek):
                return rva - virtuell_adress + ra_pekare
        raise ValueError(f"RVA {rva:#x} ligger i ingen sektion")

    def strang(rva: int) -> str:
        start = offset(rva)
        return data[start : data.index(b"\0", start)].decode("ascii")

    def namn_i_tabell(rva: int) -> list[str]:
        namn, pos = [], offset(rva)
        while (thunk := struct.unpack_from("<Q", data, pos)[0]) != 0:
            if not thunk >> 63:  # by name (hint, then the name), not by ordinal
                namn.append(strang((thunk & 0x7FFFFFFF) + 2))
            pos += 8
        return namn

    resultat: dict[str, list[str]] = {}
    rva, _ = struct.unpack_from("<II", data, kataloger + 8 * 1)  # import directory
    pos = offset(rva) if rva else None
    while pos is not None:
        ursprunglig, _, _, namn_rva, forsta = struct.unpack_from("<IIIII", data, pos)
        if namn_rva == 0:
            break
        tabell = namn_i_tabell(ursprunglig or forsta)
        resultat.setdefault(strang(namn_rva).lower(), []).extend(tabell)
        pos += 20
    rva, _ = struct.unpack_from("<II", data, kataloger + 8 * 13)  # delay-load imports
    pos = offset(rva) if rva else None
    while pos is not None:
        _, namn_rva, _, _, namntabell = struct.unpack_from("<IIIII", data, pos)
        if namn_rva == 0:
            break
        resultat.setdefault(strang(namn_rva).lower(), []).extend(namn_i_tabell(namntabell))
        pos += 32
    return resultat


def importerade_dll(fil: Path) -> set[str]:
    """The DLL names a PE file imports (normal and delay-load), lower case."""
    return set(importer(fil.read_bytes()))
