"""The summary's figures on a small database with known contents.

The avvikelser are registered through the same services as the form
(avvikelser.registrera, avvikelseflode); the expected figures are counted in Python
from the same list of specifications, never from the database.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select, update

from skrivbord.fel import OgiltigUppgift
from skrivbord.jobb import Framsteg, kor_till_slut
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Avvikelse, AvvikelseKategori, Enhet
from skrivbord.perioder import tolka
from skrivbord.tjanster.avvikelser import annat_skal, flode, kategorier, sammanstallning
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.tjanster.avvikelser import sammanstallning_fragor as fragor
from skrivbord.typer import (
    Atgardsstatus,
    Enhetstyp,
    Fallskada,
    Informerad,
    IvoBeslut,
    Konsekvens,
    Lakemedelsfel,
    LexMaria,
    Motpart,
    Orsaksomrade,
    Rapportorgrupp,
    Roll,
)
from tests.conftest import ENHETER
from tests.fabrik import komplett
from tests.tjanster.conftest import BAKANDAR, modulens_databas

IDAG = date(2026, 1, 20)
SENTINEL = "SENTINEL-BESKRIVNING-7f3a"
F, L, R = Fallskada, Lakemedelsfel, Rapportorgrupp


@dataclass
class Spec:
    tid: datetime
    kod: str
    enhet: str = "Solgården"
    konsekvens: Konsekvens = Konsekvens.INGEN_SKADA
    skada: Fallskada | None = None
    feltyp: Lakemedelsfel | None = None
    upptackt: Rapportorgrupp | None = None
    annat: str = ""
    mellan: tuple[Motpart, str] | None = None
    lex: LexMaria = LexMaria.EJ_AKTUELL
    orsaker: set[Orsaksomrade] = field(default_factory=set)
    analys: str = ""
    uppfoljning: bool = False
    atgarder: list[tuple[Atgardsstatus, date | None]] = field(default_factory=list)
    handelseanalys: bool | None = None
    beskrivning: str = "Påhittad händelse för test."


def _dag(ar: int, n: int, timme: int = 12, minut: int = 0) -> datetime:
    """The n-th day of the year (0-based) at the given time."""
    return datetime(ar, 1, 1, timme, minut) + timedelta(days=n)


def _specar() -> list[Spec]:
    s: list[Spec] = []
    # Hjälpmedel rises: 4 → 10 → 16 (+60 % against 2024: marked).
    for ar, antal in ((2023, 4), (2024, 10), (2025, 16)):
        s += [Spec(_dag(ar, 7 * i), "hjalpmedel", enhet="Hemtjänst Norra") for i in range(antal)]
    # Falls: 12 → 12 → 10 (−17 %: not marked). 2025 covers every time-of-day boundary.
    for ar in (2023, 2024):
        s += [Spec(_dag(ar, 10 + 9 * i), "fall", skada=Fallskada.INGEN) for i in range(12)]
    for n, (timme, minut, skada, enhet) in enumerate(
        [
            (23, 30, F.INGEN, "Solgården"),  # natt
            (3, 0, F.FRAKTUR, "Björkbacken"),  # natt
            (7, 15, F.LINDRIG, "Solgården"),  # morgon
            (9, 59, F.INGEN, "Korttids Lugnet"),  # morgon
            (10, 0, F.INGEN, "Solgården"),  # dag
            (15, 59, F.LINDRIG, "Hemtjänst Norra"),  # dag
            (16, 0, F.INGEN, "Solgården"),  # kväll
            (21, 59, F.ANNAN_ALLVARLIG, "Björkbacken"),  # kväll
            (22, 0, F.INGEN, "Solgården"),  # natt
            (5, 59, None, "Solgården"),  # natt, injury not given
        ]
    ):
        konsekvens = {
            F.FRAKTUR: Konsekvens.ALLVARLIG,
            F.LINDRIG: Konsekvens.LINDRIG,
            F.ANNAN_ALLVARLIG: Konsekvens.MATTLIG,
        }.get(skada, Konsekvens.INGEN_SKADA)
        s.append(Spec(_dag(2025, 20 * n, timme, minut), "fall", enhet, konsekvens, skada=skada))
    # Medication errors 2025 (and a few earlier).
    for n, (feltyp, upptackt, enhet) in enumerate(
        [
            (L.UTEBLIVEN_DOS, R.OMSORGSPERSONAL, "Hemtjänst Norra"),
            (L.UTEBLIVEN_DOS, R.OMSORGSPERSONAL, "Solgården"),
            (L.UTEBLIVEN_DOS, R.SJUKSKOTERSKA, "Hemtjänst Norra"),
            (L.FEL_DOS, R.SJUKSKOTERSKA, "Solgården"),
            (L.FEL_DOS, R.SJUKSKOTERSKA, "Korttids Lugnet"),
            (L.SIGNERING_SAKNAS, None, "Hemtjänst Norra"),
        ]
    ):
        s.append(
            Spec(_dag(2025, 15 + 30 * n, 8), "lakemedel", enhet, feltyp=feltyp, upptackt=upptackt)
        )
    s += [Spec(_dag(2024, 40 * i), "lakemedel", feltyp=L.FEL_TID) for i in range(5)]
    # "Annat": Larm three times (spelled differently), two one-offs.
    for n, text in enumerate(["Larm", "larm ", "Larm", "Nyckel saknades", "Bemötande"]):
        s.append(Spec(_dag(2025, 100 + n), "annat", annat=text))
    s.append(Spec(_dag(2024, 100), "annat", annat="Larm"))
    # Between caregivers.
    s.append(
        Spec(
            _dag(2025, 50),
            "informationsoverforing",
            "Hemtjänst Norra",
            mellan=(Motpart.REGION_AVDELNING, "utskrivning"),
        )
    )
    s.append(
        Spec(
            _dag(2025, 250),
            "informationsoverforing",
            mellan=(Motpart.REGION_AVDELNING, "utskrivning"),
        )
    )
    s.append(
        Spec(
            _dag(2025, 200),
            "lakemedel",
            feltyp=L.FEL_LAKEMEDEL,
            upptackt=R.SJUKSKOTERSKA,
            mellan=(Motpart.VARDCENTRAL, "lakemedelslista"),
        )
    )
    s.append(
        Spec(
            _dag(2024, 60),
            "informationsoverforing",
            mellan=(Motpart.ANNAN_KOMMUN, "utskrivning"),
        )
    )
    # Lex Maria, analysis, uppföljning, åtgärder, händelseanalys on some 2025 avvikelser.
    s.append(
        Spec(
            _dag(2025, 60),
            "vard_behandling",
            konsekvens=Konsekvens.ALLVARLIG,
            lex=LexMaria.ANMALD,
            analys="Rutinen följdes inte.",
            orsaker={Orsaksomrade.RUTINER},
            uppfoljning=True,
            atgarder=[(Atgardsstatus.KLAR, date(2025, 4, 1))],
            handelseanalys=True,
        )
    )
    s.append(
        Spec(
            _dag(2025, 61),
            "vard_behandling",
            konsekvens=Konsekvens.MATTLIG,
            lex=LexMaria.EJ_ANMALD,
            orsaker={Orsaksomrade.KOMMUNIKATION, Orsaksomrade.BEMANNING},
            atgarder=[
                (Atgardsstatus.PAGAR, date(2025, 12, 1)),  # past its deadline
                (Atgardsstatus.PLANERAD, date(2026, 3, 1)),  # not yet
                (Atgardsstatus.STRUKEN, date(2025, 5, 1)),
            ],
            handelseanalys=False,
        )
    )
    s.append(Spec(_dag(2025, 62), "vard_behandling", analys="Oklar ordination.", uppfoljning=True))
    s.append(Spec(_dag(2025, 63), "vard_behandling", uppfoljning=True))
    s.append(
        Spec(
            _dag(2025, 64),
            "vard_behandling",
            lex=LexMaria.UTREDS,
            beskrivning=f"Allt gick fel. {SENTINEL}",
        )
    )
    s.append(
        Spec(
            _dag(2024, 64),
            "vard_behandling",
            lex=LexMaria.ANMALD,
            atgarder=[(Atgardsstatus.PLANERAD, date(2024, 6, 1))],  # overdue, another period
        )
    )
    # Period boundaries: the last instant of 2025 is in, the first of 2026 out.
    s.append(Spec(datetime(2025, 12, 31, 23, 59, 59), "trycksar", konsekvens=Konsekvens.LINDRIG))
    s.append(Spec(datetime(2026, 1, 1, 0, 0), "trycksar"))
    s.append(Spec(datetime(2024, 12, 31, 23, 59), "trycksar"))
    return s


SPECAR = _specar()


@pytest.fixture(scope="module", params=BAKANDAR)
def liten_db(request: pytest.FixtureRequest) -> Iterator[Databas]:
    """The specs registered through the services, on the file and on the server: the
    same figures must come out of both."""
    with modulens_databas(request, "sammanstallning") as databas:
        with databas.session() as session:
            kategori = {k.kod: k.id for k in session.scalars(select(AvvikelseKategori))}
            enhet = {e.namn: e.id for e in session.scalars(select(Enhet))}
        for spec in SPECAR:
            _registrera(databas, spec, kategori, enhet)
        yield databas


def _som_importerad(databas: Databas, avvikelse_id: int, s: Spec) -> None:
    """A spec without the injury or error details stands for an imported row (the form
    requires them): those are counted as "Ej angivet"."""
    tomma = [
        kolumn
        for kolumn, varde, kod in (
            ("fall_skada", s.skada, "fall"),
            ("lakemedel_feltyp", s.feltyp, "lakemedel"),
            ("lakemedel_upptackt_av", s.upptackt, "lakemedel"),
        )
        if s.kod == kod and varde is None
    ]
    if tomma:
        with databas.session() as session:
            session.execute(
                update(Avvikelse).where(Avvikelse.id == avvikelse_id).values(dict.fromkeys(tomma))
            )


def _registrera(databas: Databas, s: Spec, kategori: dict, enhet: dict, idag: date = IDAG) -> int:
    uppgifter = komplett(
        databas,
        avvikelser.AvvikelseUppgifter(
            handelse_tid=s.tid,
            rapporterad_datum=s.tid.date(),
            enhet_id=enhet[s.enhet],
            rapportor_roll=Roll.UNDERSKOTERSKA,
            kategori_id=kategori[s.kod],
            beskrivning=s.beskrivning,
            konsekvens=s.konsekvens,
            fall_skada=s.skada,
            lakemedel_feltyp=s.feltyp,
            lakemedel_upptackt_av=s.upptackt,
            annat_orsak=s.annat,
            mellan_vardgivare=s.mellan is not None,
            motpart=s.mellan[0] if s.mellan else None,
            overenskommelse=s.mellan[1] if s.mellan else None,
        ),
    )
    avvikelse_id = avvikelser.registrera(databas, uppgifter, idag)
    _som_importerad(databas, avvikelse_id, s)
    dag = s.tid.date()
    if s.orsaker or s.analys:
        flode.spara_analys(databas, avvikelse_id, s.orsaker, s.analys)
    if s.lex != LexMaria.EJ_AKTUELL:
        anmalan = avvikelser.Anmalan(anmald_datum=dag) if s.lex == LexMaria.ANMALD else None
        flode.satt_lex_maria(databas, avvikelse_id, s.lex, dag, "Bedömd.", None, anmalan)
    if s.uppfoljning:
        flode.lagg_till_uppfoljning(databas, avvikelse_id, dag, True, idag=IDAG)
    for status, deadline in s.atgarder:
        atgard_id = flode.lagg_till_atgard(databas, avvikelse_id, "Åtgärd.", None, deadline)
        flode.satt_atgardsstatus(databas, atgard_id, status, dag)
    if s.handelseanalys is not None:
        flode.besluta_handelseanalys(databas, avvikelse_id, s.handelseanalys)
    return avvikelse_id


def _i(ar: int, period: str = "") -> list[Spec]:
    p = tolka(f"{ar}{period}")
    return [s for s in SPECAR if p.start <= s.tid.date() < p.slut]


@pytest.fixture(scope="module")
def ar2025(liten_db: Databas) -> sammanstallning.Sammanstallning:
    return sammanstallning.berakna(liten_db, tolka("2025"), idag=IDAG)


def _namn(databas: Databas) -> dict[str, str]:
    return {k.kod: k.namn for k in kategorier.lista(databas)}


def test_totalt_och_per_kategori(liten_db: Databas, ar2025) -> None:
    s = ar2025
    assert [p.etikett for p in s.perioder] == ["2023", "2024", "2025"]
    assert s.totalt.antal == tuple(len(_i(ar)) for ar in (2023, 2024, 2025))
    namn = _namn(liten_db)
    for kod, etikett in namn.items():
        assert s.kategori(etikett).antal == tuple(
            sum(x.kod == kod for x in _i(ar)) for ar in (2023, 2024, 2025)
        ), kod
    # Every active category is listed, in the taxonomy's order, zeros included.
    assert [r.etikett for r in s.kategorier] == list(namn.values())
    assert sum(r.aktuellt for r in s.kategorier) == s.totalt.aktuellt


def test_markerade_kategorier(liten_db: Databas, ar2025) -> None:
    namn = _namn(liten_db)
    hjalpmedel = ar2025.kategori(namn["hjalpmedel"])
    assert hjalpmedel.antal == (4, 10, 16)
    assert hjalpmedel.forandring == pytest.approx(0.6)
    assert hjalpmedel.markerad
    assert not ar2025.kategori(namn["fall"]).markerad  # −17 %
    # Läkemedel 5 → 7 is +40 %, below the limit; trycksår 1 → 1; small counts never marked.
    assert [r.etikett for r in ar2025.markerade_kategorier] == [namn["hjalpmedel"]]


def test_grans_for_markering(liten_db: Databas) -> None:
    namn = _namn(liten_db)
    s = sammanstallning.berakna(
        liten_db, "2025", markera_forandring=0.3, markera_minst=5, idag=IDAG
    )
    # Läkemedel 5 → 7 (+40 %), vård och behandling and Annat 1 → 5 (+400 %) now count;
    # fall (−17 %) does not, informationsöverföring 1 → 2 stays below five.
    assert {r.etikett for r in s.markerade_kategorier} == {
        namn["hjalpmedel"],
        namn["lakemedel"],
        namn["vard_behandling"],
        namn["annat"],
    }
    assert s.kategori(namn["annat"]).forandring == pytest.approx(4.0)
    assert s.kategori(namn["informationsoverforing"]).forandring == pytest.approx(1.0)
    # A category that was empty the year before has no relative change.
    assert s.kategori(namn["informationsoverforing"]).antal[0] == 0


def test_per_enhetstyp_och_konsekvens(ar2025) -> None:
    typ = {namn: t for namn, t in ENHETER}
    for rad in ar2025.enhetstyper:
        t = next(t for t in Enhetstyp if t.etikett == rad.etikett)
        assert rad.antal == tuple(
            sum(typ[x.enhet] == t for x in _i(ar)) for ar in (2023, 2024, 2025)
        )
    assert {r.etikett for r in ar2025.enhetstyper} == {
        Enhetstyp.SABO.etikett,
        Enhetstyp.HEMTJANST.etikett,
        Enhetstyp.KORTTID.etikett,
    }
    for rad, k in zip(ar2025.konsekvenser, Konsekvens, strict=True):
        assert rad.etikett == k.etikett
        assert rad.aktuellt == sum(x.konsekvens == k for x in _i(2025))
    tabell = ar2025.kategori_per_enhetstyp
    assert tabell.summa == len(_i(2025))
    assert tabell.varde("Fall", Enhetstyp.SABO.etikett) == sum(
        x.kod == "fall" and typ[x.enhet] == Enhetstyp.SABO for x in _i(2025)
    )


def test_fall_per_tid_och_skada(ar2025) -> None:
    fall = ar2025.fall
    assert fall.rader == ("Natt 22–06", "Morgon 06–10", "Dag 10–16", "Kväll 16–22")
    assert fall.kolumner == (
        "Ingen skada",
        "Lindrig skada",
        "Fraktur",
        "Annan skada som krävt vård",
        "Ej angivet",
    )
    assert fall.antal == (
        (2, 0, 1, 0, 1),
        (1, 1, 0, 0, 0),
        (1, 1, 0, 0, 0),
        (1, 0, 0, 1, 0),
    )


def test_tid_pa_dygnet() -> None:
    assert [sammanstallning.tid_pa_dygnet(h) for h in range(24)] == (
        [0] * 6 + [1] * 4 + [2] * 6 + [3] * 6 + [0] * 2
    )


def test_lakemedel_per_typ_och_rapportor(ar2025) -> None:
    lm = ar2025.lakemedel
    assert lm.kolumner == ("Omsorgspersonal", "Sjuksköterska", "Ej angivet")
    assert lm.rader[: len(Lakemedelsfel)] == tuple(f.etikett for f in Lakemedelsfel)
    assert lm.varde("Utebliven dos", "Omsorgspersonal") == 2
    assert lm.varde("Utebliven dos", "Sjuksköterska") == 1
    assert lm.varde("Fel dos", "Sjuksköterska") == 2
    assert lm.varde("Fel läkemedel", "Sjuksköterska") == 1
    assert lm.varde("Signering saknas", "Ej angivet") == 1
    assert lm.summa == sum(x.kod == "lakemedel" for x in _i(2025)) == 7


def test_mellan_vardgivare(ar2025) -> None:
    assert ar2025.mellan_vardgivare.antal == (0, 1, 3)
    tabell = ar2025.mellan_vardgivare_fordelning
    assert tabell.rader == (Motpart.REGION_AVDELNING.etikett, Motpart.VARDCENTRAL.etikett)
    assert tabell.varde(Motpart.REGION_AVDELNING.etikett, "In- och utskrivning") == 2
    assert tabell.varde(Motpart.VARDCENTRAL.etikett, "Läkemedelslista och dosapotek") == 1
    assert tabell.summa == 3


def test_lex_maria_analys_uppfoljning(ar2025) -> None:
    assert ar2025.lex_maria.anmalda == (0, 1, 1)
    assert (ar2025.lex_maria.ej_anmalda, ar2025.lex_maria.utreds) == (1, 1)
    antal = len(_i(2025))
    assert ar2025.med_analys == sammanstallning.Andel(3, antal)
    assert ar2025.med_uppfoljning == sammanstallning.Andel(3, antal)
    assert ar2025.handelseanalyser == 1
    assert ar2025.avslutade == sammanstallning.Andel(0, antal)
    assert dict(ar2025.status)["Registrerad"] == antal


def test_atgarder(ar2025) -> None:
    a = ar2025.atgarder
    assert (a.totalt, a.klara, a.strukna, a.oppna) == (4, 1, 1, 2)
    assert a.forsenade == 1
    assert a.forsenade_alla_perioder == 2


def test_annat_ar_oklassat_tills_mas_klassar(ar2025) -> None:
    annat = ar2025.annat
    assert (annat.antal, annat.skal, annat.oklassade) == (5, (), 5)


def test_halvar_och_kvartal(liten_db: Databas) -> None:
    for kod in ("2025H1", "2025H2", "2025Q1", "2025Q4"):
        s = sammanstallning.berakna(liten_db, kod, idag=IDAG)
        assert s.period == tolka(kod)
        spann = [tolka(f"{ar}{kod[4:]}") for ar in (2023, 2024, 2025)]
        assert s.perioder == tuple(spann)
        assert s.totalt.antal == tuple(
            sum(p.start <= x.tid.date() < p.slut for x in SPECAR) for p in spann
        ), kod
        assert s.fall.summa == sum(
            x.kod == "fall" and spann[-1].start <= x.tid.date() < spann[-1].slut for x in SPECAR
        )


def test_inga_jamforelsear_och_tom_period(liten_db: Databas) -> None:
    s = sammanstallning.berakna(liten_db, "2025", jamfor_ar=0, idag=IDAG)
    assert s.totalt.antal == (len(_i(2025)),)
    assert s.totalt.forandring is None and not s.totalt.markerad
    tom = sammanstallning.berakna(liten_db, "2019", idag=IDAG)
    assert tom.totalt.antal == (0, 0, 0)
    assert tom.fall.summa == tom.lakemedel.summa == 0
    assert tom.med_analys.andel is None
    with pytest.raises(OgiltigUppgift):
        sammanstallning.berakna(liten_db, "2025H3")


def test_som_jobb(liten_db: Databas) -> None:
    steg: list[Framsteg] = []
    s = kor_till_slut(sammanstallning.berakna_stegvis(liten_db, "2025", idag=IDAG), steg.append)
    assert s == sammanstallning.berakna(liten_db, "2025", idag=IDAG)
    assert steg[-1].andel == 1.0
    assert all(f.text for f in steg)
    assert [f.klart for f in steg] == sorted(f.klart for f in steg)


def test_ingen_fritext_utom_annat(ar2025) -> None:
    assert SENTINEL not in repr(ar2025)
    assert "Påhittad" not in repr(ar2025)


@pytest.mark.parametrize("liten_db", ["fil"], indirect=True)  # SQLite's planner
def test_fragornas_planer(liten_db: Databas) -> None:
    """The aggregate is answered in index order (no sort); the row pass walks a time
    index, never the whole table; the comparison and uppföljning queries stay in
    covering indexes (the server's plans: docs/prestanda.md, bench/server.py)."""

    def plan(sql: str, *parametrar) -> str:
        with liten_db.ra_anslutning() as anslutning:
            rader = anslutning.execute(f"EXPLAIN QUERY PLAN {sql}", parametrar).fetchall()
        return "\n".join(r[-1] for r in rader)

    tid = ("2025-01-01 00:00:00.000000", "2026-01-01 00:00:00.000000")
    aggregat = plan(fragor.AGGREGAT.format(kvartal="?, ?"), 2025, 1, 2)
    assert "ix_avvikelse_aggregat (ar=? AND kvartal=?)" in aggregat
    assert "TEMP B-TREE" not in aggregat
    radpass = plan(fragor.RADPASS, 12, *tid)
    assert re.search(
        r"SEARCH a USING INDEX ix_avvikelse_(handelse_tid|lista) \(handelse_tid>", radpass
    )
    assert "SCAN a" not in radpass
    # A running period's cut quarter: through a time index, never the whole table.
    delkvartal = plan(fragor.DELKVARTAL, "2025-10-01 00:00:00.000000", tid[1])
    assert re.search(
        r"SEARCH avvikelse USING (COVERING )?INDEX ix_avvikelse_\w+ \(handelse_tid>", delkvartal
    ), delkvartal
    assert "SCAN avvikelse" not in delkvartal
    for sql in (fragor.JAMFORELSE, fragor.UPPFOLJDA):
        p = plan(sql, *tid)
        assert "COVERING INDEX" in p and "SCAN" not in p, p
    # The orsaksområden: the time range in the list index, each avvikelse's orsaksområden
    # from the primary key of avvikelse_orsak; neither table is read.
    orsaker = plan(fragor.ORSAKER, *tid)
    assert "SEARCH a USING COVERING INDEX ix_avvikelse_lista (handelse_tid>" in orsaker, orsaker
    assert "SEARCH o USING COVERING INDEX sqlite_autoindex_avvikelse_orsak_1" in orsaker
    assert "SCAN" not in orsaker


def test_lex_maria_raknas_efter_anmalans_datum(databas: Databas) -> None:
    """A December event reported in January counts in the new year's sammanställning
    (issue "Avvikelser, read by a MAS"), with who was informed and IVO's decision."""
    with databas.session() as session:
        kategori = {k.kod: k.id for k in session.scalars(select(AvvikelseKategori))}
        enhet = {e.namn: e.id for e in session.scalars(select(Enhet))}
    avvikelse_id = _registrera(
        databas,
        Spec(datetime(2024, 12, 28, 9), "vard_behandling", konsekvens=Konsekvens.ALLVARLIG),
        kategori,
        enhet,
    )
    flode.satt_lex_maria(
        databas,
        avvikelse_id,
        LexMaria.ANMALD,
        date(2025, 1, 8),
        "Allvarlig vårdskada.",
        "IVO 3.1-7",
        avvikelser.Anmalan(
            date(2025, 1, 10),
            Informerad.NARSTAENDE,
            date(2025, 1, 12),
            IvoBeslut.AVSLUTAT_MED_KRITIK,
            date(2025, 4, 2),
        ),
        idag=IDAG,
    )
    ar2024 = sammanstallning.berakna(databas, "2024", idag=IDAG).lex_maria
    ar2025 = sammanstallning.berakna(databas, "2025", idag=IDAG).lex_maria
    assert ar2024.anmalda[-1] == 0
    assert ar2025.anmalda == (0, 0, 1)
    assert (ar2025.informerade, ar2025.namnd_informerad, ar2025.utan_ivo_beslut) == (1, 0, 0)
    assert ar2025.ivo_beslut == ((IvoBeslut.AVSLUTAT_MED_KRITIK.etikett, 1),)


def test_annat_raknas_per_skal_aldrig_per_forklaring(databas: Databas) -> None:
    """The sammanställning counts the MAS's reasons; the explanations (any text, even
    with the pass's separators) are never read for it (issue "Avvikelser, read by a MAS")."""
    with databas.session() as session:
        kategori = {k.kod: k.id for k in session.scalars(select(AvvikelseKategori))}
        enhet = {e.namn: e.id for e in session.scalars(select(Enhet))}
    texter = ["Larm\x1etrasigt", "larm\x1etrasigt ", "Larmet tjöt", "Brukaren Testa Testsson"]
    for n, text in enumerate(texter):
        _registrera(databas, Spec(_dag(2025, n), "annat", annat=text), kategori, enhet)
    _registrera(databas, Spec(_dag(2025, 9), "fall", skada=F.INGEN), kategori, enhet)
    grupper = {f.text: f for f in annat_skal.oklassade(databas)}
    assert sorted((f.text, f.antal) for f in grupper.values()) == [
        ("Brukaren Testa Testsson", 1),
        ("Larm trasigt", 2),  # spacing (the separator is one) and case ignored
        ("Larmet tjöt", 1),
    ]
    skal = {p.kod: p.id for p in annat_skal.SKAL.lista(databas)}
    for text in ("Larm trasigt", "Larmet tjöt"):
        annat_skal.klassa(databas, list(grupper[text].former), skal_id=skal["larm_teknik"])
    s = sammanstallning.berakna(databas, "2025", idag=IDAG)
    assert s.annat.skal == (sammanstallning.AnnatSkalAntal("Larm och teknik", 3),)
    assert (s.annat.antal, s.annat.oklassade) == (4, 1)
    assert s.totalt.aktuellt == 5 and s.fall.summa == 1
    # Moved to an existing category: no longer "Annat", the explanation goes with it.
    flyttade = annat_skal.klassa(
        databas, list(grupper["Brukaren Testa Testsson"].former), kategori_id=kategori["hot_vald"]
    )
    assert flyttade == 1 and annat_skal.oklassade(databas) == []
    s = sammanstallning.berakna(databas, "2025", idag=IDAG)
    assert (s.annat.antal, s.annat.oklassade) == (3, 0)


def _nagra(databas: Databas, antal: int) -> None:
    with databas.session() as session:
        kategori = {k.kod: k.id for k in session.scalars(select(AvvikelseKategori))}
        enhet = {e.namn: e.id for e in session.scalars(select(Enhet))}
    for n in range(antal):
        _registrera(databas, Spec(_dag(2025, n), "fall", skada=F.INGEN), kategori, enhet)


def test_en_ogonblicksbild_och_skrivare_vantar_inte(databas: Databas) -> None:
    """Every figure comes from the snapshot taken when the job starts; a registration
    committed meanwhile neither waits for the job nor shows up in it."""
    _nagra(databas, 3)
    jobb = sammanstallning.berakna_stegvis(databas, "2025", idag=IDAG)
    assert next(jobb).text  # the read transactions are open now
    _nagra(databas, 2)  # commits at once
    s = kor_till_slut(jobb)
    assert s.totalt.aktuellt == 3
    assert s.fall.summa == 3
    assert sammanstallning.berakna(databas, "2025", idag=IDAG).totalt.aktuellt == 5


def test_avbrutet_jobb_lamnar_inget_efter_sig(databas: Databas, tmp_path) -> None:
    _nagra(databas, 3)
    mapp = tmp_path / "ut"
    mapp.mkdir()
    ut = mapp / "avbruten.pdf"
    jobb = sammanstallning.berakna_och_skriv(databas, "2025", ut, idag=IDAG)
    for _ in range(3):
        next(jobb)
    jobb.close()
    assert not list(mapp.iterdir())
    _nagra(databas, 1)  # no transaction or lock left behind
    assert databas.engine.pool.checkedout() == 0
    assert kor_till_slut(sammanstallning.berakna_och_skriv(databas, "2025", ut, idag=IDAG)) == ut
    assert ut.read_bytes().startswith(b"%PDF")


# ---------------------------------------------------------------------------
# A running period: cut at today, compared with the same dates in earlier years
# ---------------------------------------------------------------------------

DEN_1_DECEMBER = date(2026, 12, 1)


def _pagaende_specar() -> list[Spec]:
    """2025: 8 up to 30 November, 5 in December. 2026: 10 up to 30 November (in every
    quarter, the last one a second before midnight), then today and later: not counted."""
    s = [Spec(datetime(2025, m, 10, 9), "fall", skada=F.INGEN) for m in range(1, 12, 2)]
    s += [Spec(datetime(2025, 11, 30, 23, 59), "fall", skada=F.INGEN)]
    s += [Spec(datetime(2025, 1, 1, 0, 0), "lakemedel", "Hemtjänst Norra")]
    s += [Spec(datetime(2025, 12, d, 12), "fall", skada=F.INGEN) for d in (1, 2, 10, 20, 31)]
    s += [Spec(datetime(2026, m, 15, 8), "fall", skada=F.INGEN) for m in (2, 5, 8, 10)]
    s += [Spec(datetime(2026, m, 3, 14), "lakemedel", "Hemtjänst Norra") for m in (1, 4, 7)]
    s += [Spec(datetime(2026, 11, d, 12), "fall", skada=F.INGEN) for d in (1, 29)]
    s += [Spec(datetime(2026, 11, 30, 23, 59, 59), "trycksar", konsekvens=Konsekvens.LINDRIG)]
    s += [Spec(datetime(2026, 12, 1, 0, 0), "fall", skada=F.INGEN)]  # today: not over
    s += [Spec(datetime(2026, 12, 3, 10), "fall", skada=F.INGEN)]  # registered later
    return s


@pytest.fixture
def pagaende_db(databas: Databas) -> Databas:
    with databas.session() as session:
        kategori = {k.kod: k.id for k in session.scalars(select(AvvikelseKategori))}
        enhet = {e.namn: e.id for e in session.scalars(select(Enhet))}
    for spec in _pagaende_specar():
        _registrera(databas, spec, kategori, enhet, idag=date(2026, 12, 5))
    return databas


def test_pagaende_period_kapas_vid_idag(pagaende_db: Databas) -> None:
    """On 1 December 2026 the year 2026 is 1 January – 30 November: the totals are the
    avvikelser up to and including the cut end, by category, unit type and consequence."""
    s = sammanstallning.berakna(pagaende_db, "2026", jamfor_ar=1, idag=DEN_1_DECEMBER)
    assert s.period.etikett == "1 januari – 30 november 2026"
    assert s.period.pagaende and s.period.sista_dag == date(2026, 11, 30)
    assert s.period.kod == "2026"
    slut = datetime(2026, 12, 1)
    raknade = [x for x in _pagaende_specar() if datetime(2026, 1, 1) <= x.tid < slut]
    assert s.totalt.aktuellt == len(raknade) == 10
    assert s.kategori_med_kod("fall").aktuellt == 6
    assert s.kategori_med_kod("trycksar").aktuellt == 1
    assert s.fall.summa == 6  # the row pass is cut the same way
    assert sum(r.aktuellt for r in s.enhetstyper) == 10
    assert sum(r.aktuellt for r in s.konsekvenser) == 10
    assert s.kategori_per_enhetstyp.summa == 10
    assert s.med_analys.av == 10


def test_jamforelse_med_samma_datum_tidigare_ar(pagaende_db: Databas) -> None:
    """1 January – 30 November 2026 against 1 January – 30 November 2025 (8, not the
    13 of the whole year): +25 %, in every row."""
    s = sammanstallning.berakna(pagaende_db, "2026", jamfor_ar=2, idag=DEN_1_DECEMBER)
    assert [p.etikett for p in s.perioder] == [
        "1 januari – 30 november 2024",
        "1 januari – 30 november 2025",
        "1 januari – 30 november 2026",
    ]
    assert s.totalt.antal == (0, 8, 10)
    assert s.totalt.forandring == pytest.approx(0.25)
    assert s.kategori_med_kod("fall").antal == (0, 7, 6)
    assert s.kategori_med_kod("lakemedel").antal == (0, 1, 3)
    assert sum(r.antal[1] for r in s.enhetstyper) == sum(r.antal[1] for r in s.konsekvenser) == 8
    # The whole of 2025, once it is over, has all 13.
    hela = sammanstallning.berakna(pagaende_db, "2025", jamfor_ar=0, idag=DEN_1_DECEMBER)
    assert hela.totalt.antal == (13,) and not hela.period.pagaende


@pytest.mark.parametrize(
    ("kod", "idag", "etikett", "antal"),
    [
        ("2026Q4", DEN_1_DECEMBER, "1 oktober – 30 november 2026", (2, 4)),  # no whole quarter
        ("2026H2", date(2026, 10, 1), "1 juli – 30 september 2026", (2, 2)),  # ends on a quarter
        ("2026", date(2026, 2, 16), "1 januari – 15 februari 2026", (2, 2)),
        ("2026Q1", date(2026, 1, 2), "1 januari 2026", (1, 0)),
    ],
)
def test_pagaende_period_i_kvartal_och_halvar(
    pagaende_db: Databas, kod: str, idag: date, etikett: str, antal: tuple[int, int]
) -> None:
    s = sammanstallning.berakna(pagaende_db, kod, jamfor_ar=1, idag=idag)
    assert s.period.etikett == etikett
    assert s.totalt.antal == antal
    assert s.fall.summa == s.kategori_med_kod("fall").aktuellt


def test_framtida_period_vagras(pagaende_db: Databas) -> None:
    with pytest.raises(OgiltigUppgift, match="har inte börjat"):
        sammanstallning.berakna(pagaende_db, "2027", idag=DEN_1_DECEMBER)
    with pytest.raises(OgiltigUppgift, match="börjar i dag"):
        sammanstallning.berakna(pagaende_db, "2026H2", idag=date(2026, 7, 1))
