"""Synthetic but realistic demo data: a whole kommun database built as one job.

Everything is made up. Proportions follow a small kommun's patientsäkerhetsberättelse:
about 1,200 avvikelser a year, falls and medication dominate, "annat" is used as a
catch-all, hjälpmedel rises year on year; a few per cent are mellan vårdgivare and a
handful a year are assessed for lex Maria. Description texts are built from
fragments and never hold anything that identifies a patient. The data obeys the
workflow's rules (avvikelseflode.py): analysed before åtgärder, an uppföljning before
uppföljd, no open åtgärd or lex Maria assessment behind a closed avvikelse, a status
history for every avvikelse.

The same ``seed`` and ``idag`` give the same content, row for row (only Andringslogg
times and the ``skapad``/``andrad`` stamps of the few ORM-written rows differ).

Speed (a million avvikelser in well under a minute): rows are generated as tuples of
strings in SQLAlchemy's storage format ('YYYY-MM-DD HH:MM:SS.ffffff' for DateTime,
'YYYY-MM-DD' for Date) from precomputed templates, written with raw ``executemany``
on one connection in one transaction; rows that follow from an avvikelse (status
history, uppföljning, orsaker) are derived in SQL. The FTS insert trigger is dropped
for the load and the full-text index rebuilt once, in the same transaction.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from skrivbord.fel import OgiltigUppgift
from skrivbord.jobb import Framsteg, Jobb
from skrivbord.lagring.databas import SIDCACHE_KIB
from skrivbord.modeller import Personal
from skrivbord.tid import nu_utc
from skrivbord.tjanster import databasfil, enheter, standarddata
from skrivbord.tjanster import kommun as kommun_tjanst
from skrivbord.tjanster.databasfil import Databas, NyDatabas
from skrivbord.tjanster.demodata.mallar import KATEGORIER, MALLKOLUMNER, STATUS
from skrivbord.tjanster.demodata.mallar import mall as ny_mall
from skrivbord.tjanster.demodata.plan import Enhet, Plan, inloggning, planera
from skrivbord.typer import Enhetstyp, Orsaksomrade, Roll

BATCH = 50_000
BULK_CACHE_KIB = 256 * 1024  # the loading connection's page cache (restored afterwards)
_ORSAKER = [o.value for o in Orsaksomrade]
_MALLAR_PER_KATEGORI = 384
_POOL = 4096  # template references per (year, unit type)
_STATUSPOOL = 400
_TIDSFORMAT = "%Y-%m-%d %H:%M:%S.%f"

# Share of avvikelser per category, by unit type:
# SÄBO, hemtjänst, hemsjukvård, korttid, LSS, dagverksamhet.
_TYPORDNING = (
    Enhetstyp.SABO,
    Enhetstyp.HEMTJANST,
    Enhetstyp.HEMSJUKVARD,
    Enhetstyp.KORTTID,
    Enhetstyp.LSS,
    Enhetstyp.DAGVERKSAMHET,
)
_VIKTER = {
    "fall": (42, 28, 22, 40, 15, 35),
    "lakemedel": (21, 32, 30, 24, 30, 10),
    "hjalpmedel": (3, 3, 3, 3, 3, 3),
    "vard_behandling": (5, 5, 5, 5, 5, 5),
    "informationsoverforing": (3, 3, 10, 8, 3, 3),
    "vri": (1.5, 1.5, 1.5, 1.5, 1.5, 1.5),
    "trycksar": (2, 1, 1, 2, 1, 1),
    "nutrition": (1.5, 1.5, 1.5, 1.5, 1.5, 1.5),
    "utebliven_insats": (2, 10, 2, 2, 2, 2),
    "bemanning_rutiner": (3, 3, 3, 3, 3, 3),
    "hot_vald": (3, 1.5, 1.5, 1.5, 14, 1.5),
    "annat": (11, 11, 11, 11, 11, 11),
}
# Change per year: hjälpmedel rises (+172 % over two years in the seed kommun),
# vård och behandling creeps up, utebliven insats falls after a planning app came in.
_TREND = {"hjalpmedel": 1.55, "vard_behandling": 1.08, "utebliven_insats": 0.85}
_ENHETSVIKT = {
    Enhetstyp.SABO: 10,
    Enhetstyp.HEMTJANST: 12,
    Enhetstyp.HEMSJUKVARD: 6,
    Enhetstyp.KORTTID: 8,
    Enhetstyp.LSS: 4,
    Enhetstyp.DAGVERKSAMHET: 2,
}
# Reports by hour of day: day and evening shifts, a morning peak.
_TIMVIKTER = (2, 2, 2, 2, 2, 3, 5, 9, 10, 8, 7, 6, 6, 6, 6, 6, 7, 8, 8, 7, 6, 5, 4, 3)
# Status by age (days since reported): (below this age, weights over the five statuses).
_STATUS_EFTER_ALDER = (
    (7, (55, 35, 8, 0, 2)),
    (30, (20, 40, 25, 5, 10)),
    (90, (4, 14, 27, 20, 35)),
    (365, (1, 3, 8, 13, 75)),
    (10**9, (0, 0.5, 1.5, 4, 94)),
)
_FORSENING = (0,) * 14 + (1,) * 4 + (2, 3, 7)  # days from event to report
_GENOMGANGSTYPER = frozenset(
    {Enhetstyp.SABO, Enhetstyp.HEMTJANST, Enhetstyp.HEMSJUKVARD, Enhetstyp.KORTTID}
)
_MED_ATGARD = frozenset({"atgarder_beslutade", "uppfoljd", "avslutad"})
_TOMMA = ("", "", "", "", "")

# The avvikelse columns: first those drawn per row, then those from the template.
# A column marked '?' takes '' for NULL, one marked '#' takes -1: binding None costs
# the driver a failed adapter lookup (~1 µs) per value, which dominated the load.
_RADKOLUMNER = (
    "id, handelse_tid, rapporterad_datum, enhet_id, rapportor_namn?, status, lex_maria, "
    "lex_maria_datum?, ivo_referens?, lex_maria_motivering, extern_referens?, "
    "motpart_underrattad_datum?, skapad, andrad"
)


# ---------------------------------------------------------------------------
# The job
# ---------------------------------------------------------------------------


def skapa_demo(
    sokvag: Path | str,
    *,
    ar: int = 3,
    avvikelser_per_ar: int = 1200,
    seed: int = 1,
    kommun: str = "Demokommun",
    kommunkod: str = "9999",
    idag: date | None = None,
) -> Jobb[NyDatabas]:
    """A job that creates a new encrypted demo database (see the module docstring).

    ``ar`` whole calendar years ending with the last finished one, plus the current
    year up to yesterday. Arguments are checked at once; the file is written while
    the job runs and appears only when it is complete (see databasfil.skapa); the
    result is open and holds the instance lock.
    """
    uppgifter = kommun_tjanst.validera(kommun, kommunkod)
    if not 0 <= ar <= 50:
        raise OgiltigUppgift("Antalet år ska vara mellan 0 och 50.")
    if avvikelser_per_ar < 0:
        raise OgiltigUppgift("Antalet avvikelser per år kan inte vara negativt.")
    idag = idag or date.today()
    plan = planera(random.Random(f"{seed}:plan"))

    def fyll(session: Session) -> None:
        kommun_tjanst.satt_i(session, uppgifter)
        personer = {
            p.id: Personal(
                id=p.id,
                fornamn=p.fornamn,
                efternamn=p.efternamn,
                roll=p.roll,
                legitimerad=p.roll.legitimerad,
            )
            for p in plan.personal
        }
        for e in plan.enheter:
            enhet = enheter.ny_enhet(e.namn, e.typ)
            enhet.id = e.id
            enhet.enhetschef = personer[e.chef]
            enhet.personal = [personer[i] for i in e.personal]
            session.add(enhet)
        session.add_all(personer.values())
        standarddata.fyll(session)

    def fyll_ra(databas: Databas) -> Jobb[None]:
        return _Laddning(databas, plan, ar, avvikelser_per_ar, seed, idag).kor()

    return databasfil.skapa(sokvag, fyll=fyll, fyll_ra=fyll_ra)


def _dt(dag: str, minut: int = 0) -> str:
    return f"{dag} {minut // 60:02d}:{minut % 60:02d}:00.000000"


class _Laddning:
    """The bulk load through the raw connection, in one transaction."""

    def __init__(
        self, databas: Databas, plan: Plan, ar: int, per_ar: int, seed: int, idag: date
    ) -> None:
        self.databas = databas
        self.plan = plan
        self.per_ar = per_ar
        self.seed = seed
        self.idag = idag
        self.start = date(idag.year - ar, 1, 1)
        self.idag_index = (idag - self.start).days
        # Day index 0 is the start; events and reports end yesterday.
        self.dagar = [(self.start + timedelta(i)).isoformat() for i in range(self.idag_index + 400)]
        self.antal: dict[str, int] = {}
        self.klart = 0
        self.totalt = 0

    def rng(self, namn: str) -> random.Random:
        return random.Random(f"{self.seed}:{namn}")

    def dag(self, d: date) -> str:
        return self.dagar[(d - self.start).days] if d >= self.start else d.isoformat()

    def framsteg(self, text: str, steg: int = 0) -> Framsteg:
        self.klart += steg
        return Framsteg(min(self.klart, self.totalt), self.totalt, text)

    # -- driver -------------------------------------------------------------

    def kor(self) -> Iterator[Framsteg]:
        with self.databas.ra_anslutning() as con:
            self.con = con
            self.kategori_id = dict(con.execute("SELECT kod, id FROM avvikelse_kategori"))
            arsantal = self._arsantal()
            self.totalt = sum(a[3] for a in arsantal) + 5_000
            synkronisering = con.execute("PRAGMA synchronous").fetchone()[0]
            journal = con.execute("PRAGMA journal_mode").fetchone()[0]
            # A temp file until it is complete (a failure deletes it): no WAL copy of every
            # page, no fsync; the rollback journal of a new file stays small, in memory.
            con.execute("PRAGMA journal_mode = MEMORY")
            con.execute("PRAGMA synchronous = OFF")
            con.execute("PRAGMA foreign_keys = OFF")  # the tests check them instead
            con.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
            try:
                con.execute("BEGIN")
                try:
                    yield from self._allt(arsantal)
                    con.execute("COMMIT")
                except BaseException:
                    con.execute("ROLLBACK")
                    raise
            finally:
                con.execute(f"PRAGMA cache_size = -{SIDCACHE_KIB}")
                con.execute(f"PRAGMA synchronous = {int(synkronisering)}")
                con.execute("PRAGMA foreign_keys = ON")
                con.execute(f"PRAGMA journal_mode = {journal}")
        yield Framsteg(self.totalt, self.totalt, "Klart")

    def _allt(self, arsantal: list[tuple[int, int, int, int]]) -> Iterator[Framsteg]:
        yield self.framsteg("Veckogenomgångar")
        veckor = self._veckogenomgangar()
        trigger = self.con.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'avvikelse_fts_ny'"
        ).fetchone()
        if trigger:
            self.con.execute("DROP TRIGGER avvikelse_fts_ny")
        self._forbered_harledda()
        yield from self._avvikelser(arsantal, veckor)
        self._stada_harledda()
        if trigger:
            self.con.execute(trigger[0])
        yield self.framsteg("Delegeringar")
        self._delegeringar()
        yield self.framsteg("Egenkontroller", 1_000)
        self._egenkontroller()
        yield self.framsteg("Läkemedelstillsyn", 1_000)
        self._lakemedelstillsyn()
        yield self.framsteg("Logguppföljning", 1_000)
        self._logguppfoljningar()
        self._massimportlogg()
        yield self.framsteg("Sparar", 1_000)

    def _infoga(self, tabell: str, kolumner: str, rader: list[tuple]) -> None:
        """executemany; see _RADKOLUMNER for the '?' and '#' NULL markers."""
        if not rader:
            return
        namn = [k.strip() for k in kolumner.split(",")]
        platser = ", ".join(
            "NULLIF(?, '')" if k.endswith("?") else "NULLIF(?, -1)" if k.endswith("#") else "?"
            for k in namn
        )
        kolumner = ", ".join(k.rstrip("?#") for k in namn)
        self.con.executemany(f"INSERT INTO {tabell} ({kolumner}) VALUES ({platser})", rader)
        self.antal[tabell] = self.antal.get(tabell, 0) + len(rader)

    def _arsantal(self) -> list[tuple[int, int, int, int]]:
        """(year, first day index, day count, number of avvikelser) per year."""
        rng = self.rng("arsantal")
        ut = []
        for ar in range(self.start.year, self.idag.year + 1):
            forsta = (date(ar, 1, 1) - self.start).days
            dagar_i_aret = (date(ar + 1, 1, 1) - date(ar, 1, 1)).days
            antal_dagar = min(forsta + dagar_i_aret, self.idag_index) - forsta
            varians = rng.uniform(0.97, 1.03)
            if antal_dagar > 0:
                antal = round(self.per_ar * varians * antal_dagar / dagar_i_aret)
                ut.append((ar, forsta, antal_dagar, antal))
        return ut

    # -- avvikelser ---------------------------------------------------------

    def _avvikelser(
        self,
        arsantal: list[tuple[int, int, int, int]],
        veckor: dict[tuple[int, tuple[int, int], str], int],
    ) -> Iterator[Framsteg]:
        rng = self.rng("avvikelser")
        rnd = rng.random
        plan = self.plan
        kategori_id = self.kategori_id
        mallar = {}
        for kod in KATEGORIER:
            if kod in kategori_id:  # the MAS may have renamed codes in an old database
                mrng = self.rng(f"mall:{kod}")
                mallar[kod] = [
                    ny_mall(mrng, kod, kategori_id[kod]) for _ in range(_MALLAR_PER_KATEGORI)
                ]
        enhetsvikt = [_ENHETSVIKT[e.typ] * rng.uniform(0.7, 1.3) for e in plan.enheter]
        enhetspool = rng.choices(plan.enheter, enhetsvikt, k=1024)
        # Reporter names per (unit, role): internal only, made up.
        namn: dict[tuple[int, str], list[str]] = {}
        for p in plan.personal:
            for e in p.enheter:
                namn.setdefault((e, p.roll.value), []).append(p.namn)
        ansvariga = {
            e.id: [p.id for p in plan.i_enhet(e.id, Roll.ENHETSCHEF, Roll.SJUKSKOTERSKA)]
            for e in plan.enheter
        }
        minuter = [
            h * 60 + m
            for h, vikt in enumerate(_TIMVIKTER)
            for m in rng.sample(range(60), 12)
            for _ in range(vikt)
        ]
        klockslag = [f" {m // 60:02d}:{m % 60:02d}:00.000000" for m in range(1440)]
        granser = [g for g, _ in _STATUS_EFTER_ALDER]
        statuspooler = [rng.choices(STATUS, v, k=_STATUSPOOL) for _, v in _STATUS_EFTER_ALDER]
        dagar = self.dagar
        sista = self.idag_index - 1
        status_per_dag = [statuspooler[bisect(granser, sista + 1 - d)] for d in range(len(dagar))]
        vecka_per_dag = [(self.start + timedelta(d)).isocalendar()[:2] for d in range(len(dagar))]
        genomgang = {kategori_id.get("fall"): "fall", kategori_id.get("lakemedel"): "lakemedel"}
        motiveringar = {
            "anmald": "Allvarlig vårdskada har inträffat; anmäld till IVO.",
            "ej_anmald": "Händelsen har inte medfört och kunde inte ha medfört allvarlig vårdskada.",
            "utreds": "",
        }
        kolumner = f"{_RADKOLUMNER}, {MALLKOLUMNER}"
        rader: list[tuple] = []
        atgarder: list[tuple] = []
        lankar: list[tuple[int, int]] = []
        nasta = 1
        atgard_id = 1
        ivo_lopnr = 1000

        def spara() -> Framsteg:
            self._infoga("avvikelse", kolumner, rader)
            self._infoga(
                "atgard",
                "id, avvikelse_id, beskrivning, ansvarig_id, deadline, status, klar_datum?, "
                "skapad, andrad",
                atgarder,
            )
            self._infoga("veckogenomgang_avvikelse", "veckogenomgang_id, avvikelse_id", lankar)
            if rader:
                self._harledda_rader(rader[0][0], rader[-1][0])
            steg = len(rader)
            rader.clear()
            atgarder.clear()
            lankar.clear()
            return self.framsteg(f"Avvikelser {ar}", steg)

        for arsindex, (ar, forsta, antal_dagar, antal) in enumerate(arsantal):
            pooler = {}
            for typ in _TYPORDNING:
                koder = [k for k in _VIKTER if k in mallar]
                i = _TYPORDNING.index(typ)
                vikter = [_VIKTER[k][i] * _TREND.get(k, 1.0) ** arsindex for k in koder]
                pooler[typ] = [
                    mallar[k][int(rnd() * _MALLAR_PER_KATEGORI)]
                    for k in rng.choices(koder, vikter, k=_POOL)
                ]
            nycklar = sorted(
                (forsta + int(rnd() * antal_dagar)) * 1440 + minuter[int(rnd() * len(minuter))]
                for _ in range(antal)
            )
            for nyckel in nycklar:
                dag, minut = divmod(nyckel, 1440)
                tid = klockslag[minut]
                enhet = enhetspool[int(rnd() * 1024)]
                mall = pooler[enhet.typ][int(rnd() * _POOL)]
                rdag = dag + _FORSENING[int(rnd() * 21)]
                if rdag > sista:
                    rdag = sista
                rapporterad = dagar[rdag]
                status = status_per_dag[rdag][int(rnd() * _STATUSPOOL)]
                personer = namn.get((enhet.id, mall.roll))
                rapportor = personer[int(rnd() * len(personer))] if personer else ""
                lex, lex_datum, ivo, motivering, extern, underrattad = ("ej_aktuell", *_TOMMA)
                if mall.lex_maria:
                    lex_datum = dagar[min(rdag + 3 + int(rnd() * 10), sista)]
                    if sista - rdag < 45:
                        lex, status = "utreds", "under_utredning"
                    else:
                        lex = "anmald" if rnd() < 0.35 else "ej_anmald"
                        lex_datum = dagar[rdag + 14 + int(rnd() * 21)]
                        if lex == "anmald":
                            ivo_lopnr += 1 + int(rnd() * 400)
                            ivo = f"3.1.1-{ivo_lopnr:05d}/{ar}"
                    motivering = motiveringar[lex]
                if mall.mellan:
                    extern = f"RV-{ar}-{nasta % 100000:05d}"
                    if status != "registrerad":
                        underrattad = dagar[min(rdag + int(rnd() * 4), sista)]
                if status == "registrerad":
                    andrad_dag = rdag
                elif status == "avslutad":
                    andrad_dag = min(rdag + 7 + int(rnd() * 110), sista)
                else:
                    andrad_dag = min(rdag + 1 + int(rnd() * 40), sista)
                rader.append(
                    (
                        nasta,
                        dagar[dag] + tid,
                        rapporterad,
                        enhet.id,
                        rapportor,
                        status,
                        lex,
                        lex_datum,
                        ivo,
                        motivering,
                        extern,
                        underrattad,
                        rapporterad + tid,
                        dagar[andrad_dag] + tid,
                        *mall.varianter[status],
                    )
                )
                gtyp = genomgang.get(mall.kategori_id)
                if gtyp is not None and enhet.typ in _GENOMGANGSTYPER:
                    vg = veckor.get((enhet.id, vecka_per_dag[dag], gtyp))
                    if vg is not None:
                        lankar.append((vg, nasta))
                if status in _MED_ATGARD and rnd() < 0.3:
                    texter = KATEGORIER[mall.kod].atgardstexter
                    personer_id = ansvariga[enhet.id] or [enhet.chef]
                    for _ in range(1 if rnd() < 0.8 else 2):
                        deadline = dagar[rdag + 14 + int(rnd() * 46)]
                        if status == "atgarder_beslutade":  # open, some overdue
                            a_status, klar = ("pagar" if rnd() < 0.5 else "planerad"), ""
                        elif rnd() < 0.04:
                            a_status, klar = "struken", ""
                        else:
                            a_status = "klar"
                            klar = dagar[rdag + int((andrad_dag - rdag) * (0.4 + 0.5 * rnd()))]
                        atgarder.append(
                            (
                                atgard_id,
                                nasta,
                                texter[int(rnd() * len(texter))],
                                personer_id[int(rnd() * len(personer_id))],
                                deadline,
                                a_status,
                                klar,
                                rapporterad + tid,
                                dagar[andrad_dag] + tid,
                            )
                        )
                        atgard_id += 1
                nasta += 1
                if len(rader) >= BATCH:
                    yield spara()
            yield spara()

    def _forbered_harledda(self) -> None:
        """Small temp tables the derived-row statements join against."""
        con = self.con
        con.execute("CREATE TEMP TABLE demo_steg (status TEXT PRIMARY KEY, steg INTEGER)")
        con.executemany(
            "INSERT INTO demo_steg VALUES (?, ?)", [(s, i) for i, s in enumerate(STATUS)]
        )
        con.execute("CREATE TEMP TABLE demo_anvandare (enhet_id INTEGER PRIMARY KEY, namn TEXT)")
        con.executemany(
            "INSERT INTO demo_anvandare VALUES (?, ?)",
            [(e.id, inloggning(self.plan.chef(e))) for e in self.plan.enheter],
        )
        con.execute(
            "CREATE TEMP TABLE demo_overgang (steg INTEGER PRIMARY KEY, fran TEXT, till TEXT)"
        )
        con.executemany(
            "INSERT INTO demo_overgang VALUES (?, ?, ?)",
            [(i, STATUS[i - 1] if i else None, s) for i, s in enumerate(STATUS)],
        )
        con.execute("CREATE TEMP TABLE demo_orsak (nr INTEGER PRIMARY KEY, orsak TEXT)")
        con.executemany("INSERT INTO demo_orsak VALUES (?, ?)", list(enumerate(_ORSAKER)))

    def _harledda_rader(self, forsta: int, sista: int) -> None:
        """Rows that follow from avvikelser forsta..sista, derived in SQL right after they
        were written (their pages are still in the cache): the full-text index, the status
        history, uppföljningar and cause areas."""
        con = self.con
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
        # Cause areas for about half of the analysed ones, one or two each.
        for multiplikator, andel in ((7919, 2), (104729, 5)):
            con.execute(
                "INSERT OR IGNORE INTO avvikelse_orsak (avvikelse_id, orsak) SELECT a.id, o.orsak "
                "FROM avvikelse a CROSS JOIN temp.demo_steg s CROSS JOIN temp.demo_orsak o "
                "WHERE a.id BETWEEN ? AND ? AND s.status = a.status AND s.steg >= 2 "
                "AND a.id % ? = 0 AND o.nr = (a.id * ? + a.kategori_id) % ?",
                (*intervall, andel, multiplikator, len(_ORSAKER)),
            )

    def _stada_harledda(self) -> None:
        for tabell in ("avvikelse_statusandring", "uppfoljning", "avvikelse_orsak"):
            self.antal[tabell] = self.con.execute(f"SELECT count(*) FROM {tabell}").fetchone()[0]
        for tabell in ("demo_steg", "demo_overgang", "demo_anvandare", "demo_orsak"):
            self.con.execute(f"DROP TABLE temp.{tabell}")

    # -- veckogenomgångar ---------------------------------------------------

    def _veckogenomgangar(self) -> dict[tuple[int, tuple[int, int], str], int]:
        """The weekly reviews (inserted now); returns (unit, ISO week, type) → id."""
        rng = self.rng("veckogenomgang")
        beslut = {
            "fall": (
                "Genomgång av veckans fall. Fallriskbedömningar uppdateras.",
                "Veckans fall gicks igenom; tätare tillsyn nattetid beslutades.",
                "Inga nya fall denna vecka.",
                "Förflyttningscoachen följer upp förflyttningar på kvällen.",
                "Fysioterapeut bjuds in till nästa teamträff.",
            ),
            "lakemedel": (
                "Genomgång av veckans läkemedelsavvikelser. Rutinen repeteras på APT.",
                "Inga nya läkemedelsavvikelser denna vecka.",
                "Delegeringar kontrolleras för kvällspersonalen.",
                "Signeringslistorna gås igenom med sjuksköterska.",
            ),
        }
        deltagare = (
            "Enhetschef, sjuksköterska, undersköterskor",
            "Enhetschef, sjuksköterska, fysioterapeut, undersköterskor",
            "Enhetschef, sjuksköterska, arbetsterapeut, omsorgspersonal",
        )
        mandag = self.start - timedelta(self.start.weekday())
        rader = []
        karta: dict[tuple[int, tuple[int, int], str], int] = {}
        while mandag + timedelta(8) < self.idag:
            iso = mandag.isocalendar()[:2]
            sommar = 26 <= iso[1] <= 32
            for enhet in self.plan.enheter:
                if enhet.typ not in _GENOMGANGSTYPER:
                    continue
                for typ in ("fall", "lakemedel"):
                    if rng.random() < (0.45 if sommar else 0.12):
                        continue
                    datum = mandag + timedelta(7 + rng.randint(0, 2))
                    if datum >= self.idag:
                        continue
                    vg_id = len(rader) + 1
                    stamp = _dt(self.dag(datum), 15 * 60)
                    rader.append(
                        (
                            vg_id,
                            enhet.id,
                            *iso,
                            typ,
                            self.dag(datum),
                            rng.choice(deltagare),
                            rng.choice(beslut[typ]),
                            enhet.chef,
                            stamp,
                            stamp,
                        )
                    )
                    karta[(enhet.id, iso, typ)] = vg_id
            mandag += timedelta(7)
        self._infoga(
            "veckogenomgang",
            "id, enhet_id, ar, vecka, typ, datum, deltagare, beslut, genomford_av_id, "
            "skapad, andrad",
            rader,
        )
        return karta

    # -- delegeringar -------------------------------------------------------

    def _delegeringar(self) -> None:
        """Chains of yearly delegations per care worker; some expiring, expired, revoked."""
        rng = self.rng("delegeringar")
        uppgifter = {u["kod"]: u["namn"] for u in standarddata.delegeringsuppgifter()}
        koder = sorted(uppgifter)
        orsaker = (
            "Bristande följsamhet till läkemedelsrutinen.",
            "Anställningen har upphört.",
            "Ny bedömning av delegerande sjuksköterska.",
            "Byte av arbetsplats inom kommunen.",
        )
        delegeringar: list[tuple] = []
        uppgiftsrader = []
        alla_ssk = self.plan.med_roll(Roll.SJUKSKOTERSKA)
        for person in self.plan.med_roll(Roll.UNDERSKOTERSKA, Roll.VARDBITRADE):
            if rng.random() < 0.08 or not alla_ssk:
                continue
            ssk = [p for e in person.enheter for p in self.plan.i_enhet(e, Roll.SJUKSKOTERSKA)]
            ssk = ssk or alla_ssk
            lage = rng.random()
            if lage < 0.10:  # expires within 30 days
                till = self.idag + timedelta(rng.randint(0, 30))
            elif lage < 0.16:  # expired, not renewed
                till = self.idag - timedelta(rng.randint(1, 120))
            else:
                till = self.idag + timedelta(rng.randint(31, 364))
            aterkallas = lage >= 0.16 and rng.random() < 0.05
            kedja = []
            while len(kedja) < 5:
                fran = till - timedelta(364)  # at most one year
                kedja.append((fran, till))
                till = fran - timedelta(rng.randint(1, 20))
                if till < self.start:
                    break
            foregaende = None
            for i, (fran, till) in enumerate(reversed(kedja)):
                d_id = len(delegeringar) + 1
                aterkallad, orsak = None, ""
                if aterkallas and i == len(kedja) - 1:
                    dag = min(self.idag - timedelta(1), fran + timedelta(rng.randint(30, 200)))
                    aterkallad, orsak = self.dag(dag), rng.choice(orsaker)
                stamp = _dt(self.dag(fran), 10 * 60)
                delegeringar.append(
                    (
                        d_id,
                        person.id,
                        rng.choice(ssk).id,
                        person.enheter[0] if person.enheter else None,
                        self.dag(fran),
                        self.dag(till),
                        aterkallad,
                        orsak,
                        foregaende,
                        stamp,
                        stamp,
                    )
                )
                valda = ["overlamna_lakemedel"] if rng.random() < 0.95 else []
                ovriga = [k for k in koder if k != "overlamna_lakemedel"]
                valda += rng.sample(ovriga, rng.choice((0, 1, 1, 2, 3)))
                uppgiftsrader += [(d_id, kod, uppgifter[kod]) for kod in valda]
                foregaende = d_id
        self._infoga(
            "delegering",
            "id, delegerad_id, delegerande_id, enhet_id, giltig_fran, giltig_till, "
            "aterkallad_datum, aterkallad_orsak, ersatter_id, skapad, andrad",
            delegeringar,
        )
        self._infoga("delegering_uppgift", "delegering_id, uppgift, beskrivning", uppgiftsrader)

    # -- egenkontroller ------------------------------------------------------

    def _datum_for(self, frekvens: str, till: date) -> list[date]:
        if frekvens == "vecka":
            forsta = self.start - timedelta(self.start.weekday()) + timedelta(7)
            return [forsta + timedelta(7 * i) for i in range((till - forsta).days // 7 + 1)]
        manader = {"manad": range(1, 13), "kvartal": (3, 6, 9, 12), "halvar": (5, 11), "ar": (10,)}
        return [
            date(ar, m, 10)
            for ar in range(self.start.year, till.year + 1)
            for m in manader[frekvens]
            if self.start <= date(ar, m, 10) <= till
        ]

    def _egenkontroller(self) -> None:
        """Occurrences of the plan: the past mostly done, some overdue, the next 90 days planned."""
        rng = self.rng("egenkontroller")
        ok = (
            "Genomförd enligt plan. Inga anmärkningar.",
            "Genomförd. Resultatet redovisat för MAS.",
            "Genomförd; sammanställning bifogad i ärendet.",
        )
        brist = (
            "Brister i dokumentationen; åtgärd planerad.",
            "Rutinen följs inte fullt ut; tas upp på arbetsplatsträff.",
            "Avvikande resultat jämfört med förra perioden; analys pågår.",
        )
        rader = []
        mas = self.plan.med_roll(Roll.MAS)
        plan = self.con.execute(
            "SELECT id, frekvens, ansvarig, enhetstyp FROM egenkontroll ORDER BY id"
        ).fetchall()
        for ek_id, frekvens, ansvarig, enhetstyp in plan:
            omfang: list[Enhet | None] = [None]  # the MAS's summaries cover every unit
            if not (ansvarig or "").upper().startswith("MAS"):
                omfang = [
                    e
                    for e in self.plan.enheter
                    if e.typ.value == enhetstyp
                    or (enhetstyp is None and e.typ != Enhetstyp.DAGVERKSAMHET)
                ]
            for enhet in omfang:
                if enhet is None:
                    utforare = mas
                elif ansvarig.lower().startswith("enhetschef"):
                    utforare = [self.plan.chef(enhet)]
                else:
                    utforare = self.plan.i_enhet(enhet.id, Roll.SJUKSKOTERSKA)
                    utforare = utforare or [self.plan.chef(enhet)]
                for planerat in self._datum_for(frekvens, self.idag + timedelta(90)):
                    status, utfort, av, resultat, brister = "planerad", None, None, "", 0
                    alder = (self.idag - planerat).days
                    if alder > 0:
                        x, sen = rng.random(), alder < 30
                        if x < (0.25 if sen else 0.06):
                            pass  # not done yet: overdue
                        elif x < (0.28 if sen else 0.10):
                            status, resultat = "installd", "Inställd på grund av sjukfrånvaro."
                        else:
                            status = "utford"
                            gjord = min(planerat + timedelta(rng.randint(0, 6)), self.idag)
                            utfort, av = self.dag(gjord), rng.choice(utforare).id
                            brister = int(rng.random() < 0.1)
                            resultat = rng.choice(brist if brister else ok)
                    stamp = _dt(self.dag(planerat - timedelta(30)), 8 * 60)
                    enhet_id = enhet.id if enhet else None
                    rader.append(
                        (ek_id, enhet_id, self.dag(planerat), utfort, av, status, resultat)
                        + (brister, stamp, stamp)
                    )
        self._infoga(
            "egenkontroll_tillfalle",
            "egenkontroll_id, enhet_id, planerat_datum, utfort_datum, utford_av_id, status, "
            "resultat, brister_funna, skapad, andrad",
            rader,
        )

    # -- läkemedelstillsyn ----------------------------------------------------

    def _lakemedelstillsyn(self) -> None:
        """Narkotika monthly, other drugs quarterly, the MAS twice a year; a few findings."""
        rng = self.rng("lakemedelstillsyn")
        fragor = standarddata.lakemedelstillsyn_checklista()
        fyndtexter = {
            "narkotika_rakning": "Antalet tabletter stämde inte mot narkotikajournalen."
            "|Saldot utrett med sjuksköterska och avvikelse skriven.",
            "narkotika_journal": "Narkotikajournalen saknade signatur vid två uttag."
            "|Genomgång av rutinen med berörd personal.",
            "forvaring_last": "Läkemedelsskåpet stod olåst.|Låset lagat; rutinen påmind.",
            "utgangsdatum": "Läkemedel med passerat utgångsdatum hittades."
            "|Kasserades enligt rutin.",
            "kylskap": "Temperaturlistan för kylskåpet var inte ifylld."
            "|Ny lista och påminnelse i arbetsgruppen.",
            "signeringslistor": "Signeringslistorna var ofullständiga."
            "|Genomgång på arbetsplatsträff.",
            "kassation": "Kasserade läkemedel förvarades fel.|Rutinen för kassation repeterad.",
            "delegeringar_giltiga": "En person saknade giltig delegering."
            "|Personen hanterar inte läkemedel förrän delegeringen förnyats.",
            "rutiner_kanda": "Lokala rutiner var inte kända av nyanställda."
            "|Introduktionen kompletteras.",
        }
        tillsyner, svar, fynd = [], [], []
        mas = self.plan.med_roll(Roll.MAS)
        narkotikaenheter = {Enhetstyp.SABO, Enhetstyp.KORTTID, Enhetstyp.LSS}
        narkotikaenheter.add(Enhetstyp.HEMSJUKVARD)
        igar = self.idag - timedelta(1)
        for enhet in self.plan.enheter:
            ssk = self.plan.i_enhet(enhet.id, Roll.SJUKSKOTERSKA) or [self.plan.chef(enhet)]
            for typ, frekvens in (("narkotika", "manad"), ("ovriga", "kvartal")) + (
                ("mas_intern", "halvar"),
            ):
                if typ == "narkotika" and enhet.typ not in narkotikaenheter:
                    continue
                for planerat in self._datum_for(frekvens, igar):
                    datum = min(planerat + timedelta(rng.randint(0, 8)), igar)
                    t_id = len(tillsyner) + 1
                    stamp = _dt(self.dag(datum), 13 * 60)
                    brister = []
                    for fraga in fragor:
                        if typ in fraga["typer"]:
                            x = rng.random()
                            s = "nej" if x < 0.04 else ("ej_aktuellt" if x < 0.06 else "ja")
                            svar.append((t_id, fraga["kod"], s, ""))
                            if s == "nej":
                                brister.append(fraga["kod"])
                    for kod in brister:
                        text, atgard = fyndtexter.get(kod, "Brist noterad.|Åtgärdas.").split("|")
                        klar = None
                        if (self.idag - datum).days > 30 or rng.random() < 0.5:
                            klar = self.dag(min(datum + timedelta(rng.randint(1, 30)), igar))
                        fynd.append((t_id, text, atgard, klar, stamp, stamp))
                    av = rng.choice(mas if typ == "mas_intern" else ssk).id
                    kommentar = "Brister noterade, se fynd." if brister else "Inga anmärkningar."
                    tillsyner.append(
                        (t_id, enhet.id, typ, self.dag(datum), av, kommentar, stamp, stamp)
                    )
        self._infoga(
            "lakemedelstillsyn",
            "id, enhet_id, typ, datum, utford_av_id, kommentar, skapad, andrad",
            tillsyner,
        )
        self._infoga("lakemedelstillsyn_svar", "tillsyn_id, fraga, svar, kommentar", svar)
        self._infoga(
            "lakemedelstillsyn_fynd",
            "tillsyn_id, beskrivning, atgard, atgardad_datum, skapad, andrad",
            fynd,
        )

    # -- logguppföljning ------------------------------------------------------

    def _logguppfoljningar(self) -> None:
        """A systematic review every month, random samples in some months; counts only."""
        rng = self.rng("logguppfoljning")
        rader = []
        mas = self.plan.med_roll(Roll.MAS)
        chefer = self.plan.med_roll(Roll.ENHETSCHEF)
        system = ("Journalsystemet för legitimerad personal", "Verksamhetssystemet för SoL")
        for planerat in self._datum_for("manad", self.idag - timedelta(1)):
            till = planerat.replace(day=1) - timedelta(1)
            fran = till.replace(day=1)
            prov = [("systematisk", planerat, None, rng.choice(mas).id, system[0])]
            if rng.random() < 0.35:
                stickdag = planerat + timedelta(rng.randint(1, 12))
                enhet = rng.choice(self.plan.enheter).id
                prov.append(("stickprov", stickdag, enhet, rng.choice(chefer).id, system[1]))
            for typ, datum, enhet_id, av, namn in prov:
                if datum >= self.idag:
                    continue
                kontrollerade = rng.randint(20, 60) if typ == "systematisk" else rng.randint(5, 15)
                avvikande = 0 if rng.random() < 0.85 else rng.randint(1, 2)
                iakttagelser = f"{kontrollerade} åtkomster kontrollerade. Inga avvikelser."
                atgarder = ""
                if avvikande:
                    iakttagelser = (
                        f"{avvikande} av {kontrollerade} kontrollerade åtkomster saknade "
                        "känd vårdrelation. Utreds vidare."
                    )
                    atgarder = "Berörd chef informerad; samtal med medarbetare enligt rutin."
                stamp = _dt(self.dag(datum), 11 * 60)
                rader.append(
                    (self.dag(datum), typ, self.dag(fran), self.dag(till), namn, enhet_id, av)
                    + (kontrollerade, avvikande, iakttagelser, atgarder, stamp, stamp)
                )
        self._infoga(
            "logguppfoljning",
            "datum, typ, period_fran, period_till, system, enhet_id, utford_av_id, "
            "antal_kontrollerade, antal_avvikande, iakttagelser, atgarder, skapad, andrad",
            rader,
        )

    def _massimportlogg(self) -> None:
        """One Andringslogg row per bulk-loaded table (rad_id NULL, handling 'massimport')."""
        nu = nu_utc().strftime(_TIDSFORMAT)
        rader = [
            (nu, self.databas.anvandare, tabell, None, "massimport", "")
            for tabell in sorted(self.antal)
        ]
        self._infoga("andringslogg", "tid, anvandare, tabell, rad_id, handling, falt", rader)
