"""The agreements and routines between caregivers (seeds 000, 001, 004) that an
avvikelse mellan vårdgivare may concern: a list the MAS keeps (katalog.py), each entry
mapped to a national code for the export to the region.

``avvikelse.overenskommelse`` holds the entry's kod, which never changes, so renaming
an entry renames it in every report at once.
"""

from __future__ import annotations

from sqlalchemy import select

from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Avvikelse, Overenskommelse
from skrivbord.tjanster.avvikelser import katalog

OVERENSKOMMELSER = katalog.Katalog(
    Overenskommelse,
    Avvikelse.overenskommelse,
    "Överenskommelsen",
    "överenskommelsens",
    kodlista="overenskommelse",
    via_kod=True,
    kodlangd=24,
)
lista = OVERENSKOMMELSER.lista


def namn(databas: Databas) -> dict[str, str]:
    """Every entry's name by kod (inactive ones too: old avvikelser refer to them)."""
    with databas.session() as session:
        return dict(session.execute(select(Overenskommelse.kod, Overenskommelse.namn)).all())
