"""Reading an exported aggregate back: the folder's manifest, every file's SHA-256 and
the schema version are checked before a number is used. A changed or broken file is
refused with a message that names it (the checksum catches a change; it does not prove
who made the export: signing is out of scope, DESIGN §6)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from skrivbord.fel import SkrivbordFel
from skrivbord.rapporter.aggregat.underlag import SCHEMAVERSION, Aggregat
from skrivbord.tjanster.aggregat import format as filformat


class OgiltigExport(SkrivbordFel):
    """An aggregate export that cannot be used: missing, changed, or another schema."""


def _json(sokvag: Path) -> Any:
    try:
        return json.loads(sokvag.read_bytes().decode("utf-8"))
    except FileNotFoundError as exc:
        raise OgiltigExport(f"{sokvag.name} saknas i {sokvag.parent.name}.") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise OgiltigExport(f"{sokvag.name} i {sokvag.parent.name} går inte att läsa.") from exc


def kontrollera(katalog: Path) -> dict[str, Any]:
    """The manifest of an export folder, once every file in it has its checksum."""
    manifest = _json(katalog / filformat.MANIFEST_NAMN)
    if not isinstance(manifest, dict) or "filer" not in manifest:
        raise OgiltigExport(f"Manifestet i {katalog.name} är inte ett aggregatmanifest.")
    version = str(manifest.get("schemaversion"))
    if version != SCHEMAVERSION:
        raise OgiltigExport(
            f"{katalog.name} har schemaversion {version}; det här programmet läser "
            f"version {SCHEMAVERSION}. Be kommunen exportera igen med en aktuell version."
        )
    for namn, uppgift in manifest["filer"].items():
        fil = katalog / Path(namn).name
        try:
            data = fil.read_bytes()
        except OSError as exc:
            raise OgiltigExport(f"{fil.name} saknas i {katalog.name}.") from exc
        if filformat.sha256(data) != uppgift.get("sha256"):
            raise OgiltigExport(
                f"{fil.name} i {katalog.name} stämmer inte med manifestets kontrollsumma: "
                "filen har ändrats eller skadats efter exporten. Be kommunen skicka den igen."
            )
    return manifest


def lasa(katalog: Path | str) -> Aggregat:
    """The aggregate of an export folder (checked first)."""
    katalog = Path(katalog)
    kontrollera(katalog)
    data = _json(katalog / filformat.JSON_NAMN)
    try:
        aggregat = filformat.fran_json(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise OgiltigExport(f"{filformat.JSON_NAMN} i {katalog.name} följer inte schemat.") from exc
    if aggregat.schemaversion != SCHEMAVERSION:
        raise OgiltigExport(f"{filformat.JSON_NAMN} i {katalog.name} har fel schemaversion.")
    return aggregat
