"""Demons logguppföljningar: en systematisk kontroll varje månad, stickprov och riktade
kontroller, åtgärder bara vid avvikelse, och varje protokoll läsbart genom tjänsten."""

from __future__ import annotations

from skrivbord.lagring import databas as lagring
from skrivbord.tjanster.logguppfoljning import arssammanstallning, protokoll
from skrivbord.tjanster.logguppfoljning.uppgifter import validera
from tests.tjanster.demodata.conftest import IDAG, alla, ett


def test_varje_manad_har_sin_systematiska_kontroll(demo: lagring.Databas) -> None:
    manader = alla(
        demo,
        "SELECT strftime('%Y-%m', datum), count(*) FROM logguppfoljning "
        "WHERE typ = 'systematisk' GROUP BY 1",
    )
    assert len(manader) == 3 * 12 + IDAG.month - (IDAG.day <= 10)
    assert {antal for _, antal in manader} == {1}
    typer = dict(alla(demo, "SELECT typ, count(*) FROM logguppfoljning GROUP BY typ"))
    assert typer["stickprov"] > 5 and typer.get("riktad", 0) >= 1
    assert not ett(demo, "SELECT count(*) FROM logguppfoljning WHERE datum >= ?", IDAG.isoformat())


def test_atgarder_bara_vid_avvikelse_och_protokollen_haller_reglerna(demo: lagring.Databas) -> None:
    assert not ett(
        demo,
        "SELECT count(*) FROM logguppfoljning_atgard a JOIN logguppfoljning l "
        "ON l.id = a.logguppfoljning_id WHERE l.resultat <> 'avvikelse'",
    )
    assert ett(demo, "SELECT count(*) FROM logguppfoljning WHERE resultat = 'avvikelse'")
    assert ett(demo, "SELECT count(*) FROM journalsystem") == 2
    for rad in protokoll.lista(demo)[:40]:
        validera(protokoll.hamta(demo, rad.id).uppgifter, IDAG)
    data = arssammanstallning.berakna(demo, IDAG.year - 1, idag=IDAG)
    assert data.manader_utan_systematisk == () and data.totalt >= 12
