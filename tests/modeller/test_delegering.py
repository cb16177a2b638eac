"""Delegering and DelegeringUppgift (modeller/delegering.py) in a real encrypted file."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import sqlalchemy.exc
from sqlalchemy import delete

from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Delegering, DelegeringUppgift, Enhet, Personal
from skrivbord.typer import Roll
from tests.modeller.hjalp import antal, rader

HEMLIG_ORSAK = "Hemlig-Återkallelseorsak-c0ffee"
HEMLIG_UPPGIFT = "Hemlig-Insulin-subkutant-8d21"
FRAN = date(2025, 1, 1)
TILL = date(2025, 12, 31)


@pytest.fixture
def parter(ny_person) -> tuple[int, int]:
    """(delegerad, delegerande): an undersköterska and a sjuksköterska."""
    return (
        ny_person("Ulf", "Delegeradsson", Roll.UNDERSKOTERSKA),
        ny_person("Siv", "Delegerandesdotter", Roll.SJUKSKOTERSKA),
    )


def _ny(databas: Databas, parter: tuple[int, int], **falt: object) -> int:
    varden: dict[str, object] = {
        "delegerad_id": parter[0],
        "delegerande_id": parter[1],
        "giltig_fran": FRAN,
        "giltig_till": TILL,
    }
    varden.update(falt)
    with databas.session() as session:
        delegering = Delegering(**varden)
        session.add(delegering)
        session.flush()
        return delegering.id


def test_delegering_med_uppgifter_gar_runt_genom_den_krypterade_filen(
    databas: Databas, parter: tuple[int, int], enhet_id: int, ateroppna
) -> None:
    delegering_id = _ny(
        databas,
        parter,
        enhet_id=enhet_id,
        uppgifter=[
            DelegeringUppgift(uppgift="insulin", beskrivning=HEMLIG_UPPGIFT),
            DelegeringUppgift(uppgift="ogondroppar"),
        ],
    )
    oppnad = ateroppna(databas, HEMLIG_UPPGIFT)
    with oppnad.session() as session:
        d = session.get(Delegering, delegering_id)
        assert (d.delegerad_id, d.delegerande_id, d.enhet_id) == (*parter, enhet_id)
        assert (d.giltig_fran, d.giltig_till) == (FRAN, TILL)
        assert (d.aterkallad_datum, d.aterkallad_orsak, d.ersatter_id) == (None, "", None)
        assert d.skapad <= d.andrad
        assert sorted((u.uppgift, u.beskrivning) for u in d.uppgifter) == [
            ("insulin", HEMLIG_UPPGIFT),
            ("ogondroppar", ""),
        ]
        assert all(u.delegering is d for u in d.uppgifter)


def test_aterkallelse_gar_runt(databas: Databas, parter: tuple[int, int], ateroppna) -> None:
    delegering_id = _ny(databas, parter)
    with databas.session() as session:
        d = session.get(Delegering, delegering_id)
        d.aterkallad_datum = date(2025, 6, 1)
        d.aterkallad_orsak = HEMLIG_ORSAK
    oppnad = ateroppna(databas, HEMLIG_ORSAK)
    with oppnad.session() as session:
        d = session.get(Delegering, delegering_id)
        assert (d.aterkallad_datum, d.aterkallad_orsak) == (date(2025, 6, 1), HEMLIG_ORSAK)
        assert d.andrad > d.skapad


@pytest.mark.parametrize(
    ("dag", "aterkallad", "galler"),
    [
        (FRAN - timedelta(days=1), None, False),
        (FRAN, None, True),
        (TILL, None, True),
        (TILL + timedelta(days=1), None, False),
        (date(2025, 5, 31), date(2025, 6, 1), True),
        (date(2025, 6, 1), date(2025, 6, 1), False),
        (date(2025, 7, 1), date(2025, 6, 1), False),
    ],
    ids=str,
)
def test_galler(dag: date, aterkallad: date | None, galler: bool) -> None:
    delegering = Delegering(giltig_fran=FRAN, giltig_till=TILL, aterkallad_datum=aterkallad)
    assert delegering.galler(dag) is galler


def test_fornyelse_pekar_pa_den_gamla_och_tappar_den_nar_den_tas_bort(
    databas: Databas, parter: tuple[int, int]
) -> None:
    gammal = _ny(databas, parter, uppgifter=[DelegeringUppgift(uppgift="insulin")])
    ny = _ny(databas, parter, giltig_fran=TILL, giltig_till=date(2026, 12, 30), ersatter_id=gammal)
    assert rader(databas, "SELECT ersatter_id FROM delegering WHERE id = ?", ny) == [(gammal,)]
    with databas.session() as session:
        session.delete(session.get(Delegering, gammal))
    # ON DELETE SET NULL: the renewal stays, pointing nowhere.
    assert rader(databas, "SELECT id, ersatter_id FROM delegering") == [(ny, None)]
    assert antal(databas, "delegering_uppgift") == 0


def test_uppgifterna_forsvinner_med_delegeringen_i_databasen(
    databas: Databas, parter: tuple[int, int]
) -> None:
    """ON DELETE CASCADE in the file (a DELETE statement, no ORM cascade)."""
    kvar = _ny(databas, parter, uppgifter=[DelegeringUppgift(uppgift="a")])
    bort = _ny(databas, parter, uppgifter=[DelegeringUppgift(uppgift="b")])
    with databas.session() as session:
        session.execute(delete(Delegering).where(Delegering.id == bort))
    assert rader(databas, "SELECT delegering_id, uppgift FROM delegering_uppgift") == [(kvar, "a")]


def test_uppgift_som_tas_ur_listan_raderas(databas: Databas, parter: tuple[int, int]) -> None:
    delegering_id = _ny(
        databas,
        parter,
        uppgifter=[DelegeringUppgift(uppgift="insulin"), DelegeringUppgift(uppgift="sondmat")],
    )
    with databas.session() as session:
        d = session.get(Delegering, delegering_id)
        d.uppgifter = [u for u in d.uppgifter if u.uppgift == "sondmat"]
    assert rader(databas, "SELECT uppgift FROM delegering_uppgift") == [("sondmat",)]


@pytest.mark.parametrize("vem", [0, 1], ids=["delegerad", "delegerande"])
def test_person_med_delegering_kan_inte_tas_bort(
    databas: Databas, parter: tuple[int, int], vem: int
) -> None:
    _ny(databas, parter)
    with (
        pytest.raises(sqlalchemy.exc.IntegrityError, match="FOREIGN KEY constraint failed"),
        databas.session() as session,
    ):
        session.delete(session.get(Personal, parter[vem]))
    assert antal(databas, "personal") == 2


def test_enhet_med_delegering_kan_inte_tas_bort(
    databas: Databas, parter: tuple[int, int], enhet_id: int
) -> None:
    _ny(databas, parter, enhet_id=enhet_id)
    with (
        pytest.raises(sqlalchemy.exc.IntegrityError, match="FOREIGN KEY constraint failed"),
        databas.session() as session,
    ):
        session.execute(delete(Enhet).where(Enhet.id == enhet_id))


@pytest.mark.parametrize(
    ("falt", "varde"),
    [("delegerad_id", 9999), ("delegerande_id", 9999), ("enhet_id", 9999), ("ersatter_id", 9999)],
)
def test_okanda_referenser_vagras(
    databas: Databas, parter: tuple[int, int], falt: str, varde: int
) -> None:
    with pytest.raises(sqlalchemy.exc.IntegrityError, match="FOREIGN KEY constraint failed"):
        _ny(databas, parter, **{falt: varde})
    assert antal(databas, "delegering") == 0


@pytest.mark.parametrize("falt", ["delegerad_id", "delegerande_id", "giltig_fran", "giltig_till"])
def test_obligatoriska_falt(databas: Databas, parter: tuple[int, int], falt: str) -> None:
    with pytest.raises(
        sqlalchemy.exc.IntegrityError, match=f"NOT NULL constraint failed: delegering.{falt}"
    ):
        _ny(databas, parter, **{falt: None})


def test_uppgift_utan_kod_vagras(databas: Databas, parter: tuple[int, int]) -> None:
    delegering_id = _ny(databas, parter)
    with (
        pytest.raises(
            sqlalchemy.exc.IntegrityError,
            match="NOT NULL constraint failed: delegering_uppgift.uppgift",
        ),
        databas.session() as session,
    ):
        session.add(DelegeringUppgift(delegering_id=delegering_id))


def test_schemat_begransar_inte_tid_eller_vem_som_delegerar(
    databas: Databas, parter: tuple[int, int], ny_person
) -> None:
    """Gap: "at most one year", a period that ends after it starts, and a licensed
    person delegating are the services' rules; the file takes any of them."""
    vardbitrade = ny_person("Vera", "Olegitimerad", Roll.VARDBITRADE)
    _ny(databas, parter, giltig_till=FRAN + timedelta(days=3 * 365))
    _ny(databas, parter, giltig_fran=TILL, giltig_till=FRAN)
    _ny(databas, (parter[0], vardbitrade))
    _ny(databas, (parter[0], parter[0]))  # delegating to oneself
    assert antal(databas, "delegering") == 4
