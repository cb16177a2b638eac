"""Backups of a database file and putting one back, for the GUI and the CLI alike.

- ``sakerhetskopiera_fil``: a verified backup of a closed database (``skrivbord
  sakerhetskopia``), under its instance lock, to a chosen file or the backup folder.
- ``hitta_hel_kopia``: the newest backup of a database that passes the checks (the GUI
  offers it when a database is found damaged, and from Arkiv → Återställ).
- ``aterstall``: verify a backup, then put it in place of the database under the
  target's instance lock; the replaced file is kept aside, never deleted
  (lagring/aterstallning.py). An existing database is replaced only when asked
  (``ersatt``); the GUI asks the user first.

Keys follow tjanster/databasfil.py: the keyring's entry for the backup's salt, or the
recovery key (a backup has the database's key and salt, so it opens on another computer
with the recovery key, which is then kept in that computer's keyring).
"""

from __future__ import annotations

import errno
import logging
from dataclasses import dataclass
from pathlib import Path

from skrivbord import fel
from skrivbord.jobb import Framsteg, Jobb
from skrivbord.lagring import aterstallning as lagringssteg
from skrivbord.lagring import nyckelring, sakerhetskopia, skadad
from skrivbord.lagring.databas import Databas, lasa_salt
from skrivbord.tjanster import databasfil, sakerhetskopior
from skrivbord.tjanster.sakerhetskopior import Kopia

__all__ = ["Aterstalld", "Kopia", "aterstall", "hitta_hel_kopia", "sakerhetskopiera_fil"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Aterstalld:
    """A backup put back: where, from which copy, and where the replaced file was kept."""

    databas: Path
    kopia: Path
    undanlagd: Path | None


def sakerhetskopiera_fil(
    sokvag: Path | str, ut: Path | str | None = None, aterstallningsnyckel_text: str | None = None
) -> Jobb[Path]:
    """A verified backup of the database at ``sokvag``: at ``ut`` (never overwritten),
    or without it in the backup folder with rotation. Nothing is written to the database;
    a database marked damaged is refused (its backup would not pass the checks)."""
    sokvag = Path(sokvag)
    if ut is not None and not Path(ut).parent.is_dir():
        raise fel.FilKanInteSkrivas(Path(ut), "mappen finns inte")
    yield Framsteg(0, None, "Säkerhetskopierar och kontrollerar kopian …")
    las = databasfil.ta_instanslas(sokvag)
    try:
        if skadad.markerad(sokvag):
            raise fel.SkadadDatabas(sokvag, databasfil.MARKERAD)
        nyckel = databasfil.nyckel_for(sokvag, aterstallningsnyckel_text)
        with Databas(sokvag, nyckel) as databas:
            databas.verifiera()
            if ut is None:
                mal = sakerhetskopior.skapa(databas, "manuell")
            else:
                mal = Path(ut)
                sakerhetskopia.skriv_till(databas, mal)
        if aterstallningsnyckel_text is not None:
            nyckelring.aktuell().spara(lasa_salt(sokvag), nyckel)
    finally:
        las.slapp()
    return mal


def _kontrollerad_nyckel(kopia: Path, text: str | None) -> bytes:
    """The key that opens ``kopia``, once the backup has passed every check
    (KopianSkadad, FelNyckel, NyckelSaknas or InteEnSkrivbordsdatabas otherwise)."""
    nyckel = databasfil.nyckel_for(kopia, text)
    with Databas(kopia, nyckel) as databas:
        problem = sakerhetskopia.kontrollera(databas)
    if problem:
        raise fel.KopianSkadad(kopia, problem)
    return nyckel


def hitta_hel_kopia(
    databas: Path | str, aterstallningsnyckel_text: str | None = None
) -> Jobb[Kopia]:
    """The newest backup of ``databas`` in the backup folder that passes the checks.

    A damaged or truncated copy is passed over (and logged); IngenHelKopia when none is
    whole. NyckelSaknas when the keyring has no key for them (ask for the recovery key).
    """
    databas = Path(databas)
    kandidater = sakerhetskopior.kopior(databas)
    fel_nyckel = 0
    for nummer, kopia in enumerate(kandidater):
        yield Framsteg(
            nummer,
            len(kandidater),
            f"Kontrollerar kopian från {kopia.tid:%Y-%m-%d %H:%M} …",
        )
        try:
            _kontrollerad_nyckel(kopia.sokvag, aterstallningsnyckel_text)
        except (fel.KopianSkadad, fel.InteEnSkrivbordsdatabas) as exc:
            log.warning("en säkerhetskopia klarade inte kontrollen (%s)", type(exc).__name__)
            continue
        except fel.FelNyckel:
            fel_nyckel += 1  # a wrong recovery key, or a damaged first page
            continue
        return kopia
    if kandidater and fel_nyckel == len(kandidater):
        raise fel.FelNyckel(databas)
    raise fel.IngenHelKopia(databas, sakerhetskopior.kopiemapp(databas))


def aterstall(
    fran: Path | str,
    till: Path | str,
    ersatt: bool = False,
    aterstallningsnyckel_text: str | None = None,
) -> Jobb[Aterstalld]:
    """Check the backup ``fran`` and put it in place of ``till`` (see the module
    docstring). ErsattningKravs when ``till`` exists and ``ersatt`` is not given."""
    fran, till = Path(fran), Path(till)
    if not till.parent.is_dir():
        raise fel.MappSaknas(till)
    if till.exists() and not ersatt:
        raise fel.ErsattningKravs(till)
    if till.exists() and fran.resolve() == till.resolve():
        raise fel.DatabasFinnsRedan(till)
    yield Framsteg(0, 2, "Kontrollerar säkerhetskopian …")
    las = databasfil.ta_instanslas(till)
    try:
        nyckel = _kontrollerad_nyckel(fran, aterstallningsnyckel_text)
        yield Framsteg(1, 2, "Lägger tillbaka säkerhetskopian …")
        try:
            undan = lagringssteg.lagg_tillbaka(fran, till)
        except OSError as exc:
            log.warning("återställningen misslyckades (%s)", type(exc).__name__)
            if exc.errno == errno.ENOSPC:
                raise fel.DiskenFull(till) from exc
            raise fel.FilKanInteSkrivas(till, type(exc).__name__) from exc
        if aterstallningsnyckel_text is not None:
            nyckelring.aktuell().spara(lasa_salt(till), nyckel)
    finally:
        las.slapp()
    yield Framsteg(2, 2, "Säkerhetskopian är återställd.")
    return Aterstalld(till, fran, undan)
