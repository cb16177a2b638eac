"""Rows that follow from an avvikelse, derived in SQL: the full-text index, the status
history, uppföljningar, cause areas and the MAS's classing of "Annat".

Each batch of avvikelser gets its derived rows right after it is written, while its
pages are still in the cache. The FTS insert trigger is dropped for the load (the
index is filled here instead) and put back afterwards, in the same transaction.
"""

from __future__ import annotations

from skrivbord.tjanster.demodata.laddning import Laddning
from skrivbord.tjanster.demodata.mallar import KATEGORIER, STATUS, analysorsaker
from skrivbord.tjanster.demodata.plan import inloggning
from skrivbord.typer import Orsaksomrade

_ORSAKER = [o.value for o in Orsaksomrade]
_TEMPTABELLER = (
    "demo_steg",
    "demo_overgang",
    "demo_anvandare",
    "demo_orsak",
    "demo_skal",
    "demo_analysorsak",
)
# The MAS classes the "Annat" explanations (resurser/demo/annat.txt) at her monthly
# review: those she has a reason for once they are a month old. "Oklar händelse",
# "Missförstånd" and "Kommunikation" are left for her (the last belongs in an existing
# category): the demo shows the gap. Medication storage is a läkemedel error type
# (Lakemedelsfel.FORVARING), never "Annat" (seed 003).
_ANNAT_SKAL = {
    "Bemötande": "bemotande",
    "Nyckelhantering": "nycklar_egendom",
    "Dokumentation": "dokumentation",
    "Larm": "larm_teknik",
    "Tillsyn": "tillsyn",
}
_KLASSAS_EFTER_DAGAR = 30
_FTS_TRIGGER = "avvikelse_fts_ny"


def forbered(laddning: Laddning) -> str | None:
    """Drop the FTS insert trigger and create the small temp tables the statements
    join against; returns the trigger's SQL for ``stada``."""
    con = laddning.con
    trigger = con.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_FTS_TRIGGER,)
    ).fetchone()
    if trigger:
        con.execute(f"DROP TRIGGER {_FTS_TRIGGER}")
    con.execute("CREATE TEMP TABLE demo_steg (status TEXT PRIMARY KEY, steg INTEGER)")
    con.executemany("INSERT INTO demo_steg VALUES (?, ?)", [(s, i) for i, s in enumerate(STATUS)])
    con.execute("CREATE TEMP TABLE demo_anvandare (enhet_id INTEGER PRIMARY KEY, namn TEXT)")
    con.executemany(
        "INSERT INTO demo_anvandare VALUES (?, ?)",
        [(e.id, inloggning(laddning.plan.chef(e))) for e in laddning.plan.enheter],
    )
    con.execute("CREATE TEMP TABLE demo_overgang (steg INTEGER PRIMARY KEY, fran TEXT, till TEXT)")
    con.executemany(
        "INSERT INTO demo_overgang VALUES (?, ?, ?)",
        [(i, STATUS[i - 1] if i else None, s) for i, s in enumerate(STATUS)],
    )
    con.execute("CREATE TEMP TABLE demo_orsak (nr INTEGER PRIMARY KEY, orsak TEXT)")
    con.executemany("INSERT INTO demo_orsak VALUES (?, ?)", list(enumerate(_ORSAKER)))
    # The orsaksområden each analysis text names (mallar.analysorsaker).
    con.execute("CREATE TEMP TABLE demo_analysorsak (text TEXT, orsak TEXT)")
    con.executemany(
        "INSERT INTO demo_analysorsak VALUES (?, ?)",
        sorted(
            {
                (text, orsak)
                for kategori in KATEGORIER.values()
                for _, rad in kategori.analyser
                for text, orsaker in [analysorsaker(rad)]
                for orsak in orsaker
            }
        ),
    )
    con.execute("CREATE INDEX temp.ix_demo_analysorsak ON demo_analysorsak (text)")
    skal = dict(con.execute("SELECT kod, id FROM annat_skal").fetchall())
    con.execute("CREATE TEMP TABLE demo_skal (orsak TEXT PRIMARY KEY, skal_id INTEGER)")
    con.executemany(
        "INSERT INTO demo_skal VALUES (?, ?)",
        [(orsak, skal[kod]) for orsak, kod in _ANNAT_SKAL.items() if kod in skal],
    )
    return trigger[0] if trigger else None


def harled(laddning: Laddning, forsta: int, sista: int) -> None:
    """The rows that follow from avvikelser ``forsta``..``sista`` (just written)."""
    con = laddning.con
    intervall = (forsta, sista)
    con.execute(
        "INSERT INTO avvikelse_fts (rowid, beskrivning, omedelbar_atgard) "
        "SELECT id, beskrivning, omedelbar_atgard FROM avvikelse WHERE id BETWEEN ? AND ?",
        intervall,
    )
    # One row per step taken; the times spread evenly from skapad to andrad.
    con.execute(
        "INSERT INTO avvikelse_statusandring (avvikelse_id, fran, till, tid, anvandare, orsak) "
        "SELECT a.id, o.fran, o.till, CASE WHEN o.steg = s.steg THEN a.andrad "
        "WHEN o.steg = 0 THEN a.skapad ELSE strftime('%Y-%m-%d %H:%M:%S', "
        "julianday(a.skapad) + (julianday(a.andrad) - julianday(a.skapad)) * o.steg / s.steg)"
        " || '.000000' END, u.namn, '' "
        "FROM avvikelse a CROSS JOIN temp.demo_steg s CROSS JOIN temp.demo_overgang o "
        "CROSS JOIN temp.demo_anvandare u WHERE a.id BETWEEN ? AND ? "
        "AND s.status = a.status AND o.steg <= s.steg AND u.enhet_id = a.enhet_id",
        intervall,
    )
    # An uppföljning before the step to uppföljd (the workflow requires one).
    con.execute(
        "INSERT INTO uppfoljning (avvikelse_id, datum, effekt_uppnadd, nasta_steg, skapad, "
        "andrad) SELECT a.id, date(julianday(a.skapad) + "
        "(julianday(a.andrad) - julianday(a.skapad)) * 3 / s.steg), "
        "CASE WHEN a.id % 10 < 7 THEN 1 WHEN a.id % 10 < 9 THEN 0 END, "
        "CASE WHEN a.id % 10 < 7 THEN '' WHEN a.id % 10 < 9 "
        "THEN 'Delvis effekt, följs upp igen på teamträff.' "
        "ELSE 'Kunde inte bedömas ännu.' END, a.andrad, a.andrad "
        "FROM avvikelse a CROSS JOIN temp.demo_steg s "
        "WHERE a.id BETWEEN ? AND ? AND s.status = a.status AND s.steg >= 3",
        intervall,
    )
    # Cause areas for about half of the analysed ones: those its analysis text names,
    # or (a text without them) one or two drawn.
    con.execute(
        "INSERT OR IGNORE INTO avvikelse_orsak (avvikelse_id, orsak) SELECT a.id, t.orsak "
        "FROM avvikelse a CROSS JOIN temp.demo_steg s "
        "JOIN temp.demo_analysorsak t ON t.text = a.analys_text "
        "WHERE a.id BETWEEN ? AND ? AND s.status = a.status AND s.steg >= 2 AND a.id % 2 = 0",
        intervall,
    )
    for multiplikator, andel in ((7919, 2), (104729, 5)):
        con.execute(
            "INSERT OR IGNORE INTO avvikelse_orsak (avvikelse_id, orsak) SELECT a.id, o.orsak "
            "FROM avvikelse a CROSS JOIN temp.demo_steg s CROSS JOIN temp.demo_orsak o "
            "WHERE a.id BETWEEN ? AND ? AND s.status = a.status AND s.steg >= 2 "
            "AND a.id % ? = 0 AND o.nr = (a.id * ? + a.kategori_id) % ? "
            "AND NOT EXISTS (SELECT 1 FROM temp.demo_analysorsak t WHERE t.text = a.analys_text)",
            (*intervall, andel, multiplikator, len(_ORSAKER)),
        )
    # Beside each anmälan: sent a few days after the decision, the patient or närstående
    # informed (always before closing, which the workflow demands; a third of the open
    # ones not yet), the nämnd told a month on, IVO's decision some months later.
    idag = laddning.idag.isoformat()
    con.execute(
        "UPDATE avvikelse SET lex_maria_anmald_datum = "
        "min(date(lex_maria_datum, '+' || (id % 4) || ' days'), :idag) "
        "WHERE id BETWEEN :forsta AND :sista AND lex_maria = 'anmald'",
        {"forsta": forsta, "sista": sista, "idag": idag},
    )
    con.execute(
        "UPDATE avvikelse SET "
        "lex_maria_informerad = CASE WHEN status <> 'avslutad' AND id % 3 = 0 THEN NULL "
        "WHEN id % 5 = 0 THEN 'narstaende' WHEN id % 5 = 1 THEN 'bada' ELSE 'patienten' END, "
        "ivo_beslut = CASE WHEN julianday(:idag) - julianday(lex_maria_anmald_datum) < 120 "
        "THEN NULL WHEN id % 10 < 6 THEN 'avslutat' WHEN id % 10 < 8 "
        "THEN 'avslutat_med_kritik' WHEN id % 10 < 9 THEN 'komplettering' "
        "ELSE 'fortsatt_tillsyn' END, "
        "namnd_informerad_datum = CASE WHEN julianday(:idag) - julianday(lex_maria_anmald_datum) "
        ">= 30 THEN date(lex_maria_anmald_datum, '+30 days') END "
        "WHERE id BETWEEN :forsta AND :sista AND lex_maria = 'anmald'",
        {"forsta": forsta, "sista": sista, "idag": idag},
    )
    con.execute(
        "UPDATE avvikelse SET "
        "lex_maria_informerad_datum = CASE WHEN lex_maria_informerad IS NOT NULL "
        "THEN min(date(lex_maria_anmald_datum, '+' || (id % 3) || ' days'), :idag) END, "
        "ivo_beslut_datum = CASE WHEN ivo_beslut IS NOT NULL "
        "THEN date(lex_maria_anmald_datum, '+' || (60 + id % 60) || ' days') END "
        "WHERE id BETWEEN :forsta AND :sista AND lex_maria = 'anmald'",
        {"forsta": forsta, "sista": sista, "idag": idag},
    )
    # Between caregivers: a third received from the other party; its answer a week or
    # three after it was told; now and then a disagreement, rarely escalated.
    con.execute(
        "UPDATE avvikelse SET riktning = CASE WHEN id % 3 = 0 THEN 'mottagen' "
        "ELSE 'skickad' END, motpart_svar_datum = CASE WHEN motpart_svar NOT LIKE "
        "'Svar saknas%' AND motpart_underrattad_datum IS NOT NULL THEN "
        "min(date(motpart_underrattad_datum, '+' || (7 + id % 14) || ' days'), :idag) END, "
        "oenighet = CASE WHEN id % 97 = 0 THEN 'steg2' WHEN id % 23 = 0 THEN 'steg1' END "
        "WHERE id BETWEEN :forsta AND :sista AND mellan_vardgivare",
        {"forsta": forsta, "sista": sista, "idag": idag},
    )
    # "Annat" classed by the MAS (only "Annat" rows have an explanation).
    con.execute(
        "UPDATE avvikelse SET annat_skal_id = "
        "(SELECT skal_id FROM temp.demo_skal WHERE orsak = annat_orsak) "
        "WHERE id BETWEEN ? AND ? AND annat_orsak <> '' AND rapporterad_datum < ?",
        (*intervall, laddning.dagar[laddning.idag_index - _KLASSAS_EFTER_DAGAR]),
    )


def stada(laddning: Laddning, trigger: str | None) -> None:
    """Count the derived rows, drop the temp tables, put the FTS trigger back."""
    con = laddning.con
    for tabell in ("avvikelse_statusandring", "uppfoljning", "avvikelse_orsak"):
        laddning.antal[tabell] = con.execute(f"SELECT count(*) FROM {tabell}").fetchone()[0]
    for tabell in _TEMPTABELLER:
        con.execute(f"DROP TABLE temp.{tabell}")
    if trigger:
        con.execute(trigger)
