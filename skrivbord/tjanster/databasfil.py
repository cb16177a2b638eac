"""Opening, creating, checking and backing up a database file: the one way in for
the GUI and the CLI, so both follow the same rules.

Lock order, always the same: the instance lock beside the file is taken first,
then the file is opened (key from the keyring, or the recovery key), checked, backed
up if its schema is older than the app, and migrated; closing releases the file
first and the lock last. Another process that holds the lock (the GUI, or a CLI
command) makes the second one stop with the same "används av" message.

The key's source is one rule too: the keyring first; when it has no key for the file
(or a wrong one) the caller asks the user for the recovery key and calls ``oppna``
again with it (``behover_aterstallningsnyckel`` says when). A recovery key that
proves right is put back into the keyring.

Everything slow is a job (skrivbord.jobb) so the GUI runs it off its own thread.
The GUI holds the returned ``OppenDatabas`` as an opaque handle and passes its
``databas`` on to the other services.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from skrivbord import fel
from skrivbord.jobb import Framsteg, Jobb, kor_till_slut
from skrivbord.lagring import (
    aterstallningsnyckel,
    kontroll,
    migrering,
    nyckelring,
    skadad,
)
from skrivbord.lagring import fil as lagringsfil
from skrivbord.lagring.databas import SALT_BYTE, Databas, lasa_salt
from skrivbord.lagring.instanslas import Instanslas
from skrivbord.lagring.sakerhetskopia import FORE_UPPGRADERING
from skrivbord.lagring.server.adress import ServerAdress
from skrivbord.tjanster import sakerhetskopior

__all__ = [
    "ATERSTALLNINGSNYCKEL_TECKEN",
    "Databas",
    "NyDatabas",
    "Nyckelplats",
    "OppenDatabas",
    "behover_aterstallningsnyckel",
    "kontrollera",
    "kontrollera_fil",
    "kopia_vid_stangning_behovs",
    "nyckel_for",
    "nyckelplats",
    "oppna",
    "oppna_genast",
    "sakerhetskopiera",
    "skapa",
    "spara_aterstallningsnyckel",
    "stada_overgivna",
    "ta_instanslas",
]

log = logging.getLogger(__name__)

ATERSTALLNINGSNYCKEL_TECKEN = aterstallningsnyckel.TECKEN
# Why a database marked damaged (lagring/skadad.py) is not opened.
MARKERAD = (
    "en kontroll har hittat fel i filen, så den används inte förrän en ny kontroll "
    "(skrivbord kontroll) godkänner den eller en säkerhetskopia har lagts tillbaka"
)


@dataclass(eq=False)
class OppenDatabas:
    """An open database and the instance lock held for it; ``stang`` releases both.
    A server database (tjanster/serverdatabas.py) has no lock: the server serves many."""

    databas: Databas
    las: Instanslas | None = field(repr=False)
    kopia_fore_uppgradering: Path | None = None

    @property
    def sokvag(self) -> Path:
        return self.databas.sokvag

    @property
    def serveradress(self) -> ServerAdress | None:
        """The server's address (no password) for a server database, else None: the
        window shows it instead of a file and hides what only a file can do."""
        adress = getattr(self.databas, "adress", None)
        return adress if isinstance(adress, ServerAdress) else None

    def stang(self) -> None:
        try:
            self.databas.stang()
        finally:
            if self.las is not None:
                self.las.slapp()

    def __enter__(self) -> OppenDatabas:
        return self

    def __exit__(self, *_: object) -> None:
        self.stang()


@dataclass(eq=False)
class NyDatabas:
    """A database just created (and open, lock held), with its recovery key to show once."""

    oppen: OppenDatabas
    aterstallningsnyckel: str = field(repr=False)  # shown once to the user, never logged
    nyckel_i_nyckelringen: bool

    @property
    def databas(self) -> Databas:
        return self.oppen.databas

    def stang(self) -> None:
        self.oppen.stang()

    def __enter__(self) -> NyDatabas:
        return self

    def __exit__(self, *_: object) -> None:
        self.stang()


@dataclass(frozen=True)
class Nyckelplats:
    """Where database keys are kept on this computer, for the status bar and About."""

    saker: bool  # False: no secure keyring, the key lives only in memory
    beskrivning: str

    @property
    def kort(self) -> str:
        return self.beskrivning.split(" (")[0] if self.saker else "bara i minnet (ingen nyckelring)"


def nyckelplats() -> Nyckelplats:
    ring = nyckelring.aktuell()
    return Nyckelplats(ring.tillganglig, ring.beskrivning)


def behover_aterstallningsnyckel(exc: BaseException) -> bool:
    """The keyring could not open the file: ask the user for the recovery key."""
    return isinstance(exc, fel.NyckelSaknas | fel.FelNyckel)


def ta_instanslas(sokvag: Path) -> Instanslas:
    las = Instanslas(sokvag)
    las.tag()
    return las


def oppna(sokvag: Path | str, aterstallningsnyckel_text: str | None = None) -> Jobb[OppenDatabas]:
    """Lock, unlock, check and (after a backup) upgrade a database; see the module docstring.

    Without ``aterstallningsnyckel_text`` the key comes from the keyring (NyckelSaknas
    when it is not there). Any failure releases what was taken.
    """
    sokvag = Path(sokvag)
    yield Framsteg(0, None, "Öppnar databasen …")
    las = ta_instanslas(sokvag)
    try:
        if skadad.markerad(sokvag):
            raise fel.SkadadDatabas(sokvag, MARKERAD)
        databas, nyckel = _oppna_med_nyckel(sokvag, aterstallningsnyckel_text)
        try:
            kopia = yield from _uppgradera_vid_behov(databas)
            if aterstallningsnyckel_text is not None:
                nyckelring.aktuell().spara(lasa_salt(sokvag), nyckel)
        except BaseException as exc:
            databas.stang()
            oversatt = None if isinstance(exc, fel.SkrivbordFel) else databas.oversatt_fel(exc)
            if oversatt is not None:
                raise oversatt from exc
            raise
    except BaseException:
        las.slapp()
        raise
    log.info("databas öppnad")
    return OppenDatabas(databas, las, kopia)


def oppna_genast(sokvag: Path | str, aterstallningsnyckel_text: str | None = None) -> OppenDatabas:
    """``oppna`` run to the end on this thread (CLI, tests, scripts)."""
    return kor_till_slut(oppna(sokvag, aterstallningsnyckel_text))


def _oppna_med_nyckel(sokvag: Path, text: str | None) -> tuple[Databas, bytes]:
    nyckel = nyckel_for(sokvag, text)
    return lagringsfil.oppna(sokvag, nyckel), nyckel


def nyckel_for(sokvag: Path, text: str | None) -> bytes:
    """The key for the file: the recovery key ``text``, or the keyring's entry for its salt."""
    try:
        salt = lasa_salt(sokvag)
    except fel.InteEnSkrivbordsdatabas:
        if _avkortad_kand_databas(sokvag):
            raise fel.SkadadDatabas(
                sokvag, "filen är avkortad (den slutar mitt i en sida)"
            ) from None
        raise
    if text is not None:
        nyckel = aterstallningsnyckel.avkoda(text)
    else:
        ring = nyckelring.aktuell()
        hittad = ring.hamta(salt)
        if hittad is None:
            raise fel.NyckelSaknas(sokvag, salt, ingen_nyckelring=not ring.tillganglig)
        nyckel = hittad
    return nyckel


def _avkortad_kand_databas(sokvag: Path) -> bool:
    """A file whose size is not whole pages but whose salt the keyring knows: one of our
    databases, cut short (a copy stopped half-way, a full disk, a broken stick)."""
    try:
        with sokvag.open("rb") as fil:
            huvud = fil.read(SALT_BYTE)
    except OSError:
        return False
    return len(huvud) == SALT_BYTE and nyckelring.aktuell().hamta(huvud.hex()) is not None


def _uppgradera_vid_behov(databas: Databas) -> Jobb[Path | None]:
    if not migrering.behover_uppgradering(databas):
        return None
    yield Framsteg(1, 3, "Säkerhetskopierar databasen före uppgraderingen …")
    kopia = sakerhetskopior.skapa(databas, FORE_UPPGRADERING)
    yield Framsteg(2, 3, "Uppgraderar databasen till den här versionen …")
    log.info("uppgraderar schemat (kopia gjord)")
    migrering.uppgradera(databas)
    yield Framsteg(3, 3, "Databasen är uppgraderad.")
    return kopia


def skapa(
    sokvag: Path | str,
    fyll: Callable[[Session], None] | None = None,
    fyll_ra: Callable[[Databas], Jobb[None]] | None = None,
) -> Jobb[NyDatabas]:
    """Lock the new file's name, create it atomically (see lagring/fil.py), store its key.

    ``fyll`` and ``fyll_ra`` add the first content (nydatabas.py, demodata/).
    """
    sokvag = Path(sokvag)
    # Before the lock, so no lock file is left beside someone else's file or in a
    # folder we may not use.
    lagringsfil.kontrollera_ny_plats(sokvag)
    las = ta_instanslas(sokvag)
    try:
        skapad = yield from lagringsfil.skapa_stegvis(sokvag, fyll, fyll_ra)
    except BaseException:
        las.slapp()
        raise
    sparad = nyckelring.aktuell().spara(skapad.salt, skapad.nyckel)
    log.info("ny databas skapad (nyckeln i nyckelringen: %s)", sparad)
    return NyDatabas(OppenDatabas(skapad.databas, las), skapad.aterstallningsnyckel, sparad)


def stada_overgivna(mappar: Iterable[Path]) -> int:
    """Remove what killed creations left in these folders (lagring/fil.py, only files
    of its own pattern that no process holds). At GUI start, for the folders of the
    recently used databases; ``skapa`` does the same in its own folder."""
    return sum(lagringsfil.stada_overgivna(mapp) for mapp in dict.fromkeys(mappar))


def spara_aterstallningsnyckel(ny: NyDatabas, kommunnamn: str, ut: Path) -> Path:
    """The recovery key as a one-page PDF to print and lock away (shows the file name only)."""
    from skrivbord.rapporter import aterstallningsnyckel as pdf  # ReportLab only when needed

    return pdf.skriv_pdf(ut, ny.aterstallningsnyckel, kommunnamn, ny.oppen.sokvag.name)


# --- backups and checks ---------------------------------------------------------------------


def sakerhetskopiera(oppen: OppenDatabas, orsak: str = "manuell") -> Jobb[Path]:
    """An encrypted copy (same key), verified, in the chosen backup folder, then rotated
    (tjanster/sakerhetskopior.py)."""
    yield Framsteg(0, None, "Säkerhetskopierar och kontrollerar kopian …")
    return sakerhetskopior.skapa(oppen.databas, orsak)


def kopia_vid_stangning_behovs(oppen: OppenDatabas, nu: datetime | None = None) -> bool:
    """At most one automatic copy a day; never of a server database (the kommun's IT
    backs the server up)."""
    if oppen.serveradress is not None:
        return False
    return sakerhetskopior.kopia_behovs(oppen.sokvag, nu)


def kontrollera(oppen: OppenDatabas) -> list[str]:
    """Problems found by the cipher's and SQLite's checks, as Swedish sentences; a
    database with problems is marked damaged (lagring/skadad.py) and not written to."""
    problem = kontroll.kontrollera(oppen.databas)
    if problem:
        oppen.databas.markera_skadad("kontrollen hittade fel")
    return problem


def kontrollera_fil(
    sokvag: Path | str, aterstallningsnyckel_text: str | None = None
) -> Jobb[list[str]]:
    """Check a database file without using it: lock, key, then the three checks of
    lagring/kontroll.py, also on a file too damaged to open (or marked damaged).

    Nothing is migrated or written to the file. Problems found mark it damaged, so it
    is not opened for use until it is put back from a backup; a check that finds
    nothing removes the mark. The key's rules are those of ``oppna`` (NyckelSaknas,
    FelNyckel: ask for the recovery key).
    """
    sokvag = Path(sokvag)
    yield Framsteg(0, None, "Kontrollerar databasen …")
    las = ta_instanslas(sokvag)
    try:
        nyckel = nyckel_for(sokvag, aterstallningsnyckel_text)
        databas = Databas(sokvag, nyckel)
        try:
            try:
                databas.verifiera()
                nyckel_ratt = True
            except fel.SkadadDatabas:
                nyckel_ratt = False  # damaged where it is read first: the checks say where
            problem = kontroll.kontrollera(databas)
        finally:
            databas.stang()
        # After closing, so the mark names the file as it is left.
        if problem:
            skadad.markera(sokvag, "kontrollen hittade fel")
        else:
            skadad.ta_bort(sokvag)
        if nyckel_ratt and aterstallningsnyckel_text is not None:
            nyckelring.aktuell().spara(lasa_salt(sokvag), nyckel)
    finally:
        las.slapp()
    log.info("databas kontrollerad (%d problem)", len(problem))
    return problem
