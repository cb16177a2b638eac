"""What bas.py gives every model, checked in a real encrypted file: constraint names
from the naming convention, foreign keys that are enforced with the ON DELETE the
models declare, the Tidsstamplad timestamps, and kolumntyp's value-only enum columns."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy.exc
from sqlalchemy import Enum as SaEnum
from sqlalchemy import Table, UniqueConstraint, func, insert, inspect, select, text, update

from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Bas, Enhet, Personal
from skrivbord.modeller.bas import NAMNKONVENTION
from skrivbord.typer import Enhetstyp, Roll

GAMMAL_TID = datetime(2020, 1, 1)

UPPRAKNINGSKOLUMNER = sorted(
    (tabell.name, kolumn.name)
    for tabell in Bas.metadata.tables.values()
    for kolumn in tabell.columns
    if isinstance(kolumn.type, SaEnum)
)


def _utc_nu() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _kolumn(tabell: str, kolumn: str):
    return Bas.metadata.tables[tabell].c[kolumn]


# --- constraint names and foreign keys -------------------------------------------------------


# Foreign keys added by ADD COLUMN: SQLite keeps them inline in the column (a named
# table constraint would need the table rebuilt: minutes for avvikelse at a million
# rows; migration 0018 adds the delegation's one the same way), and its reflection
# reads no name for them.
INLINE_FK = {("avvikelse", "annat_skal_id"), ("delegering", "aterkallad_av_id")}


def test_namnkonventionen_ger_namnen_i_filen(databas: Databas) -> None:
    """Primary, unique and foreign keys carry the convention's names in the file itself."""
    assert NAMNKONVENTION["pk"] == "pk_%(table_name)s"
    with databas.engine.connect() as anslutning:
        granska = inspect(anslutning)
        for tabell in Bas.metadata.sorted_tables:
            assert granska.get_pk_constraint(tabell.name)["name"] == f"pk_{tabell.name}"
            fk_i_filen = {
                f["name"] or f"inline:{f['constrained_columns'][0]}"
                for f in granska.get_foreign_keys(tabell.name)
            }
            fk_i_modellen = {
                f"inline:{fk.parent.name}"
                if (tabell.name, fk.parent.name) in INLINE_FK
                else f"fk_{tabell.name}_{fk.parent.name}_{fk.column.table.name}"
                for fk in tabell.foreign_keys
            }
            assert fk_i_filen == fk_i_modellen, tabell.name
            uq_i_filen = {u["name"] for u in granska.get_unique_constraints(tabell.name)}
            uq_i_modellen = {
                f"uq_{tabell.name}_{next(iter(c.columns)).name}"
                for c in tabell.constraints
                if isinstance(c, UniqueConstraint)
            }
            assert uq_i_filen == uq_i_modellen, tabell.name
    # The two unique constraints of the schema, by the convention's names.
    assert "uq_enhet_namn" in {c.name for c in Bas.metadata.tables["enhet"].constraints}
    assert "uq_veckogenomgang_enhet_id" in {
        c.name for c in Bas.metadata.tables["veckogenomgang"].constraints
    }


def test_on_delete_i_filen_ar_det_modellerna_sager(databas: Databas) -> None:
    modellerna = {
        (tabell.name, fk.parent.name, fk.column.table.name): (fk.ondelete or "NO ACTION").upper()
        for tabell in Bas.metadata.sorted_tables
        for fk in tabell.foreign_keys
    }
    filen = {}
    with databas.ra_anslutning() as anslutning:
        for tabell in Bas.metadata.sorted_tables:
            for rad in anslutning.execute(f"PRAGMA foreign_key_list({tabell.name})"):
                # (id, seq, table, from, to, on_update, on_delete, match)
                filen[(tabell.name, rad[3], rad[2])] = rad[6]
    assert filen == modellerna
    assert set(filen.values()) == {"CASCADE", "SET NULL", "RESTRICT", "NO ACTION"}


def test_frammande_nycklar_kontrolleras_i_varje_anslutning(databas: Databas, ateroppna) -> None:
    with databas.session() as session:
        assert session.scalar(text("PRAGMA foreign_keys")) == 1
    with databas.ra_anslutning() as anslutning:
        assert anslutning.execute("PRAGMA foreign_keys").fetchone() == (1,)
        assert anslutning.execute("PRAGMA foreign_key_check").fetchall() == []
    oppnad = ateroppna(databas)
    with oppnad.session() as session:
        assert session.scalar(text("PRAGMA foreign_keys")) == 1
        with pytest.raises(sqlalchemy.exc.IntegrityError, match="FOREIGN KEY"):
            session.execute(text("INSERT INTO personal_enhet VALUES (9999, 9999)"))


# --- Tidsstamplad ------------------------------------------------------------------------


@pytest.fixture
def langt_ost_om_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's clock at UTC+14: a local timestamp would be 14 hours off."""
    monkeypatch.setenv("TZ", "KIR-14")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_ny_rad_far_skapad_och_andrad_i_utc(databas: Databas, langt_ost_om_utc) -> None:
    fore = _utc_nu()
    with databas.session() as session:
        person = Personal(fornamn="Tid", efternamn="Stämpel", roll=Roll.VARDBITRADE)
        session.add(person)
    efter = _utc_nu()
    assert abs(datetime.now() - efter) > timedelta(hours=13)  # the local clock is elsewhere
    with databas.session() as session:
        skapad, andrad = session.execute(
            select(Personal.skapad, Personal.andrad).where(Personal.id == person.id)
        ).one()
    assert skapad.tzinfo is None and andrad.tzinfo is None  # naive UTC, as skrivbord.tid says
    assert fore <= skapad <= efter
    assert fore <= andrad <= efter
    # Both defaults call the clock on their own: andrad may be microseconds later.
    assert skapad <= andrad < skapad + timedelta(seconds=1)


def _aldra(databas: Databas, enhet_id: int) -> None:
    with databas.session() as session:
        session.execute(
            update(Enhet).where(Enhet.id == enhet_id).values(skapad=GAMMAL_TID, andrad=GAMMAL_TID)
        )


def _tider(databas: Databas, enhet_id: int) -> tuple[datetime, datetime]:
    with databas.session() as session:
        return session.execute(select(Enhet.skapad, Enhet.andrad).where(Enhet.id == enhet_id)).one()


def test_andrad_flyttas_vid_andring_men_inte_skapad(databas: Databas, enhet_id: int) -> None:
    _aldra(databas, enhet_id)
    fore = _utc_nu()
    with databas.session() as session:
        session.get(Enhet, enhet_id).aktiv = False
    skapad, andrad = _tider(databas, enhet_id)
    assert skapad == GAMMAL_TID
    assert fore <= andrad <= _utc_nu()


def test_andrad_flyttas_aven_av_en_update_sats(databas: Databas, enhet_id: int) -> None:
    _aldra(databas, enhet_id)
    with databas.session() as session:
        session.execute(update(Enhet).where(Enhet.id == enhet_id).values(aktiv=False))
    skapad, andrad = _tider(databas, enhet_id)
    assert skapad == GAMMAL_TID
    assert andrad > GAMMAL_TID


def test_andrad_star_still_nar_inget_andras(databas: Databas, enhet_id: int) -> None:
    _aldra(databas, enhet_id)
    with databas.session() as session:
        enhet = session.get(Enhet, enhet_id)
        enhet.namn = str(enhet.namn)  # the same value: no UPDATE
    assert _tider(databas, enhet_id) == (GAMMAL_TID, GAMMAL_TID)


def test_andrad_satts_inte_av_databasen_sjalv(databas: Databas, enhet_id: int) -> None:
    """Gap: andrad is kept by SQLAlchemy (onupdate), not by a trigger, so plain SQL
    through the raw connection leaves it alone."""
    _aldra(databas, enhet_id)
    with databas.ra_anslutning() as anslutning:
        anslutning.execute("UPDATE enhet SET aktiv = 0 WHERE id = ?", (enhet_id,))
    assert _tider(databas, enhet_id) == (GAMMAL_TID, GAMMAL_TID)


# --- kolumntyp ---------------------------------------------------------------------------


def test_upprakningar_lagras_som_sitt_varde(databas: Databas) -> None:
    with databas.session() as session:
        session.add(Enhet(namn="Hemsjukvården", typ=Enhetstyp.HEMSJUKVARD))
        session.add(Enhet(namn="Gruppbostaden", typ="lss"))  # the value as a string is fine
    with databas.ra_anslutning() as anslutning:
        rader = anslutning.execute(
            "SELECT namn, typ FROM enhet WHERE namn IN ('Hemsjukvården', 'Gruppbostaden') "
            "ORDER BY namn"
        ).fetchall()
    assert rader == [("Gruppbostaden", "lss"), ("Hemsjukvården", "hemsjukvard")]
    with databas.session() as session:
        typer = session.scalars(select(Enhet.typ).where(Enhet.namn == "Gruppbostaden")).all()
    assert typer == [Enhetstyp.LSS]
    assert type(typer[0]) is Enhetstyp


@pytest.mark.parametrize(("tabell", "kolumn"), UPPRAKNINGSKOLUMNER, ids=lambda v: v)
def test_varje_upprakningskolumn_vagrar_okanda_varden(
    databas: Databas, tabell: str, kolumn: str
) -> None:
    typ = _kolumn(tabell, kolumn).type
    medlem = next(iter(typ.enum_class))
    tabellen: Table = Bas.metadata.tables[tabell]
    with databas.session() as session:
        fore = session.scalar(select(func.count()).select_from(tabellen))
    nycklar = {k.name: 1 for k in tabellen.primary_key.columns if k.name != kolumn}
    # An unknown value, and a member's name instead of its value, never reach SQLite.
    for fel_varde in ("finns_inte", medlem.name):
        with pytest.raises(sqlalchemy.exc.StatementError) as info, databas.session() as session:
            session.execute(insert(tabellen).values({**nycklar, kolumn: fel_varde}))
        assert isinstance(info.value.orig, LookupError), fel_varde
        assert not isinstance(info.value, sqlalchemy.exc.DBAPIError)
    with databas.session() as session:
        assert session.scalar(select(func.count()).select_from(tabellen)) == fore


@pytest.mark.parametrize(("tabell", "kolumn"), UPPRAKNINGSKOLUMNER, ids=lambda v: v)
def test_upprakningens_varden_ryms_i_kolumnen(databas: Databas, tabell: str, kolumn: str) -> None:
    typ = _kolumn(tabell, kolumn).type
    assert max(len(m.value) for m in typ.enum_class) <= typ.length
    with databas.ra_anslutning() as anslutning:
        deklarerad = {
            rad[1]: rad[2] for rad in anslutning.execute(f"PRAGMA table_xinfo({tabell})")
        }[kolumn]
    assert deklarerad == f"VARCHAR({typ.length})"


def test_schemat_har_ingen_check_for_upprakningar(databas: Databas, enhet_id: int) -> None:
    """Gap (by design, see kolumntyp): the file accepts any text in an enum column; the
    ORM then cannot read that row back."""
    with databas.ra_anslutning() as anslutning:
        anslutning.execute("UPDATE enhet SET typ = 'aldreboende' WHERE id = ?", (enhet_id,))
    with pytest.raises(LookupError, match="aldreboende"), databas.session() as session:
        session.get(Enhet, enhet_id)
