"""Avvikelse and what hangs off it (modeller/avvikelse.py) in a real encrypted file:
defaults, the generated year/quarter columns, the FTS5 index kept by triggers, the
åtgärder, uppföljningar, orsaker and status history, and what deleting does."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
import sqlalchemy.exc
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import delete, func, select, text

from skrivbord.lagring.databas import Databas
from skrivbord.modeller import (
    Atgard,
    Avvikelse,
    AvvikelseKategori,
    AvvikelseOrsak,
    Enhet,
    Personal,
    Statusandring,
    Uppfoljning,
)
from skrivbord.typer import (
    Atgardsstatus,
    Avvikelsestatus,
    Konsekvens,
    LexMaria,
    Orsaksomrade,
    Roll,
)
from tests.modeller.hjalp import antal, rader

HEMLIG_BESKRIVNING = "Hemlig-Fallolycka-vid-sängkanten-91c4"
HEMLIG_ATGARD = "Hemlig-Åtgärd-sänglarm-3b7e"
BARN = ["atgard", "uppfoljning", "avvikelse_orsak", "avvikelse_statusandring"]


def _sok(databas: Databas, ord_: str) -> list[int]:
    with databas.session() as session:
        return session.scalars(
            text("SELECT rowid FROM avvikelse_fts WHERE avvikelse_fts MATCH :ord ORDER BY rowid"),
            {"ord": ord_},
        ).all()


def test_standardvarden(databas: Databas, ny_avvikelse) -> None:
    fore = datetime.now()
    avvikelse_id = ny_avvikelse()
    with databas.session() as session:
        a = session.get(Avvikelse, avvikelse_id)
        assert a.status is Avvikelsestatus.REGISTRERAD
        assert a.lex_maria is LexMaria.EJ_BEDOMD
        assert a.konsekvens == Konsekvens.INGEN_SKADA
        assert a.mellan_vardgivare is False
        assert a.handelseanalys is None
        assert a.riskpoang is None
        for falt in (
            "underkategori",
            "beskrivning",
            "omedelbar_atgard",
            "annat_orsak",
            "overenskommelse_text",
            "motpart_svar",
            "lex_maria_motivering",
            "analys_text",
        ):
            assert getattr(a, falt) == "", falt
        for falt in (
            "rapportor_namn",
            "risk_konsekvens",
            "risk_sannolikhet",
            "extern_referens",
            "lex_maria_datum",
            "ivo_referens",
            "fall_plats",
            "fall_aktivitet",
            "fall_skada",
            "lakemedel_feltyp",
            "lakemedel_upptackt_av",
            "motpart",
            "motpart_enhet",
            "overenskommelse",
            "motpart_underrattad_datum",
            "import_nyckel",
        ):
            assert getattr(a, falt) is None, falt
        assert a.skapad <= a.andrad
        assert abs(a.skapad - fore) < timedelta(days=1)
        assert (a.atgarder, a.uppfoljningar, a.orsaker, a.statusandringar) == ([], [], [], [])


def test_textfalten_fran_migrering_0003_har_standardvarde_i_filen(
    databas: Databas, enhet_id: int, kategori_id: int
) -> None:
    """The five text columns added by ALTER TABLE carry DEFAULT '' in the file; the
    other defaults (status, lex_maria, konsekvens …) live in the model only."""
    obligatoriska = (
        "handelse_tid, rapporterad_datum, enhet_id, rapportor_roll, kategori_id, underkategori, "
        "beskrivning, omedelbar_atgard, konsekvens, mellan_vardgivare, skapad, andrad"
    )
    varden = (
        "'2025-05-14 08:30:00.000000', '2025-05-14', ?, 'underskoterska', ?, '', '', '', 0, 0, "
        "'2025-05-14', '2025-05-14'"
    )
    with databas.ra_anslutning() as anslutning:
        with pytest.raises(sqlcipher.IntegrityError, match="NOT NULL constraint failed"):
            anslutning.execute(
                f"INSERT INTO avvikelse ({obligatoriska}) VALUES ({varden})",
                (enhet_id, kategori_id),
            )
        anslutning.execute(
            f"INSERT INTO avvikelse ({obligatoriska}, status, lex_maria) "
            f"VALUES ({varden}, 'registrerad', 'ej_aktuell')",
            (enhet_id, kategori_id),
        )
    assert rader(
        databas,
        "SELECT annat_orsak, overenskommelse_text, motpart_svar, lex_maria_motivering, "
        "analys_text FROM avvikelse",
    ) == [("", "", "", "", "")]


@pytest.mark.parametrize(
    ("handelse_tid", "ar", "kvartal"),
    [
        (datetime(2025, 1, 1, 0, 0), 2025, 1),
        (datetime(2025, 3, 31, 23, 59, 59, 999999), 2025, 1),
        (datetime(2025, 4, 1), 2025, 2),
        (datetime(2025, 6, 30, 12), 2025, 2),
        (datetime(2025, 7, 1), 2025, 3),
        (datetime(2025, 9, 30), 2025, 3),
        (datetime(2025, 10, 1), 2025, 4),
        (datetime(2024, 12, 31, 23, 59, 59), 2024, 4),
        (datetime(2024, 2, 29, 6), 2024, 1),
    ],
    ids=str,
)
def test_ar_och_kvartal_raknas_fran_handelsetiden(
    databas: Databas, ny_avvikelse, handelse_tid: datetime, ar: int, kvartal: int
) -> None:
    avvikelse_id = ny_avvikelse(handelse_tid=handelse_tid)
    with databas.session() as session:
        assert session.execute(
            select(Avvikelse.ar, Avvikelse.kvartal).where(Avvikelse.id == avvikelse_id)
        ).one() == (ar, kvartal)
        # Filtering by the columns finds it (the aggregate index is built on them).
        assert (
            session.scalar(
                select(func.count()).where(Avvikelse.ar == ar, Avvikelse.kvartal == kvartal)
            )
            == 1
        )


def test_ar_och_kvartal_foljer_en_andrad_handelsetid(databas: Databas, ny_avvikelse) -> None:
    avvikelse_id = ny_avvikelse(handelse_tid=datetime(2024, 11, 2, 14, 0))
    with databas.session() as session:
        a = session.get(Avvikelse, avvikelse_id)
        assert (a.ar, a.kvartal) == (2024, 4)
        a.handelse_tid = datetime(2025, 2, 3, 9, 15)
        session.flush()
        # Generated by SQLite: the ORM reads the new values back after the flush.
        assert (a.ar, a.kvartal) == (2025, 1)
    assert rader(databas, "SELECT ar, kvartal FROM avvikelse") == [(2025, 1)]


def test_ar_och_kvartal_kan_inte_skrivas(databas: Databas, ny_avvikelse) -> None:
    avvikelse_id = ny_avvikelse(handelse_tid=datetime(2025, 5, 1))
    with (
        pytest.raises(sqlalchemy.exc.OperationalError, match='cannot UPDATE generated column "ar"'),
        databas.session() as session,
    ):
        session.get(Avvikelse, avvikelse_id).ar = 1999
    assert rader(databas, "SELECT ar FROM avvikelse") == [(2025,)]


def test_atgarder_uppfoljningar_orsaker_och_historik_gar_runt_genom_den_krypterade_filen(
    databas: Databas, ny_avvikelse, ny_person, ateroppna
) -> None:
    ansvarig_id = ny_person("Anna", "Ansvarsdotter", Roll.SJUKSKOTERSKA)
    avvikelse_id = ny_avvikelse(beskrivning=HEMLIG_BESKRIVNING, konsekvens=Konsekvens.LINDRIG)
    bas = datetime(2025, 5, 20, 12, 0)
    with databas.session() as session:
        a = session.get(Avvikelse, avvikelse_id)
        a.atgarder.append(
            Atgard(beskrivning=HEMLIG_ATGARD, ansvarig_id=ansvarig_id, deadline=date(2025, 6, 1))
        )
        a.atgarder.append(Atgard(beskrivning="Rutin för nattrond", status=Atgardsstatus.KLAR))
        a.uppfoljningar.append(Uppfoljning(datum=date(2025, 7, 1), effekt_uppnadd=True))
        a.uppfoljningar.append(Uppfoljning(datum=date(2025, 8, 1), nasta_steg="Följ upp igen"))
        a.orsaker = [
            AvvikelseOrsak(orsak=Orsaksomrade.RUTINER),
            AvvikelseOrsak(orsak=Orsaksomrade.KOMMUNIKATION),
        ]
        # Recorded times out of order on purpose: the history is ordered by id.
        for fran, till, minuter in [
            (None, Avvikelsestatus.REGISTRERAD, 30),
            (Avvikelsestatus.REGISTRERAD, Avvikelsestatus.UNDER_UTREDNING, 20),
            (Avvikelsestatus.UNDER_UTREDNING, Avvikelsestatus.ATGARDER_BESLUTADE, 10),
        ]:
            a.statusandringar.append(
                Statusandring(
                    fran=fran, till=till, anvandare="mas", tid=bas - timedelta(minutes=minuter)
                )
            )
        a.status = Avvikelsestatus.ATGARDER_BESLUTADE

    with databas.session() as session:  # reopening later adds to the end
        a = session.get(Avvikelse, avvikelse_id)
        a.statusandringar.append(
            Statusandring(
                fran=Avvikelsestatus.ATGARDER_BESLUTADE,
                till=Avvikelsestatus.UNDER_UTREDNING,
                anvandare="mas",
                tid=bas - timedelta(hours=1),
                orsak="Ny information",
            )
        )

    oppnad = ateroppna(databas, HEMLIG_BESKRIVNING, HEMLIG_ATGARD)
    with oppnad.session() as session:
        a = session.get(Avvikelse, avvikelse_id)
        assert a.beskrivning == HEMLIG_BESKRIVNING
        assert a.status is Avvikelsestatus.ATGARDER_BESLUTADE
        atgarder = sorted(a.atgarder, key=lambda x: x.id)
        assert [(x.beskrivning, x.status) for x in atgarder] == [
            (HEMLIG_ATGARD, Atgardsstatus.PLANERAD),
            ("Rutin för nattrond", Atgardsstatus.KLAR),
        ]
        assert atgarder[0].ansvarig_id == ansvarig_id
        assert atgarder[0].deadline == date(2025, 6, 1)
        assert all(x.avvikelse_id == a.id for x in atgarder)
        assert sorted((u.datum, u.effekt_uppnadd, u.nasta_steg) for u in a.uppfoljningar) == [
            (date(2025, 7, 1), True, ""),
            (date(2025, 8, 1), None, "Följ upp igen"),
        ]
        assert {o.orsak for o in a.orsaker} == {Orsaksomrade.RUTINER, Orsaksomrade.KOMMUNIKATION}
        assert [(s.fran, s.till, s.orsak) for s in a.statusandringar] == [
            (None, Avvikelsestatus.REGISTRERAD, ""),
            (Avvikelsestatus.REGISTRERAD, Avvikelsestatus.UNDER_UTREDNING, ""),
            (Avvikelsestatus.UNDER_UTREDNING, Avvikelsestatus.ATGARDER_BESLUTADE, ""),
            (Avvikelsestatus.ATGARDER_BESLUTADE, Avvikelsestatus.UNDER_UTREDNING, "Ny information"),
        ]
        assert [s.id for s in a.statusandringar] == sorted(s.id for s in a.statusandringar)
        assert all(s.avvikelse is a for s in a.statusandringar)


def test_atgard_och_statusandring_far_standardvarden(databas: Databas, ny_avvikelse) -> None:
    avvikelse_id = ny_avvikelse()
    fore = datetime.now()
    with databas.session() as session:
        a = session.get(Avvikelse, avvikelse_id)
        a.atgarder.append(Atgard(beskrivning="Kontrollera larmet"))
        a.statusandringar.append(Statusandring(till=Avvikelsestatus.REGISTRERAD, anvandare="x"))
    with databas.session() as session:
        atgard = session.scalars(select(Atgard)).one()
        assert atgard.status is Atgardsstatus.PLANERAD
        assert (atgard.ansvarig_id, atgard.deadline, atgard.klar_datum) == (None, None, None)
        andring = session.scalars(select(Statusandring)).one()
        assert andring.fran is None and andring.orsak == ""
        assert abs(andring.tid - fore) < timedelta(days=1)


def test_borttagen_ur_listan_tas_bort_ur_filen(databas: Databas, ny_avvikelse) -> None:
    """cascade="all, delete-orphan": a child removed from its list is deleted."""
    avvikelse_id = ny_avvikelse()
    with databas.session() as session:
        a = session.get(Avvikelse, avvikelse_id)
        a.atgarder = [Atgard(beskrivning="Behålls"), Atgard(beskrivning="Stryks")]
        a.uppfoljningar = [Uppfoljning(datum=date(2025, 6, 1))]
        a.orsaker = [AvvikelseOrsak(orsak=Orsaksomrade.MILJO)]
    with databas.session() as session:
        a = session.get(Avvikelse, avvikelse_id)
        a.atgarder = [x for x in a.atgarder if x.beskrivning == "Behålls"]
        a.uppfoljningar.clear()
        a.orsaker.clear()
    assert rader(databas, "SELECT beskrivning FROM atgard") == [("Behålls",)]
    assert antal(databas, "uppfoljning") == antal(databas, "avvikelse_orsak") == 0


def _fyll_barn(databas: Databas, avvikelse_id: int) -> None:
    with databas.session() as session:
        a = session.get(Avvikelse, avvikelse_id)
        a.atgarder.append(Atgard(beskrivning="Åtgärd"))
        a.uppfoljningar.append(Uppfoljning(datum=date(2025, 6, 1)))
        a.orsaker.append(AvvikelseOrsak(orsak=Orsaksomrade.BEMANNING))
        a.statusandringar.append(Statusandring(till=Avvikelsestatus.REGISTRERAD, anvandare="x"))


def test_borttagen_avvikelse_tar_med_sig_allt_i_databasen(databas: Databas, ny_avvikelse) -> None:
    """ON DELETE CASCADE in the file itself (a DELETE statement, no ORM cascade)."""
    kvar, bort = ny_avvikelse(beskrivning="kvarstår"), ny_avvikelse(beskrivning="försvinner")
    for avvikelse_id in (kvar, bort):
        _fyll_barn(databas, avvikelse_id)
    with databas.session() as session:
        session.execute(delete(Avvikelse).where(Avvikelse.id == bort))
    for tabell in BARN:
        assert rader(databas, f"SELECT DISTINCT avvikelse_id FROM {tabell}") == [(kvar,)], tabell
    assert _sok(databas, "försvinner") == []
    assert _sok(databas, "kvarstår") == [kvar]


def test_borttagen_avvikelse_via_orm(databas: Databas, ny_avvikelse) -> None:
    avvikelse_id = ny_avvikelse()
    _fyll_barn(databas, avvikelse_id)
    with databas.session() as session:
        session.delete(session.get(Avvikelse, avvikelse_id))
    assert [antal(databas, t) for t in ["avvikelse", *BARN]] == [0, 0, 0, 0, 0]


def test_borttagen_ansvarig_lamnar_atgarden_kvar(databas: Databas, ny_avvikelse, ny_person) -> None:
    ansvarig_id = ny_person()
    avvikelse_id = ny_avvikelse()
    with databas.session() as session:
        a = session.get(Avvikelse, avvikelse_id)
        a.atgarder.append(Atgard(beskrivning="Utbilda", ansvarig_id=ansvarig_id))
    with databas.session() as session:
        session.delete(session.get(Personal, ansvarig_id))
    assert rader(databas, "SELECT beskrivning, ansvarig_id FROM atgard") == [("Utbilda", None)]


def test_enhet_och_kategori_med_avvikelser_kan_inte_tas_bort(
    databas: Databas, ny_avvikelse, enhet_id: int, kategori_id: int
) -> None:
    ny_avvikelse()
    for modell, rad_id in ((Enhet, enhet_id), (AvvikelseKategori, kategori_id)):
        with (
            pytest.raises(sqlalchemy.exc.IntegrityError, match="FOREIGN KEY constraint failed"),
            databas.session() as session,
        ):
            session.execute(delete(modell).where(modell.id == rad_id))
    assert antal(databas, "enhet", "id = ?", enhet_id) == 1
    assert antal(databas, "avvikelse_kategori", "id = ?", kategori_id) == 1


@pytest.mark.parametrize(
    ("falt", "varde"), [("enhet_id", 9999), ("kategori_id", 9999)], ids=lambda v: str(v)
)
def test_okand_enhet_eller_kategori_vagras(ny_avvikelse, falt: str, varde: int) -> None:
    with pytest.raises(sqlalchemy.exc.IntegrityError, match="FOREIGN KEY constraint failed"):
        ny_avvikelse(**{falt: varde})


def test_atgard_till_okand_avvikelse_vagras(databas: Databas) -> None:
    with (
        pytest.raises(sqlalchemy.exc.IntegrityError, match="FOREIGN KEY constraint failed"),
        databas.session() as session,
    ):
        session.add(Atgard(avvikelse_id=9999, beskrivning="Ingenstans"))


@pytest.mark.parametrize(
    "falt", ["handelse_tid", "rapporterad_datum", "enhet_id", "rapportor_roll", "kategori_id"]
)
def test_obligatoriska_falt(ny_avvikelse, falt: str) -> None:
    with pytest.raises(
        sqlalchemy.exc.IntegrityError, match=f"NOT NULL constraint failed: avvikelse.{falt}"
    ):
        ny_avvikelse(**{falt: None})


def test_obligatoriska_falt_hos_barnen(databas: Databas, ny_avvikelse) -> None:
    avvikelse_id = ny_avvikelse()
    for barn, kolumn in [
        (Atgard(avvikelse_id=avvikelse_id), "atgard.beskrivning"),
        (Uppfoljning(avvikelse_id=avvikelse_id), "uppfoljning.datum"),
        (Statusandring(avvikelse_id=avvikelse_id, anvandare="x"), "avvikelse_statusandring.till"),
        (
            Statusandring(avvikelse_id=avvikelse_id, till="registrerad"),
            "avvikelse_statusandring.anvandare",
        ),
    ]:
        with (
            pytest.raises(
                sqlalchemy.exc.IntegrityError, match=f"NOT NULL constraint failed: {kolumn}"
            ),
            databas.session() as session,
        ):
            session.add(barn)


@pytest.mark.parametrize(
    ("falt", "varde"),
    [("status", "stangd"), ("lex_maria", "anmald_till_ivo"), ("fall_skada", "benbrott")],
)
def test_varden_utanfor_upprakningen_vagras(
    databas: Databas, ny_avvikelse, falt: str, varde: str
) -> None:
    with pytest.raises(sqlalchemy.exc.StatementError) as info:
        ny_avvikelse(**{falt: varde})
    assert isinstance(info.value.orig, LookupError)
    assert antal(databas, "avvikelse") == 0


def test_samma_orsak_bara_en_gang(databas: Databas, ny_avvikelse) -> None:
    avvikelse_id = ny_avvikelse()
    with databas.session() as session:
        session.add(AvvikelseOrsak(avvikelse_id=avvikelse_id, orsak=Orsaksomrade.KOMPETENS))
    with (
        pytest.raises(sqlalchemy.exc.IntegrityError, match="UNIQUE constraint failed"),
        databas.session() as session,
    ):
        session.add(AvvikelseOrsak(avvikelse_id=avvikelse_id, orsak=Orsaksomrade.KOMPETENS))


def test_importnyckeln_ar_unik_men_far_saknas(databas: Databas, ny_avvikelse) -> None:
    ny_avvikelse(import_nyckel="a" * 64)
    ny_avvikelse(import_nyckel=None)
    ny_avvikelse(import_nyckel=None)
    with pytest.raises(
        sqlalchemy.exc.IntegrityError, match="UNIQUE constraint failed: avvikelse.import_nyckel"
    ):
        ny_avvikelse(import_nyckel="a" * 64)
    assert antal(databas, "avvikelse") == 3


def test_fritextindexet_foljer_tabellen(databas: Databas, ny_avvikelse) -> None:
    forsta = ny_avvikelse(beskrivning="Brukaren föll i badrummet", omedelbar_atgard="Larmade")
    andra = ny_avvikelse(beskrivning="Dosetten saknades")
    assert _sok(databas, "badrummet") == [forsta]
    assert _sok(databas, "larmade") == [forsta]
    with databas.session() as session:
        session.get(Avvikelse, forsta).beskrivning = "Brukaren föll i köket"
        session.get(Avvikelse, andra).status = Avvikelsestatus.UNDER_UTREDNING
    assert _sok(databas, "badrummet") == []
    assert _sok(databas, "köket") == [forsta]
    assert _sok(databas, "dosetten") == [andra]
    with databas.session() as session:
        session.delete(session.get(Avvikelse, andra))
    assert _sok(databas, "dosetten") == []


def test_riskpoang() -> None:
    assert Avvikelse(risk_konsekvens=3, risk_sannolikhet=4).riskpoang == 12
    assert Avvikelse(risk_konsekvens=3).riskpoang is None
    assert Avvikelse(risk_sannolikhet=2).riskpoang is None


def test_skalor_och_rapportorens_roll_ar_inte_begransade_i_schemat(
    databas: Databas, ny_avvikelse
) -> None:
    """Gap: konsekvens (0–4), the risk scales (1–4) and rapportor_roll (a Roll value)
    are plain numbers and text in the file: nothing below the services checks them."""
    avvikelse_id = ny_avvikelse(
        konsekvens=9, risk_konsekvens=7, risk_sannolikhet=0, rapportor_roll="praktikant"
    )
    with databas.session() as session:
        a = session.get(Avvikelse, avvikelse_id)
        assert (a.konsekvens, a.riskpoang, a.rapportor_roll) == (9, 0, "praktikant")
    with pytest.raises(ValueError):
        Roll(a.rapportor_roll)
