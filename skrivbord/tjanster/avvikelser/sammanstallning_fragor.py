"""Reading the figures of the sammanställning: a handful of aggregate queries on one
snapshot, never row by row. The rows they return are turned into the result by
sammanstallning_bygg.py.

How it is counted:

1. For the period and each comparison year, counts by category × unit × consequence
   from ``ix_avvikelse_aggregat`` alone: ``WHERE ar = ? AND kvartal IN (…)`` names the
   generated columns (never their expressions) and ``GROUP BY kvartal, kategori_id,
   enhet_id, konsekvens`` follows the index order, so there is no sort and no table
   read (see statistik.py). A running period (cut at today, perioder.kapa) and its
   comparison spans count their whole quarters so, and the days of the cut quarter
   through the time index (DELKVARTAL: at most three months of rows).
2. One pass over the period's own rows for what no index holds: fall injury and hour,
   medication error type and reporter group, counterpart and agreement, status, lex
   Maria, händelseanalys, whether an analysis exists, the MAS's class of an "Annat"
   avvikelse (its id: the free-text explanation is never read). This is the
   one query that reads table rows, so it reads each once, in time order (see
   RADPASS for why it concatenates instead of GROUP BY).
3. Lex Maria reports and avvikelser between caregivers in the comparison years, from
   the covering list index (``ix_avvikelse_lista``); avvikelser with an uppföljning
   from the time index and the uppföljning index.
4. The åtgärder of the period's avvikelser by status and deadline, and all open
   åtgärder past their deadline (``ix_atgard_status_deadline``).
5. The orsaksområden of the analyses (ORSAKER): the period's rows through the covering
   list index (``ix_avvikelse_lista``: time, category, between caregivers), each
   avvikelse's orsaksområden from the primary key of ``avvikelse_orsak`` (avvikelse_id,
   orsak), grouped per combination so one query gives both the count per orsaksområde
   and how many avvikelser were analysed.

Query 2 runs on a second connection in a worker thread while 1, 3, 4 and 5 run on the
first (SQLite releases the GIL while it steps, and the machine has two cores). Both
connections read the same snapshot (``samma_ogonblick``), so the figures always
agree with each other even if someone registers an avvikelse meanwhile.

At a million avvikelser (a year is 257,000) the year summary takes about 0.9 s with
its PDF on a two-core machine; query 2 alone is 0.6 s of it.

On a server (PostgreSQL) the same queries are written in its words (``POSTGRESQL``):
query 2 is a plain GROUP BY there (a hash aggregate, no sort, the distinct rows come
back as tuples), the orsaksområden are joined with ``string_agg`` in key order, and
the connections share one snapshot by ``pg_export_snapshot`` (``samma_ogonblick``).
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict, cast

import sqlalchemy.exc
import sqlcipher3.dbapi2 as sqlcipher

from skrivbord.jobb import Framsteg, Jobb
from skrivbord.lagring import sql, sqlitefel
from skrivbord.lagring.databas import Databas
from skrivbord.perioder import Period
from skrivbord.tjanster.avvikelser.registrering import ANNAT_KOD
from skrivbord.typer import Atgardsstatus

if TYPE_CHECKING:  # loaded only with a server
    import psycopg

# 1. Category × unit × consequence, answered by ix_avvikelse_aggregat alone.
AGGREGAT = (
    "SELECT kategori_id, enhet_id, konsekvens, count(*) FROM avvikelse "
    "WHERE ar = ? AND kvartal IN ({kvartal}) "
    "GROUP BY kvartal, kategori_id, enhet_id, konsekvens"
)
# 1. The counted days of a quarter cut at today (a running period): the time index and
# the rows, since ix_avvikelse_aggregat has no day.
DELKVARTAL = (
    "SELECT kategori_id, enhet_id, konsekvens, count(*) FROM avvikelse "
    "WHERE handelse_tid >= ? AND handelse_tid < ? "
    "GROUP BY kategori_id, enhet_id, konsekvens"
)
# 2. One pass over the period's rows for the columns no index holds. Each row becomes
# a short line of its values (unit separator between fields, the "Annat" reason's id
# last), and group_concat returns them as one string that
# Counter groups in C. For the 257,000 rows of a year at a million avvikelser this
# takes 0.55 s; GROUP BY on the same columns takes 0.9 s, because its sort of every
# row costs more than reading the rows. The rows are found through the time range
# (``ix_avvikelse_handelse_tid``), which visits them roughly in storage order; going
# through ``ar``/``kvartal`` (``ix_avvikelse_aggregat``) visits them category by
# category, jumping back and forth over the table: 1.1 s.
_FALT = "char(31)"
_RAD = "char(30)"
RADPASS = (
    "SELECT count(*), group_concat("
    # The hour; none when the time of day is not known (tid_okand: stored as 00:00).
    f"kategori_id || {_FALT} || "
    f"CASE WHEN tid_okand THEN '' ELSE substr(handelse_tid, 12, 2) END || {_FALT} || "
    f"ifnull(fall_skada, '') || {_FALT} || ifnull(lakemedel_feltyp, '') || {_FALT} || "
    f"ifnull(lakemedel_upptackt_av, '') || {_FALT} || mellan_vardgivare || {_FALT} || "
    f"ifnull(motpart, '') || {_FALT} || ifnull(overenskommelse, '') || {_FALT} || "
    f"status || {_FALT} || lex_maria || {_FALT} || (konsekvens >= 3) || {_FALT} || "
    f"ifnull(handelseanalys, '') || {_FALT} || "
    "(analys_text <> '' OR EXISTS "
    "(SELECT 1 FROM avvikelse_orsak o WHERE o.avvikelse_id = a.id)) || "
    f"{_FALT} || CASE WHEN kategori_id = ? THEN ifnull(annat_skal_id, '') ELSE '' END, "
    f"{_RAD}) "
    "FROM avvikelse a WHERE handelse_tid >= ? AND handelse_tid < ?"
)
_FALTANTAL = 14
# 3. Avvikelser with at least one uppföljning (the time index and the uppföljning index).
UPPFOLJDA = (
    "SELECT count(*) FROM avvikelse a WHERE a.handelse_tid >= ? AND a.handelse_tid < ? "
    "AND EXISTS (SELECT 1 FROM uppfoljning u WHERE u.avvikelse_id = a.id)"
)
# 3. Lex Maria and between-caregiver counts of the comparison years (covering list index).
JAMFORELSE = (
    "SELECT sum(lex_maria = 'anmald'), sum(mellan_vardgivare) FROM avvikelse "
    "WHERE handelse_tid >= ? AND handelse_tid < ? "
    "AND (lex_maria = 'anmald' OR mellan_vardgivare)"
)
# 3. Lex Maria anmälningar by the date sent (PSL 3 kap. 5 §: an event in December
# reported in January counts in the new year), from the partial index
# ix_avvikelse_lex_maria_anmald; for the chosen period also who was informed, whether
# the nämnd was, and IVO's decision.
ANMALDA = (
    "SELECT count(*) FROM avvikelse WHERE lex_maria = 'anmald' "
    "AND lex_maria_anmald_datum >= ? AND lex_maria_anmald_datum < ?"
)
ANMALNINGAR = (
    "SELECT lex_maria_informerad IS NOT NULL, namnd_informerad_datum IS NOT NULL, "
    "ifnull(ivo_beslut, ''), count(*) FROM avvikelse WHERE lex_maria = 'anmald' "
    "AND lex_maria_anmald_datum >= ? AND lex_maria_anmald_datum < ? GROUP BY 1, 2, 3"
)
# 4. Åtgärder of the period's avvikelser, and every open one past its deadline.
ATGARDER = (
    "SELECT t.status, t.deadline < ?, count(*) FROM avvikelse a "
    "JOIN atgard t ON t.avvikelse_id = a.id "
    "WHERE a.handelse_tid >= ? AND a.handelse_tid < ? GROUP BY 1, 2"
)
FORSENADE = (
    "SELECT count(*) FROM atgard WHERE status IN (?, ?) AND deadline < ? "
    "AND avvikelse_id IS NOT NULL"  # covered by ix_atgard_status_deadline
)
# 5. Orsaksområden per category and between caregivers, one group per combination of
# orsaksområden (in key order, comma-separated); avvikelser without any are left out.
# Both sides are read from indexes only (see the plan in the test). Measured: 1.0 µs per
# avvikelse of the range when cached (1,200 a year), 3.3 µs with 70,000 a year whose ids
# jump (the worst case for the key lookups); a year at 257,000 is thus 0.3–0.85 s, on the
# first connection while query 2 runs on the second.
ORSAKER = (
    "SELECT kategori_id, mellan_vardgivare, orsaker, count(*) FROM ("
    "SELECT a.kategori_id, a.mellan_vardgivare, "
    "(SELECT group_concat(o.orsak) FROM avvikelse_orsak o WHERE o.avvikelse_id = a.id) "
    "AS orsaker FROM avvikelse a WHERE a.handelse_tid >= ? AND a.handelse_tid < ?"
    ") WHERE orsaker IS NOT NULL GROUP BY 1, 2, 3"
)

# 2. On a server: the same values per distinct row, grouped by PostgreSQL (tolka_grupper).
RADPASS_POSTGRESQL = (
    "SELECT kategori_id, "
    "CASE WHEN tid_okand THEN NULL ELSE CAST(EXTRACT(HOUR FROM handelse_tid) AS integer) END, "
    "fall_skada, lakemedel_feltyp, lakemedel_upptackt_av, mellan_vardgivare, motpart, "
    "overenskommelse, status, lex_maria, konsekvens >= 3, coalesce(handelseanalys, false), "
    "(analys_text <> '' OR EXISTS "
    "(SELECT 1 FROM avvikelse_orsak o WHERE o.avvikelse_id = a.id)), "
    "CASE WHEN kategori_id = %s THEN annat_skal_id END, count(*) "
    "FROM avvikelse a WHERE handelse_tid >= %s AND handelse_tid < %s "
    "GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14"
)
# The statements whose PostgreSQL form differs from SQLite's by more than the
# placeholders (booleans are not numbers there, group_concat is string_agg, a
# subquery in FROM needs a name).
POSTGRESQL = {
    JAMFORELSE: (
        "SELECT sum(CAST(lex_maria = 'anmald' AS integer)), "
        "sum(CAST(mellan_vardgivare AS integer)) FROM avvikelse "
        "WHERE handelse_tid >= %s AND handelse_tid < %s "
        "AND (lex_maria = 'anmald' OR mellan_vardgivare)"
    ),
    ANMALNINGAR: (
        "SELECT lex_maria_informerad IS NOT NULL, namnd_informerad_datum IS NOT NULL, "
        "coalesce(ivo_beslut, ''), count(*) FROM avvikelse WHERE lex_maria = 'anmald' "
        "AND lex_maria_anmald_datum >= %s AND lex_maria_anmald_datum < %s GROUP BY 1, 2, 3"
    ),
    ORSAKER: (
        "SELECT kategori_id, CAST(mellan_vardgivare AS integer), orsaker, count(*) FROM ("
        "SELECT a.kategori_id, a.mellan_vardgivare, "
        "(SELECT string_agg(o.orsak, ',' ORDER BY o.orsak) FROM avvikelse_orsak o "
        "WHERE o.avvikelse_id = a.id) "
        "AS orsaker FROM avvikelse a WHERE a.handelse_tid >= %s AND a.handelse_tid < %s"
        ") AS s WHERE orsaker IS NOT NULL GROUP BY 1, 2, 3"
    ),
}


def pa(anslutning: object, sats: str) -> str:
    """A statement of this module in the raw connection's dialect."""
    if not sql.ar_postgresql(anslutning):
        return sats
    return POSTGRESQL.get(sats) or sats.replace("?", "%s")


# (id, kod, namn, aktiv) of a category; aktiv is SQLite's 0 or 1.
Kategorirad: TypeAlias = tuple[int, str, str, int]
# Query 1 for one period: (kategori_id, enhet_id, konsekvens) → n.
Aggregat: TypeAlias = Counter[tuple[int, int, int]]
# Query 2, one distinct row: kategori_id, hour (None: not known), fall_skada, lakemedel_feltyp,
# lakemedel_upptackt_av, mellan_vardgivare, motpart, overenskommelse, status, lex_maria,
# serious (konsekvens allvarlig or dödsfall), with händelseanalys, with analysis, the id of
# the "Annat" reason (None: not classed, or not "Annat"); and how many rows (see
# tolka_radpass).
Radpassrad: TypeAlias = tuple[
    int,
    int | None,
    str | None,
    str | None,
    str | None,
    bool,
    str | None,
    str | None,
    str,
    str,
    bool,
    bool,
    bool,
    int | None,
    int,
]
# Query 3 for an earlier period: (lex Maria reported, between caregivers); sums, so
# None when no row counts.
Jamforelserad: TypeAlias = tuple[int | None, int | None]
# Query 3, the chosen period's anmälningar: (informed, nämnd informed, IVO's decision
# value or '', n).
Anmalningsrad: TypeAlias = tuple[int, int, str, int]
# Query 4: (status, past deadline (None without a deadline), n).
Atgardsrad: TypeAlias = tuple[str, int | None, int]
# Query 5: (kategori_id, between caregivers (0 or 1), orsaksområde values comma-separated, n).
Orsaksrad: TypeAlias = tuple[int, int, str, int]


@dataclass(frozen=True)
class Rader:
    """What the queries return, all from one snapshot."""

    kategorier: list[Kategorirad]  # in display order
    enhetstyp: dict[int, str]  # enhet id → unit type value
    kod_till_id: dict[str, int]  # category code → id
    annat_skal: dict[int, str]  # the MAS's reasons for "Annat": id → name
    overenskommelser: dict[str, str]  # the MAS's agreements, in her order: kod → name
    aggregat: list[Aggregat]  # per compared period
    radpass: list[Radpassrad]
    jamforelse: list[Jamforelserad]  # per earlier period
    atgarder: list[Atgardsrad]  # for the period's avvikelser
    forsenade_alla: int  # open åtgärder past their deadline, any period
    uppfoljda: int  # the period's avvikelser with at least one uppföljning
    orsaker: list[Orsaksrad] = field(default_factory=list)  # the period's orsaksområden
    anmalda: list[int] = field(default_factory=list)  # lex Maria by date sent, per period
    anmalningar: list[Anmalningsrad] = field(default_factory=list)  # the chosen period's


def lasa_stegvis(
    databas: Databas, period: Period, alla: tuple[Period, ...], idag: date, steg: int
) -> Jobb[Rader]:
    """Read everything on one snapshot, yielding Framsteg 0 … len(alla) + 3 of ``steg``.

    ``alla`` are the compared periods, oldest first, ``period`` last.
    """
    with oversatta_fel(databas), samma_ogonblick(databas, 2) as (anslutning, parallell):
        yield Framsteg(0, steg, "Läser kategorier och enheter")
        kategorier = anslutning.execute(
            "SELECT id, kod, namn, aktiv FROM avvikelse_kategori ORDER BY ordning, id"
        ).fetchall()
        enhetstyp = dict(anslutning.execute("SELECT id, typ FROM enhet").fetchall())
        kod_till_id = {kod: kid for kid, kod, _, _ in kategorier}
        annat_skal = dict(anslutning.execute("SELECT id, namn FROM annat_skal").fetchall())
        overenskommelser = dict(
            anslutning.execute(
                "SELECT kod, namn FROM overenskommelse ORDER BY ordning, id"
            ).fetchall()
        )

        # The pass over the period's rows (the slow part, mostly waiting for pages)
        # runs on the second connection while the index queries run here.
        with ThreadPoolExecutor(1, thread_name_prefix="sammanstallning") as bakom:
            radpass = bakom.submit(_lasa_radpass, parallell, kod_till_id.get(ANNAT_KOD, -1), period)
            try:
                index = yield from _lasa_index(anslutning, period, alla, idag, steg)
                yield Framsteg(len(alla) + 3, steg, "Räknar fall, läkemedel, vårdgivare, analyser")
                rader = Rader(
                    kategorier,
                    enhetstyp,
                    kod_till_id,
                    annat_skal,
                    overenskommelser,
                    radpass=radpass.result(),
                    **index,
                )
            except BaseException:
                _avbryt(radpass, parallell)
                raise
    return rader


def _avbryt(radpass: Future[list[Radpassrad]], anslutning: sqlcipher.Connection) -> None:
    """Cancelled or failed: stop the pass at once rather than wait for it."""
    if radpass.done():
        return
    if sql.ar_postgresql(anslutning):
        cast("psycopg.Connection[Any]", anslutning).cancel_safe()
    else:
        anslutning.interrupt()


class _Index(TypedDict):
    """The Rader fields of the index queries."""

    aggregat: list[Aggregat]
    jamforelse: list[Jamforelserad]
    atgarder: list[Atgardsrad]
    forsenade_alla: int
    uppfoljda: int
    orsaker: list[Orsaksrad]
    anmalda: list[int]
    anmalningar: list[Anmalningsrad]


def _lasa_index(
    anslutning: sqlcipher.Connection,
    period: Period,
    alla: tuple[Period, ...],
    idag: date,
    steg: int,
) -> Jobb[_Index]:
    """Queries 1, 3, 4 and 5 (indexes only) as the Rader fields they fill."""
    aggregat: list[Aggregat] = []
    for i, p in enumerate(alla):
        yield Framsteg(1 + i, steg, f"Räknar avvikelser {p.etikett}")
        aggregat.append(lasa_aggregat(anslutning, p))

    klart = 1 + len(alla)
    yield Framsteg(klart, steg, "Jämför lex Maria och vårdgivare med tidigare år")
    jamforelse = [
        anslutning.execute(pa(anslutning, JAMFORELSE), tidsspann(p)).fetchone() for p in alla[:-1]
    ]
    anmalda = [
        anslutning.execute(pa(anslutning, ANMALDA), datumspann(p)).fetchone()[0] for p in alla
    ]
    anmalningar = anslutning.execute(pa(anslutning, ANMALNINGAR), datumspann(period)).fetchall()

    yield Framsteg(klart + 1, steg, "Räknar åtgärder, uppföljningar och orsaksområden")
    atgarder = anslutning.execute(
        pa(anslutning, ATGARDER), (idag.isoformat(), *tidsspann(period))
    ).fetchall()
    forsenade_alla = anslutning.execute(
        pa(anslutning, FORSENADE),
        (Atgardsstatus.PLANERAD.value, Atgardsstatus.PAGAR.value, idag.isoformat()),
    ).fetchone()[0]
    uppfoljda = anslutning.execute(pa(anslutning, UPPFOLJDA), tidsspann(period)).fetchone()[0]
    orsaker = anslutning.execute(pa(anslutning, ORSAKER), tidsspann(period)).fetchall()
    return {
        "aggregat": aggregat,
        "jamforelse": jamforelse,
        "atgarder": atgarder,
        "forsenade_alla": forsenade_alla,
        "uppfoljda": uppfoljda,
        "orsaker": orsaker,
        "anmalda": anmalda,
        "anmalningar": anmalningar,
    }


def lasa_aggregat(anslutning: sqlcipher.Connection, period: Period) -> Aggregat:
    """Query 1 for one period: (kategori_id, enhet_id, konsekvens) → count.

    The whole quarters from the aggregate index; when the period is cut, the counted
    days after them from DELKVARTAL.
    """
    antal: Aggregat = Counter()
    hela = period.hela_kvartal
    if hela:
        fraga = pa(anslutning, AGGREGAT.format(kvartal=_platser(hela)))
        for kategori_id, enhet_id, konsekvens, n in anslutning.execute(fraga, (period.ar, *hela)):
            antal[(kategori_id, enhet_id, konsekvens)] += n
    if hela != period.kvartal:
        delstart = _tid(_efter_kvartal(period.ar, hela[-1]) if hela else period.start)
        for kategori_id, enhet_id, konsekvens, n in anslutning.execute(
            pa(anslutning, DELKVARTAL), (delstart, _tid(period.rakna_till))
        ):
            antal[(kategori_id, enhet_id, konsekvens)] += n
    return antal


def _efter_kvartal(ar: int, nummer: int) -> date:
    """The first day after quarter ``nummer`` (1–3) of ``ar``."""
    return date(ar, 3 * nummer + 1, 1)


def _lasa_radpass(
    anslutning: sqlcipher.Connection, annat_id: int, period: Period
) -> list[Radpassrad]:
    """Query 2: the pass over the period's rows."""
    if sql.ar_postgresql(anslutning):
        return tolka_grupper(anslutning.execute(RADPASS_POSTGRESQL, (annat_id, *tidsspann(period))))
    _, rader = anslutning.execute(RADPASS, (annat_id, *tidsspann(period))).fetchone()
    return tolka_radpass(rader)


def tolka_grupper(grupper: Iterable[Sequence[Any]]) -> list[Radpassrad]:
    """RADPASS_POSTGRESQL's rows as tolka_radpass gives them (empty text as None)."""
    return [_radpassrad(grupp[:-1], grupp[-1]) for grupp in grupper]


# The yes/no fields of a row of the pass: mellan, allvarlig, handelseanalys, analys.
_JA_NEJ_FALT = (5, 10, 11, 12)


def tolka_radpass(text: str | None) -> list[Radpassrad]:
    """The group_concat of RADPASS as (values…, count) per distinct row."""
    if not text:
        return []
    grupper: list[Radpassrad] = []
    for rad, n in Counter(text.split("\x1e")).items():
        falt: list[Any] = rad.split("\x1f", _FALTANTAL - 1)
        for i in _JA_NEJ_FALT:
            falt[i] = falt[i] == "1"
        grupper.append(_radpassrad(falt, n))
    return grupper


def _radpassrad(falt: Sequence[Any], n: int) -> Radpassrad:
    """One distinct row of the pass, the same from either backend: empty text is None."""
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
        allvarlig,
        handelseanalys,
        analys,
        annat_skal,
    ) = falt
    return (
        int(kategori_id),
        int(timme) if timme not in (None, "") else None,
        skada or None,
        feltyp or None,
        upptackt or None,
        bool(mellan),
        motpart or None,
        overenskommelse or None,
        status,
        lex_maria,
        bool(allvarlig),
        bool(handelseanalys),
        bool(analys),
        int(annat_skal) if annat_skal not in (None, "") else None,
        n,
    )


@contextlib.contextmanager
def samma_ogonblick(databas: Databas, antal: int) -> Iterator[list[sqlcipher.Connection]]:
    """``antal`` raw connections, each in a read transaction on the same snapshot.

    A write lock held for the moment the transactions start (BEGIN IMMEDIATE on a
    third connection, a millisecond or two) guarantees no commit falls between them;
    readers are never blocked, writers wait at most that long.
    """
    if databas.dialekt == sql.POSTGRESQL:
        with _samma_ogonblick_postgresql(databas, antal) as anslutningar:
            yield anslutningar
        return
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


@contextlib.contextmanager
def _samma_ogonblick_postgresql(databas: Databas, antal: int) -> Iterator[list[Any]]:
    """PostgreSQL's way: the first connection starts a read-only REPEATABLE READ
    transaction and exports its snapshot; the others import it. Nobody waits."""
    import psycopg.sql

    with contextlib.ExitStack() as stack:
        anslutningar = [
            stack.enter_context(sql.postgresql_anslutning(databas)) for _ in range(antal)
        ]
        forsta, *ovriga = anslutningar
        forsta.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        rad = forsta.execute("SELECT pg_export_snapshot()").fetchone()
        assert rad is not None
        for anslutning in ovriga:
            anslutning.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            anslutning.execute(
                psycopg.sql.SQL("SET TRANSACTION SNAPSHOT {}").format(psycopg.sql.Literal(rad[0]))
            )
        yield anslutningar


@contextlib.contextmanager
def oversatta_fel(databas: Databas) -> Iterator[None]:
    """Database failures on the raw connection as the typed errors of lagring.fel."""
    try:
        yield
    except Exception as exc:
        if not _databasfel(exc):
            raise
        oversatt = (
            databas.oversatt_fel(exc)
            if databas.ar_server
            else sqlitefel.oversatt(exc, databas.sokvag)
        )
        if oversatt is None:
            raise
        raise oversatt from exc


def _databasfel(exc: BaseException) -> bool:
    """SQLCipher's, SQLAlchemy's, the OS's or psycopg's (not imported for a file)."""
    if isinstance(exc, sqlcipher.Error | sqlalchemy.exc.DBAPIError | OSError):
        return True
    return type(exc).__module__.startswith("psycopg")


def _platser(varden: tuple[int, ...]) -> str:  # placeholders, as `pa` turns them
    return ", ".join("?" * len(varden))


def tidsspann(period: Period) -> tuple[str, str]:
    """The period's counted days (cut at today when running) as bounds on SQLAlchemy's
    stored DateTime text."""
    return _tid(period.start), _tid(period.rakna_till)


def datumspann(period: Period) -> tuple[str, str]:
    """The same days as bounds on a stored Date ('YYYY-MM-DD')."""
    return period.start.isoformat(), period.rakna_till.isoformat()


def _tid(dag: date) -> str:
    """A date as the lower bound of SQLAlchemy's stored DateTime text."""
    return f"{dag.isoformat()} 00:00:00.000000"
