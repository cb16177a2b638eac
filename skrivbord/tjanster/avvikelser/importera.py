"""Import of avvikelser from a CSV or XLSX file: read, map, preview, import.

The steps (the GUI's wizard and ``skrivbord import avvikelser`` use the same):

1. ``lasa_fil(sokvag)`` → ``Tabell`` (import_lasning.py);
2. ``foreslaget(tabell, senaste_mappning(tabell.rubriker))`` → ``Mappning``, edited by
   the user (columns, fixed values from ``valbara_varden``, value maps) and remembered
   per file layout with ``kom_ihag_mappning`` (import_mappning.py);
3. ``forhandsgranska(databas, tabell, mappning)`` → the first rows as they will be
   stored, every error row by row (row numbers as Excel shows them), the duplicates,
   and the closed-set values that match nothing in the database (``okanda``);
4. ``importera(databas, tabell, mappning)`` → a job (jobb.py) that imports all rows in
   ONE transaction, or nothing: with errors it refuses unless ``hoppa_over_fel``, which
   skips exactly the rows with errors. Cancelling (closing the job) rolls back.

The rules are the form's (``avvikelser.validera``). Each imported row carries
``import_nyckel``, the sha256 of its normalised stored values plus the how-manieth
identical row of the file it is, so importing the same file again, or a re-saved or
re-sorted copy, or a later export that overlaps, adds nothing, while two genuinely
identical rows in one file are both kept. No reporter names are imported.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, cast

import sqlalchemy.exc
from sqlalchemy import ColumnElement, DateTime, Table, insert, literal, select
from sqlalchemy.orm import QueryableAttribute, Session

from skrivbord.fel import OgiltigUppgift
from skrivbord.jobb import Framsteg, Jobb, kor_till_slut
from skrivbord.lagring import sql
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Andringslogg, Avvikelse, Statusandring
from skrivbord.tid import nu_utc
from skrivbord.tjanster.avvikelser.import_lasning import (
    MAX_FILSTORLEK,
    MAX_RADER,
    Filrad,
    ForStorFil,
    Importfilfel,
    OkandFiltyp,
    OkandTeckenkodning,
    RubrikradSaknas,
    SkadadKalkylfil,
    Tabell,
    TomFil,
    lasa_fil,
)
from skrivbord.tjanster.avvikelser.import_mappning import (
    FALT,
    MALFALT,
    Malfalt,
    Mappning,
    foreslaget,
    kom_ihag_mappning,
    kontrollera,
    lasa_mappning,
    senaste_mappning,
    spara_mappning,
    vardenyckel,
)
from skrivbord.tjanster.avvikelser.import_tolkning import (
    TID_OKAND,
    Forekomst,
    Radfel,
    Radtolkare,
    Uppslag,
    visning,
)
from skrivbord.tjanster.avvikelser.registrering import Kolumnvarden
from skrivbord.typer import Avvikelsestatus

__all__ = [
    "FALT",
    "MALFALT",
    "MAX_FILSTORLEK",
    "MAX_RADER",
    "ForStorFil",
    "Forhandsgranskning",
    "ForhandsRad",
    "ImportenStoppad",
    "Importfilfel",
    "Importresultat",
    "Malfalt",
    "Mappning",
    "OkandFiltyp",
    "Filvarde",
    "OkandTeckenkodning",
    "Filrad",
    "Radfel",
    "RubrikradSaknas",
    "SkadadKalkylfil",
    "TID_OKAND",
    "Tabell",
    "TomFil",
    "forhandsgranska",
    "foreslaget",
    "importera",
    "kom_ihag_mappning",
    "kontrollera",
    "lasa_fil",
    "lasa_mappning",
    "senaste_mappning",
    "spara_mappning",
    "valbara_varden",
    "vardenyckel",
]

FRAMSTEG_VAR = 500  # rows between progress reports, and rows per insert batch
FORHANDSGRANSKADE = 50
FEL_I_MEDDELANDET = 10
NYCKELVERSION = "skrivbord-import-1"
# Columns left out of the import key: a row imported before they existed must keep
# its key (tid_okand only says that handelse_tid's 00:00 is no real time).
_UTANFOR_NYCKELN = frozenset({"tid_okand"})

# The tables the import writes with bulk inserts. SQLAlchemy types __table__ as any
# FromClause; a mapped class's is its Table.
_AVVIKELSE = cast(Table, Avvikelse.__table__)
_STATUSANDRING = cast(Table, Statusandring.__table__)
_ANDRINGSLOGG = cast(Table, Andringslogg.__table__)


class ImportenStoppad(OgiltigUppgift):
    """The file has errors and skipping them was not asked for: nothing was imported."""

    def __init__(self, fel: list[Radfel], antal_rader_med_fel: int, antal_rader: int) -> None:
        forsta = "\n".join(f.text for f in fel[:FEL_I_MEDDELANDET])
        fler = len(fel) - FEL_I_MEDDELANDET
        text = (
            f"Inget importerades: {antal_rader_med_fel} av {antal_rader} rader har fel. "
            "Rätta dem i filen och försök igen, eller välj att hoppa över raderna med fel.\n"
            + forsta
            + (f"\n… och {fler} fel till." if fler > 0 else "")
        )
        if antal_rader_med_fel == antal_rader:
            text += "\nAlla rader har fel: kontrollera att rätt kolumner är valda i mappningen."
        super().__init__(text)
        self.fel = fel
        self.antal_rader_med_fel = antal_rader_med_fel


@dataclass(frozen=True)
class ForhandsRad:
    rad: int
    varden: dict[str, str]  # target field → text as it will be stored (see MALFALT)
    status: str  # "ny", "dubblett" (already imported) or "fel"


@dataclass(frozen=True)
class Filvarde:
    """A closed-set value as the file writes it (a unit, category, role …): one that
    matches nothing in the database, or one the value map translated
    (``Mappning.vardemappning[falt][varde]``)."""

    falt: str
    varde: str  # as the file first writes it
    antal_rader: int


@dataclass(frozen=True)
class Forhandsgranskning:
    rader: list[ForhandsRad]  # the first rows of the file
    fel: list[Radfel]  # every error, row by row
    antal_rader: int
    antal_nya: int
    antal_dubbletter: int  # rows imported before (they will be skipped)
    antal_rader_med_fel: int
    # Per field in MALFALT's order, the most common first.
    okanda: tuple[Filvarde, ...] = ()  # match nothing: errors a value map can fix
    mappade: tuple[Filvarde, ...] = ()  # translated by the mapping's value map
    antal_utan_tid: int = 0  # rows to import without a time of day

    @property
    def kan_importeras(self) -> bool:
        return not self.fel


@dataclass(frozen=True)
class Importresultat:
    antal_importerade: int
    antal_dubbletter: int
    overhoppade: list[Radfel] = field(default_factory=list)  # errors of the skipped rows
    antal_overhoppade_rader: int = 0
    nya_id: list[int] = field(default_factory=list)


# ---------------------------------------------------------------------------
# Checking the rows
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _GiltigRad:
    rad: int
    kolumner: Kolumnvarden  # avvikelse column → value, as stored
    nyckel: str


@dataclass
class _Granskat:
    giltiga: list[_GiltigRad]
    fel: list[Radfel]
    felrader: set[int]
    antal_rader: int
    uppslag: Uppslag
    okanda: tuple[Filvarde, ...] = ()
    mappade: tuple[Filvarde, ...] = ()


def _nyckeltext(varde: object) -> str:
    if varde is None:
        return "\x00"
    if isinstance(varde, str):  # spaces and line breaks do not count
        return " ".join(varde.split())
    if isinstance(varde, datetime):
        return varde.isoformat(" ", "minutes")
    if isinstance(varde, date):
        return varde.isoformat()
    return str(varde)


def _nyckelinnehall(kolumner: Mapping[str, object], kategori_kod: str) -> str:
    """Canonical text of the stored values (the category by its code, not its id)."""
    delar = [NYCKELVERSION]
    for namn in sorted(kolumner.keys() - _UTANFOR_NYCKELN):
        varde = kategori_kod if namn == "kategori_id" else kolumner[namn]
        delar.append(f"{namn}={_nyckeltext(varde)}")
    return "\x1f".join(delar)


def _granska(
    databas: Databas, tabell: Tabell, mappning: Mappning, idag: date | None, totalt: int
) -> Jobb[_Granskat]:
    kontrollera(mappning, tabell)
    uppslag = Uppslag.lasa(databas)
    tolkare = Radtolkare(tabell.rubriker, mappning, uppslag, idag or date.today())
    giltiga: list[_GiltigRad] = []
    fel: list[Radfel] = []
    felrader: set[int] = set()
    forekomster: Counter[str] = Counter()
    for i, rad in enumerate(tabell.rader, start=1):
        kolumner, kategori_kod, radfel = tolkare.tolka(rad)
        if kolumner is None:  # exactly when there are errors
            fel.extend(radfel)
            felrader.add(rad.nummer)
        else:
            # The how-manieth identical row this is: two identical rows in one file are
            # two avvikelser, and the same file again matches them one to one.
            innehall = _nyckelinnehall(kolumner, kategori_kod)
            forekomster[innehall] += 1
            nyckel = hashlib.sha256(f"{innehall}\x1e{forekomster[innehall]}".encode()).hexdigest()
            giltiga.append(_GiltigRad(rad.nummer, kolumner, nyckel))
        if i % FRAMSTEG_VAR == 0:
            yield Framsteg(i, totalt, "Kontrollerar raderna")
    return _Granskat(
        giltiga,
        fel,
        felrader,
        len(tabell.rader),
        uppslag,
        _filvarden(tolkare.okanda),
        _filvarden(tolkare.mappade),
    )


def _filvarden(per_falt: dict[str, dict[str, Forekomst]]) -> tuple[Filvarde, ...]:
    """Per field in MALFALT's order, the most common value first."""
    return tuple(
        Filvarde(falt.namn, f.varde, f.antal)
        for falt in MALFALT
        for f in sorted(
            per_falt.get(falt.namn, {}).values(), key=lambda f: (-f.antal, f.varde.casefold())
        )
    )


def valbara_varden(databas: Databas) -> dict[str, tuple[str, ...]]:
    """Per closed-set field (``Malfalt.fast_varde``), the values a user may choose as a
    fixed value or as what a file's value means: active units and categories by name,
    the labels of the others."""
    return Uppslag.lasa(databas).val()


def _i_lista(
    session: Session, kolumn: ColumnElement[Any] | QueryableAttribute[Any], varden: Sequence[object]
) -> ColumnElement[bool]:
    """``kolumn IN (varden)`` with the list as one parameter (lagring/sql.py)."""
    return sql.i_lista(session.get_bind().dialect.name, kolumn, varden)


def _finns_redan(session: Session, nycklar: list[str]) -> set[str]:
    """Which of these import keys the database already holds (one indexed query)."""
    if not nycklar:
        return set()
    return set(
        session.scalars(
            select(Avvikelse.import_nyckel).where(
                _i_lista(session, Avvikelse.import_nyckel, nycklar)
            )
        )
    )


def forhandsgranska(
    databas: Databas,
    tabell: Tabell,
    mappning: Mappning,
    idag: date | None = None,
    antal: int = FORHANDSGRANSKADE,
) -> Forhandsgranskning:
    """The first ``antal`` rows as they will be stored, every error, and the duplicates.

    Raises OgiltigUppgift when the mapping does not fit the file (see kontrollera).
    """
    granskat = kor_till_slut(_granska(databas, tabell, mappning, idag, len(tabell.rader)))
    with databas.session() as session:
        finns = _finns_redan(session, [g.nyckel for g in granskat.giltiga])
    per_rad = {g.rad: g for g in granskat.giltiga}
    index = {f: tabell.kolumn(r) for f, r in mappning.kolumner.items() if r}
    rader = []
    for rad in tabell.rader[:antal]:
        giltig = per_rad.get(rad.nummer)
        if giltig is None:
            varden = {f: rad.varden[i] for f, i in index.items()}
            rader.append(ForhandsRad(rad.nummer, varden, "fel"))
        else:
            status = "dubblett" if giltig.nyckel in finns else "ny"
            rader.append(
                ForhandsRad(rad.nummer, visning(giltig.kolumner, granskat.uppslag), status)
            )
    return Forhandsgranskning(
        rader=rader,
        fel=granskat.fel,
        antal_rader=granskat.antal_rader,
        antal_nya=len(granskat.giltiga) - len(finns),
        antal_dubbletter=len(finns),
        antal_rader_med_fel=len(granskat.felrader),
        okanda=granskat.okanda,
        mappade=granskat.mappade,
        antal_utan_tid=sum(
            1 for g in granskat.giltiga if g.kolumner["tid_okand"] and g.nyckel not in finns
        ),
    )


def importera(
    databas: Databas,
    tabell: Tabell,
    mappning: Mappning,
    *,
    hoppa_over_fel: bool = False,
    idag: date | None = None,
) -> Jobb[Importresultat]:
    """Import the rows as new avvikelser (status registrerad) in ONE transaction.

    A job (jobb.py): yields ``Framsteg`` every 500 rows, returns an ``Importresultat``.
    With errors, raises ``ImportenStoppad`` (nothing imported) unless
    ``hoppa_over_fel``, which imports every row without errors and reports the others.
    Rows imported before are skipped. Closing the job before it ends rolls back.
    """
    totalt = 2 * len(tabell.rader)
    granskat = yield from _granska(databas, tabell, mappning, idag, totalt)
    if granskat.fel and not hoppa_over_fel:
        raise ImportenStoppad(granskat.fel, len(granskat.felrader), granskat.antal_rader)
    klart = len(tabell.rader) + len(granskat.felrader)
    nu = nu_utc()
    try:
        with databas.session() as session:
            # Closing the job stops it at a yield inside this block: the session rolls back.
            nya_id, dubbletter = yield from _infoga_nya(
                session, databas.anvandare, granskat.giltiga, nu, klart, totalt
            )
    except sqlalchemy.exc.IntegrityError:
        raise OgiltigUppgift(
            "Databasen ändrades medan filen importerades (samma rader importerades samtidigt, "
            "eller en enhet eller kategori togs bort). Inget importerades; försök igen."
        ) from None
    yield Framsteg(totalt, totalt, "Klart")
    return Importresultat(
        antal_importerade=len(nya_id),
        antal_dubbletter=dubbletter,
        overhoppade=granskat.fel if hoppa_over_fel else [],
        antal_overhoppade_rader=len(granskat.felrader),
        nya_id=nya_id,
    )


def _infoga_nya(
    session: Session,
    anvandare: str,
    giltiga: list[_GiltigRad],
    nu: datetime,
    klart: int,
    totalt: int,
) -> Jobb[tuple[list[int], int]]:
    """The rows not imported before, in batches of FRAMSTEG_VAR with a step after each.

    Returns the new ids in file order and the number of duplicates skipped.
    """
    finns = _finns_redan(session, [g.nyckel for g in giltiga])
    klart += len(finns)
    nya = [g for g in giltiga if g.nyckel not in finns]
    nya_id: list[int] = []
    for start in range(0, len(nya), FRAMSTEG_VAR):
        sats = nya[start : start + FRAMSTEG_VAR]
        id_ = _infoga_avvikelser(session, sats, nu)
        _logga_registreringen(session, anvandare, id_, nu)
        nya_id.extend(id_)
        klart += len(sats)
        yield Framsteg(klart, totalt, f"Importerar ({len(nya_id)} av {len(nya)})")
    return nya_id, len(finns)


def _infoga_avvikelser(session: Session, sats: list[_GiltigRad], nu: datetime) -> list[int]:
    """One batch as a single bulk insert; returns the new ids in the batch's order."""
    session.execute(
        insert(_AVVIKELSE),
        [
            {
                **g.kolumner,
                "status": Avvikelsestatus.REGISTRERAD,
                "import_nyckel": g.nyckel,
                "skapad": nu,
                "andrad": nu,
            }
            for g in sats
        ],
    )
    per_nyckel = dict(
        session.execute(
            select(_AVVIKELSE.c.import_nyckel, _AVVIKELSE.c.id).where(
                _i_lista(session, _AVVIKELSE.c.import_nyckel, [g.nyckel for g in sats])
            )
        ).all()
    )
    return [per_nyckel[g.nyckel] for g in sats]


def _logga_registreringen(session: Session, anvandare: str, id_: list[int], nu: datetime) -> None:
    """As registrera does: the first status change, and the change log rows the ORM
    would have written (table and id, never values)."""
    session.execute(
        insert(_STATUSANDRING),
        [
            {
                "avvikelse_id": i,
                "fran": None,
                "till": Avvikelsestatus.REGISTRERAD,
                "tid": nu,
                "anvandare": anvandare,
                "orsak": "",
            }
            for i in id_
        ],
    )
    session.execute(
        insert(_ANDRINGSLOGG),
        [
            {
                "tid": nu,
                "anvandare": anvandare,
                "tabell": _AVVIKELSE.name,
                "rad_id": i,
                "handling": "skapad",
                "falt": "",
            }
            for i in id_
        ],
    )
    session.execute(
        insert(_ANDRINGSLOGG).from_select(
            ["tid", "anvandare", "tabell", "rad_id", "handling", "falt"],
            select(
                literal(nu, DateTime()),
                literal(anvandare),
                literal(_STATUSANDRING.name),
                _STATUSANDRING.c.id,
                literal("skapad"),
                literal(""),
            ).where(_i_lista(session, _STATUSANDRING.c.avvikelse_id, id_)),
        )
    )
