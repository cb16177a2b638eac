"""Demo data: deterministic, realistic, consistent with the workflow, encrypted, atomic."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from skrivbord import fel
from skrivbord.jobb import Framsteg, kor_till_slut
from skrivbord.lagring import databas as lagring
from skrivbord.lagring.nyckelring import Nyckelring
from skrivbord.modeller import Avvikelse, AvvikelseKategori
from skrivbord.tjanster import demodata
from skrivbord.tjanster.avvikelser import flode as avvikelseflode
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.tjanster.databasfil import NyDatabas
from skrivbord.tjanster.demodata import delegeringar
from skrivbord.typer import Avvikelsestatus
from tests.minnesnyckelring import MinnesNyckelring

IDAG = date(2026, 11, 23)
PER_AR = 1200

# Tables whose every column is generated from the seed (ORM-written tables keep
# their columns except the skapad/andrad stamps, see _kontrollsumma).
TABELLER = [
    "kommuninstallningar",
    "enhet",
    "personal",
    "personal_enhet",
    "avvikelse_kategori",
    "egenkontroll",
    "avvikelse",
    "atgard",
    "uppfoljning",
    "avvikelse_orsak",
    "avvikelse_statusandring",
    "delegering",
    "delegering_uppgift",
    "egenkontroll_tillfalle",
    "lakemedelstillsyn",
    "lakemedelstillsyn_svar",
    "lakemedelstillsyn_fynd",
    "veckogenomgang",
    "veckogenomgang_avvikelse",
    "logguppfoljning",
]
ORM_TABELLER = {"kommuninstallningar", "enhet", "personal", "egenkontroll"}


def _ring() -> Nyckelring:
    return Nyckelring(MinnesNyckelring(), "testnyckelring i minnet")


def _bygg(sokvag: Path, **kw: object) -> NyDatabas:
    kw.setdefault("idag", IDAG)
    return kor_till_slut(demodata.skapa_demo(sokvag, **kw))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[lagring.Databas]:
    """Three whole years and this year to date, 1,200 avvikelser a year."""
    skapad = _bygg(tmp_path_factory.mktemp("demo") / "demo.db", avvikelser_per_ar=PER_AR)
    yield skapad.databas
    skapad.stang()


def _ett(databas: lagring.Databas, sql: str, *parametrar: object) -> object:
    with databas.ra_anslutning() as anslutning:
        return anslutning.execute(sql, parametrar).fetchone()[0]


def _alla(databas: lagring.Databas, sql: str, *parametrar: object) -> list[tuple]:
    with databas.ra_anslutning() as anslutning:
        return anslutning.execute(sql, parametrar).fetchall()


def _kontrollsumma(databas: lagring.Databas) -> dict[str, tuple[int, str]]:
    summor = {}
    with databas.ra_anslutning() as anslutning:
        for tabell in TABELLER:
            kolumner = [r[1] for r in anslutning.execute(f"PRAGMA table_info({tabell})")]
            if tabell in ORM_TABELLER:
                kolumner = [k for k in kolumner if k not in ("skapad", "andrad")]
            rader = anslutning.execute(
                f"SELECT {', '.join(kolumner)} FROM {tabell} ORDER BY {', '.join(kolumner)}"
            ).fetchall()
            summor[tabell] = (len(rader), hashlib.sha256(repr(rader).encode()).hexdigest())
        summor["andringslogg"] = (
            0,
            repr(
                anslutning.execute(
                    "SELECT tabell, handling, count(*) FROM andringslogg GROUP BY 1, 2 ORDER BY 1, 2"
                ).fetchall()
            ),
        )
    return summor


def test_samma_seed_ger_samma_databas(tmp_path: Path) -> None:
    summor = []
    for namn, seed in (("a.db", 7), ("b.db", 7), ("c.db", 8)):
        with _bygg(tmp_path / namn, ar=1, avvikelser_per_ar=300, seed=seed).databas as db:
            summor.append(_kontrollsumma(db))
    assert summor[0] == summor[1]
    assert summor[0]["avvikelse"][0] > 300
    assert summor[0]["avvikelse"] != summor[2]["avvikelse"]


def test_antal_per_ar_och_perioden(demo: lagring.Databas) -> None:
    per_ar = dict(_alla(demo, "SELECT ar, count(*) FROM avvikelse GROUP BY ar"))
    assert sorted(per_ar) == [2023, 2024, 2025, 2026]
    for ar in (2023, 2024, 2025):
        assert 0.96 * PER_AR <= per_ar[ar] <= 1.04 * PER_AR
    hittills = (IDAG - date(2026, 1, 1)).days / 365
    assert 0.95 * PER_AR * hittills <= per_ar[2026] <= 1.05 * PER_AR * hittills
    forsta, sista = _alla(demo, "SELECT min(handelse_tid), max(handelse_tid) FROM avvikelse")[0]
    assert forsta >= "2023-01-01" and sista < IDAG.isoformat()
    assert _ett(demo, "SELECT max(rapporterad_datum) FROM avvikelse") < IDAG.isoformat()
    assert not _ett(
        demo, "SELECT count(*) FROM avvikelse WHERE rapporterad_datum < date(handelse_tid)"
    )


def test_lagringsformatet_ar_sqlalchemys(demo: lagring.Databas) -> None:
    """Raw-written rows look exactly like ORM-written ones and read back as datetimes."""
    datetime_format = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}")
    date_format = re.compile(r"\d{4}-\d\d-\d\d")
    for tid, rapporterad, skapad, andrad in _alla(
        demo, "SELECT handelse_tid, rapporterad_datum, skapad, andrad FROM avvikelse"
    ):
        assert datetime_format.fullmatch(tid) and datetime_format.fullmatch(skapad)
        assert datetime_format.fullmatch(andrad) and date_format.fullmatch(rapporterad)
    for (tid,) in _alla(demo, "SELECT tid FROM avvikelse_statusandring LIMIT 500"):
        assert datetime_format.fullmatch(tid)
    with demo.session() as session:
        avvikelse = session.get(Avvikelse, 10)
        assert isinstance(avvikelse.handelse_tid, datetime)
        assert avvikelse.ar == avvikelse.handelse_tid.year
        assert avvikelse.kvartal == (avvikelse.handelse_tid.month + 2) // 3


def test_realistiska_proportioner(demo: lagring.Databas) -> None:
    totalt = _ett(demo, "SELECT count(*) FROM avvikelse")
    per_kategori = dict(
        _alla(
            demo,
            "SELECT k.kod, count(*) FROM avvikelse a JOIN avvikelse_kategori k "
            "ON k.id = a.kategori_id GROUP BY k.kod ORDER BY 2 DESC",
        )
    )
    storst = list(per_kategori)
    assert set(storst[:2]) == {"fall", "lakemedel"}  # falls and medication dominate
    assert "annat" in storst[:3]  # the catch-all is misused
    assert per_kategori["fall"] + per_kategori["lakemedel"] > 0.5 * totalt
    hjalpmedel = [
        n
        for _, n in _alla(
            demo,
            "SELECT a.ar, count(*) FROM avvikelse a JOIN avvikelse_kategori k "
            "ON k.id = a.kategori_id WHERE k.kod = 'hjalpmedel' AND a.ar < 2026 "
            "GROUP BY a.ar ORDER BY a.ar",
        )
    ]
    assert hjalpmedel[0] < hjalpmedel[1] < hjalpmedel[2]  # rising year on year
    mellan = _ett(demo, "SELECT avg(mellan_vardgivare) FROM avvikelse")
    assert 0.01 <= mellan <= 0.08
    for ar, antal in _alla(
        demo, "SELECT ar, count(*) FROM avvikelse WHERE lex_maria != 'ej_aktuell' GROUP BY ar"
    ):
        assert 1 <= antal <= 15, ar  # a handful a year
    lindriga = _ett(demo, "SELECT avg(konsekvens <= 1) FROM avvikelse")
    assert lindriga > 0.85
    gamla_avslutade = _ett(
        demo,
        "SELECT avg(status = 'avslutad') FROM avvikelse WHERE rapporterad_datum < '2025-06-01'",
    )
    assert gamla_avslutade > 0.85
    nya_oppna = _ett(
        demo,
        "SELECT avg(status != 'avslutad') FROM avvikelse WHERE rapporterad_datum >= '2026-11-16'",
    )
    assert nya_oppna > 0.8
    assert _ett(
        demo,
        "SELECT count(*) FROM atgard WHERE status IN ('planerad', 'pagar') AND deadline < ?",
        IDAG.isoformat(),
    )  # some åtgärder overdue


def test_enheter_personal_och_ovriga_tabeller(demo: lagring.Databas) -> None:
    typer = dict(_alla(demo, "SELECT typ, count(*) FROM enhet GROUP BY typ"))
    assert 8 <= sum(typer.values()) <= 15
    assert typer["sabo"] == max(typer.values())
    roller = dict(_alla(demo, "SELECT roll, count(*) FROM personal GROUP BY roll"))
    assert roller["mas"] == 1 and roller["enhetschef"] >= 4
    assert roller["underskoterska"] > roller["sjukskoterska"] > 0
    assert roller["fysioterapeut"] and roller["arbetsterapeut"]
    assert not _ett(demo, "SELECT count(*) FROM enhet WHERE enhetschef_id IS NULL")
    assert not _ett(
        demo,
        "SELECT count(*) FROM personal p WHERE NOT EXISTS "
        "(SELECT 1 FROM personal_enhet pe WHERE pe.personal_id = p.id)",
    )
    idag = IDAG.isoformat()
    utgar_snart = _ett(
        demo,
        "SELECT count(*) FROM delegering WHERE aterkallad_datum IS NULL "
        "AND giltig_till BETWEEN ? AND date(?, '+30 days')",
        idag,
        idag,
    )
    utgangna = _ett(
        demo,
        "SELECT count(*) FROM delegering d WHERE giltig_till < ? "
        "AND NOT EXISTS (SELECT 1 FROM delegering n WHERE n.ersatter_id = d.id)",
        idag,
    )
    aterkallade = _ett(demo, "SELECT count(*) FROM delegering WHERE aterkallad_datum IS NOT NULL")
    assert utgar_snart and utgangna and aterkallade
    assert not _ett(
        demo,
        "SELECT count(*) FROM delegering WHERE julianday(giltig_till) - julianday(giltig_fran) > 365",
    )
    for tabell in (
        "delegering_uppgift",
        "egenkontroll_tillfalle",
        "lakemedelstillsyn",
        "lakemedelstillsyn_svar",
        "lakemedelstillsyn_fynd",
        "veckogenomgang",
        "veckogenomgang_avvikelse",
        "logguppfoljning",
    ):
        assert _ett(demo, f"SELECT count(*) FROM {tabell}"), tabell
    # A review links that unit's avvikelser of its kind from its ISO week.
    lankar = _alla(
        demo,
        "SELECT a.enhet_id = v.enhet_id AND k.kod = v.typ, a.handelse_tid, v.ar, v.vecka "
        "FROM veckogenomgang_avvikelse l JOIN veckogenomgang v ON v.id = l.veckogenomgang_id "
        "JOIN avvikelse a ON a.id = l.avvikelse_id "
        "JOIN avvikelse_kategori k ON k.id = a.kategori_id",
    )
    for ratt_slag, tid, ar, vecka in lankar:
        assert ratt_slag
        assert datetime.fromisoformat(tid).isocalendar()[:2] == (ar, vecka)


def test_foljer_arbetsflodets_regler(demo: lagring.Databas) -> None:
    brott = {
        "avslutad med öppen åtgärd": "SELECT count(*) FROM avvikelse a WHERE status = 'avslutad' "
        "AND EXISTS (SELECT 1 FROM atgard t WHERE t.avvikelse_id = a.id "
        "AND t.status IN ('planerad', 'pagar'))",
        "uppföljd utan uppföljning": "SELECT count(*) FROM avvikelse a "
        "WHERE status IN ('uppfoljd', 'avslutad') "
        "AND NOT EXISTS (SELECT 1 FROM uppfoljning u WHERE u.avvikelse_id = a.id)",
        "åtgärder utan analys": "SELECT count(*) FROM avvikelse a WHERE status IN "
        "('atgarder_beslutade', 'uppfoljd', 'avslutad') AND analys_text = '' "
        "AND NOT EXISTS (SELECT 1 FROM avvikelse_orsak o WHERE o.avvikelse_id = a.id)",
        "annat utan förklaring": "SELECT count(*) FROM avvikelse a JOIN avvikelse_kategori k "
        "ON k.id = a.kategori_id WHERE k.kod = 'annat' AND annat_orsak = ''",
        "vårdgivare utan motpart": "SELECT count(*) FROM avvikelse WHERE mellan_vardgivare "
        "AND (motpart IS NULL OR overenskommelse IS NULL)",
        "lex Maria utreds men avslutad": "SELECT count(*) FROM avvikelse "
        "WHERE lex_maria = 'utreds' AND status = 'avslutad'",
        "lex Maria utan datum eller motivering": "SELECT count(*) FROM avvikelse "
        "WHERE lex_maria != 'ej_aktuell' AND (lex_maria_datum IS NULL OR "
        "(lex_maria != 'utreds' AND lex_maria_motivering = ''))",
        "fall utan fält": "SELECT count(*) FROM avvikelse a JOIN avvikelse_kategori k "
        "ON k.id = a.kategori_id WHERE k.kod = 'fall' AND (fall_plats IS NULL OR fall_skada IS NULL)",
        "risk före utredning": "SELECT count(*) FROM avvikelse "
        "WHERE status = 'registrerad' AND risk_konsekvens IS NOT NULL",
        "historiken slutar inte i status": "SELECT count(*) FROM avvikelse a WHERE a.status != "
        "(SELECT till FROM avvikelse_statusandring s WHERE s.avvikelse_id = a.id "
        "ORDER BY s.id DESC LIMIT 1)",
        "historiken hoppar över steg": "SELECT count(*) FROM avvikelse a "
        "JOIN (SELECT avvikelse_id, count(*) AS n FROM avvikelse_statusandring GROUP BY 1) h "
        "ON h.avvikelse_id = a.id WHERE h.n != 1 + CASE a.status WHEN 'registrerad' THEN 0 "
        "WHEN 'under_utredning' THEN 1 WHEN 'atgarder_beslutade' THEN 2 "
        "WHEN 'uppfoljd' THEN 3 ELSE 4 END",
        "uppföljning före händelsen": "SELECT count(*) FROM uppfoljning u JOIN avvikelse a "
        "ON a.id = u.avvikelse_id WHERE u.datum < date(a.handelse_tid)",
    }
    for namn, sql in brott.items():
        assert not _ett(demo, sql), namn
    assert _alla(demo, "PRAGMA foreign_key_check") == []
    assert _alla(demo, "PRAGMA integrity_check") == [("ok",)]
    _alla(demo, "INSERT INTO avvikelse_fts(avvikelse_fts, rank) VALUES ('integrity-check', 1)")


def test_tjansterna_kan_lasa_och_arbeta_med_demodata(demo: lagring.Databas) -> None:
    with demo.session() as session:
        kategorier = session.scalars(select(AvvikelseKategori.id)).all()
        exempel = [
            session.scalars(select(Avvikelse.id).where(Avvikelse.kategori_id == k).limit(3)).all()
            for k in kategorier
        ]
    for avvikelse_id in (i for ids in exempel for i in ids):
        detalj = avvikelser.hamta(demo, avvikelse_id)
        assert detalj.historik[-1].till == detalj.status
        avvikelser.validera(detalj.uppgifter, detalj.kategori_kod, IDAG)
    avslutad = _ett(demo, "SELECT max(id) FROM avvikelse WHERE status = 'avslutad'")
    assert len(avvikelser.hamta(demo, avslutad).historik) == 5


def test_arbetsflodet_fortsatter_pa_demodata(tmp_path: Path) -> None:
    with _bygg(tmp_path / "demo.db", ar=1, avvikelser_per_ar=200).databas as db:
        avslutad = _ett(db, "SELECT max(id) FROM avvikelse WHERE status = 'avslutad'")
        avvikelseflode.ateroppna(db, avslutad, "Ny information från anhörig.")
        assert avvikelser.hamta(db, avslutad).status == Avvikelsestatus.UNDER_UTREDNING
        ny = _ett(db, "SELECT min(id) FROM avvikelse WHERE status = 'registrerad'")
        assert avvikelseflode.flytta_fram(db, ny) == Avvikelsestatus.UNDER_UTREDNING


def test_fritextsokning_och_triggern_fungerar(demo: lagring.Databas) -> None:
    traffar = _ett(demo, "SELECT count(*) FROM avvikelse_fts WHERE avvikelse_fts MATCH 'rollatorn'")
    assert traffar == _ett(
        demo,
        "SELECT count(*) FROM avvikelse WHERE lower(beskrivning || ' ' || omedelbar_atgard) "
        "LIKE '%rollatorn%'",
    )
    triggrar = {r[0] for r in _alla(demo, "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"avvikelse_fts_ny", "avvikelse_fts_bort", "avvikelse_fts_andrad"} <= triggrar


def test_massimport_loggas_en_gang_per_tabell(demo: lagring.Databas) -> None:
    rader = _alla(
        demo, "SELECT tabell, rad_id FROM andringslogg WHERE handling = 'massimport' ORDER BY 1"
    )
    tabeller = [t for t, _ in rader]
    assert len(tabeller) == len(set(tabeller))
    assert {"avvikelse", "atgard", "delegering", "avvikelse_statusandring"} <= set(tabeller)
    assert all(rad_id is None for _, rad_id in rader)


def test_filen_ar_krypterad(tmp_path: Path) -> None:
    sokvag = tmp_path / "demo.db"
    skapad = _bygg(sokvag, ar=1, avvikelser_per_ar=300, kommun="Sentinelköping")
    with skapad:
        personnamn = _ett(
            skapad.databas, "SELECT fornamn || ' ' || efternamn FROM personal LIMIT 1"
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.db"]
    innehall = sokvag.read_bytes()
    assert not innehall.startswith(b"SQLite format 3")
    for klartext in ("Sentinelköping", "Rollatorn", "badrummet", personnamn, "Solgården"):
        assert klartext.encode() not in innehall, klartext


def test_avbrutet_jobb_lamnar_ingenting(tmp_path: Path) -> None:
    jobb = demodata.skapa_demo(tmp_path / "demo.db", avvikelser_per_ar=500, idag=IDAG)
    steg = [next(jobb) for _ in range(3)]  # inside the bulk transaction by now
    assert all(isinstance(s, Framsteg) for s in steg)
    assert list(tmp_path.iterdir())  # the temp file exists while the job runs
    jobb.close()
    assert list(tmp_path.iterdir()) == []


def test_fel_mitt_i_lamnar_ingenting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def gar_sonder(laddning: object) -> None:
        raise RuntimeError("simulerat fel")

    monkeypatch.setattr(delegeringar, "skriv", gar_sonder)
    with pytest.raises(RuntimeError, match="simulerat fel"):
        _bygg(tmp_path / "demo.db", ar=1, avvikelser_per_ar=200)
    assert list(tmp_path.iterdir()) == []


def test_skriver_aldrig_over_och_vagrar_ogiltiga_uppgifter(tmp_path: Path) -> None:
    befintlig = tmp_path / "demo.db"
    befintlig.write_bytes(b"viktigt")
    with pytest.raises(fel.DatabasFinnsRedan):
        _bygg(befintlig, ar=1, avvikelser_per_ar=10)
    assert befintlig.read_bytes() == b"viktigt"
    for fel_kw in ({"kommunkod": "12"}, {"kommun": " "}, {"ar": -1}, {"avvikelser_per_ar": -5}):
        with pytest.raises(fel.OgiltigUppgift):
            demodata.skapa_demo(tmp_path / "ny.db", **fel_kw)  # type: ignore[arg-type]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.db"]


def test_framsteg_och_inga_avvikelser(tmp_path: Path) -> None:
    steg: list[Framsteg] = []
    jobb = demodata.skapa_demo(tmp_path / "tom.db", ar=0, avvikelser_per_ar=0, idag=IDAG)
    with kor_till_slut(jobb, steg.append).databas as db:
        assert _ett(db, "SELECT count(*) FROM avvikelse") == 0
        assert _ett(db, "SELECT count(*) FROM delegering")
    klart = [s.klart for s in steg]
    assert klart == sorted(klart)
    assert steg[-1].klart == steg[-1].totalt
