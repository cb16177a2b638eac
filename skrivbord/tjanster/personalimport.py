"""Import of staff from a CSV or XLSX file, all or nothing.

The file is read by the avvikelse import's reader (encodings, delimiters, XLSX; see
avvikelser/import_lasning.py), and roles and yes/no by its readers. Columns are found
by their header: Förnamn, Efternamn, Roll, Enheter and, optionally, Legitimerad. A
person already in the register (same first and last name and role, whatever the case)
is skipped and counted, as is the same person twice in the file. With any row in
error nothing is imported, and every error is reported with its row (as Excel numbers
it) and column.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from skrivbord.fel import OgiltigUppgift
from skrivbord.jobb import Framsteg, Jobb
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Enhet, Personal
from skrivbord.tjanster.avvikelser.import_lasning import Filrad, Tabell, lasa_fil
from skrivbord.tjanster.avvikelser.import_tolkning import Radfel, ja_nej_av, roll_av, vikt
from skrivbord.tjanster.enheter import uppraknat
from skrivbord.tjanster.personal import NAMN_HOGST, jamforbart_namn
from skrivbord.typer import Roll

__all__ = ["KOLUMNER", "Personalimport", "Radfel", "importera"]

log = logging.getLogger(__name__)

FRAMSTEG_VAR = 200  # rows between progress reports

# Column → (the header to write, the headers accepted (folded), required).
KOLUMNER = {
    "fornamn": ("Förnamn", {"fornamn", "first name", "tilltalsnamn"}, True),
    "efternamn": ("Efternamn", {"efternamn", "last name", "surname"}, True),
    "roll": ("Roll", {"roll", "yrkesroll", "yrke", "befattning", "titel"}, True),
    "enheter": ("Enheter", {"enheter", "enhet", "arbetsplats", "arbetsplatser"}, True),
    "legitimerad": ("Legitimerad", {"legitimerad", "leg", "legitimation"}, False),
}
_ENHETSDELARE = re.compile(r"[,;|]")
_ROLLEXEMPEL = ", ".join(r.etikett for r in Roll if r != Roll.MAS) + " eller MAS"


@dataclass(frozen=True)
class Personalimport:
    """What the import did; with any error nothing was imported."""

    antal_rader: int
    antal_importerade: int
    antal_fanns_redan: int  # in the register, or earlier in the file
    antal_rader_med_fel: int
    fel: list[Radfel] = field(default_factory=list)
    nya_id: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class _Ny:
    fornamn: str
    efternamn: str
    roll: Roll
    legitimerad: bool
    enhet_ids: tuple[int, ...]


def _kolumner(tabell: Tabell) -> dict[str, int]:
    """Column name → index in the file's rows; refuses a file without the required ones."""
    index: dict[str, int] = {}
    for i, rubrik in enumerate(tabell.rubriker):
        for namn, (_, godtagna, _obligatorisk) in KOLUMNER.items():
            if vikt(rubrik) in godtagna and namn not in index:
                index[namn] = i
    saknas = [rubrik for namn, (rubrik, _, obl) in KOLUMNER.items() if obl and namn not in index]
    if saknas:
        kolumner = "kolumnen" if len(saknas) == 1 else "kolumnerna"
        raise OgiltigUppgift(
            f"Filen {tabell.filnamn} saknar {kolumner} {uppraknat(saknas)}. Rubrikraden ska "
            "vara Förnamn; Efternamn; Roll; Enheter (och gärna Legitimerad), en person per rad."
        )
    return index


class _Granskning:
    """Reads the rows against the register as it is now (one session)."""

    def __init__(self, tabell: Tabell, index: dict[str, int], enheter: list[Enhet]) -> None:
        self.tabell = tabell
        self.index = index
        # Case and spacing ignored, as the register's own uniqueness rule.
        self.enheter = {" ".join(e.namn.casefold().split()): e for e in enheter}

    def cell(self, rad: Filrad, namn: str) -> str:
        i = self.index.get(namn)
        return rad.varden[i].strip() if i is not None else ""

    def rubrik(self, namn: str) -> str:
        i = self.index.get(namn)
        return self.tabell.rubriker[i] if i is not None else KOLUMNER[namn][0]

    def lasa(self, rad: Filrad) -> tuple[_Ny | None, list[Radfel]]:
        fel: list[Radfel] = []

        def radfel(namn: str, meddelande: str) -> None:
            fel.append(Radfel(rad.nummer, self.rubrik(namn), meddelande))

        namn = {}
        for kolumn, vad in (("fornamn", "Förnamn"), ("efternamn", "Efternamn")):
            text = " ".join(self.cell(rad, kolumn).split())
            if not text:
                radfel(kolumn, f"{vad} saknas.")
            elif len(text) > NAMN_HOGST:
                radfel(kolumn, f"Högst {NAMN_HOGST} tecken (här {len(text)}).")
            namn[kolumn] = text
        rolltext = self.cell(rad, "roll")
        roll = roll_av(rolltext) if rolltext else None
        if not rolltext:
            radfel("roll", "Roll saknas.")
        elif roll is None:
            radfel("roll", f'Okänd roll "{rolltext}". Använd {_ROLLEXEMPEL}.')
        enhet_ids: list[int] = []
        for del_ in _ENHETSDELARE.split(self.cell(rad, "enheter")):
            enhetsnamn = " ".join(del_.split())
            if not enhetsnamn:
                continue
            enhet = self.enheter.get(enhetsnamn.casefold())
            if enhet is None:
                radfel(
                    "enheter",
                    f'Enheten "{enhetsnamn}" finns inte i registret. Rätta namnet i filen '
                    "eller lägg till enheten under Register → Enheter och personal.",
                )
            elif not enhet.aktiv:
                radfel(
                    "enheter",
                    f'Enheten "{enhet.namn}" är inaktiverad. Aktivera den under Register → '
                    "Enheter och personal, eller ta bort den från raden.",
                )
            elif enhet.id not in enhet_ids:
                enhet_ids.append(enhet.id)
        legtext = self.cell(rad, "legitimerad")
        legitimerad = ja_nej_av(legtext) if legtext else None
        if legtext and legitimerad is None:
            radfel("legitimerad", f'"{legtext}" ska vara ja eller nej (x, 1 och 0 går också bra).')
        if fel or roll is None:
            return None, fel
        if legitimerad is None:
            legitimerad = roll.legitimerad
        return _Ny(namn["fornamn"], namn["efternamn"], roll, legitimerad, tuple(enhet_ids)), []


def importera(databas: Databas, sokvag: Path | str) -> Jobb[Personalimport]:
    """Read the file and import its staff in ONE transaction, or nothing (a job, jobb.py).

    A file that cannot be read, or lacks a required column, raises a typed error
    (``Importfilfel`` or ``OgiltigUppgift``); row errors are returned, with nothing
    imported. Closing the job before it ends rolls back.
    """
    yield Framsteg(0, None, "Läser filen")
    tabell = lasa_fil(sokvag)
    index = _kolumner(tabell)
    totalt = len(tabell.rader)
    with databas.session() as session:
        granskning = _Granskning(tabell, index, list(session.scalars(select(Enhet))))
        kanda = {
            jamforbart_namn(p.fornamn, p.efternamn, p.roll)
            for p in session.execute(select(Personal.fornamn, Personal.efternamn, Personal.roll))
        }
        nya: list[_Ny] = []
        fel: list[Radfel] = []
        felrader = fanns_redan = 0
        for i, rad in enumerate(tabell.rader, start=1):
            ny, radfel = granskning.lasa(rad)
            if ny is None:
                fel.extend(radfel)
                felrader += 1
            else:
                nyckel = jamforbart_namn(ny.fornamn, ny.efternamn, ny.roll)
                if nyckel in kanda:
                    fanns_redan += 1
                else:
                    kanda.add(nyckel)
                    nya.append(ny)
            if i % FRAMSTEG_VAR == 0:
                yield Framsteg(i, totalt, "Kontrollerar raderna")
        if fel:
            log.info("personalimport stoppad: %d av %d rader har fel", felrader, totalt)
            return Personalimport(totalt, 0, fanns_redan, felrader, fel)
        enheter = {e.id: e for e in granskning.enheter.values()}
        personer = [
            Personal(
                fornamn=n.fornamn,
                efternamn=n.efternamn,
                roll=n.roll,
                legitimerad=n.legitimerad,
                enheter=[enheter[i] for i in n.enhet_ids],
            )
            for n in nya
        ]
        session.add_all(personer)
        session.flush()
        nya_id = [p.id for p in personer]
    log.info("personalimport: %d nya, %d fanns redan", len(nya_id), fanns_redan)
    yield Framsteg(totalt, totalt, "Klart")
    return Personalimport(totalt, len(nya_id), fanns_redan, 0, [], nya_id)
