"""A small staff for the delegation tests: two licensed, three care workers (one inactive)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import pytest

from skrivbord.lagring.databas import Databas
from skrivbord.tjanster import enheter, personal
from skrivbord.tjanster.delegeringar.regler import Beslutsuppgifter
from skrivbord.typer import Kunskapstest, Roll


@dataclass(frozen=True)
class Personalgrupp:
    ssk: int
    fysioterapeut: int
    usk: int
    vb: int
    slutat: int
    enhetschef: int
    solgarden: int
    annan: int

    def beslut(self, **andrat) -> Beslutsuppgifter:
        bas = Beslutsuppgifter(
            delegerad_id=self.usk,
            delegerande_id=self.ssk,
            uppgifter=("overlamna_lakemedel", "insulin"),
            enhet_ids=(self.solgarden,),
            giltig_fran=date(2026, 3, 1),
            giltig_till=date(2027, 2, 28),
            utbildning_datum=date(2026, 2, 10),
            kunskapstest_datum=date(2026, 2, 12),
            kunskapstest=Kunskapstest.GODKANT,
            mas_informerad_datum=date(2026, 3, 2),
            villkor="Gäller endast insulinpenna med förfylld dos.",
        )
        return replace(bas, **andrat)


@pytest.fixture
def grupp(databas: Databas) -> Personalgrupp:
    alla = enheter.lista(databas)
    solgarden = next(e.id for e in alla if e.namn == "Solgården")
    annan = next(e.id for e in alla if e.id != solgarden)

    def ny(fornamn: str, efternamn: str, roll: Roll, aktiv: bool = True) -> int:
        return personal.skapa(
            databas, fornamn, efternamn, roll, enhet_ids=[solgarden], aktiv=aktiv
        ).id

    return Personalgrupp(
        ssk=ny("Saga", "Sjöberg", Roll.SJUKSKOTERSKA),
        fysioterapeut=ny("Fredrik", "Fysiksson", Roll.FYSIOTERAPEUT),
        usk=ny("Ulla", "Undersköld", Roll.UNDERSKOTERSKA),
        vb=ny("Vera", "Vårdqvist", Roll.VARDBITRADE),
        slutat=ny("Siv", "Slutadsdotter", Roll.UNDERSKOTERSKA, aktiv=False),
        enhetschef=ny("Eva", "Chefsson", Roll.ENHETSCHEF),
        solgarden=solgarden,
        annan=annan,
    )
