"""Finding and checking the kommun exports to compile: each is a folder with a
manifest; a path may be such a folder or a folder holding them. Only the manifests are
read here (the kommun, the period, the checksums are verified when each export is read,
lasning.lasa); two exports for the same kommun and period are refused unless one of
them is chosen."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from skrivbord.tjanster.aggregat import format as filformat
from skrivbord.tjanster.aggregat.lasning import OgiltigExport


@dataclass(frozen=True)
class Kalla:
    katalog: Path
    kommunkod: str
    period: str


def hitta(sokvagar: Iterable[Path]) -> list[Path]:
    """The export folders under the given paths, in name order, each once."""
    mappar: set[Path] = set()
    for sokvag in sokvagar:
        if sokvag.is_file() and sokvag.name == filformat.MANIFEST_NAMN:
            sokvag = sokvag.parent
        if (sokvag / filformat.MANIFEST_NAMN).is_file():
            mappar.add(sokvag.resolve())
        elif sokvag.is_dir():
            mappar.update(p.parent.resolve() for p in sokvag.glob(f"*/{filformat.MANIFEST_NAMN}"))
        else:
            raise OgiltigExport(f"{sokvag} är varken en aggregatexport eller en mapp med sådana.")
    if not mappar:
        raise OgiltigExport("Inga aggregatexporter hittades (ingen mapp med manifest.json).")
    return sorted(mappar, key=lambda p: (p.name, str(p)))


def _kalla(katalog: Path) -> Kalla:
    try:
        manifest = json.loads((katalog / filformat.MANIFEST_NAMN).read_bytes().decode("utf-8"))
        return Kalla(katalog, str(manifest["kommunkod"]), str(manifest["period"]))
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise OgiltigExport(f"Manifestet i {katalog.name} går inte att läsa.") from exc


def forteckna(mappar: Sequence[Path], valda: Iterable[Path] = ()) -> list[Kalla]:
    """One export per kommun and period; ``valda`` settles a kommun and period that has
    several (the chosen folder is used, the others left out)."""
    valda_mappar = {Path(v).resolve() for v in valda}
    grupper: dict[tuple[str, str], list[Kalla]] = defaultdict(list)
    for katalog in mappar:
        kalla = _kalla(katalog)
        grupper[(kalla.kommunkod, kalla.period)].append(kalla)
    ut: list[Kalla] = []
    for (kommunkod, period), kallor in sorted(grupper.items()):
        if len(kallor) > 1:
            valt = [k for k in kallor if k.katalog in valda_mappar]
            if len(valt) != 1:
                namn = ", ".join(str(k.katalog) for k in kallor)
                raise OgiltigExport(
                    f"Kommun {kommunkod} har {len(kallor)} exporter för {period}: {namn}. "
                    "Välj den som ska användas (--anvand MAPP) och kör igen."
                )
            kallor = valt
        ut.append(kallor[0])
    return ut
