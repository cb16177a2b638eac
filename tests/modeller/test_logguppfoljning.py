"""Logguppfoljning (modeller/logguppfoljning.py) in a real encrypted file."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy.exc
from sqlalchemy import delete

from skrivbord.lagring.databas import Databas
from skrivbord.modeller import (
    Enhet,
    Logguppfoljning,
    LogguppfoljningAtgard,
    LogguppfoljningSignering,
    Personal,
)
from skrivbord.typer import Loggatgardstyp, Loggkontrolltyp, Loggresultat
from tests.modeller.hjalp import antal, rader

HEMLIG_IAKTTAGELSE = "Hemlig-Iakttagelse-sen-kvällsåtkomst-2f9e"


def _ny(databas: Databas, **falt: object) -> int:
    varden: dict[str, object] = {
        "datum": date(2025, 2, 5),
        "typ": Loggkontrolltyp.SYSTEMATISK,
        "period_fran": date(2025, 1, 1),
        "period_till": date(2025, 1, 31),
    }
    varden.update(falt)
    with databas.session() as session:
        protokoll = Logguppfoljning(**varden)
        session.add(protokoll)
        session.flush()
        return protokoll.id


def test_standardvarden(databas: Databas) -> None:
    protokoll_id = _ny(databas)
    with databas.session() as session:
        p = session.get(Logguppfoljning, protokoll_id)
        assert (p.metod, p.avvikelse_beskrivning, p.iakttagelser) == ("", "", "")
        assert (p.antal_anvandare, p.antal_atkomster, p.antal_avvikande) == (0, 0, 0)
        assert p.resultat is Loggresultat.INGEN_AVVIKELSE
        assert (p.system, p.enhet_id, p.utford_av_id) == ("", None, None)
        assert (p.signering, p.atgarder) == (None, [])
        assert p.skapad <= p.andrad


def test_protokollet_gar_runt_genom_den_krypterade_filen(
    databas: Databas, enhet_id: int, ny_person, ateroppna
) -> None:
    mas = ny_person()
    protokoll_id = _ny(
        databas,
        typ=Loggkontrolltyp.STICKPROV,
        system="Journalsystemet",
        enhet_id=enhet_id,
        utford_av_id=mas,
        antal_anvandare=14,
        antal_atkomster=120,
        antal_avvikande=2,
        resultat=Loggresultat.AVVIKELSE,
        avvikelse_beskrivning=HEMLIG_IAKTTAGELSE,
        signering=LogguppfoljningSignering(signerad_av_id=mas, datum=date(2025, 2, 6)),
        atgarder=[
            LogguppfoljningAtgard(
                typ=Loggatgardstyp.SAMTAL, datum=date(2025, 2, 7), anteckning="Samtal hölls"
            )
        ],
    )
    oppnad = ateroppna(databas, HEMLIG_IAKTTAGELSE)
    with oppnad.session() as session:
        p = session.get(Logguppfoljning, protokoll_id)
        assert (p.typ, p.datum, p.period_fran, p.period_till) == (
            Loggkontrolltyp.STICKPROV,
            date(2025, 2, 5),
            date(2025, 1, 1),
            date(2025, 1, 31),
        )
        assert (p.system, p.enhet_id, p.utford_av_id) == (
            "Journalsystemet",
            enhet_id,
            mas,
        )
        assert (p.antal_anvandare, p.antal_atkomster, p.antal_avvikande) == (14, 120, 2)
        assert (p.resultat, p.avvikelse_beskrivning) == (
            Loggresultat.AVVIKELSE,
            HEMLIG_IAKTTAGELSE,
        )
        assert (p.signering.datum, p.signering.signerad_av_id) == (date(2025, 2, 6), mas)
        assert [(a.typ, a.datum, a.anteckning) for a in p.atgarder] == [
            (Loggatgardstyp.SAMTAL, date(2025, 2, 7), "Samtal hölls")
        ]


def test_stegen_och_signeringen_tas_bort_med_protokollet(databas: Databas) -> None:
    protokoll_id = _ny(
        databas,
        atgarder=[LogguppfoljningAtgard(typ=Loggatgardstyp.LEX_MARIA, datum=date(2025, 2, 9))],
    )
    with databas.session() as session:
        session.get(Logguppfoljning, protokoll_id).signering = LogguppfoljningSignering(
            datum=date(2025, 2, 9)
        )
    assert antal(databas, "logguppfoljning_atgard") == antal(databas, "logguppfoljning_signering")
    assert antal(databas, "logguppfoljning_atgard") == 1
    with databas.session() as session:
        session.delete(session.get(Logguppfoljning, protokoll_id))
    assert antal(databas, "logguppfoljning_atgard") == 0
    assert antal(databas, "logguppfoljning_signering") == 0


def test_utforaren_tas_bort_och_enheten_skyddas(databas: Databas, enhet_id: int, ny_person) -> None:
    mas = ny_person()
    protokoll_id = _ny(databas, enhet_id=enhet_id, utford_av_id=mas)
    with databas.session() as session:
        session.delete(session.get(Personal, mas))
    assert rader(
        databas, "SELECT enhet_id, utford_av_id FROM logguppfoljning WHERE id = ?", protokoll_id
    ) == [(enhet_id, None)]
    with (
        pytest.raises(sqlalchemy.exc.IntegrityError, match="FOREIGN KEY constraint failed"),
        databas.session() as session,
    ):
        session.execute(delete(Enhet).where(Enhet.id == enhet_id))


@pytest.mark.parametrize("falt", ["datum", "typ", "period_fran", "period_till"])
def test_obligatoriska_falt(databas: Databas, falt: str) -> None:
    with pytest.raises(
        sqlalchemy.exc.IntegrityError, match=f"NOT NULL constraint failed: logguppfoljning.{falt}"
    ):
        _ny(databas, **{falt: None})


def test_okand_typ_enhet_och_person_vagras(databas: Databas) -> None:
    with pytest.raises(sqlalchemy.exc.StatementError) as info:
        _ny(databas, typ="manadsvis")
    assert isinstance(info.value.orig, LookupError)
    for falt in ("enhet_id", "utford_av_id"):
        with pytest.raises(sqlalchemy.exc.IntegrityError, match="FOREIGN KEY constraint failed"):
            _ny(databas, **{falt: 9999})
    assert antal(databas, "logguppfoljning") == 0


def test_schemat_kontrollerar_inte_period_eller_antal(databas: Databas) -> None:
    """Gap: a period that ends before it starts, and more deviating than checked
    entries, are stored as given (the service checks them: tjanster/logguppfoljning)."""
    _ny(databas, period_fran=date(2025, 2, 1), period_till=date(2025, 1, 1))
    _ny(databas, antal_atkomster=1, antal_avvikande=5)
    assert antal(databas, "logguppfoljning") == 2
