"""The sentinel leak fixture: every free-text field holds a marker string, so a test can
prove that none of them leaves through a public output (DESIGN: "Public and internal
outputs"; the sammanställning first, then the aggregate export, logs and crash reports).

Which columns are free text is decided here by exclusion, so a new column is covered
the day it is added: every string column of every model is free text (or a name of a
person, or a reference that leads to one) unless it is listed in ``INTE_FRITEXT``: codes,
values of a closed set, the MAS's own catalogue labels, and unit and kommun names (which
documents for the kommun's own nämnd may show). Enum columns are closed sets by type.
"""

from __future__ import annotations

from sqlalchemy import Enum, String, Text

from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Bas

MARKOR = "SENTINELL"

# table.column: may appear in a public output (not free text, not a person).
INTE_FRITEXT = frozenset(
    {
        # Codes and values of a closed set stored as plain strings.
        "andringslogg.tabell",
        "andringslogg.handling",
        "andringslogg.falt",
        "databasinfo.nyckel",
        "databasinfo.varde",
        "avvikelse.rapportor_roll",
        "avvikelse.underkategori",
        "avvikelse.fall_plats",
        "avvikelse.fall_aktivitet",
        "enhet_delegeringsbehov.uppgift",
        "delegering_uppgift.uppgift",
        "lakemedelstillsyn_svar.fraga",
        "lakemedelstillsyn_svar.svar",
        "kommuninstallningar.kommunkod",
        # The MAS's catalogues and plan: labels she writes for reports.
        "avvikelse_kategori.kod",
        "avvikelse_kategori.namn",
        "annat_skal.kod",
        "annat_skal.namn",
        "delegerbar_uppgift.kod",
        "delegerbar_uppgift.namn",
        "egenkontroll.omrade",
        "egenkontroll.omfattning",
        "egenkontroll.kalla",
        "egenkontroll.ansvarig",
        "egenkontroll.rapporteras_till",
        "egenkontroll.beskrivning",
        "egenkontroll.enhetstyper",  # type codes, comma-separated
        "egenkontroll.regel",  # an iCalendar RRULE
        "kommuninstallningar.namnd",  # the kommun's committee
        "journalsystem.namn",  # the name of a product, kept by the MAS
        "logguppfoljning.system",  # the same name, as it was on the protocol
        # Unit and kommun names: allowed in documents for the kommun's nämnd.
        "enhet.namn",
        "kommuninstallningar.namn",
    }
)


def fritextkolumner() -> list[tuple[str, str]]:
    """(table, column) of every free-text column of the models."""
    return [
        (tabell.name, kolumn.name)
        for tabell in Bas.metadata.sorted_tables
        for kolumn in tabell.columns
        if isinstance(kolumn.type, (String, Text))
        and not isinstance(kolumn.type, Enum)
        and f"{tabell.name}.{kolumn.name}" not in INTE_FRITEXT
    ]


def fyll(databas: Databas) -> dict[str, int]:
    """Overwrites every free-text column of every row with MARKOR, the column and the
    row (unique, so unique indexes hold); returns how many rows each table has."""
    rader: dict[str, int] = {}
    with databas.ra_anslutning() as anslutning:
        for tabell, kolumn in fritextkolumner():
            if tabell == "andringslogg":  # append-only (a trigger refuses updates)
                anslutning.execute(
                    "INSERT INTO andringslogg (tid, anvandare, tabell, rad_id, handling, falt) "
                    f"VALUES (datetime('now'), '{MARKOR}-andringslogg.{kolumn}', 'avvikelse', "
                    "1, 'andrad', 'beskrivning')"
                )
                continue
            anslutning.execute(
                f"UPDATE {tabell} SET {kolumn} = '{MARKOR}-{tabell}.{kolumn}-' || rowid"
            )
            rader[tabell] = anslutning.execute(f"SELECT count(*) FROM {tabell}").fetchone()[0]
        anslutning.commit()
    return rader


def hittade(text: str) -> list[str]:
    """The markers in ``text``, however a PDF's text extraction broke its lines."""
    hopdragen = "".join(text.split())
    return sorted({hopdragen[i : i + 60] for i in _index(hopdragen, MARKOR)})


def _index(text: str, delstrang: str) -> list[int]:
    index, start = [], text.find(delstrang)
    while start != -1:
        index.append(start)
        start = text.find(delstrang, start + 1)
    return index
