"""Which unit types owe weekly reviews: the MAS's setting, not a code constant."""

from __future__ import annotations

from skrivbord.tjanster import enheter, enhetstyper
from skrivbord.tjanster.databasfil import Databas
from skrivbord.typer import Enhetstyp


def test_standard_ar_boende_korttid_hemtjanst_och_hemsjukvard_inte_dagverksamhet(
    databas: Databas,
) -> None:
    typer = enhetstyper.veckogenomgangstyper(databas)
    assert typer == {
        Enhetstyp.SABO,
        Enhetstyp.KORTTID,
        Enhetstyp.HEMTJANST,
        Enhetstyp.HEMSJUKVARD,
    }
    assert Enhetstyp.DAGVERKSAMHET not in typer


def test_installningen_ger_forvalet_for_nya_enheter(databas: Databas) -> None:
    enhetstyper.satt_veckogenomgangstyper(databas, [Enhetstyp.SABO, Enhetstyp.DAGVERKSAMHET])
    typer = enhetstyper.veckogenomgangstyper(databas)
    assert typer == {Enhetstyp.SABO, Enhetstyp.DAGVERKSAMHET}
    assert enheter.standardval(Enhetstyp.DAGVERKSAMHET, typer).gor_veckogenomgangar
    assert not enheter.standardval(Enhetstyp.HEMTJANST, typer).gor_veckogenomgangar
    # Without andra_befintliga the units keep their own attribute (it is the truth).
    assert {e.typ: e.gor_veckogenomgangar for e in enheter.lista(databas)}[Enhetstyp.HEMTJANST]


def test_befintliga_enheter_kan_andras_med(databas: Databas) -> None:
    fore = {e.id: e.gor_veckogenomgangar for e in enheter.lista(databas)}
    andrade = enhetstyper.satt_veckogenomgangstyper(
        databas, [Enhetstyp.SABO], andra_befintliga=True
    )
    efter = {e.id: (e.typ, e.gor_veckogenomgangar) for e in enheter.lista(databas)}
    assert all(gor == (typ == Enhetstyp.SABO) for typ, gor in efter.values())
    assert andrade == sum(fore[i] != gor for i, (_, gor) in efter.items())
    assert andrade > 0
