"""The half-year and full-year summary of avvikelser (sammanställningen).

For the political committee (twice a year) and the patientsäkerhetsberättelse
(yearly): totals and per category for the chosen period against the same span in
the previous years, per unit type and consequence, falls by time of day and injury,
medication errors by type and by who discovered them, avvikelser between caregivers
by counterpart and agreement, lex Maria, how many were analysed and followed up,
åtgärder past their deadline, and what the catch-all category "Annat" hides.

Everything is counted by the time of the event (``handelse_tid``): an avvikelse
belongs to the period in which it happened. Shares and åtgärder are as they stand
on the day the summary is made (``idag``). The result is a frozen tree of plain
numbers and labels (no ORM objects, no free text except the short "Annat" reasons,
no names), ready for a PDF or a screen.

How it is counted (a handful of aggregate queries, never row by row):

1. For the period and each comparison year, counts by category × unit × consequence
   from ``ix_avvikelse_aggregat`` alone: ``WHERE ar = ? AND kvartal IN (…)`` names the
   generated columns (never their expressions) and ``GROUP BY kvartal, kategori_id,
   enhet_id, konsekvens`` follows the index order, so there is no sort and no table
   read (see statistik.py).
2. One pass over the period's own rows for what no index holds: fall injury and hour,
   medication error type and reporter group, counterpart and agreement, status, lex
   Maria, händelseanalys, whether an analysis exists, the "Annat" reason. This is the
   one query that reads table rows, so it reads each once, in time order (see
   _RADPASS for why it concatenates instead of GROUP BY).
3. Lex Maria reports and avvikelser between caregivers in the comparison years, from
   the covering list index (``ix_avvikelse_lista``); avvikelser with an uppföljning
   from the time index and the uppföljning index.
4. The åtgärder of the period's avvikelser by status and deadline, and all open
   åtgärder past their deadline (``ix_atgard_status_deadline``).

Query 2 runs on a second connection in a worker thread while 1, 3 and 4 run on the
first (SQLite releases the GIL while it steps, and the machine has two cores). Both
connections read the same snapshot (``_samma_ogonblick``), so the figures always
agree with each other even if someone registers an avvikelse meanwhile.

At a million avvikelser (a year is 257,000) the year summary takes about 0.9 s with
its PDF on a two-core machine; query 2 alone is 0.6 s of it.

Time of day for falls (from the hour of ``handelse_tid``): natt 22–06, morgon
06–10, dag 10–16, kväll 16–22 (``TIDER_PA_DYGNET``).

A row is *marked* when it changed by more than ``markera_forandring`` (0.5 = 50 %)
against the same span the year before, up or down, and at least one of the two
counts reaches ``markera_minst`` (so 2 → 4 is not "+100 %" news).
"""

from __future__ import annotations

import contextlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import sqlalchemy.exc
import sqlcipher3.dbapi2 as sqlcipher

from skrivbord import perioder
from skrivbord.fel import OgiltigUppgift
from skrivbord.jobb import Framsteg, Jobb, kor_till_slut
from skrivbord.lagring import sqlitefel
from skrivbord.lagring.databas import Databas
from skrivbord.perioder import Period
from skrivbord.rapporter.avvikelser.underlag import (
    ANNAT_MAX_RADER,
    ANNAT_MAX_TECKEN,
    EJ_ANGIVET,
    MAX_JAMFORELSEAR,
    TIDER_PA_DYGNET,
    Andel,
    Annat,
    AnnatOrsak,
    Atgarder,
    Korstabell,
    LexMariaSiffror,
    Rad,
    Sammanstallning,
    tid_pa_dygnet,
)
from skrivbord.tjanster.avvikelser.registrering import ANNAT_KOD, FALL_KOD, LAKEMEDEL_KOD
from skrivbord.typer import (
    Atgardsstatus,
    Avvikelsestatus,
    Enhetstyp,
    Fallskada,
    Konsekvens,
    Lakemedelsfel,
    LexMaria,
    Motpart,
    Overenskommelse,
    Rapportorgrupp,
)

# ---------------------------------------------------------------------------
# Counting
# ---------------------------------------------------------------------------

# 1. Category × unit × consequence, answered by ix_avvikelse_aggregat alone.
_AGGREGAT = (
    "SELECT kategori_id, enhet_id, konsekvens, count(*) FROM avvikelse "
    "WHERE ar = ? AND kvartal IN ({kvartal}) "
    "GROUP BY kvartal, kategori_id, enhet_id, konsekvens"
)
# 2. One pass over the period's rows for the columns no index holds. Each row becomes
# a short line of its values (unit separator between fields, "Annat" reason last, the
# record separator removed from it), and group_concat returns them as one string that
# Counter groups in C. For the 257,000 rows of a year at a million avvikelser this
# takes 0.55 s; GROUP BY on the same columns takes 0.9 s, because its sort of every
# row costs more than reading the rows. The rows are found through the time range
# (``ix_avvikelse_handelse_tid``), which visits them roughly in storage order; going
# through ``ar``/``kvartal`` (``ix_avvikelse_aggregat``) visits them category by
# category, jumping back and forth over the table: 1.1 s.
_FALT = "char(31)"
_RAD = "char(30)"
_RADPASS = (
    "SELECT count(*), group_concat("
    f"kategori_id || {_FALT} || substr(handelse_tid, 12, 2) || {_FALT} || "
    f"ifnull(fall_skada, '') || {_FALT} || ifnull(lakemedel_feltyp, '') || {_FALT} || "
    f"ifnull(lakemedel_upptackt_av, '') || {_FALT} || mellan_vardgivare || {_FALT} || "
    f"ifnull(motpart, '') || {_FALT} || ifnull(overenskommelse, '') || {_FALT} || "
    f"status || {_FALT} || lex_maria || {_FALT} || ifnull(handelseanalys, '') || {_FALT} || "
    "(analys_text <> '' OR EXISTS "
    "(SELECT 1 FROM avvikelse_orsak o WHERE o.avvikelse_id = a.id)) || "
    f"{_FALT} || CASE WHEN kategori_id = ? THEN replace(annat_orsak, {_RAD}, ' ') ELSE '' END, "
    f"{_RAD}) "
    "FROM avvikelse a WHERE handelse_tid >= ? AND handelse_tid < ?"
)
_FALTANTAL = 13
# 3. Avvikelser with at least one uppföljning (the time index and the uppföljning index).
_UPPFOLJDA = (
    "SELECT count(*) FROM avvikelse a WHERE a.handelse_tid >= ? AND a.handelse_tid < ? "
    "AND EXISTS (SELECT 1 FROM uppfoljning u WHERE u.avvikelse_id = a.id)"
)
# 3. Lex Maria and between-caregiver counts of the comparison years (covering list index).
_JAMFORELSE = (
    "SELECT sum(lex_maria = 'anmald'), sum(mellan_vardgivare) FROM avvikelse "
    "WHERE handelse_tid >= ? AND handelse_tid < ? "
    "AND (lex_maria = 'anmald' OR mellan_vardgivare)"
)
# 4. Åtgärder of the period's avvikelser, and every open one past its deadline.
_ATGARDER = (
    "SELECT t.status, t.deadline < ?, count(*) FROM avvikelse a "
    "JOIN atgard t ON t.avvikelse_id = a.id "
    "WHERE a.handelse_tid >= ? AND a.handelse_tid < ? GROUP BY 1, 2"
)
_FORSENADE = "SELECT count(*) FROM atgard WHERE status IN (?, ?) AND deadline < ?"


def berakna(
    databas: Databas,
    period: Period | str,
    *,
    markera_forandring: float = 0.5,
    jamfor_ar: int = 2,
    markera_minst: int = 10,
    annat_minst: int = 2,
    idag: date | None = None,
) -> Sammanstallning:
    """The summary for ``period`` (a Period or its text form, e.g. ``"2025H1"``)."""
    return kor_till_slut(
        berakna_stegvis(
            databas,
            period,
            markera_forandring=markera_forandring,
            jamfor_ar=jamfor_ar,
            markera_minst=markera_minst,
            annat_minst=annat_minst,
            idag=idag,
        )
    )


_STEG = 5


def berakna_stegvis(
    databas: Databas,
    period: Period | str,
    *,
    markera_forandring: float = 0.5,
    jamfor_ar: int = 2,
    markera_minst: int = 10,
    annat_minst: int = 2,
    idag: date | None = None,
) -> Jobb[Sammanstallning]:
    """``berakna`` as a job (see jobb.py): yields Framsteg between the queries."""
    if isinstance(period, str):
        period = perioder.tolka(period)
    if not 0 <= jamfor_ar <= MAX_JAMFORELSEAR:
        raise OgiltigUppgift(
            f"Jämförelsen kan omfatta 0–{MAX_JAMFORELSEAR} tidigare år; välj ett av dem."
        )
    if markera_forandring < 0:
        raise OgiltigUppgift("Gränsen för markerad förändring kan inte vara negativ.")
    idag = idag or date.today()
    alla = (*perioder.foregaende_ar(period, jamfor_ar), period)
    steg = _STEG + len(alla)

    with _oversatta_fel(databas), _samma_ogonblick(databas, 2) as (anslutning, parallell):
        yield Framsteg(0, steg, "Läser kategorier och enheter")
        kategorier = anslutning.execute(
            "SELECT id, kod, namn, aktiv FROM avvikelse_kategori ORDER BY ordning, id"
        ).fetchall()
        enhetstyp = dict(anslutning.execute("SELECT id, typ FROM enhet").fetchall())
        kod_till_id = {kod: kid for kid, kod, _, _ in kategorier}

        # The pass over the period's rows (the slow part, mostly waiting for pages)
        # runs on the second connection while the index queries run here.
        with ThreadPoolExecutor(1, thread_name_prefix="sammanstallning") as bakom:
            rader_framtid = bakom.submit(
                _las_rader, parallell, kod_till_id.get(ANNAT_KOD, -1), period
            )
            try:
                aggregat: list[Counter] = []
                for i, p in enumerate(alla):
                    yield Framsteg(1 + i, steg, f"Räknar avvikelser {p.etikett}")
                    sql = _AGGREGAT.format(kvartal=_platser(p.kvartal))
                    antal: Counter = Counter()
                    for kategori_id, enhet_id, konsekvens, n in anslutning.execute(
                        sql, (p.ar, *p.kvartal)
                    ):
                        antal[(kategori_id, enhet_id, konsekvens)] += n
                    aggregat.append(antal)

                klart = 1 + len(alla)
                yield Framsteg(klart, steg, "Jämför lex Maria och vårdgivare med tidigare år")
                jamforelse = [
                    anslutning.execute(_JAMFORELSE, (_tid(p.start), _tid(p.slut))).fetchone()
                    for p in alla[:-1]
                ]

                yield Framsteg(klart + 1, steg, "Räknar åtgärder och uppföljningar")
                atgardsrader = anslutning.execute(
                    _ATGARDER, (idag.isoformat(), _tid(period.start), _tid(period.slut))
                ).fetchall()
                forsenade_alla = anslutning.execute(
                    _FORSENADE,
                    (Atgardsstatus.PLANERAD.value, Atgardsstatus.PAGAR.value, idag.isoformat()),
                ).fetchone()[0]
                uppfoljda = anslutning.execute(
                    _UPPFOLJDA, (_tid(period.start), _tid(period.slut))
                ).fetchone()[0]

                yield Framsteg(klart + 2, steg, "Räknar fall, läkemedel, vårdgivare, analyser")
                radpass = rader_framtid.result()
            except BaseException:
                if not rader_framtid.done():
                    parallell.interrupt()  # cancelled or failed: stop the pass at once
                raise

    yield Framsteg(klart + 3, steg, "Sammanställer")
    markera = _Markering(markera_forandring, markera_minst)
    resultat = _bygg(
        period,
        alla,
        idag,
        markera,
        kategorier,
        enhetstyp,
        kod_till_id,
        aggregat,
        radpass,
        uppfoljda,
        jamforelse,
        atgardsrader,
        forsenade_alla,
        annat_minst,
    )
    yield Framsteg(steg, steg, "Klart")
    return resultat


def berakna_och_skriv(
    databas: Databas, period: Period | str, ut: Path | str, *, kommun: str | None = None, **kw
) -> Jobb[Path]:
    """Compute the summary and write it as a PDF to ``ut`` (a job; returns the path).

    ``kommun`` defaults to the name in the database's settings; ``kw`` go to berakna.
    The file appears only when complete (rapporter.pdfbas writes atomically).
    """
    from skrivbord.rapporter.avvikelser import sammanstallning as rapport
    from skrivbord.tjanster import kommun as kommun_tjanst

    ut = Path(ut)
    if kommun is None:
        installning = kommun_tjanst.hamta(databas)
        kommun = installning.namn if installning else ""
    # One scale for the whole job: the counting steps, then one step for the PDF.
    rakning = berakna_stegvis(databas, period, **kw)
    while True:
        try:
            steg = next(rakning)
        except StopIteration as slut:
            sammanstallning = slut.value
            break
        totalt = (steg.totalt or 0) + 1
        if steg.klart < totalt - 1:  # the counting's own "Klart" is not the end here
            yield Framsteg(steg.klart, totalt, steg.text)
    yield Framsteg(totalt - 1, totalt, "Skriver PDF")
    rapport.skriv_pdf(sammanstallning, ut, kommun)
    yield Framsteg(totalt, totalt, "PDF klar")
    return ut


@contextlib.contextmanager
def _samma_ogonblick(databas: Databas, antal: int) -> Iterator[list]:
    """``antal`` raw connections, each in a read transaction on the same snapshot.

    A write lock held for the moment the transactions start (BEGIN IMMEDIATE on a
    third connection, a millisecond or two) guarantees no commit falls between them;
    readers are never blocked, writers wait at most that long.
    """
    with contextlib.ExitStack() as stack:
        anslutningar = [stack.enter_context(databas.ra_anslutning()) for _ in range(antal)]
        with databas.ra_anslutning() as las:
            las.execute("BEGIN IMMEDIATE")
            try:
                for anslutning in anslutningar:
                    anslutning.execute("BEGIN")
                    # The snapshot is taken at the first read, not at BEGIN.
                    anslutning.execute("SELECT count(*) FROM databasinfo").fetchone()
            finally:
                las.execute("ROLLBACK")
        try:
            yield anslutningar
        finally:
            for anslutning in anslutningar:
                if anslutning.in_transaction:
                    anslutning.execute("ROLLBACK")


def _las_rader(anslutning, annat_id: int, period: Period) -> list[tuple]:
    """Query 2: the pass over the period's rows."""
    tid = (_tid(period.start), _tid(period.slut))
    _, rader = anslutning.execute(_RADPASS, (annat_id, *tid)).fetchone()
    return _tolka_radpass(rader)


@contextlib.contextmanager
def _oversatta_fel(databas: Databas) -> Iterator[None]:
    """Database failures on the raw connection as the typed errors of lagring.fel."""
    try:
        yield
    except (sqlcipher.Error, sqlalchemy.exc.DBAPIError, OSError) as exc:
        oversatt = sqlitefel.oversatt(exc, databas.sokvag)
        if oversatt is None:
            raise
        raise oversatt from exc


# ---------------------------------------------------------------------------
# Building the tree
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Markering:
    andel: float
    minst: int

    def rad(self, etikett: str, antal: Iterable[int], kod: str = "") -> Rad:
        antal = tuple(antal)
        if len(antal) < 2:
            return Rad(etikett, antal, None, False, kod)
        fore, nu = antal[-2], antal[-1]
        forandring = (nu - fore) / fore if fore else None
        stor = max(fore, nu) >= self.minst
        tydlig = nu > 0 if forandring is None else abs(forandring) > self.andel
        return Rad(etikett, antal, forandring, stor and tydlig, kod)


def _platser(varden: tuple[int, ...]) -> str:
    return ", ".join("?" * len(varden))


def _tid(dag: date) -> str:
    """A date as the lower bound of SQLAlchemy's stored DateTime text."""
    return f"{dag.isoformat()} 00:00:00.000000"


def _bygg(
    period: Period,
    alla: tuple[Period, ...],
    idag: date,
    markera: _Markering,
    kategorier: list[tuple],
    enhetstyp: dict[int, str],
    kod_till_id: dict[str, int],
    aggregat: list[Counter],
    radpass: list[tuple],
    uppfoljda: int,
    jamforelse: list[tuple],
    atgardsrader: list[tuple],
    forsenade_alla: int,
    annat_minst: int,
) -> Sammanstallning:
    # Category, unit type and consequence per compared period.
    per_kategori = [Counter() for _ in alla]
    per_typ = [Counter() for _ in alla]
    per_konsekvens = [Counter() for _ in alla]
    kategori_typ: Counter = Counter()
    for i, antal in enumerate(aggregat):
        for (kategori_id, enhet_id, konsekvens), n in antal.items():
            per_kategori[i][kategori_id] += n
            per_typ[i][enhetstyp.get(enhet_id)] += n
            per_konsekvens[i][konsekvens] += n
            if i == len(alla) - 1:
                kategori_typ[(kategori_id, enhetstyp.get(enhet_id))] += n

    kategorirader = tuple(
        markera.rad(namn, (c[kid] for c in per_kategori), kod)
        for kid, kod, namn, aktiv in kategorier
        if aktiv or any(c[kid] for c in per_kategori)
    )
    typer = [t for t in Enhetstyp if any(c[t.value] for c in per_typ)]
    typrader = tuple(markera.rad(t.etikett, (c[t.value] for c in per_typ)) for t in typer)
    konsekvensrader = tuple(
        markera.rad(k.etikett, (c[int(k)] for c in per_konsekvens)) for k in Konsekvens
    )
    totalt = markera.rad("Totalt", (sum(c.values()) for c in per_kategori))
    visade = [(kid, namn) for kid, _, namn, aktiv in kategorier if aktiv or per_kategori[-1][kid]]
    kategori_per_typ = Korstabell(
        tuple(namn for _, namn in visade),
        tuple(t.etikett for t in typer),
        tuple(tuple(kategori_typ[(kid, t.value)] for t in typer) for kid, _ in visade),
    )

    # The pass over the period's rows.
    fall: Counter = Counter()
    lakemedel: Counter = Counter()
    mellan: Counter = Counter()
    status: Counter = Counter()
    lex: Counter = Counter()
    annat_texter: Counter = Counter()
    analys = handelseanalyser = antal_i_perioden = 0
    fall_id = kod_till_id.get(FALL_KOD)
    lakemedel_id = kod_till_id.get(LAKEMEDEL_KOD)
    annat_id = kod_till_id.get(ANNAT_KOD)
    annat_antal = 0
    for (
        kategori_id,
        timme,
        skada,
        feltyp,
        upptackt,
        mellan_vardgivare,
        motpart,
        overenskommelse,
        st,
        lex_maria,
        med_handelseanalys,
        med_analys,
        annat_orsak,
        n,
    ) in radpass:
        antal_i_perioden += n
        status[st] += n
        lex[lex_maria] += n
        analys += n * med_analys
        handelseanalyser += n * med_handelseanalys
        if kategori_id == fall_id:
            fall[(tid_pa_dygnet(timme), skada)] += n
        if kategori_id == lakemedel_id:
            lakemedel[(feltyp, upptackt)] += n
        if mellan_vardgivare:
            mellan[(motpart, overenskommelse)] += n
        if kategori_id == annat_id:
            annat_antal += n
            annat_texter[annat_orsak or ""] += n

    fall_tabell = _korstabell(
        [etikett for etikett, _, _ in TIDER_PA_DYGNET],
        list(range(len(TIDER_PA_DYGNET))),
        list(Fallskada),
        fall,
    )
    lakemedel_tabell = _korstabell(
        None, list(Lakemedelsfel), list(Rapportorgrupp), lakemedel, utan_tomma_rader=False
    )
    mellan_tabell = _korstabell(None, list(Motpart), list(Overenskommelse), mellan)

    anmalda = (*(int(a or 0) for a, _ in jamforelse), lex[LexMaria.ANMALD.value])
    mellan_rad = markera.rad(
        "Avvikelser mellan vårdgivare",
        (*(int(m or 0) for _, m in jamforelse), sum(mellan.values())),
    )

    atgarder = _atgarder(atgardsrader, forsenade_alla)
    return Sammanstallning(
        period=period,
        perioder=alla,
        idag=idag,
        markera_forandring=markera.andel,
        markera_minst=markera.minst,
        totalt=totalt,
        kategorier=kategorirader,
        enhetstyper=typrader,
        konsekvenser=konsekvensrader,
        kategori_per_enhetstyp=kategori_per_typ,
        fall=fall_tabell,
        lakemedel=lakemedel_tabell,
        mellan_vardgivare=mellan_rad,
        mellan_vardgivare_fordelning=mellan_tabell,
        lex_maria=LexMariaSiffror(
            anmalda, lex[LexMaria.EJ_ANMALD.value], lex[LexMaria.UTREDS.value]
        ),
        med_analys=Andel(analys, antal_i_perioden),
        med_uppfoljning=Andel(uppfoljda, antal_i_perioden),
        avslutade=Andel(status[Avvikelsestatus.AVSLUTAD.value], antal_i_perioden),
        handelseanalyser=handelseanalyser,
        status=tuple((s.etikett, status[s.value]) for s in Avvikelsestatus),
        atgarder=atgarder,
        annat=_annat(annat_antal, annat_texter, annat_minst),
    )


def _tolka_radpass(text: str | None) -> list[tuple]:
    """The group_concat of _RADPASS as (values…, count) per distinct row."""
    if not text:
        return []
    grupper = []
    for rad, n in Counter(text.split("\x1e")).items():
        (
            kategori_id,
            timme,
            skada,
            feltyp,
            upptackt,
            mellan,
            motpart,
            overenskommelse,
            status,
            lex_maria,
            handelseanalys,
            analys,
            annat_orsak,
        ) = rad.split("\x1f", _FALTANTAL - 1)
        grupper.append(
            (
                int(kategori_id),
                int(timme),
                skada or None,
                feltyp or None,
                upptackt or None,
                mellan == "1",
                motpart or None,
                overenskommelse or None,
                status,
                lex_maria,
                handelseanalys == "1",
                analys == "1",
                annat_orsak,
                n,
            )
        )
    return grupper


def _korstabell(
    radetiketter: list[str] | None,
    radnycklar: list,
    kolumnnycklar: list,
    antal: Counter,
    *,
    utan_tomma_rader: bool = True,
) -> Korstabell:
    """A table from (row key, column key) counts; enum keys match their stored value.

    A column "Ej angivet" is added only when some count lacks a column value; rows with
    no count are left out when ``utan_tomma_rader`` (enum rows only).
    """

    def nyckel(varde: object) -> object:
        return getattr(varde, "value", varde)

    kolumner = [nyckel(k) for k in kolumnnycklar]
    kolumnnamn = [getattr(k, "etikett", str(k)) for k in kolumnnycklar]
    if any(k not in kolumner for _, k in antal):
        kolumner.append(None)
        kolumnnamn.append(EJ_ANGIVET)
    rader = [nyckel(r) for r in radnycklar]
    radnamn = radetiketter or [getattr(r, "etikett", str(r)) for r in radnycklar]
    if any(r not in rader for r, _ in antal):
        rader.append(None)
        radnamn.append(EJ_ANGIVET)
    celler = defaultdict(int)
    for (r, k), n in antal.items():
        celler[(r if r in rader else None, k if k in kolumner else None)] += n
    tabell = [tuple(celler[(r, k)] for k in kolumner) for r in rader]
    behall = [
        i
        for i, rad in enumerate(tabell)
        if any(rad) or not utan_tomma_rader or radetiketter is not None
    ]
    return Korstabell(
        tuple(radnamn[i] for i in behall), tuple(kolumnnamn), tuple(tabell[i] for i in behall)
    )


def _atgarder(rader: list[tuple], forsenade_alla: int) -> Atgarder:
    totalt = klara = strukna = oppna = forsenade = 0
    for st, sen, n in rader:
        totalt += n
        if st == Atgardsstatus.KLAR.value:
            klara += n
        elif st == Atgardsstatus.STRUKEN.value:
            strukna += n
        else:
            oppna += n
            forsenade += n if sen else 0
    return Atgarder(totalt, klara, strukna, oppna, forsenade, forsenade_alla)


def _normalisera(text: str) -> str:
    return " ".join(text.split()).casefold()


def _annat(antal: int, texter: Counter, minst: int) -> Annat:
    utan = texter.pop("", 0)
    grupper: dict[str, Counter] = defaultdict(Counter)
    for text, n in texter.items():
        if _normalisera(text):
            grupper[_normalisera(text)][" ".join(text.split())] += n
        else:
            utan += n
    summor = sorted(
        ((sum(former.values()), _visningsform(former)) for former in grupper.values()),
        key=lambda par: (-par[0], par[1].casefold()),
    )
    listade = [(n, text) for n, text in summor if n >= minst][:ANNAT_MAX_RADER]
    ovriga = summor[len(listade) :]
    return Annat(
        antal=antal,
        orsaker=tuple(AnnatOrsak(_kort(text), n) for n, text in listade),
        ovriga_texter=len(ovriga),
        ovriga_antal=sum(n for n, _ in ovriga),
        utan_orsak=utan,
        minst=minst,
    )


def _visningsform(former: Counter) -> str:
    """The spelling used most often (ties: the first in sort order)."""
    return min(former.items(), key=lambda par: (-par[1], par[0]))[0]


def _kort(text: str) -> str:
    return text if len(text) <= ANNAT_MAX_TECKEN else text[: ANNAT_MAX_TECKEN - 1] + "…"
