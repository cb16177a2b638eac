"""Bench for the län compilation: 290 synthetic kommun exports (the whole country)
compiled as the region would, against 15 (one län), for time and peak memory.

Not a test: it prints figures (docs/prestanda.md keeps the latest ones). The exports are
built from made-up counts through the same builder and writer as a real export
(bygg.bygg, filer.skriv), one kommun a second in the worst case, so building them takes
a few minutes once; ``--behall`` keeps them for another round.

    .venv/bin/python bench/lan.py
    .venv/bin/python bench/lan.py --behall /tmp/lanbench      # keep (or reuse) the exports

Each compilation runs in its own process, so its peak resident memory (ru_maxrss) is
its own.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

ROT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROT))

from skrivbord.jobb import kor_till_slut  # noqa: E402
from skrivbord.perioder import tolka  # noqa: E402
from skrivbord.tjanster import kommun  # noqa: E402
from skrivbord.tjanster.aggregat import bygg, filer, fragor, koder  # noqa: E402

PERIOD = "2025H1"


def _rakning(slump: random.Random) -> fragor.Rakning:
    """Made-up counts the size of a kommun of 3,000 to 150,000 inhabitants."""
    storlek = slump.randint(40, 1500)
    per: Counter[tuple[str, str, int]] = Counter()
    kategorier = koder.koder("kategori")
    typer = koder.koder("enhetstyp")
    for _ in range(storlek):
        kategori = slump.choices(kategorier, weights=range(len(kategorier), 0, -1))[0]
        per[(kategori, slump.choice(typer[:4]), slump.choices(range(5), (70, 20, 7, 2, 1))[0])] += 1
    mellan: Counter[tuple[str, str, str]] = Counter()
    for _ in range(storlek // 30):
        mellan[
            (
                slump.choice(koder.koder("motpart")),
                slump.choice(koder.koder("riktning")),
                slump.choice(koder.koder("overenskommelse")),
            )
        ] += 1
    orsaker = Counter(slump.choice(koder.koder("orsaksomrade")) for _ in range(storlek // 40))
    return fragor.Rakning(per, mellan, orsaker, slump.randint(0, 3))


def bygg_exporter(ut: Path, antal: int) -> None:
    slump = random.Random(290)
    for i in range(antal):
        kod = f"{9000 + i:04d}"
        if (ut / f"aggregat_{kod}_{PERIOD}").exists():
            continue
        aggregat = bygg.bygg(_rakning(slump), kommun.Kommun(f"Kommun {i + 1}", kod), tolka(PERIOD))
        kor_till_slut(filer.skriv(aggregat, ut, datetime(2026, 11, 23, tzinfo=UTC)))


def _kompilera(kallor: list[str], ut: str) -> None:
    """The child: compile, print seconds and peak memory as JSON."""
    from skrivbord.tjanster.lan import filer as lanfiler
    from skrivbord.tjanster.lan import insamling, sammanstallning

    start = time.perf_counter()
    lista = insamling.forteckna(insamling.hitta([Path(k) for k in kallor]))
    lan = kor_till_slut(sammanstallning.sammanstall(lista))
    kor_till_slut(lanfiler.skriv(lan, Path(ut)))
    sekunder = time.perf_counter() - start
    topp = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(json.dumps({"sekunder": sekunder, "topp_kib": topp, "kommuner": lan.antal_kommuner}))


def _mat(mappar: list[Path]) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as ut:
        svar = subprocess.run(
            [sys.executable, __file__, "--barn", ut, *map(str, mappar)],
            capture_output=True,
            text=True,
            check=True,
        )
    return json.loads(svar.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--behall", type=Path, help="mappen för exporterna (behålls)")
    parser.add_argument("--antal", type=int, default=290)
    parser.add_argument("--barn", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.barn:
        _kompilera(args.barn[1:], args.barn[0])
        return 0
    mapp = args.behall or Path(tempfile.mkdtemp(prefix="lanbench-"))
    mapp.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    bygg_exporter(mapp, args.antal)
    print(f"{args.antal} exporter i {mapp} ({time.perf_counter() - start:.0f} s att bygga)")
    alla = sorted(mapp.glob(f"aggregat_*_{PERIOD}"))[: args.antal]
    for antal in (15, args.antal):
        matt = _mat(alla[:antal])
        print(
            f"{int(matt['kommuner']):>4} kommuner: {matt['sekunder']:.2f} s, "
            f"topp {matt['topp_kib'] / 1024:.0f} MiB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
