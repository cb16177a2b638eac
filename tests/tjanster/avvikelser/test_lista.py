"""The avvikelse list: order, filters and free text against direct SQL, and query plans."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime

import pytest
from sqlalchemy import select

from skrivbord.jobb import kor_till_slut
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Avvikelse, AvvikelseKategori, Enhet
from skrivbord.tjanster import demodata
from skrivbord.tjanster.avvikelser import lista as avvikelselista
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.tjanster.avvikelser.lista import Filter, Sortering
from skrivbord.typer import Avvikelsestatus, Konsekvens, LexMaria, Roll
from tests.fabrik import komplett

IDAG = date(2026, 11, 23)
DATUMINDEX = (
    "ix_avvikelse_handelse_tid",
    "ix_avvikelse_lista",
    "ix_avvikelse_kategori_lista",
    "ix_avvikelse_status_lista",
    "ix_avvikelse_mellan_lista",
)  # each delivers the list's date order


@pytest.fixture(scope="module")
def lista_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Databas]:
    """About 1,700 demo avvikelser, plus a few registered late with old dates, so that
    id order and date order differ."""
    sokvag = tmp_path_factory.mktemp("lista") / "lista.db"
    skapad = kor_till_slut(
        demodata.skapa_demo(sokvag, ar=1, avvikelser_per_ar=900, seed=3, idag=IDAG)
    )
    databas = skapad.databas
    with databas.ra_anslutning() as anslutning:
        kategori = anslutning.execute("SELECT id FROM avvikelse_kategori WHERE kod = 'fall'")
        fall_id = kategori.fetchone()[0]
    for dag in (date(2025, 3, 4), date(2026, 2, 1), date(2026, 2, 1)):
        avvikelser.registrera(
            databas,
            komplett(
                databas,
                avvikelser.AvvikelseUppgifter(
                    handelse_tid=datetime.combine(dag, datetime.min.time()).replace(hour=12),
                    rapporterad_datum=dag,
                    enhet_id=1,
                    rapportor_roll=Roll.UNDERSKOTERSKA,
                    kategori_id=fall_id,
                    beskrivning="Efterregistrerad: halkade på isfläcken vid entrén.",
                    konsekvens=Konsekvens.LINDRIG,
                    fall_plats="utomhus",
                    fall_aktivitet="gang",
                ),
            ),
            IDAG,
        )
    yield databas
    databas.stang()


def _ids(databas: Databas, villkor: str = "", *parametrar: object, ordning: str = "DESC"):
    where = f"WHERE {villkor}" if villkor else ""
    with databas.ra_anslutning() as anslutning:
        return [
            r[0]
            for r in anslutning.execute(
                f"SELECT id FROM avvikelse {where} ORDER BY handelse_tid {ordning}, id {ordning}",
                parametrar,
            )
        ]


def _ett(databas: Databas, sql: str, *parametrar: object) -> object:
    with databas.ra_anslutning() as anslutning:
        return anslutning.execute(sql, parametrar).fetchone()[0]


def test_ordning_ar_datum_inte_id(lista_db: Databas) -> None:
    ids = avvikelselista.ordnade_id(lista_db)
    assert list(ids) == _ids(lista_db)
    assert list(ids) != sorted(ids, reverse=True)  # the late registrations sit among old ones
    stigande = avvikelselista.ordnade_id(lista_db, Filter(), Sortering.ALDST_FORST)
    assert list(stigande) == _ids(lista_db, ordning="ASC")


def test_tom_lista(lista_db: Databas) -> None:
    assert len(avvikelselista.ordnade_id(lista_db, Filter(fran=date(2030, 1, 1)))) == 0
    assert avvikelselista.hamta_sida(lista_db, []) == []


def _fall(lista_db: Databas) -> int:
    return _ett(lista_db, "SELECT id FROM avvikelse_kategori WHERE kod = 'fall'")


@pytest.mark.parametrize(
    ("filter_", "villkor", "parametrar"),
    [
        (Filter(fran=date(2026, 2, 1)), "handelse_tid >= '2026-02-01'", ()),
        (Filter(till=date(2026, 2, 1)), "handelse_tid < '2026-02-02'", ()),
        (
            Filter(fran=date(2025, 6, 1), till=date(2025, 6, 30)),
            "date(handelse_tid) BETWEEN '2025-06-01' AND '2025-06-30'",
            (),
        ),
        (Filter(enhet_id=2), "enhet_id = 2", ()),
        (Filter(status=Avvikelsestatus.AVSLUTAD), "status = 'avslutad'", ()),
        (Filter(status=Avvikelsestatus.REGISTRERAD), "status = 'registrerad'", ()),
        (Filter(status=Avvikelsestatus.UNDER_UTREDNING), "status = 'under_utredning'", ()),
        (Filter(mellan_vardgivare=True), "mellan_vardgivare = 1", ()),
        (Filter(mellan_vardgivare=False), "mellan_vardgivare = 0", ()),
        (Filter(lex_maria=True), "lex_maria NOT IN ('ej_bedomd', 'ej_aktuell')", ()),
        (Filter(lex_maria=False), "lex_maria IN ('ej_bedomd', 'ej_aktuell')", ()),
        (
            Filter(enhet_id=1, status=Avvikelsestatus.AVSLUTAD, fran=date(2026, 1, 1)),
            "enhet_id = 1 AND status = 'avslutad' AND handelse_tid >= '2026-01-01'",
            (),
        ),
    ],
)
def test_filter_som_direkt_sql(lista_db: Databas, filter_, villkor, parametrar) -> None:
    forvantat = _ids(lista_db, villkor, *parametrar)
    assert forvantat  # the demo data holds some of each
    assert list(avvikelselista.ordnade_id(lista_db, filter_)) == forvantat


def test_kategorifilter(lista_db: Databas) -> None:
    fall = _fall(lista_db)
    forvantat = _ids(lista_db, "kategori_id = ?", fall)
    assert list(avvikelselista.ordnade_id(lista_db, Filter(kategori_id=fall))) == forvantat
    ihop = Filter(kategori_id=fall, enhet_id=1, fran=date(2026, 1, 1))
    assert list(avvikelselista.ordnade_id(lista_db, ihop)) == _ids(
        lista_db, "kategori_id = ? AND enhet_id = 1 AND handelse_tid >= '2026-01-01'", fall
    )


def _traffar_i_python(databas: Databas, ord_: list[str]) -> list[int]:
    """An oracle independent of FTS5: every word a prefix of some word of the texts."""
    traffar = set()
    with databas.ra_anslutning() as anslutning:
        for avvikelse_id, text in anslutning.execute(
            "SELECT id, beskrivning || ' ' || omedelbar_atgard FROM avvikelse"
        ):
            tokens = re.findall(r"\w+", text.lower())
            if all(any(t.startswith(o.lower()) for t in tokens) for o in ord_):
                traffar.add(avvikelse_id)
    return [i for i in _ids(databas) if i in traffar]


@pytest.mark.parametrize(
    "text",
    ["rollatorn", "Rollat", "föll badrummet", "FÖLL", "dubbel dos", "isfläck", "sjuksköt kontakt"],
)
def test_fritext_som_prefix_och_alla_ord(lista_db: Databas, text: str) -> None:
    forvantat = _traffar_i_python(lista_db, text.split())
    assert forvantat
    assert list(avvikelselista.ordnade_id(lista_db, Filter(fritext=text))) == forvantat


def test_fritext_med_filter_och_stigande(lista_db: Databas) -> None:
    traffar = set(_traffar_i_python(lista_db, ["natten"]))
    fall = _fall(lista_db)
    forvantat = [i for i in _ids(lista_db, "kategori_id = ?", fall, ordning="ASC") if i in traffar]
    resultat = avvikelselista.ordnade_id(
        lista_db, Filter(kategori_id=fall, fritext="natten"), Sortering.ALDST_FORST
    )
    assert list(resultat) == forvantat


@pytest.mark.parametrize(
    "text", ['"', "NOT", "föll OR", "a* NEAR(b", "beskrivning:föll", "'; DROP TABLE x; --", "å-ä"]
)
def test_fritext_ar_aldrig_fragesyntax(lista_db: Databas, text: str) -> None:
    avvikelselista.ordnade_id(lista_db, Filter(fritext=text))  # never an FTS5 syntax error


def test_fts_fraga() -> None:
    assert avvikelselista.fts_fraga('föll "NOT" * badrum') == '"föll"* "NOT"* "badrum"*'
    assert avvikelselista.fts_fraga("beskrivning:fall") == '"beskrivning"* "fall"*'
    assert avvikelselista.fts_fraga("  \"*' ") is None
    assert avvikelselista.fts_fraga("") is None


def test_hamta_sida(lista_db: Databas) -> None:
    ids = list(avvikelselista.ordnade_id(lista_db))[:256]
    rader = avvikelselista.hamta_sida(lista_db, ids)
    assert [r.id for r in rader] == ids
    with lista_db.session() as session:
        for rad in rader[:20] + rader[-5:]:
            orm = session.get(Avvikelse, rad.id)
            assert rad.handelse_tid == orm.handelse_tid
            assert rad.status == orm.status and rad.lex_maria == orm.lex_maria
            assert rad.konsekvens == Konsekvens(orm.konsekvens)
            assert rad.mellan_vardgivare == orm.mellan_vardgivare
            assert rad.enhet == _ett(lista_db, "SELECT namn FROM enhet WHERE id = ?", orm.enhet_id)
            assert rad.kategori == _ett(
                lista_db, "SELECT namn FROM avvikelse_kategori WHERE id = ?", orm.kategori_id
            )
            assert rad.datum_text == orm.handelse_tid.strftime("%Y-%m-%d %H:%M")
    omvand = avvikelselista.hamta_sida(lista_db, [ids[3], 999_999, ids[0]])
    assert [r.id for r in omvand] == [ids[3], ids[0]]  # order kept, missing left out


def test_storsta_id(databas: Databas) -> None:
    """The largest id the column holds comes back whole: beyond 32 bits in the file
    (the hex transport's fallback), INTEGER's largest on a server (int8send, signed)."""
    storsta = 2**40 + 5 if databas.dialekt == "sqlite" else 2**31 - 1
    with databas.session() as s:
        s.add(
            Avvikelse(
                id=storsta,
                handelse_tid=datetime(2026, 1, 1, 10),
                rapporterad_datum=date(2026, 1, 1),
                enhet_id=s.scalars(select(Enhet.id)).first(),
                rapportor_roll=Roll.MAS,
                kategori_id=s.scalars(select(AvvikelseKategori.id)).first(),
                beskrivning="x",
                konsekvens=Konsekvens.INGEN_SKADA,
            )
        )
    assert list(avvikelselista.ordnade_id(databas)) == [storsta]


# -- query plans -----------------------------------------------------------------


def _plan(databas: Databas, filter_: Filter) -> list[str]:
    sql, parametrar = avvikelselista.id_fraga(filter_)
    with databas.ra_anslutning() as anslutning:
        return [r[3] for r in anslutning.execute(f"EXPLAIN QUERY PLAN {sql}", parametrar)]


def _gar_datumindex(plan: list[str]) -> bool:
    return any(
        re.match(rf"(SCAN|SEARCH) avvikelse USING (COVERING )?INDEX {ix}\b", steg)
        for steg in plan
        for ix in DATUMINDEX
    )


def test_plan_hela_listan(lista_db: Databas) -> None:
    plan = _plan(lista_db, Filter())
    assert "SCAN avvikelse USING COVERING INDEX ix_avvikelse_handelse_tid" in plan
    assert not any("TEMP B-TREE" in steg for steg in plan)


def test_plan_period_ar_ett_intervall_i_datumindexet(lista_db: Databas) -> None:
    plan = _plan(lista_db, Filter(fran=date(2026, 1, 1), till=date(2026, 3, 31)))
    assert any("(handelse_tid>? AND handelse_tid<?)" in steg for steg in plan)
    assert _gar_datumindex(plan)
    assert not any("TEMP B-TREE" in steg for steg in plan)


def test_plan_enhet_gar_enhetsindexet(lista_db: Databas) -> None:
    for filter_ in (Filter(enhet_id=1), Filter(enhet_id=1, fran=date(2026, 1, 1))):
        plan = _plan(lista_db, filter_)
        assert any("INDEX ix_avvikelse_enhet" in steg for steg in plan), plan
        assert not any("TEMP B-TREE" in steg for steg in plan)


@pytest.mark.parametrize(
    "filter_",
    [
        Filter(kategori_id=1),
        Filter(status=Avvikelsestatus.AVSLUTAD),
        Filter(mellan_vardgivare=True),
        Filter(lex_maria=True),
        Filter(kategori_id=1, mellan_vardgivare=False, lex_maria=False),
    ],
)
def test_plan_ovriga_filter_gar_datumordningen(lista_db: Databas, filter_: Filter) -> None:
    """Every filter walks an index in date order; never a temp b-tree sort of its matches."""
    plan = _plan(lista_db, filter_)
    assert _gar_datumindex(plan), plan
    assert not any("TEMP B-TREE" in steg for steg in plan), plan


def test_plan_filterkolumn_laser_bara_traffarna(lista_db: Databas) -> None:
    """Category, status and between-caregivers each walk their own index (migration 0006)."""
    for filter_, index in (
        (Filter(status=Avvikelsestatus.UNDER_UTREDNING), "ix_avvikelse_status_lista (status=?)"),
        (Filter(status=Avvikelsestatus.AVSLUTAD), "ix_avvikelse_status_lista (status=?)"),
        (Filter(kategori_id=1), "ix_avvikelse_kategori_lista (kategori_id=?)"),
        (Filter(mellan_vardgivare=True), "ix_avvikelse_mellan_lista"),
    ):
        plan = _plan(lista_db, filter_)
        assert any(f"COVERING INDEX {index}" in steg for steg in plan), plan
        assert not any("TEMP B-TREE" in steg for steg in plan), plan


def test_plan_fritext_testar_medlemskap_under_datumvandringen(lista_db: Databas) -> None:
    for filter_ in (Filter(fritext="föll badrummet"), Filter(fritext="fall", kategori_id=1)):
        plan = _plan(lista_db, filter_)
        assert _gar_datumindex(plan), plan
        assert "LIST SUBQUERY 1" in plan
        assert any("avvikelse_fts VIRTUAL TABLE" in steg for steg in plan)
        assert not any("INTEGER PRIMARY KEY" in steg for steg in plan), plan
        assert not any("TEMP B-TREE" in steg for steg in plan), plan


def test_plan_sidan_hamtas_pa_primarnyckeln(lista_db: Databas) -> None:
    with lista_db.ra_anslutning() as anslutning:
        plan = [
            r[3]
            for r in anslutning.execute(
                f"EXPLAIN QUERY PLAN {avvikelselista._SIDFRAGA}", ("[1, 2, 3]",)
            )
        ]
    assert any("SEARCH a USING INTEGER PRIMARY KEY (rowid=?)" in steg for steg in plan), plan
    assert not any(steg.startswith("SCAN a") for steg in plan), plan


def test_varje_status(lista_db: Databas) -> None:
    for status in Avvikelsestatus:
        assert list(avvikelselista.ordnade_id(lista_db, Filter(status=status))) == _ids(
            lista_db, "status = ?", status.value
        )


# -- both backends -------------------------------------------------------------------


def _registrera_blandat(databas: Databas) -> list[int]:
    """Eight avvikelser over two units, two categories, statuses, lex Maria and
    between caregivers (flags set directly: the list only reads them)."""
    with databas.session() as s:
        enheter = s.scalars(select(Enhet.id).order_by(Enhet.id)).all()[:2]
        kategorier = dict(s.execute(select(AvvikelseKategori.kod, AvvikelseKategori.id)).all())
    texter = [
        "Föll i badrummet under natten",
        "Halkade på isfläcken vid entrén",
        "Dubbel dos given på kvällen",
        "Rollatorn stod fel, föll",
        "Utebliven dos, sjuksköterskan kontaktad",
        "Fallet upptäcktes på morgonen",
        "Natten lugn, dos given för sent",
        "Trillade ur sängen",
    ]
    ids = []
    for i, text in enumerate(texter):
        dag = date(2026, 1 + i, 10)
        ids.append(
            avvikelser.registrera(
                databas,
                komplett(
                    databas,
                    avvikelser.AvvikelseUppgifter(
                        handelse_tid=datetime(2026, 1 + i, 10, 8 + i),
                        rapporterad_datum=dag,
                        enhet_id=enheter[i % 2],
                        rapportor_roll=Roll.UNDERSKOTERSKA,
                        kategori_id=kategorier["lakemedel" if "dos" in text else "fall"],
                        beskrivning=text,
                        konsekvens=Konsekvens.LINDRIG,
                    ),
                ),
                IDAG,
            )
        )
    with databas.session() as s:
        for i, avvikelse_id in enumerate(ids):
            a = s.get(Avvikelse, avvikelse_id)
            a.status = [Avvikelsestatus.REGISTRERAD, Avvikelsestatus.AVSLUTAD][i % 3 == 0]
            a.mellan_vardgivare = i in (1, 4)
            a.lex_maria = LexMaria.ANMALD if i == 2 else LexMaria.EJ_BEDOMD
    return ids


def test_filter_och_fritext_pa_bada(databas: Databas) -> None:
    """Every filter gives the same ids on the file and on a server (the server writes
    its own SQL: booleans, dates, the tsvector column)."""
    ids = _registrera_blandat(databas)
    nyast = ids[::-1]

    def lista(**filter_: object) -> list[int]:
        return list(avvikelselista.ordnade_id(databas, Filter(**filter_)))

    with databas.session() as s:
        enhet = s.get(Avvikelse, ids[0]).enhet_id
        kategori = s.get(Avvikelse, ids[0]).kategori_id
    assert lista() == nyast
    assert list(avvikelselista.ordnade_id(databas, Filter(), Sortering.ALDST_FORST)) == ids
    assert lista(fran=date(2026, 3, 10), till=date(2026, 5, 10)) == [ids[4], ids[3], ids[2]]
    assert lista(enhet_id=enhet) == [i for n, i in enumerate(ids) if n % 2 == 0][::-1]
    assert lista(kategori_id=kategori) == [ids[7], ids[5], ids[3], ids[1], ids[0]]
    assert lista(status=Avvikelsestatus.AVSLUTAD) == [ids[6], ids[3], ids[0]]
    assert lista(mellan_vardgivare=True) == [ids[4], ids[1]]
    assert lista(mellan_vardgivare=False) == [i for i in nyast if i not in (ids[1], ids[4])]
    assert lista(lex_maria=True) == [ids[2]]
    assert lista(lex_maria=False) == [i for i in nyast if i != ids[2]]
    # Free text: every word, each as a prefix, in any case.
    assert lista(fritext="föll") == [ids[3], ids[0]]
    assert lista(fritext="NATT") == [ids[6], ids[0]]
    assert lista(fritext="dos giv") == [ids[6], ids[2]]
    assert lista(fritext="sjuksköt kontakt") == [ids[4]]
    assert lista(fritext="dos", enhet_id=enhet) == [ids[6], ids[4], ids[2]]
    for syntax in ['"', "NOT", "föll OR", "a* NEAR(b", "föll:*", "'; DROP TABLE x; --", "!&|"]:
        lista(fritext=syntax)  # never a query syntax error
    sida = avvikelselista.hamta_sida(databas, [ids[3], ids[0], 10**6])
    assert [r.id for r in sida] == [ids[3], ids[0]]
    assert sida[0].handelse_tid == datetime(2026, 4, 10, 11)
    assert sida[0].status == Avvikelsestatus.AVSLUTAD and sida[0].mellan_vardgivare is False
