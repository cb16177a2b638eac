"""The demo job: deterministic, encrypted, atomic; checks its arguments, logs the bulk load,
reports progress."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from skrivbord import fel
from skrivbord.jobb import Framsteg, kor_till_slut
from skrivbord.lagring import databas as lagring
from skrivbord.tjanster import demodata
from skrivbord.tjanster.demodata import delegeringar
from tests.tjanster.demodata.conftest import IDAG, alla, bygg, ett

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
    "narkotikarakning",
    "tillsynspunkt",
    "veckogenomgang",
    "veckogenomgang_avvikelse",
    "logguppfoljning",
]
# Written through the ORM (the egenkontroll occurrences by the app's own service):
# their time stamps are real.
ORM_TABELLER = {
    "kommuninstallningar",
    "enhet",
    "personal",
    "egenkontroll",
    "egenkontroll_tillfalle",
}


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
        with bygg(tmp_path / namn, ar=1, avvikelser_per_ar=300, seed=seed).databas as db:
            summor.append(_kontrollsumma(db))
    assert summor[0] == summor[1]
    assert summor[0]["avvikelse"][0] > 300
    assert summor[0]["avvikelse"] != summor[2]["avvikelse"]


def test_massimport_loggas_en_gang_per_tabell(demo: lagring.Databas) -> None:
    rader = alla(
        demo, "SELECT tabell, rad_id FROM andringslogg WHERE handling = 'massimport' ORDER BY 1"
    )
    tabeller = [t for t, _ in rader]
    assert len(tabeller) == len(set(tabeller))
    assert {"avvikelse", "atgard", "avvikelse_statusandring"} <= set(tabeller)
    assert all(rad_id is None for _, rad_id in rader)


def test_filen_ar_krypterad(tmp_path: Path) -> None:
    sokvag = tmp_path / "demo.db"
    skapad = bygg(sokvag, ar=1, avvikelser_per_ar=300, kommun="Sentinelköping")
    with skapad:
        personnamn = ett(skapad.databas, "SELECT fornamn || ' ' || efternamn FROM personal LIMIT 1")
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
    def gar_sonder(*args: object) -> None:
        raise RuntimeError("simulerat fel")

    monkeypatch.setattr(delegeringar, "skriv", gar_sonder)
    with pytest.raises(RuntimeError, match="simulerat fel"):
        bygg(tmp_path / "demo.db", ar=1, avvikelser_per_ar=200)
    assert list(tmp_path.iterdir()) == []


def test_skriver_aldrig_over_och_vagrar_ogiltiga_uppgifter(tmp_path: Path) -> None:
    befintlig = tmp_path / "demo.db"
    befintlig.write_bytes(b"viktigt")
    with pytest.raises(fel.DatabasFinnsRedan):
        bygg(befintlig, ar=1, avvikelser_per_ar=10)
    assert befintlig.read_bytes() == b"viktigt"
    for fel_kw in ({"kommunkod": "12"}, {"kommun": " "}, {"ar": -1}, {"avvikelser_per_ar": -5}):
        with pytest.raises(fel.OgiltigUppgift):
            demodata.skapa_demo(tmp_path / "ny.db", **fel_kw)  # type: ignore[arg-type]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.db"]


def test_framsteg_och_inga_avvikelser(tmp_path: Path) -> None:
    steg: list[Framsteg] = []
    jobb = demodata.skapa_demo(tmp_path / "tom.db", ar=0, avvikelser_per_ar=0, idag=IDAG)
    with kor_till_slut(jobb, steg.append).databas as db:
        assert ett(db, "SELECT count(*) FROM avvikelse") == 0
        assert ett(db, "SELECT count(*) FROM delegering")
    klart = [s.klart for s in steg]
    assert klart == sorted(klart)
    assert steg[-1].klart == steg[-1].totalt
