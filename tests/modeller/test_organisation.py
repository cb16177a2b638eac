"""Enhet, Personal and personal_enhet (modeller/organisation.py) in a real encrypted file."""

from __future__ import annotations

import pytest
import sqlalchemy.exc
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import delete, select

from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Enhet, Personal
from skrivbord.typer import Enhetstyp, Roll
from tests.conftest import ENHETER
from tests.modeller.hjalp import antal, rader

HEMLIGT_NAMN = "Hemlig-Enhetschefsdotter-5e2a"


def test_fyra_enheter_fran_tjansten(databas: Databas) -> None:
    with databas.session() as session:
        enheter = session.scalars(select(Enhet).order_by(Enhet.id)).all()
        assert [(e.namn, e.typ) for e in enheter] == ENHETER
        assert all(e.aktiv and e.enhetschef is None and e.personal == [] for e in enheter)


def test_standardvarden(databas: Databas) -> None:
    with databas.session() as session:
        enhet = Enhet(namn="Dagverksamheten Sol", typ=Enhetstyp.DAGVERKSAMHET)
        mas = Personal(fornamn="Maja", efternamn="Ansvarig", roll=Roll.MAS)
        # An explicit None is left out of the INSERT, so the default applies.
        utan = Enhet(namn="Utan aktiv", typ=Enhetstyp.SABO, aktiv=None)
        session.add_all([enhet, mas, utan])
    with databas.session() as session:
        enhet = session.get(Enhet, enhet.id)
        mas = session.get(Personal, mas.id)
        assert enhet.aktiv is True
        assert session.get(Enhet, utan.id).aktiv is True
        assert enhet.enhetschef_id is None
        assert mas.aktiv is True
        assert mas.namn == "Maja Ansvarig"
        # The model does not derive legitimerad from the role: the service sets it.
        assert mas.legitimerad is False
        assert Roll.MAS.legitimerad is True


def test_chef_och_personal_gar_runt_genom_den_krypterade_filen(
    databas: Databas, enhet_id: int, ateroppna
) -> None:
    with databas.session() as session:
        enhet = session.get(Enhet, enhet_id)
        annan = session.scalars(select(Enhet).where(Enhet.id != enhet_id)).first()
        chef = Personal(fornamn="Elsa", efternamn=HEMLIGT_NAMN, roll=Roll.ENHETSCHEF)
        usk = Personal(fornamn="Ulla", efternamn="Underskötersson", roll=Roll.UNDERSKOTERSKA)
        ssk = Personal(
            fornamn="Sara",
            efternamn="Sjuksköterskedotter",
            roll=Roll.SJUKSKOTERSKA,
            legitimerad=True,
        )
        enhet.enhetschef = chef
        enhet.personal = [usk, ssk]
        ssk.enheter.append(annan)
        annan_namn = annan.namn

    oppnad = ateroppna(databas, HEMLIGT_NAMN, "Underskötersson")
    with oppnad.session() as session:
        enhet = session.get(Enhet, enhet_id)
        assert enhet.enhetschef.namn == f"Elsa {HEMLIGT_NAMN}"
        assert enhet.enhetschef.roll is Roll.ENHETSCHEF
        assert sorted(p.fornamn for p in enhet.personal) == ["Sara", "Ulla"]
        ssk = session.scalars(select(Personal).where(Personal.fornamn == "Sara")).one()
        assert ssk.legitimerad is True
        assert sorted(e.namn for e in ssk.enheter) == sorted([enhet.namn, annan_namn])
        # Being enhetschef does not make one staff of the unit.
        assert enhet.enhetschef not in enhet.personal
        assert enhet.enhetschef.enheter == []


def test_enhetsnamnet_ar_unikt(databas: Databas) -> None:
    fore = antal(databas, "enhet")
    with (
        pytest.raises(sqlalchemy.exc.IntegrityError, match="UNIQUE constraint failed: enhet.namn"),
        databas.session() as session,
    ):
        session.add(Enhet(namn=ENHETER[0][0], typ=Enhetstyp.HEMTJANST))
    assert antal(databas, "enhet") == fore


def test_unikheten_galler_exakt_samma_text(databas: Databas) -> None:
    """Gap: the constraint compares the exact text, so the schema lets in names that
    differ only in case or surrounding spaces (the service checks case itself)."""
    with databas.session() as session:
        session.add(Enhet(namn="SOLGÅRDEN", typ=Enhetstyp.SABO))
        session.add(Enhet(namn="Solgården ", typ=Enhetstyp.SABO))
    assert antal(databas, "enhet", "lower(namn) LIKE 'solg%'") == 3


@pytest.mark.parametrize(
    ("modell", "falt", "kolumn"),
    [
        (Enhet, {"typ": Enhetstyp.SABO}, "enhet.namn"),
        (Enhet, {"namn": "Utan typ"}, "enhet.typ"),
        (Personal, {"efternamn": "Utan", "roll": Roll.ANNAN}, "personal.fornamn"),
        (Personal, {"fornamn": "Utan", "roll": Roll.ANNAN}, "personal.efternamn"),
        (Personal, {"fornamn": "Utan", "efternamn": "Roll"}, "personal.roll"),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_obligatoriska_falt(databas: Databas, modell: type, falt: dict, kolumn: str) -> None:
    with (
        pytest.raises(sqlalchemy.exc.IntegrityError, match=f"NOT NULL constraint failed: {kolumn}"),
        databas.session() as session,
    ):
        session.add(modell(**falt))


def test_standardvardena_finns_bara_i_modellen(databas: Databas) -> None:
    """Gap: aktiv, legitimerad, skapad and andrad have Python-side defaults only; a row
    written with plain SQL (bulk loads) must give them itself."""
    with (
        pytest.raises(sqlcipher.IntegrityError, match="NOT NULL constraint failed: enhet.aktiv"),
        databas.ra_anslutning() as anslutning,
    ):
        anslutning.execute(
            "INSERT INTO enhet (namn, typ, skapad, andrad) VALUES ('Rå', 'sabo', '2025', '2025')"
        )


def test_okand_chef_vagras(databas: Databas) -> None:
    with (
        pytest.raises(sqlalchemy.exc.IntegrityError, match="FOREIGN KEY constraint failed"),
        databas.session() as session,
    ):
        session.add(Enhet(namn="Utan chef", typ=Enhetstyp.SABO, enhetschef_id=9999))


def test_roll_och_typ_utanfor_upprakningen_vagras(databas: Databas) -> None:
    for modell in (
        Enhet(namn="Äldreboendet", typ="aldreboende"),
        Personal(fornamn="Läkar", efternamn="Son", roll="lakare"),
    ):
        with pytest.raises(sqlalchemy.exc.StatementError) as info, databas.session() as session:
            session.add(modell)
        assert isinstance(info.value.orig, LookupError)
    assert antal(databas, "personal") == 0


def test_borttagen_chef_lamnar_enheten_utan_chef(
    databas: Databas, enhet_id: int, ny_person
) -> None:
    chef_id = ny_person("Erik", "Chefsson", Roll.ENHETSCHEF)
    with databas.session() as session:
        session.get(Enhet, enhet_id).enhetschef_id = chef_id
    with databas.session() as session:
        session.delete(session.get(Personal, chef_id))
    # ON DELETE SET NULL: the unit stays, without a chef.
    assert rader(databas, "SELECT enhetschef_id FROM enhet WHERE id = ?", enhet_id) == [(None,)]


def test_kopplingen_personal_enhet_forsvinner_med_enheten_eller_personen(
    databas: Databas, ny_person
) -> None:
    person_idn = [ny_person(f"P{i}", "Kopplad") for i in range(3)]
    with databas.session() as session:
        ny_enhet = Enhet(namn="Korttids Vilan", typ=Enhetstyp.KORTTID)
        ny_enhet.personal = [session.get(Personal, i) for i in person_idn]
        session.add(ny_enhet)
    assert antal(databas, "personal_enhet", "enhet_id = ?", ny_enhet.id) == 3

    # The database's own ON DELETE CASCADE, without the ORM's help.
    with databas.session() as session:
        session.execute(delete(Personal).where(Personal.id == person_idn[0]))
    assert antal(databas, "personal_enhet", "enhet_id = ?", ny_enhet.id) == 2
    with databas.session() as session:
        session.execute(delete(Enhet).where(Enhet.id == ny_enhet.id))
    assert antal(databas, "personal_enhet") == 0
    assert antal(databas, "personal") == 2  # the staff stay


def test_samma_person_kopplas_bara_en_gang(databas: Databas, enhet_id: int, ny_person) -> None:
    person_id = ny_person()
    with databas.ra_anslutning() as anslutning:
        anslutning.execute("INSERT INTO personal_enhet VALUES (?, ?)", (person_id, enhet_id))
        with pytest.raises(sqlcipher.IntegrityError, match="UNIQUE constraint failed"):
            anslutning.execute("INSERT INTO personal_enhet VALUES (?, ?)", (person_id, enhet_id))
