"""Veckogenomgang and its linked avvikelser (modeller/veckogenomgang.py) in a real
encrypted file."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy.exc
from sqlalchemy import delete, insert

from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Avvikelse, Enhet, Personal, Veckogenomgang
from skrivbord.modeller.veckogenomgang import veckogenomgang_avvikelse
from skrivbord.typer import Genomgangstyp, Roll
from tests.modeller.hjalp import antal, rader

HEMLIGT_BESLUT = "Hemligt-Beslut-höftskydd-till-alla-6a3c"


@pytest.fixture
def ny_genomgang(databas: Databas, enhet_id: int):
    def ny_genomgang(**falt: object) -> int:
        varden: dict[str, object] = {
            "enhet_id": enhet_id,
            "ar": 2025,
            "vecka": 20,
            "typ": Genomgangstyp.FALL,
            "datum": date(2025, 5, 16),
        }
        varden.update(falt)
        with databas.session() as session:
            genomgang = Veckogenomgang(**varden)
            session.add(genomgang)
            session.flush()
            return genomgang.id

    return ny_genomgang


def test_genomgang_med_avvikelser_gar_runt_genom_den_krypterade_filen(
    databas: Databas, enhet_id: int, ny_avvikelse, ny_person, ny_genomgang, ateroppna
) -> None:
    chef = ny_person("Eva", "Chefsdotter", Roll.ENHETSCHEF)
    avvikelser = [ny_avvikelse(beskrivning=f"Fall {i}") for i in range(3)]
    with databas.session() as session:
        genomgang = Veckogenomgang(
            enhet_id=enhet_id,
            ar=2025,
            vecka=20,
            typ=Genomgangstyp.FALL,
            datum=date(2025, 5, 16),
            deltagare="Enhetschef, sjuksköterska, fysioterapeut",
            beslut=HEMLIGT_BESLUT,
            genomford_av_id=chef,
            avvikelser=[session.get(Avvikelse, i) for i in avvikelser[:2]],
        )
        session.add(genomgang)
    oppnad = ateroppna(databas, HEMLIGT_BESLUT)
    with oppnad.session() as session:
        g = session.get(Veckogenomgang, genomgang.id)
        assert (g.enhet_id, g.ar, g.vecka, g.typ, g.datum) == (
            enhet_id,
            2025,
            20,
            Genomgangstyp.FALL,
            date(2025, 5, 16),
        )
        assert (g.beslut, g.genomford_av_id) == (HEMLIGT_BESLUT, chef)
        assert g.deltagare == "Enhetschef, sjuksköterska, fysioterapeut"
        assert sorted(a.id for a in g.avvikelser) == avvikelser[:2]
        assert g.skapad <= g.andrad


def test_standardvarden(databas: Databas, ny_genomgang) -> None:
    genomgang_id = ny_genomgang()
    with databas.session() as session:
        g = session.get(Veckogenomgang, genomgang_id)
        assert (g.deltagare, g.beslut, g.genomford_av_id, g.avvikelser) == ("", "", None, [])


def test_en_genomgang_per_enhet_vecka_och_typ(
    databas: Databas, ny_genomgang, enhet_id: int
) -> None:
    ny_genomgang()
    with pytest.raises(
        sqlalchemy.exc.IntegrityError,
        match="UNIQUE constraint failed: veckogenomgang.enhet_id, veckogenomgang.ar, "
        "veckogenomgang.vecka, veckogenomgang.typ",
    ):
        ny_genomgang()
    # Another type, week, year or unit is another review.
    ny_genomgang(typ=Genomgangstyp.LAKEMEDEL)
    ny_genomgang(vecka=21)
    ny_genomgang(ar=2026)
    ny_genomgang(enhet_id=enhet_id + 1)
    assert antal(databas, "veckogenomgang") == 5


def test_borttagen_avvikelse_lamnar_genomgangen(
    databas: Databas, ny_avvikelse, ny_genomgang
) -> None:
    kvar, bort = ny_avvikelse(), ny_avvikelse()
    genomgang_id = ny_genomgang()
    with databas.session() as session:
        g = session.get(Veckogenomgang, genomgang_id)
        g.avvikelser = [session.get(Avvikelse, kvar), session.get(Avvikelse, bort)]
    with databas.session() as session:
        session.delete(session.get(Avvikelse, bort))
    assert rader(
        databas, "SELECT veckogenomgang_id, avvikelse_id FROM veckogenomgang_avvikelse"
    ) == [(genomgang_id, kvar)]
    with databas.session() as session:
        assert [a.id for a in session.get(Veckogenomgang, genomgang_id).avvikelser] == [kvar]


def test_borttagen_genomgang_lamnar_avvikelserna(
    databas: Databas, ny_avvikelse, ny_genomgang
) -> None:
    avvikelse_id = ny_avvikelse()
    via_orm, via_sql = ny_genomgang(vecka=1), ny_genomgang(vecka=2)
    with databas.session() as session:
        avvikelse = session.get(Avvikelse, avvikelse_id)
        for genomgang_id in (via_orm, via_sql):
            genomgang = session.get(Veckogenomgang, genomgang_id)
            genomgang.avvikelser.append(avvikelse)
    assert antal(databas, "veckogenomgang_avvikelse") == 2
    with databas.session() as session:
        session.delete(session.get(Veckogenomgang, via_orm))
    with databas.session() as session:  # the file's own ON DELETE CASCADE
        session.execute(delete(Veckogenomgang).where(Veckogenomgang.id == via_sql))
    assert antal(databas, "veckogenomgang_avvikelse") == 0
    assert antal(databas, "avvikelse") == 1


def test_den_som_genomfort_tas_bort_och_enheten_skyddas(
    databas: Databas, enhet_id: int, ny_person, ny_genomgang
) -> None:
    chef = ny_person()
    genomgang_id = ny_genomgang(genomford_av_id=chef)
    with databas.session() as session:
        session.delete(session.get(Personal, chef))
    assert rader(
        databas, "SELECT genomford_av_id FROM veckogenomgang WHERE id = ?", genomgang_id
    ) == [(None,)]
    with (
        pytest.raises(sqlalchemy.exc.IntegrityError, match="FOREIGN KEY constraint failed"),
        databas.session() as session,
    ):
        session.execute(delete(Enhet).where(Enhet.id == enhet_id))


@pytest.mark.parametrize("falt", ["enhet_id", "ar", "vecka", "typ", "datum"])
def test_obligatoriska_falt(ny_genomgang, falt: str) -> None:
    with pytest.raises(
        sqlalchemy.exc.IntegrityError, match=f"NOT NULL constraint failed: veckogenomgang.{falt}"
    ):
        ny_genomgang(**{falt: None})


def test_okand_typ_enhet_och_avvikelse_vagras(databas: Databas, ny_genomgang) -> None:
    with pytest.raises(sqlalchemy.exc.StatementError) as info:
        ny_genomgang(typ="trycksar")
    assert isinstance(info.value.orig, LookupError)
    with pytest.raises(sqlalchemy.exc.IntegrityError, match="FOREIGN KEY constraint failed"):
        ny_genomgang(enhet_id=9999)
    genomgang_id = ny_genomgang()
    with (
        pytest.raises(sqlalchemy.exc.IntegrityError, match="FOREIGN KEY constraint failed"),
        databas.session() as session,
    ):
        session.execute(
            insert(veckogenomgang_avvikelse).values(
                veckogenomgang_id=genomgang_id, avvikelse_id=9999
            )
        )


def test_vecka_och_ar_ar_inte_begransade_i_schemat(databas: Databas, ny_genomgang) -> None:
    """Gap: ar and vecka are meant as an ISO year and week, but any integer is stored."""
    ny_genomgang(vecka=0)
    ny_genomgang(vecka=99)
    ny_genomgang(ar=-1)
    assert antal(databas, "veckogenomgang") == 3
