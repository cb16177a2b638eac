"""Lakemedelstillsyn with its answers and findings (modeller/lakemedelstillsyn.py) in a
real encrypted file."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy.exc
from sqlalchemy import delete, select

from skrivbord.lagring.databas import Databas
from skrivbord.modeller import (
    Enhet,
    Lakemedelstillsyn,
    LakemedelstillsynFynd,
    LakemedelstillsynSvar,
    Personal,
)
from skrivbord.typer import Tillsynstyp
from tests.modeller.hjalp import antal, rader

HEMLIGT_FYND = "Hemligt-Fynd-Oxikodon-saknas-4c6d"
HEMLIG_KOMMENTAR = "Hemlig-Kommentar-kylskåp-9°C-77ab"


@pytest.fixture
def ny_tillsyn(databas: Databas, enhet_id: int):
    def ny_tillsyn(**falt: object) -> int:
        varden: dict[str, object] = {
            "enhet_id": enhet_id,
            "typ": Tillsynstyp.NARKOTIKA,
            "datum": date(2025, 4, 10),
        }
        varden.update(falt)
        with databas.session() as session:
            tillsyn = Lakemedelstillsyn(**varden)
            session.add(tillsyn)
            session.flush()
            return tillsyn.id

    return ny_tillsyn


def test_tillsyn_med_svar_och_fynd_gar_runt_genom_den_krypterade_filen(
    databas: Databas, enhet_id: int, ny_person, ny_tillsyn, ateroppna
) -> None:
    ssk = ny_person()
    tillsyn_id = ny_tillsyn(
        typ=Tillsynstyp.OVRIGA,
        utford_av_id=ssk,
        kommentar=HEMLIG_KOMMENTAR,
        svar=[
            LakemedelstillsynSvar(fraga="forvaring_last", svar="ja"),
            LakemedelstillsynSvar(fraga="kyl_temperatur", svar="nej", kommentar="9 grader"),
            LakemedelstillsynSvar(fraga="kassation", svar="ej_aktuellt"),
        ],
        fynd=[
            LakemedelstillsynFynd(beskrivning=HEMLIGT_FYND, atgard="Avvikelse skriven"),
            LakemedelstillsynFynd(beskrivning="Utgånget datum", atgardad_datum=date(2025, 4, 11)),
        ],
    )
    oppnad = ateroppna(databas, HEMLIGT_FYND, HEMLIG_KOMMENTAR)
    with oppnad.session() as session:
        t = session.get(Lakemedelstillsyn, tillsyn_id)
        assert (t.enhet_id, t.typ, t.datum, t.utford_av_id, t.kommentar) == (
            enhet_id,
            Tillsynstyp.OVRIGA,
            date(2025, 4, 10),
            ssk,
            HEMLIG_KOMMENTAR,
        )
        assert sorted((s.fraga, s.svar, s.kommentar) for s in t.svar) == [
            ("forvaring_last", "ja", ""),
            ("kassation", "ej_aktuellt", ""),
            ("kyl_temperatur", "nej", "9 grader"),
        ]
        assert sorted((f.beskrivning, f.atgard, f.atgardad_datum) for f in t.fynd) == [
            (HEMLIGT_FYND, "Avvikelse skriven", None),
            ("Utgånget datum", "", date(2025, 4, 11)),
        ]
        assert all(s.tillsyn is t for s in t.svar) and all(f.tillsyn is t for f in t.fynd)
        assert all(f.skapad <= f.andrad for f in t.fynd)


def test_standardvarden(databas: Databas, ny_tillsyn) -> None:
    tillsyn_id = ny_tillsyn()
    with databas.session() as session:
        t = session.get(Lakemedelstillsyn, tillsyn_id)
        assert (t.utford_av_id, t.kommentar, t.svar, t.fynd) == (None, "", [], [])
        assert t.skapad <= t.andrad


def test_svar_och_fynd_forsvinner_med_tillsynen(databas: Databas, ny_tillsyn) -> None:
    def med_barn() -> int:
        return ny_tillsyn(
            svar=[LakemedelstillsynSvar(fraga="f", svar="ja")],
            fynd=[LakemedelstillsynFynd(beskrivning="b")],
        )

    kvar, via_orm, via_sql = med_barn(), med_barn(), med_barn()
    with databas.session() as session:
        session.delete(session.get(Lakemedelstillsyn, via_orm))
    with databas.session() as session:  # the file's own ON DELETE CASCADE
        session.execute(delete(Lakemedelstillsyn).where(Lakemedelstillsyn.id == via_sql))
    for tabell in ("lakemedelstillsyn_svar", "lakemedelstillsyn_fynd"):
        assert rader(databas, f"SELECT tillsyn_id FROM {tabell}") == [(kvar,)], tabell


def test_svar_och_fynd_som_tas_ur_listan_raderas(databas: Databas, ny_tillsyn) -> None:
    tillsyn_id = ny_tillsyn(
        svar=[
            LakemedelstillsynSvar(fraga="a", svar="ja"),
            LakemedelstillsynSvar(fraga="b", svar="ja"),
        ],
        fynd=[LakemedelstillsynFynd(beskrivning="x")],
    )
    with databas.session() as session:
        t = session.get(Lakemedelstillsyn, tillsyn_id)
        t.svar = [s for s in t.svar if s.fraga == "b"]
        t.fynd.clear()
    assert rader(databas, "SELECT fraga FROM lakemedelstillsyn_svar") == [("b",)]
    assert antal(databas, "lakemedelstillsyn_fynd") == 0


def test_utforaren_tas_bort_och_enheten_skyddas(
    databas: Databas, enhet_id: int, ny_person, ny_tillsyn
) -> None:
    ssk = ny_person()
    tillsyn_id = ny_tillsyn(utford_av_id=ssk)
    with databas.session() as session:
        session.delete(session.get(Personal, ssk))
    assert rader(
        databas, "SELECT utford_av_id FROM lakemedelstillsyn WHERE id = ?", tillsyn_id
    ) == [(None,)]
    with (
        pytest.raises(sqlalchemy.exc.IntegrityError, match="FOREIGN KEY constraint failed"),
        databas.session() as session,
    ):
        session.execute(delete(Enhet).where(Enhet.id == enhet_id))


@pytest.mark.parametrize("falt", ["enhet_id", "typ", "datum"])
def test_obligatoriska_falt(ny_tillsyn, falt: str) -> None:
    with pytest.raises(
        sqlalchemy.exc.IntegrityError, match=f"NOT NULL constraint failed: lakemedelstillsyn.{falt}"
    ):
        ny_tillsyn(**{falt: None})


def test_obligatoriska_falt_hos_svar_och_fynd(databas: Databas, ny_tillsyn) -> None:
    tillsyn_id = ny_tillsyn()
    for rad, kolumn in [
        (LakemedelstillsynSvar(tillsyn_id=tillsyn_id, svar="ja"), "lakemedelstillsyn_svar.fraga"),
        (LakemedelstillsynSvar(tillsyn_id=tillsyn_id, fraga="a"), "lakemedelstillsyn_svar.svar"),
        (LakemedelstillsynFynd(tillsyn_id=tillsyn_id), "lakemedelstillsyn_fynd.beskrivning"),
    ]:
        with (
            pytest.raises(
                sqlalchemy.exc.IntegrityError, match=f"NOT NULL constraint failed: {kolumn}"
            ),
            databas.session() as session,
        ):
            session.add(rad)


def test_okand_enhet_och_typ_vagras(databas: Databas, ny_tillsyn) -> None:
    with pytest.raises(sqlalchemy.exc.IntegrityError, match="FOREIGN KEY constraint failed"):
        ny_tillsyn(enhet_id=9999)
    with pytest.raises(sqlalchemy.exc.StatementError) as info:
        ny_tillsyn(typ="ivo")
    assert isinstance(info.value.orig, LookupError)
    assert antal(databas, "lakemedelstillsyn") == 0


def test_svaret_ar_fri_text_i_schemat(databas: Databas, ny_tillsyn) -> None:
    """Gap: an answer should be ja / nej / ej_aktuellt, but the column is plain text."""
    tillsyn_id = ny_tillsyn(svar=[LakemedelstillsynSvar(fraga="a", svar="kanske")])
    with databas.session() as session:
        svar = session.scalars(
            select(LakemedelstillsynSvar.svar).where(LakemedelstillsynSvar.tillsyn_id == tillsyn_id)
        ).all()
    assert svar == ["kanske"]
