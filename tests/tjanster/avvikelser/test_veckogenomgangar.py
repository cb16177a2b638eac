from datetime import date, datetime

import pytest
from sqlalchemy import event, func, select, text

from skrivbord.fel import OgiltigUppgift
from skrivbord.modeller import Atgard
from skrivbord.tjanster import enheter
from skrivbord.tjanster.avvikelser import flode as avvikelseflode
from skrivbord.tjanster.avvikelser import kategorier
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.tjanster.avvikelser import veckogenomgangar as vg
from skrivbord.typer import Enhetstyp, Genomgangstyp, Orsaksomrade, Roll
from tests.fabrik import komplett

IDAG = date(2026, 11, 23)  # Monday of week 48


def _avvikelse(databas, enhet_id: int, kod: str, tid: datetime) -> int:
    kategori = next(k for k in kategorier.lista(databas) if k.kod == kod)
    return avvikelser.registrera(
        databas,
        komplett(
            databas,
            avvikelser.AvvikelseUppgifter(
                handelse_tid=tid,
                rapporterad_datum=tid.date(),
                enhet_id=enhet_id,
                rapportor_roll=Roll.UNDERSKOTERSKA,
                kategori_id=kategori.id,
                beskrivning="Syntetisk händelse",
            ),
        ),
        IDAG,
    )


@pytest.fixture
def enhet(databas) -> int:
    return next(e.id for e in enheter.lista(databas) if e.namn == "Solgården")


def test_kandidater_ar_veckans_och_aldre_oppna(databas, enhet) -> None:
    denna = _avvikelse(databas, enhet, "fall", datetime(2026, 11, 18, 9, 0))  # week 47
    gammal_oppen = _avvikelse(databas, enhet, "fall", datetime(2026, 10, 2, 9, 0))
    gammal_stangd = _avvikelse(databas, enhet, "fall", datetime(2026, 10, 3, 9, 0))
    _avvikelse(databas, enhet, "lakemedel", datetime(2026, 11, 18, 9, 0))
    _avvikelse(databas, enhet, "fall", datetime(2026, 11, 23, 9, 0))  # next week
    # Walk the old one all the way to avslutad.
    avvikelseflode.flytta_fram(databas, gammal_stangd)
    avvikelseflode.spara_analys(databas, gammal_stangd, {Orsaksomrade.MILJO}, "")
    avvikelseflode.besluta_inga_atgarder(databas, gammal_stangd, "Engångshändelse.")
    avvikelseflode.flytta_fram(databas, gammal_stangd)
    avvikelseflode.lagg_till_uppfoljning(
        databas, gammal_stangd, date(2026, 10, 10), True, idag=IDAG
    )
    avvikelseflode.flytta_fram(databas, gammal_stangd)
    avvikelseflode.flytta_fram(databas, gammal_stangd)

    ids = [k.id for k in vg.kandidater(databas, enhet, 2026, 47, Genomgangstyp.FALL)]
    assert ids == [denna, gammal_oppen]


def test_registrera_med_ny_atgard_och_saknade(databas, enhet) -> None:
    saknas_fore = vg.saknade(databas, IDAG, veckor=2)
    antal_enheter = len(enheter.lista(databas, bara_aktiva=True))
    assert len(saknas_fore) == antal_enheter * 2 * 2
    fall_id = _avvikelse(databas, enhet, "fall", datetime(2026, 11, 18, 9, 0))
    genomgang = vg.Genomgang(
        enhet_id=enhet,
        ar=2026,
        vecka=47,
        typ=Genomgangstyp.FALL,
        datum=date(2026, 11, 20),
        deltagare=["Enhetschef", "Sjuksköterska", "Fysioterapeut"],
        beslut="Larmmatta provas.",
        avvikelse_ids=[fall_id],
        nya_atgarder=[vg.NyAtgard(fall_id, "Larmmatta vid sängen", None, date(2026, 12, 1))],
    )
    vg.registrera(databas, genomgang, IDAG)
    with databas.session() as session:
        assert session.scalar(select(func.count()).select_from(Atgard)) == 1
    saknas_efter = vg.saknade(databas, IDAG, veckor=2)
    assert len(saknas_efter) == len(saknas_fore) - 1
    assert (enhet, 2026, 47, Genomgangstyp.FALL) not in {
        (s.enhet_id, s.ar, s.vecka, s.typ) for s in saknas_efter
    }
    with pytest.raises(OgiltigUppgift, match="redan registrerad"):
        vg.registrera(databas, genomgang, IDAG)


@pytest.mark.parametrize(
    ("andring", "fras"),
    [
        ({"datum": date(2026, 11, 1)}, "före veckan"),
        ({"datum": date(2026, 12, 1)}, "framtiden"),
        ({"deltagare": []}, "yrkesroller"),
        ({"vecka": 54}, "finns inte"),
    ],
)
def test_ogiltiga_genomgangar(databas, enhet, andring, fras) -> None:
    varden = {
        "enhet_id": enhet,
        "ar": 2026,
        "vecka": 47,
        "typ": Genomgangstyp.LAKEMEDEL,
        "datum": date(2026, 11, 20),
        "deltagare": ["Enhetschef"],
        "beslut": "",
    }
    varden.update(andring)
    with pytest.raises(OgiltigUppgift, match=fras):
        vg.registrera(databas, vg.Genomgang(**varden), IDAG)


def test_fel_slags_avvikelse_vagras(databas, enhet) -> None:
    lakemedel = _avvikelse(databas, enhet, "lakemedel", datetime(2026, 11, 18, 9, 0))
    with pytest.raises(OgiltigUppgift, match="rätt slag"):
        vg.registrera(
            databas,
            vg.Genomgang(
                enhet,
                2026,
                47,
                Genomgangstyp.FALL,
                date(2026, 11, 20),
                ["Enhetschef"],
                "",
                [lakemedel],
            ),
            IDAG,
        )


def _satt(databas, sql: str, **parametrar) -> None:
    with databas.session() as session:
        session.execute(text(sql), parametrar)


def test_inget_saknas_fore_veckan_databasen_skapades(databas) -> None:
    """A kommun created this week owes no reviews for the weeks before it existed."""
    _satt(databas, "UPDATE databasinfo SET varde = :v WHERE nyckel = 'skapad'", v="2026-11-18")
    saknas = vg.saknade(databas, IDAG, veckor=4)  # IDAG is the Monday of week 48
    assert {s.vecka for s in saknas} == {47}  # created on the Wednesday of week 47
    assert len(saknas) == 4 * 2  # four units owing, fall and läkemedel


def test_bara_enheter_som_gor_veckogenomgangar_och_fran_sin_start(databas) -> None:
    dag = enheter.skapa(databas, "Dagverksamheten Ljuset", Enhetstyp.DAGVERKSAMHET)
    ny = enheter.skapa(databas, "Nya boendet", Enhetstyp.SABO)
    _satt(databas, "UPDATE enhet SET startdatum = '2026-11-17' WHERE id = :id", id=ny.id)
    saknas = vg.saknade(databas, IDAG, veckor=4)
    assert dag.id not in {s.enhet_id for s in saknas}  # dagverksamhet owes none by default
    assert {s.vecka for s in saknas if s.enhet_id == ny.id} == {47}
    _satt(databas, "UPDATE enhet SET gor_veckogenomgangar = :ja WHERE id = :id", ja=True, id=dag.id)
    assert dag.id in {s.enhet_id for s in vg.saknade(databas, IDAG, veckor=4)}


def _genomgang(databas, enhet_id, vecka, typ, ids=(), deltagare=("Enhetschef",), **andring):
    varden = {
        "enhet_id": enhet_id,
        "ar": 2026,
        "vecka": vecka,
        "typ": typ,
        "datum": date.fromisocalendar(2026, vecka, 5),
        "deltagare": list(deltagare),
        "beslut": f"Beslut vecka {vecka}.\nAndra raden.",
        "avvikelse_ids": list(ids),
    }
    varden.update(andring)
    return vg.registrera(databas, vg.Genomgang(**varden), IDAG)


def test_forval_bara_sedan_enhetens_forra_genomgang_av_samma_slag(databas, enhet) -> None:
    """Ticked in advance: only avvikelser after the week of the unit's previous review of
    the same type; older open ones are listed, unticked."""
    fore = _avvikelse(databas, enhet, "fall", datetime(2026, 10, 28, 9, 0))  # week 44
    efter = _avvikelse(databas, enhet, "fall", datetime(2026, 11, 4, 9, 0))  # week 45
    veckans = _avvikelse(databas, enhet, "fall", datetime(2026, 11, 18, 9, 0))  # week 47
    _genomgang(databas, enhet, 44, Genomgangstyp.FALL)
    # A later review of the other type, or of another unit, moves nothing.
    _genomgang(databas, enhet, 46, Genomgangstyp.LAKEMEDEL)
    andra = next(e.id for e in enheter.lista(databas) if e.id != enhet)
    _genomgang(databas, andra, 46, Genomgangstyp.FALL)

    kand = vg.kandidater(databas, enhet, 2026, 47, Genomgangstyp.FALL)
    assert [(k.id, k.forvald) for k in kand] == [(veckans, True), (efter, True), (fore, False)]


def test_forval_utan_tidigare_genomgang_fran_veckan_fore(databas, enhet) -> None:
    """With no earlier review of the type: from the start of the week before the chosen."""
    gammal = _avvikelse(databas, enhet, "fall", datetime(2025, 3, 1, 9, 0))
    veckan_fore = _avvikelse(databas, enhet, "fall", datetime(2026, 11, 9, 0, 0))  # Mon w. 46
    for_tidig = _avvikelse(databas, enhet, "fall", datetime(2026, 11, 8, 23, 59))  # Sun w. 45
    kand = vg.kandidater(databas, enhet, 2026, 47, Genomgangstyp.FALL)
    forvalda = {k.id for k in kand if k.forvald}
    assert forvalda == {veckan_fore}
    assert {gammal, for_tidig} <= {k.id for k in kand}  # still open: listed unticked


def test_stangd_avvikelse_sedan_forra_genomgangen_kan_ga_igenom(databas, enhet) -> None:
    stangd = _avvikelse(databas, enhet, "fall", datetime(2026, 11, 10, 9, 0))  # week 46
    avvikelseflode.flytta_fram(databas, stangd)
    avvikelseflode.spara_analys(databas, stangd, {Orsaksomrade.MILJO}, "")
    avvikelseflode.besluta_inga_atgarder(databas, stangd, "Engångshändelse.")
    avvikelseflode.flytta_fram(databas, stangd)
    avvikelseflode.lagg_till_uppfoljning(databas, stangd, date(2026, 11, 12), True, idag=IDAG)
    avvikelseflode.flytta_fram(databas, stangd)
    avvikelseflode.flytta_fram(databas, stangd)
    kand = vg.kandidater(databas, enhet, 2026, 47, Genomgangstyp.FALL)
    assert [(k.id, k.forvald) for k in kand] == [(stangd, True)]
    _genomgang(databas, enhet, 47, Genomgangstyp.FALL, [stangd])


def test_historik_nyast_forst_med_filter_och_antal(databas, enhet) -> None:
    andra = next(e for e in enheter.lista(databas) if e.id != enhet)
    a = _avvikelse(databas, enhet, "fall", datetime(2026, 11, 18, 9, 0))
    b = _avvikelse(databas, enhet, "fall", datetime(2026, 11, 17, 9, 0))
    _genomgang(databas, enhet, 45, Genomgangstyp.FALL)
    _genomgang(
        databas,
        enhet,
        47,
        Genomgangstyp.FALL,
        [a, b],
        deltagare=("Enhetschef", "Sjuksköterska"),
    )
    _genomgang(databas, andra.id, 46, Genomgangstyp.LAKEMEDEL)
    _genomgang(databas, enhet, 1, Genomgangstyp.FALL, ar=2025, datum=date(2025, 1, 3))

    alla = vg.historik(databas)
    assert [(h.ar, h.vecka) for h in alla] == [(2026, 47), (2026, 46), (2026, 45), (2025, 1)]
    forsta = alla[0]
    assert forsta.antal_avvikelser == 2
    assert forsta.deltagare == ("Enhetschef", "Sjuksköterska")
    assert forsta.beslut.startswith("Beslut vecka 47.")
    assert forsta.enhet_namn == "Solgården"
    assert alla[1].enhet_namn == andra.namn and alla[1].antal_avvikelser == 0
    assert [h.vecka for h in vg.historik(databas, enhet_id=enhet)] == [47, 45, 1]
    assert [h.vecka for h in vg.historik(databas, ar=2025)] == [1]
    assert [h.vecka for h in vg.historik(databas, enhet_id=andra.id, ar=2025)] == []
    assert vg.ar_med_genomgangar(databas) == [2026, 2025]


def test_hamta_hel_genomgang_med_avvikelser_och_skapade_atgarder(databas, enhet) -> None:
    fall = _avvikelse(databas, enhet, "fall", datetime(2026, 11, 18, 9, 0))
    annan = _avvikelse(databas, enhet, "fall", datetime(2026, 11, 17, 9, 0))
    genomgang_id = _genomgang(
        databas,
        enhet,
        47,
        Genomgangstyp.FALL,
        [fall],
        nya_atgarder=[vg.NyAtgard(fall, "Larmmatta", None, date(2026, 12, 1))],
    )
    detalj = vg.hamta(databas, genomgang_id)
    assert detalj.genomgang.id == genomgang_id
    assert [(a.id, a.handelse_tid) for a in detalj.avvikelser] == [
        (fall, datetime(2026, 11, 18, 9, 0))
    ]
    assert detalj.avvikelser[0].kategori
    assert [(a.avvikelse_id, a.beskrivning) for a in detalj.atgarder] == [(fall, "Larmmatta")]
    assert annan not in {a.id for a in detalj.avvikelser}
    with pytest.raises(OgiltigUppgift, match="finns inte"):
        vg.hamta(databas, genomgang_id + 1000)


def test_historik_och_hamta_utan_fraga_per_rad(databas, enhet) -> None:
    """A fixed number of statements whatever the number of reviews (no N+1), and a unit's
    history is read through the unique index (enhet_id, ar, vecka, typ)."""
    fall = [_avvikelse(databas, enhet, "fall", datetime(2026, 11, d, 9, 0)) for d in (16, 17)]
    for vecka in (44, 45, 46):
        _genomgang(databas, enhet, vecka, Genomgangstyp.FALL)
    _genomgang(
        databas,
        enhet,
        47,
        Genomgangstyp.FALL,
        fall,
        nya_atgarder=[vg.NyAtgard(i, "Larmmatta", None, None) for i in fall],
    )
    fragor: list[str] = []

    def rakna(_anslutning, _markor, sql, *_):
        if sql.lstrip().upper().startswith(("SELECT", "EXPLAIN")):
            fragor.append(sql)

    event.listen(databas.engine, "before_cursor_execute", rakna)
    try:
        assert len(vg.historik(databas, enhet_id=enhet, ar=2026)) == 4
        assert len(fragor) == 1
        fragor.clear()
        detalj = vg.hamta(databas, vg.historik(databas, enhet_id=enhet)[0].id)
        assert len(detalj.avvikelser) == len(detalj.atgarder) == 2
        assert len(fragor) <= 5  # the history, the review, its unit, avvikelser, åtgärder
    finally:
        event.remove(databas.engine, "before_cursor_execute", rakna)
    with databas.session() as session:
        if databas.dialekt == "postgresql":
            # A few rows are read whole anyway; forbidding that shows an index can serve.
            session.execute(text("SET LOCAL enable_seqscan = off"))
        forklara = "EXPLAIN QUERY PLAN" if databas.dialekt == "sqlite" else "EXPLAIN"
        plan = " ".join(
            str(rad[-1])
            for rad in session.execute(
                text(f"{forklara} SELECT id FROM veckogenomgang WHERE enhet_id = :e"),
                {"e": enhet},
            )
        )
    assert "INDEX" in plan.upper(), plan
