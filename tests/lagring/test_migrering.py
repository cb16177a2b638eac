"""Opening an older database upgrades it after an encrypted backup (the service, in
tjanster/databasfil.py, puts the steps in order); a newer one is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from skrivbord import fel
from skrivbord.lagring import databas as lagring
from skrivbord.lagring import migrering
from skrivbord.lagring.instanslas import Instanslas
from skrivbord.lagring.nyckelring import Nyckelring
from skrivbord.modeller import Avvikelse, AvvikelseKategori, Databasinfo, Enhet
from skrivbord.modeller.databasinfo import APPLIKATION
from skrivbord.tid import nu_utc
from skrivbord.tjanster import databasfil, sakerhetskopior
from skrivbord.typer import Enhetstyp, LexMaria


def _gammal_databas(sokvag: Path, nyckelring: Nyckelring) -> bytes:
    """A database at schema 0001 (before year columns and search) with one avvikelse."""
    nyckel = bytes(range(32))
    with lagring.Databas(sokvag, nyckel) as databas:
        with databas.ra_anslutning() as anslutning:
            anslutning.execute("PRAGMA journal_mode = WAL")
        migrering.uppgradera(databas, "0001")
        with databas.engine.begin() as anslutning:
            anslutning.exec_driver_sql(
                "INSERT INTO databasinfo VALUES ('applikation', ?)", (APPLIKATION,)
            )
            anslutning.exec_driver_sql(
                "INSERT INTO enhet (id, namn, typ, aktiv, skapad, andrad) "
                "VALUES (1, 'Solgården', 'sabo', 1, '2024-01-01', '2024-01-01')"
            )
            anslutning.exec_driver_sql(
                "INSERT INTO avvikelse_kategori (id, kod, namn, ordning, aktiv) "
                "VALUES (1, 'fall', 'Fall', 0, 1)"
            )
            anslutning.exec_driver_sql(
                "INSERT INTO avvikelse (handelse_tid, rapporterad_datum, enhet_id, rapportor_roll,"
                " kategori_id, underkategori, beskrivning, omedelbar_atgard, konsekvens,"
                " mellan_vardgivare, status, lex_maria, skapad, andrad) VALUES"
                " ('2024-05-14 08:30:00.000000', '2024-05-14', 1, 'underskoterska', 1, '',"
                " 'Föll vid sängkanten', '', 0, 0, 'registrerad', 'ej_aktuell',"
                " '2024-05-14', '2024-05-14')"
            )
    nyckelring.spara(lagring.lasa_salt(sokvag), nyckel)
    return nyckel


def test_aldre_databas_uppgraderas_med_kopia(tmp_path: Path, nyckelring: Nyckelring) -> None:
    sokvag = tmp_path / "gammal.db"
    nyckel = _gammal_databas(sokvag, nyckelring)
    with databasfil.oppna_genast(sokvag) as oppen:
        databas = oppen.databas
        assert migrering.aktuell_version(databas) == migrering.senaste_version()
        with databas.session() as session:
            avvikelse = session.scalars(select(Avvikelse)).one()
            assert (avvikelse.ar, avvikelse.kvartal) == (2024, 2)
            traffar = session.scalars(
                text("SELECT rowid FROM avvikelse_fts WHERE avvikelse_fts MATCH 'sängkanten'")
            ).all()
            assert traffar == [avvikelse.id]
            # 0007: the unit's attributes from its type, the time was known, a creation date.
            enhet = session.scalars(select(Enhet)).one()
            assert (enhet.har_lakemedelsforrad, enhet.gor_veckogenomgangar) == (True, True)
            assert enhet.startdatum is None and avvikelse.tid_okand is False
            assert session.get(Databasinfo, "skapad") is not None
            # 0008: "ej aktuell" without a date was never assessed: now "ej bedömd".
            assert avvikelse.lex_maria is LexMaria.EJ_BEDOMD
            # 0009: no reason for "inga åtgärder" yet.
            assert avvikelse.inga_atgarder_motivering == ""
        kopior = [k.sokvag for k in sakerhetskopior.kopior(sokvag)]

    assert len(kopior) == 1 and "fore-uppgradering" in kopior[0].name
    # The backup is encrypted with the same key and still at the old schema.
    assert b"SQLite format 3" not in kopior[0].read_bytes()[:100]
    with lagring.Databas(kopior[0], nyckel) as kopia:
        assert migrering.aktuell_version(kopia) == "0001"


def test_nyare_databas_vagras(ny_databas) -> None:
    with ny_databas.databas.engine.begin() as anslutning:
        anslutning.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    ny_databas.stang()
    with pytest.raises(fel.NyareDatabas, match="nyare version"):
        databasfil.oppna_genast(ny_databas.databas.sokvag)
    with Instanslas(ny_databas.databas.sokvag):  # the refusal released the lock
        pass


def test_schema_stammer_med_modellerna(databas: lagring.Databas) -> None:
    """Migrations produce what the models describe (no missing migration)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from skrivbord.modeller import Bas

    with databas.engine.connect() as anslutning:
        skillnader = compare_metadata(MigrationContext.configure(anslutning), Bas.metadata)
    # FTS5 shadow tables are not in the models on purpose.
    skillnader = [s for s in skillnader if "avvikelse_fts" not in str(s)]
    assert skillnader == []


def test_modeller_gar_runt(databas: lagring.Databas) -> None:
    with databas.session() as session:
        enhet = session.scalars(select(Enhet).where(Enhet.typ == Enhetstyp.SABO)).first()
        assert enhet is not None
        assert session.get(Databasinfo, "applikation").varde == APPLIKATION
        assert session.scalars(select(AvvikelseKategori)).first() is not None
        session.add(
            Avvikelse(
                handelse_tid=nu_utc(),
                rapporterad_datum=nu_utc().date(),
                enhet_id=enhet.id,
                rapportor_roll="sjukskoterska",
                kategori_id=1,
            )
        )


def test_senaste_version_stammer_med_alembic() -> None:
    """The quick head lookup (no Alembic import at open) agrees with Alembic, and the
    history is linear: one head."""
    from alembic.script import ScriptDirectory

    huvuden = ScriptDirectory.from_config(migrering.konfig()).get_heads()
    assert huvuden == [migrering.senaste_version()]
