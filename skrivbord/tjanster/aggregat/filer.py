"""Writing an aggregate: every file into one folder, atomically, and a line in the
export log.

The folder ``aggregat_<kommunkod>_<period>`` is built under a temporary name beside
it (``.aggregat_….skrivs``) and renamed only when every file is written and the
manifest holds their SHA-256; an error (a full disk, a folder without permission) or a
cancel removes the temporary folder, so nothing half-written is left and an earlier
export is never overwritten.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from skrivbord.fel import DiskenFull, FilKanInteSkrivas, OgiltigUppgift
from skrivbord.jobb import Framsteg, Jobb
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Aggregatexport
from skrivbord.rapporter.aggregat.underlag import Aggregat
from skrivbord.tjanster.aggregat import format as filformat
from skrivbord.tjanster.aggregat import koder

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Sparad:
    katalog: Path
    manifest_sha256: str


def katalognamn(aggregat: Aggregat) -> str:
    return f"aggregat_{aggregat.kommunkod}_{aggregat.period}"


def _namn(tabell: str, kod: str) -> str:
    return koder.namn(tabell, kod)


@contextlib.contextmanager
def tillfallig_katalog(mal: Path) -> Iterator[Path]:
    try:
        tillfallig = Path(
            tempfile.mkdtemp(prefix=f".{mal.name}.", suffix=".skrivs", dir=mal.parent)
        )
    except OSError as exc:
        raise _skrivfel(mal, exc) from exc
    try:
        yield tillfallig
        os.rename(tillfallig, mal)
    except OSError as exc:
        shutil.rmtree(tillfallig, ignore_errors=True)
        raise _skrivfel(mal, exc) from exc
    except BaseException:
        shutil.rmtree(tillfallig, ignore_errors=True)
        raise


def _skrivfel(mal: Path, exc: OSError) -> DiskenFull | FilKanInteSkrivas:
    log.warning("Aggregatet kunde inte sparas: %s (errno %s)", type(exc).__name__, exc.errno)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskenFull(mal)
    if isinstance(exc, PermissionError):
        return FilKanInteSkrivas(mal, "ingen behörighet i mappen")
    if exc.errno in (errno.EEXIST, errno.ENOTEMPTY):
        return FilKanInteSkrivas(mal, "det finns redan en mapp med det namnet")
    return FilKanInteSkrivas(mal)


def skriv(
    aggregat: Aggregat,
    ut: Path | str,
    skapad: datetime | None = None,
    namn: Callable[[str, str], str] = _namn,
) -> Jobb[Sparad]:
    """Write the aggregate into a new folder under ``ut`` (a job: five steps)."""
    from skrivbord.rapporter.aggregat import sammanfattning

    ut = Path(ut)
    if not ut.is_dir():
        raise OgiltigUppgift(f"Mappen {ut} finns inte. Välj en befintlig mapp att spara i.")
    mal = ut / katalognamn(aggregat)
    if mal.exists():
        raise FilKanInteSkrivas(
            mal, "det finns redan en export för den perioden i mappen; välj en annan mapp"
        )
    tid = (skapad or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    with tillfallig_katalog(mal) as katalog:
        yield Framsteg(0, 5, "Skriver CSV och JSON")
        filer = {
            filformat.CSV_NAMN: filformat.csv_bytes(aggregat),
            filformat.JSON_NAMN: filformat.json_bytes(aggregat),
        }
        yield Framsteg(1, 5, "Skriver XLSX")
        filer[filformat.XLSX_NAMN] = filformat.xlsx_bytes(aggregat)
        for filnamn, data in filer.items():
            skriv_fil(katalog / filnamn, data)
        yield Framsteg(2, 5, "Skriver sammanfattningen (PDF)")
        pdf = sammanfattning.skriv(aggregat, katalog / filformat.PDF_NAMN, namn, tid.date())
        filer[filformat.PDF_NAMN] = pdf.read_bytes()
        yield Framsteg(3, 5, "Skriver manifestet")
        manifest = filformat.manifest_bytes(aggregat, filer, tid.isoformat().replace("+00:00", "Z"))
        skriv_fil(katalog / filformat.MANIFEST_NAMN, manifest)
        yield Framsteg(4, 5, "Sparar")
    yield Framsteg(5, 5, "Klart")
    return Sparad(mal, filformat.sha256(manifest))


def skriv_fil(sokvag: Path, data: bytes) -> None:
    with open(sokvag, "wb") as fil:
        fil.write(data)
        fil.flush()
        os.fsync(fil.fileno())


@dataclass(frozen=True)
class Loggrad:
    skapad: datetime  # naive UTC
    period: str
    troskel: int
    sokvag: str
    manifest_sha256: str
    antal_celler: int
    antal_dolda: int


def logga(databas: Databas, aggregat: Aggregat, sparad: Sparad) -> None:
    with databas.session() as s:
        s.add(
            Aggregatexport(
                period=aggregat.period,
                troskel=aggregat.troskel,
                sokvag=str(sparad.katalog),
                manifest_sha256=sparad.manifest_sha256,
                antal_celler=aggregat.antal_celler,
                antal_dolda=aggregat.antal_dolda,
            )
        )


def logg(databas: Databas) -> list[Loggrad]:
    """Every export made, newest first."""
    from sqlalchemy import select

    with databas.session() as s:
        rader = s.scalars(select(Aggregatexport).order_by(Aggregatexport.id.desc())).all()
        return [
            Loggrad(
                r.skapad,
                r.period,
                r.troskel,
                r.sokvag,
                r.manifest_sha256,
                r.antal_celler,
                r.antal_dolda,
            )
            for r in rader
        ]


def exportera(databas: Databas, aggregat: Aggregat, ut: Path | str) -> Jobb[Sparad]:
    """Write the folder, then log it (the log line only for a folder that exists)."""
    sparad = yield from skriv(aggregat, ut)
    logga(databas, aggregat, sparad)
    return sparad
