"""The summary PDF: built from a demo database, read back with pypdf, and its figures
checked against direct counts in SQL; no free text from the avvikelser, no names."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pypdf
import pytest

from skrivbord.jobb import Framsteg, kor_till_slut
from skrivbord.lagring.databas import Databas
from skrivbord.rapporter.avvikelser import sammanstallning as rapport
from skrivbord.rapporter.format import forandring, tal
from skrivbord.tjanster import demodata
from skrivbord.tjanster.avvikelser import flode, sammanstallning
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.typer import Fallskada, Konsekvens, LexMaria, Roll
from tests.fabrik import komplett

IDAG = date(2026, 11, 23)
KOMMUN = "Provkommun"
SENTINEL = "SENTINELTEXT-9c1e-beskrivning"
ANNAT_SENTINEL = "SENTINEL-ANNAT-en-gang"
TAL = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})*"


@dataclass
class Demo:
    databas: Databas
    pdf: Path
    steg: list[Framsteg]
    text: str  # the whole document, layout mode (one table row per line)
    sidor: list[str]
    lasare: pypdf.PdfReader


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    mapp = tmp_path_factory.mktemp("sammanstallning_pdf")
    skapad = kor_till_slut(
        demodata.skapa_demo(
            mapp / "demo.db",
            ar=2,
            avvikelser_per_ar=300,
            seed=7,
            kommun=KOMMUN,
            kommunkod="9998",
            idag=IDAG,
        )
    )
    databas = skapad.databas
    _lagg_till_sentineller(databas)
    ut = mapp / "sammanstallning 2025.pdf"
    steg: list[Framsteg] = []
    resultat = kor_till_slut(
        sammanstallning.berakna_och_skriv(databas, "2025", ut, idag=IDAG), steg.append
    )
    assert resultat == ut
    lasare = pypdf.PdfReader(ut)
    sidor = [s.extract_text(extraction_mode="layout") for s in lasare.pages]
    yield Demo(databas, ut, steg, "\n".join(sidor), sidor, lasare)
    databas.stang()


def _lagg_till_sentineller(databas: Databas) -> None:
    """One avvikelse whose description must never reach the PDF (assessed under lex
    Maria and not reported, so the period has one such whatever the demo drew), and an
    "Annat" explanation that must not either."""
    with databas.ra_anslutning() as anslutning:
        kategori = dict(anslutning.execute("SELECT kod, id FROM avvikelse_kategori").fetchall())
        enhet_id = anslutning.execute("SELECT min(id) FROM enhet").fetchone()[0]
    for kod, annat, beskrivning in (
        ("fall", "", f"Föll i hallen. {SENTINEL}"),
        ("annat", ANNAT_SENTINEL, "Något annat hände."),
    ):
        avvikelse_id = avvikelser.registrera(
            databas,
            komplett(
                databas,
                avvikelser.AvvikelseUppgifter(
                    handelse_tid=datetime(2025, 6, 10, 14, 5),
                    rapporterad_datum=date(2025, 6, 10),
                    enhet_id=enhet_id,
                    rapportor_roll=Roll.UNDERSKOTERSKA,
                    kategori_id=kategori[kod],
                    beskrivning=beskrivning,
                    annat_orsak=annat,
                ),
            ),
            IDAG,
        )
        if kod == "fall":
            flode.satt_lex_maria(
                databas,
                avvikelse_id,
                LexMaria.EJ_ANMALD,
                date(2025, 6, 20),
                "Utredd: ingen allvarlig vårdskada.",
                idag=IDAG,
            )


def _sql(databas: Databas, fraga: str, *parametrar) -> list[tuple]:
    with databas.ra_anslutning() as anslutning:
        return anslutning.execute(fraga, parametrar).fetchall()


def _antal_per_kategori(databas: Databas, ar: int) -> dict[str, int]:
    """Counted from the stored event time, not through the generated columns or indexes."""
    return dict(
        _sql(
            databas,
            "SELECT k.namn, count(a.id) FROM avvikelse_kategori k "
            "LEFT JOIN avvikelse a ON a.kategori_id = k.id "
            "AND substr(a.handelse_tid, 1, 4) = ? GROUP BY k.id",
            str(ar),
        )
    )


def _heltal(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _rad(text: str, etikett: str, antal_tal: int) -> list[int]:
    """The first table row that starts with ``etikett`` followed by ``antal_tal`` numbers."""
    monster = re.compile(
        rf"^\s*{re.escape(etikett)}" + rf"\s+({TAL})" * antal_tal + r"(?:\s|$)", re.MULTILINE
    )
    traff = monster.search(text)
    assert traff, f"ingen tabellrad för {etikett!r}"
    return [_heltal(g) for g in traff.groups()]


def _avsnitt(text: str, rubrik: str) -> str:
    return text[text.index(rubrik) :]


def test_totalt_och_per_kategori_stammer_med_sql(demo: Demo) -> None:
    tabell = _avsnitt(demo.text, "Avvikelser per kategori")
    ar2024 = _antal_per_kategori(demo.databas, 2024)
    ar2025 = _antal_per_kategori(demo.databas, 2025)
    assert sum(ar2025.values()) > 200
    for namn in ar2025:
        # The demo database covers 2024 and 2025: 2023 is in the table with zeros.
        assert _rad(tabell, namn, 3) == [0, ar2024[namn], ar2025[namn]], namn
    assert _rad(tabell, "Totalt", 3) == [0, sum(ar2024.values()), sum(ar2025.values())]
    # The first page carries the same total.
    forsta = demo.sidor[0]
    assert re.search(rf"\b{sum(ar2025.values())}\b", forsta.replace("\u00a0", ""))


def test_fallens_skador_motsager_inte_konsekvenserna(demo: Demo) -> None:
    """The fall table and the konsekvens table of the same page agree: every fall with a
    fracture or another injury needing care is among the avvikelser with konsekvens
    måttlig or worse, every fall without injury among those without (issue "Avvikelser,
    read by a MAS"; registrering.FALLSKADA_KONSEKVENS)."""
    s = sammanstallning.berakna(demo.databas, "2025", idag=IDAG)
    skadade = sum(
        s.fall.varde(rad, Fallskada(k).etikett)
        for rad in s.fall.rader
        for k in ("fraktur", "annan_allvarlig")
    )
    utan_skada = sum(s.fall.varde(rad, Fallskada.INGEN.etikett) for rad in s.fall.rader)
    assert skadade <= sum(r.aktuellt for r in s.konsekvenser[int(Konsekvens.MATTLIG) :])
    assert utan_skada <= s.konsekvenser[int(Konsekvens.INGEN_SKADA)].aktuellt
    assert "Annan skada som krävt vård" in s.fall.kolumner
    fel = _sql(
        demo.databas,
        "SELECT count(*) FROM avvikelse WHERE fall_skada IS NOT NULL AND NOT ("
        "(fall_skada = 'ingen' AND konsekvens = 0) OR (fall_skada = 'lindrig' AND konsekvens = 1)"
        " OR (fall_skada IN ('fraktur', 'annan_allvarlig') AND konsekvens >= 2))",
    )[0][0]
    assert fel == 0


def test_fall_och_lakemedel_stammer_med_sql(demo: Demo) -> None:
    fall = dict(
        _sql(
            demo.databas,
            "SELECT ifnull(a.fall_skada, '-'), count(*) FROM avvikelse a "
            "JOIN avvikelse_kategori k ON k.id = a.kategori_id "
            "WHERE k.kod = 'fall' AND substr(a.handelse_tid, 1, 4) = '2025' GROUP BY 1",
        )
    )
    text = _avsnitt(demo.text, "Tid på dygnet")
    kolumner = 4 + ("-" in fall)
    totalt = _rad(text, "Totalt", kolumner + 1)
    assert totalt[-1] == sum(fall.values())
    assert totalt[:4] == [
        fall.get(k, 0) for k in ("ingen", "lindrig", "fraktur", "annan_allvarlig")
    ]
    natt = _sql(
        demo.databas,
        "SELECT count(*) FROM avvikelse a JOIN avvikelse_kategori k ON k.id = a.kategori_id "
        "WHERE k.kod = 'fall' AND substr(a.handelse_tid, 1, 4) = '2025' "
        "AND (substr(a.handelse_tid, 12, 2) >= '22' OR substr(a.handelse_tid, 12, 2) < '06')",
    )[0][0]
    assert _rad(text, "Natt 22–06", kolumner + 1)[-1] == natt

    lakemedel = _sql(
        demo.databas,
        "SELECT count(*), sum(lakemedel_feltyp = 'utebliven_dos') FROM avvikelse a "
        "JOIN avvikelse_kategori k ON k.id = a.kategori_id "
        "WHERE k.kod = 'lakemedel' AND substr(a.handelse_tid, 1, 4) = '2025'",
    )[0]
    text = _avsnitt(demo.text, "Typ av fel")
    assert _rad(text, "Totalt", 3)[-1] == lakemedel[0]
    assert _rad(text, "Utebliven dos", 3)[-1] == lakemedel[1]


def test_lex_maria_och_vardgivare_stammer_med_sql(demo: Demo) -> None:
    anmalda = [
        _sql(
            demo.databas,
            "SELECT count(*) FROM avvikelse WHERE lex_maria = 'anmald' "
            "AND substr(lex_maria_anmald_datum, 1, 4) = ?",  # by the date sent
            str(ar),
        )[0][0]
        for ar in (2023, 2024, 2025)
    ]
    assert _rad(_avsnitt(demo.text, "Lex Maria"), "Anmälda till IVO", 3) == anmalda
    mellan = _sql(
        demo.databas,
        "SELECT count(*) FROM avvikelse WHERE mellan_vardgivare "
        "AND substr(handelse_tid, 1, 4) = '2025'",
    )[0][0]
    text = _avsnitt(demo.text, "Avvikelser mellan vårdgivare")
    if mellan:
        # Per motpart and per överenskommelse, side by side: both add up.
        tabellerna = text[text.index("Motpart") : text.index("Orsaksområden")]
        assert len(re.findall(rf"Totalt\s+{mellan}\b", tabellerna)) == 2
    assert f"{mellan} avvikelser där en överenskommelse" in text


def test_allvarliga_sager_hur_manga_som_bedomts_enligt_lex_maria(demo: Demo) -> None:
    """PSL 3 kap. 5 §: page 1 never lets "not assessed" read as "not relevant". The
    serious avvikelser are split into assessed and not yet assessed, and the two add
    up to the konsekvens table's allvarlig + dödsfall."""
    bedomda, ej_bedomda = _sql(
        demo.databas,
        "SELECT sum(lex_maria != 'ej_bedomd'), sum(lex_maria = 'ej_bedomd') FROM avvikelse "
        "WHERE konsekvens >= 3 AND substr(handelse_tid, 1, 4) = '2025'",
    )[0]
    s = sammanstallning.berakna(demo.databas, "2025", idag=IDAG)
    assert (s.lex_maria.allvarliga_bedomda, s.lex_maria.allvarliga_ej_bedomda) == (
        bedomda,
        ej_bedomda,
    )
    assert bedomda + ej_bedomda == sum(r.aktuellt for r in s.konsekvenser[3:]) > 0
    forsta = " ".join(demo.sidor[0].replace("\u00a0", " ").split())
    if ej_bedomda:
        assert f"och {ej_bedomda} har ännu inte bedömts" in forsta
    else:
        assert f"alla {bedomda} har bedömts enligt lex Maria" in forsta


def test_sidhuvud_sidfot_och_metadata(demo: Demo) -> None:
    antal = len(demo.lasare.pages)
    assert antal >= 3
    for nummer, sida in enumerate(demo.sidor, start=1):
        assert KOMMUN in sida
        assert re.search(rf"Sida\s+{nummer}\s+av\s+{antal}", sida), nummer
        assert IDAG.isoformat() in sida or "23 november 2026" in sida
    assert "2025" in demo.sidor[0]
    assert "2025" in (demo.lasare.metadata.title or "")


def test_inga_beskrivningar_eller_namn(demo: Demo) -> None:
    text = " ".join(demo.text.split())
    assert SENTINEL not in text
    assert ANNAT_SENTINEL not in text  # a one-off "Annat" reason stays out
    beskrivningar = _sql(
        demo.databas,
        "SELECT beskrivning, omedelbar_atgard, analys_text FROM avvikelse "
        "WHERE substr(handelse_tid, 1, 4) = '2025'",
    )
    fragment = {
        del_.strip()
        for rad in beskrivningar
        for falt in rad
        for del_ in (falt or "").split(".")
        if len(del_.strip()) >= 25
    }
    assert fragment
    assert not [f for f in fragment if f in text]
    namn = _sql(demo.databas, "SELECT fornamn || ' ' || efternamn FROM personal")
    assert namn
    assert not [n for (n,) in namn if n in text]


def test_jobbet_rapporterar_framsteg(demo: Demo) -> None:
    assert demo.steg
    assert all(s.text for s in demo.steg)
    assert demo.steg[-1].andel == 1.0
    # Only the database and the finished PDF: nothing left from the atomic write.
    assert {p.name for p in demo.pdf.parent.iterdir() if not p.name.startswith("demo.db")} == {
        demo.pdf.name
    }


def test_ingen_period_utan_avvikelser_kraschar(demo: Demo, tmp_path: Path) -> None:
    tom = sammanstallning.berakna(demo.databas, "2019H2", idag=IDAG)
    ut = tmp_path / "tom.pdf"
    rapport.skriv_pdf(tom, ut, KOMMUN)
    text = "\n".join(s.extract_text(extraction_mode="layout") for s in pypdf.PdfReader(ut).pages)
    assert "andra halvåret 2019" in text
    assert _rad(_avsnitt(text, "Avvikelser per kategori"), "Totalt", 3) == [0, 0, 0]


def test_halvar_med_kvartal(demo: Demo, tmp_path: Path) -> None:
    s = sammanstallning.berakna(demo.databas, "2025Q3", jamfor_ar=1, idag=IDAG)
    ut = tmp_path / "kv3.pdf"
    rapport.skriv_pdf(s, ut, KOMMUN)
    text = "\n".join(p.extract_text(extraction_mode="layout") for p in pypdf.PdfReader(ut).pages)
    antal = _sql(
        demo.databas,
        "SELECT count(*) FROM avvikelse WHERE handelse_tid >= '2025-07-01' "
        "AND handelse_tid < '2025-10-01'",
    )[0][0]
    assert _rad(_avsnitt(text, "Avvikelser per kategori"), "Totalt", 2)[-1] == antal
    assert "kvartal 3 2025" in text


def test_fall_utan_klockslag_ar_inte_med_i_tid_pa_dygnet(databas: Databas, tmp_path) -> None:
    """Imported without a time of day: stored at 00:00 but not counted as a night fall;
    the falls are all in the count above the table, and the note says how many are not
    in it."""
    from skrivbord.tjanster.avvikelser import importera as imp

    fil = tmp_path / "utan_tid.csv"
    fil.write_text(
        "Datum;Enhet;Kategori;Beskrivning\r\n"
        "2025-03-01;Solgården;Fall;Föll i hallen\r\n"
        "2025-03-02;Solgården;Fall;Föll vid sängen\r\n"
        "2025-03-03;Björkbacken;Fall;Halkade\r\n"
        "2025-03-04 23:10;Björkbacken;Fall;Föll på natten\r\n"
        "2025-03-05 12:00;Björkbacken;Fall;Föll vid lunch\r\n",
        encoding="utf-8-sig",
    )
    tabell = imp.lasa_fil(fil)
    resultat = kor_till_slut(imp.importera(databas, tabell, imp.foreslaget(tabell), idag=IDAG))
    assert resultat.antal_importerade == 5
    s = sammanstallning.berakna(databas, "2025", idag=IDAG)
    assert s.kategori_med_kod("fall").aktuellt == 5
    assert s.fall.summa == 2  # the known times only
    assert s.fall.radsumma(s.fall.rader.index("Natt 22–06")) == 1  # 23:10, not the 00:00s
    assert sum(s.fall_utan_tid) == 3

    ut = tmp_path / "utan_tid.pdf"
    rapport.skriv_pdf(s, ut, KOMMUN)
    text = "\n".join(p.extract_text(extraction_mode="layout") for p in pypdf.PdfReader(ut).pages)
    rader = " ".join(text.split())
    assert "5 fall, varav 0 med skada." in rader  # every fall, as in the category table
    assert "3 fall utan känd tidpunkt är inte med i tabellen." in rader
    natt = next(r for r in text.splitlines() if "Natt 22–06" in r)
    assert re.findall(r"\d+", natt.split("Natt 22–06")[1])[-1] == "1"  # its row total


def test_pagaende_period_sager_det_pa_forsta_sidan(demo: Demo, tmp_path: Path) -> None:
    """On 23 November 2026 the year 2026 is a running period: page 1 says it is cut at
    yesterday and compared with the same dates, and every earlier-year figure (the
    tables, the key figures and their percentage) covers 1 January – 22 November."""
    s = sammanstallning.berakna(demo.databas, "2026", idag=IDAG)
    ut = tmp_path / "pagaende.pdf"
    rapport.skriv_pdf(s, ut, KOMMUN)
    sidor = [p.extract_text(extraction_mode="layout") for p in pypdf.PdfReader(ut).pages]
    forsta = " ".join(sidor[0].replace("\u00a0", " ").split())
    assert "Avvikelser 1 januari – 22 november 2026" in forsta
    assert (
        "Perioden pågår: siffrorna gäller 1 januari – 22 november 2026 och jämförs med "
        "samma datum tidigare år (2024 och 2025)." in forsta
    )
    assert "mot samma datum året före" in forsta

    def antal(ar: int) -> int:
        return _sql(
            demo.databas,
            "SELECT count(*) FROM avvikelse WHERE handelse_tid >= ? AND handelse_tid < ?",
            f"{ar}-01-01",
            f"{ar}-11-23",
        )[0][0]

    ar2024, ar2025, ar2026 = antal(2024), antal(2025), antal(2026)
    assert (
        ar2026 > 200
        and ar2025
        < _sql(
            demo.databas, "SELECT count(*) FROM avvikelse WHERE substr(handelse_tid, 1, 4) = '2025'"
        )[0][0]
    )
    text = "\n".join(sidor)
    tabell = _avsnitt(text, "Avvikelser per kategori")
    assert "jämfört med samma datum tidigare år" in " ".join(tabell.split())
    assert _rad(tabell, "Totalt", 3) == [ar2024, ar2025, ar2026]
    assert _rad(_avsnitt(text, "Per typ av verksamhet"), "Totalt", 3) == [ar2024, ar2025, ar2026]
    assert _rad(_avsnitt(text, "Konsekvens för patienten"), "Totalt", 3) == [
        ar2024,
        ar2025,
        ar2026,
    ]
    nyckeltal = f"2025: {tal(ar2025)} ({forandring(ar2025, ar2026)})"
    assert nyckeltal.replace("\u00a0", " ") in forsta
    # Every page's header carries the cut title.
    assert all("1 januari – 22 november 2026" in " ".join(sida.split()) for sida in sidor)


def _pdf_text(s: sammanstallning.Sammanstallning, ut: Path) -> str:
    rapport.skriv_pdf(s, ut, KOMMUN)
    return "\n".join(p.extract_text(extraction_mode="layout") for p in pypdf.PdfReader(ut).pages)


def _lopande(text: str) -> str:
    """The text as running words (no-break spaces and line breaks as plain spaces)."""
    return " ".join(text.replace("\u00a0", " ").split())


def test_jamforelsearen_raknas_upp_med_och(demo: Demo) -> None:
    """Swedish lists end with "och": "samma period 2023 och 2024", never "2023, 2024"."""
    forsta = _lopande(demo.sidor[0])
    assert "jämförda med samma period 2023 och 2024." in forsta
    assert "2023, 2024" not in _lopande(demo.text)


def test_lex_maria_bedomda_men_inte_anmalda(demo: Demo) -> None:
    ej_anmalda = _sql(
        demo.databas,
        "SELECT count(*) FROM avvikelse WHERE lex_maria = 'ej_anmald' "
        "AND substr(handelse_tid, 1, 4) = '2025'",
    )[0][0]
    assert ej_anmalda
    text = _lopande(_avsnitt(demo.text, "Lex Maria"))
    assert f"Av periodens avvikelser {ej_anmalda} bedömdes men anmäldes inte" in text
    assert "utan att anmälas" not in _lopande(demo.text)
    # Counted by the date the anmälan was sent, and what followed it (PSL 3 kap. 8 §).
    assert "räknade efter när anmälan skickades" in text
    anmalda = _sql(
        demo.databas,
        "SELECT count(*) FROM avvikelse WHERE lex_maria = 'anmald' "
        "AND substr(lex_maria_anmald_datum, 1, 4) = '2025'",
    )[0][0]
    if anmalda:
        assert "har patienten eller närstående informerats i" in text
        assert "IVO:s beslut:" in text


def test_forandring_fran_noll_ar_ny_och_fran_ingenting_till_ingenting_tom(
    demo: Demo, tmp_path: Path
) -> None:
    """The demo has nothing in 2023: compared with it, 2024's rows read "ny" (never
    "från 0", there is no percentage of nothing), and a row with nothing in either
    year has an empty change cell."""
    text = _pdf_text(
        sammanstallning.berakna(demo.databas, "2024", jamfor_ar=1, idag=IDAG), tmp_path / "a.pdf"
    )
    assert "från 0" not in text
    tabell = _avsnitt(text, "Avvikelser per kategori")
    ar2024 = _antal_per_kategori(demo.databas, 2024)
    for namn, antal in ar2024.items():
        if antal:
            rad = next(r for r in tabell.splitlines() if r.strip().startswith(namn))
            assert re.search(rf"\b0\s+{antal}\s+ny\b", rad.replace("\u00a0", "")), rad
    assert re.search(r"^\s*Totalt\s+0\s+\d+\s+ny\b", tabell.replace("\u00a0", ""), re.MULTILINE)
    forsta = _lopande(text.split("Sida 1")[0])
    assert "2023: 0 (ny)" in forsta

    tom = _pdf_text(sammanstallning.berakna(demo.databas, "2019H2", idag=IDAG), tmp_path / "b.pdf")
    totalt = next(r for r in _avsnitt(tom, "Avvikelser per kategori").splitlines() if "Totalt" in r)
    assert totalt.split() == ["Totalt", "0", "0", "0"]  # no "–", no "från 0"
    assert "2018: 0 (" not in _lopande(tom)


def _orsaker_sql(databas: Databas, villkor: str = "1") -> tuple[dict[tuple[str, str], int], int]:
    """(kategori, orsaksområde label) → n and the analysed avvikelser, from the stored rows."""
    from skrivbord.typer import Orsaksomrade

    par = _sql(
        databas,
        "SELECT k.namn, o.orsak, count(*) FROM avvikelse_orsak o "
        "JOIN avvikelse a ON a.id = o.avvikelse_id "
        "JOIN avvikelse_kategori k ON k.id = a.kategori_id "
        f"WHERE substr(a.handelse_tid, 1, 4) = '2025' AND {villkor} GROUP BY 1, 2",
    )
    analyserade = _sql(
        databas,
        "SELECT count(DISTINCT a.id) FROM avvikelse a JOIN avvikelse_orsak o "
        f"ON o.avvikelse_id = a.id WHERE substr(a.handelse_tid, 1, 4) = '2025' AND {villkor}",
    )[0][0]
    return {(k, Orsaksomrade(o).etikett): n for k, o, n in par}, analyserade


def test_orsaksomraden_per_kategori_stammer_med_sql(demo: Demo) -> None:
    """Each avvikelse counts once in each of its orsaksområden; the share is of the
    avvikelser with at least one (the note under the table says so)."""
    per_par, analyserade = _orsaker_sql(demo.databas)
    assert analyserade and sum(per_par.values()) > analyserade  # some have several
    s = sammanstallning.berakna(demo.databas, "2025", idag=IDAG).orsaker
    tabell = s.per_kategori
    for i, orsak in enumerate(tabell.rader):
        for j, kategori in enumerate(tabell.kolumner):
            assert tabell.antal[i][j] == per_par.get((kategori, orsak), 0), (orsak, kategori)
    assert sum(map(sum, tabell.antal)) == sum(per_par.values())
    assert s.analyserade_totalt == analyserade

    text = _avsnitt(demo.text, "Orsaksområden som analysen")
    kolumner = min(len(tabell.kolumner), rapport.ORSAK_KATEGORIER) + 1  # and the total
    for orsak in tabell.rader:
        totalt = sum(n for (_, o), n in per_par.items() if o == orsak)
        assert _rad(text, orsak, kolumner)[-1] == totalt, orsak
        andel = round(100 * totalt / analyserade)
        rad = next(r for r in text.splitlines() if r.strip().startswith(orsak))
        assert rad.replace("\u00a0", " ").rstrip().endswith(f"{andel} %"), rad
    assert _rad(text, "Analyserade avvikelser", kolumner)[-1] == analyserade
    assert rapport.FLERA_ORSAKER in _lopande(text)


def test_orsaksomraden_mellan_vardgivare_stammer_med_sql(demo: Demo) -> None:
    per_par, analyserade = _orsaker_sql(demo.databas, "a.mellan_vardgivare")
    assert analyserade
    s = sammanstallning.berakna(demo.databas, "2025", idag=IDAG).orsaker
    per_orsak = {o: sum(n for (_, x), n in per_par.items() if x == o) for o in s.per_kategori.rader}
    assert dict(zip(s.per_kategori.rader, s.mellan_vardgivare, strict=True)) == per_orsak
    assert s.analyserade_mellan == analyserade

    text = _avsnitt(demo.text, "Orsaksområden mellan vårdgivare")
    text = text[: text.index(rapport.FLERA_ORSAKER)]
    for orsak, n in per_orsak.items():
        assert _rad(text, orsak, 1) == [n], orsak
    assert _rad(text, "Analyserade avvikelser", 1) == [analyserade]
    storst = max(per_orsak, key=per_orsak.__getitem__)
    assert f"analysen av {analyserade} avvikelser mellan vårdgivare" in _lopande(text)
    assert per_orsak[storst] == max(per_orsak.values())
