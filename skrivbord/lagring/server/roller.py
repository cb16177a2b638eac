"""Roles and per-unit access on a server database, enforced by PostgreSQL itself
(docs/flera-anvandare.md, "Roller och behörigheter").

Three group roles (NOLOGIN) carry the privileges; each person's login is a member of one:

- ``skrivbord_mas``: reads and writes every Skrivbord table, manages the logins through
  the functions below. The change log is append-only also for her.
- ``skrivbord_enhetschef``: reads the shared catalogues (units, staff, categories, the
  egenkontroll plan …) and reads and writes only the rows of the units she is assigned
  to in ``server_behorighet``.
- ``skrivbord_lasare``: a controller's read-only view of the whole kommun for
  aggregates: column privileges on every column except free text and the columns that
  name or point at a person, so ``SELECT beskrivning`` is refused by the server. No
  writes, no change log, no logins.

The unit restriction is row-level security: one policy per role and table, chosen by
the policy's ``TO`` role (membership is inherited, so a login gets the policies of her
group role). The MAS passes through a permissive ``USING (true)`` policy rather than
BYPASSRLS, which only a superuser may grant, is not inherited through a group and so
would have to be set on each login. RLS is not FORCEd: the tables' owner is kommun IT's
administration account, which as owner could switch RLS off anyway, and which runs
``server init``, the import and the migrations over every row.

Group roles are shared by every database on a cluster; a login is not. So CONNECT is
revoked from PUBLIC and granted per login: a login of one kommun's database cannot
connect to another's on the same server.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Text

from skrivbord.modeller import Bas

MAS = "skrivbord_mas"
ENHETSCHEF = "skrivbord_enhetschef"
LASARE = "skrivbord_lasare"
GRUPPROLLER = {"mas": MAS, "enhetschef": ENHETSCHEF, "lasare": LASARE}
ROLLNAMN = {MAS: "MAS", ENHETSCHEF: "enhetschef", LASARE: "läsare"}

BEHORIGHET = "server_behorighet"
LAGG_TILL = "skrivbord_lagg_till_anvandare"
TA_BORT = "skrivbord_ta_bort_anvandare"

# The units the session's login is assigned to; server_behorighet's own policy lets
# each login see only her rows, so the subquery cannot look at anyone else's.
MINA = f"(SELECT b.enhet_id FROM {BEHORIGHET} b WHERE b.anvandare = current_user::text)"

# Read whole by every role, written by the MAS only.
GEMENSAMMA = (
    "avvikelse_kategori",
    "annat_skal",
    "overenskommelse",
    "delegerbar_uppgift",
    "kommuninstallningar",
    "egenkontroll",
    "egenkontroll_enhet",
    "tillsynspunkt",
    "journalsystem",
    "enhet",
    "enhet_delegeringsbehov",
    "personal",
    "personal_enhet",
    "databasinfo",
)
# The MAS's own: the aggregate exports she made (paths on her computer).
BARA_MAS = ("aggregatexport",)
ANDRINGSLOGG = "andringslogg"

# String columns the läsare may not read although they are not free text (Text
# columns never are readable for her): names, references that lead to a person or a
# case, and paths.
IDENTIFIERANDE = {
    ("avvikelse", "rapportor_namn"),
    ("avvikelse", "extern_referens"),
    ("avvikelse", "ivo_referens"),
    ("avvikelse", "import_nyckel"),
    ("avvikelse", "motpart_enhet"),
    ("personal", "fornamn"),
    ("personal", "efternamn"),
    ("veckogenomgang", "deltagare"),
    ("aggregatexport", "sokvag"),
}
LASARE_INGA = (ANDRINGSLOGG, BEHORIGHET)

Villkor = Callable[[str], str]  # a condition on the row, given the row's table reference


@dataclass(frozen=True)
class Enhetsagd:
    """A table whose rows belong to units: what an enhetschef may read and write."""

    tabell: str
    las: Villkor
    skriv: Villkor


def _direkt(tabell: str, gemensam_utan_enhet: bool = False) -> Enhetsagd:
    """A row with its own ``enhet_id``. ``gemensam_utan_enhet``: a row without a unit
    concerns the whole kommun and is read by every enhetschef (written by the MAS)."""

    def skriv(t: str) -> str:
        return f"{t}.enhet_id IN {MINA}"

    def las(t: str) -> str:
        return f"({t}.enhet_id IS NULL OR {skriv(t)})" if gemensam_utan_enhet else skriv(t)

    return Enhetsagd(tabell, las, skriv)


def _via(tabell: str, *kopplingar: tuple[str, Enhetsagd]) -> Enhetsagd:
    """A row that hangs off a unit's row (a parent). It is read when one of its parents
    is (the parent's own policy filters the subquery) and written when that parent may
    be written. Several parents: an åtgärd has exactly one of them set."""

    def las(t: str) -> str:
        return " OR ".join(
            f"EXISTS (SELECT 1 FROM {f.tabell} f_{f.tabell} WHERE f_{f.tabell}.id = {t}.{k})"
            for k, f in kopplingar
        )

    def skriv(t: str) -> str:
        return " OR ".join(
            f"EXISTS (SELECT 1 FROM {f.tabell} f_{f.tabell} WHERE f_{f.tabell}.id = {t}.{k} "
            f"AND {f.skriv('f_' + f.tabell)})"
            for k, f in kopplingar
        )

    return Enhetsagd(tabell, las, skriv)


def _delegering() -> Enhetsagd:
    """A delegation holds for one or more units (delegering_enhet); ``enhet_id`` is its
    first, set on insert, so a new delegation passes before its unit rows exist."""

    def skriv(t: str) -> str:
        return f"{t}.enhet_id IN {MINA}"

    def las(t: str) -> str:
        return (
            f"({skriv(t)} OR EXISTS (SELECT 1 FROM delegering_enhet de WHERE "
            f"de.delegering_id = {t}.id AND de.enhet_id IN {MINA}))"
        )

    return Enhetsagd("delegering", las, skriv)


def _enhetsagda() -> list[Enhetsagd]:
    avvikelse = _direkt("avvikelse")
    veckogenomgang = _direkt("veckogenomgang")
    tillfalle = _direkt("egenkontroll_tillfalle", gemensam_utan_enhet=True)
    tillsyn = _direkt("lakemedelstillsyn")
    fynd = _via("lakemedelstillsyn_fynd", ("tillsyn_id", tillsyn))
    logg = _direkt("logguppfoljning")
    delegering = _delegering()
    # delegering_enhet is judged by its own unit, not through delegering: delegering's
    # policy reads delegering_enhet, and a policy cycle is an error in PostgreSQL.
    delegering_enhet = _direkt("delegering_enhet")
    veckogenomgang_avvikelse = _via(
        "veckogenomgang_avvikelse", ("veckogenomgang_id", veckogenomgang)
    )
    return [
        avvikelse,
        _via("uppfoljning", ("avvikelse_id", avvikelse)),
        _via("avvikelse_orsak", ("avvikelse_id", avvikelse)),
        _via("avvikelse_statusandring", ("avvikelse_id", avvikelse)),
        veckogenomgang,
        Enhetsagd(
            veckogenomgang_avvikelse.tabell,
            veckogenomgang_avvikelse.las,
            # Only the unit's own avvikelser can be linked to its review.
            lambda t: (
                f"({veckogenomgang_avvikelse.skriv(t)}) AND EXISTS (SELECT 1 FROM "
                f"avvikelse a WHERE a.id = {t}.avvikelse_id AND {avvikelse.skriv('a')})"
            ),
        ),
        tillfalle,
        tillsyn,
        _via("lakemedelstillsyn_svar", ("tillsyn_id", tillsyn)),
        fynd,
        _via("narkotikarakning", ("tillsyn_id", tillsyn)),
        logg,
        _via("logguppfoljning_signering", ("logguppfoljning_id", logg)),
        _via("logguppfoljning_atgard", ("logguppfoljning_id", logg)),
        _via(
            "atgard",
            ("avvikelse_id", avvikelse),
            ("egenkontroll_tillfalle_id", tillfalle),
            ("lakemedelstillsyn_fynd_id", fynd),
            ("logguppfoljning_id", logg),
        ),
        delegering,
        delegering_enhet,
        _via("delegering_uppgift", ("delegering_id", delegering)),
        _direkt("delegeringsgenomgang"),
    ]


ENHETSAGDA = _enhetsagda()


def oklassade() -> set[str]:
    """Model tables no rule here covers (a test keeps this empty)."""
    kanda = {*GEMENSAMMA, *BARA_MAS, ANDRINGSLOGG, *(e.tabell for e in ENHETSAGDA)}
    return set(Bas.metadata.tables) - kanda


def _lasbara_kolumner(tabell: str) -> list[str]:
    return [
        k.name
        for k in Bas.metadata.tables[tabell].columns
        if not isinstance(k.type, Text) and (tabell, k.name) not in IDENTIFIERANDE
    ]


def _policy(tabell: str, namn: str, sats: str) -> str:
    return f"CREATE POLICY {namn} ON {tabell} {sats}"


def _tabellsatser() -> Iterator[str]:
    """Grants and policies for every Skrivbord table (the tables exist)."""
    alla = sorted(Bas.metadata.tables)
    yield f"GRANT SELECT ON alembic_version TO {MAS}, {ENHETSCHEF}, {LASARE}"
    for tabell in alla:
        yield f"REVOKE ALL ON {tabell} FROM PUBLIC, {MAS}, {ENHETSCHEF}, {LASARE}"
        if tabell != ANDRINGSLOGG:
            yield f"GRANT SELECT, INSERT, UPDATE, DELETE ON {tabell} TO {MAS}"
        if tabell not in LASARE_INGA:
            kolumner = ", ".join(_lasbara_kolumner(tabell))
            yield f"GRANT SELECT ({kolumner}) ON {tabell} TO {LASARE}"
    for tabell in GEMENSAMMA:
        yield f"GRANT SELECT ON {tabell} TO {ENHETSCHEF}"

    for regel in ENHETSAGDA:
        t = regel.tabell
        yield f"GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO {ENHETSCHEF}"
        yield f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY"
        yield _policy(t, "mas", f"TO {MAS} USING (true) WITH CHECK (true)")
        yield _policy(t, "lasare", f"FOR SELECT TO {LASARE} USING (true)")
        yield _policy(t, "enhetschef_las", f"FOR SELECT TO {ENHETSCHEF} USING ({regel.las(t)})")
        yield _policy(
            t, "enhetschef_ny", f"FOR INSERT TO {ENHETSCHEF} WITH CHECK ({regel.skriv(t)})"
        )
        yield _policy(
            t,
            "enhetschef_andra",
            f"FOR UPDATE TO {ENHETSCHEF} USING ({regel.skriv(t)}) WITH CHECK ({regel.skriv(t)})",
        )
        yield _policy(
            t, "enhetschef_ta_bort", f"FOR DELETE TO {ENHETSCHEF} USING ({regel.skriv(t)})"
        )

    # Append-only for everyone but the owner; each login writes and reads rows in her
    # own name only (the MAS reads all), so no one can log a change as someone else.
    logg = ANDRINGSLOGG
    egen = "anvandare = current_user::text"
    yield f"GRANT SELECT, INSERT ON {logg} TO {MAS}, {ENHETSCHEF}"
    yield f"ALTER TABLE {logg} ENABLE ROW LEVEL SECURITY"
    yield _policy(logg, "mas_las", f"FOR SELECT TO {MAS} USING (true)")
    yield _policy(logg, "mas_ny", f"FOR INSERT TO {MAS} WITH CHECK ({egen})")
    yield _policy(logg, "enhetschef_las", f"FOR SELECT TO {ENHETSCHEF} USING ({egen})")
    yield _policy(logg, "enhetschef_ny", f"FOR INSERT TO {ENHETSCHEF} WITH CHECK ({egen})")

    yield f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {MAS}, {ENHETSCHEF}"


_GRUPPROLLER_SQL = f"""
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['{MAS}', '{ENHETSCHEF}', '{LASARE}'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END $$
"""

_BEHORIGHET_SQL = (
    f"CREATE TABLE {BEHORIGHET} ("
    "anvandare text NOT NULL, "
    "enhet_id integer NOT NULL REFERENCES enhet (id) ON DELETE CASCADE, "
    "PRIMARY KEY (anvandare, enhet_id))",
    f"ALTER TABLE {BEHORIGHET} ENABLE ROW LEVEL SECURITY",
    f"GRANT SELECT, INSERT, UPDATE, DELETE ON {BEHORIGHET} TO {MAS}",
    f"GRANT SELECT ON {BEHORIGHET} TO {ENHETSCHEF}",
    _policy(BEHORIGHET, "mas", f"TO {MAS} USING (true) WITH CHECK (true)"),
    _policy(
        BEHORIGHET,
        "egna",
        f"FOR SELECT TO {ENHETSCHEF} USING (anvandare = current_user::text)",
    ),
)

# Creating and dropping logins needs CREATEROLE, which the MAS's login does not get (in
# PostgreSQL 15 it could grant itself far more). These run as their owner, kommun IT's
# account, and do only this: a login in one of the three groups, with CONNECT on this
# database and its units. The password arrives as a SCRAM verifier, never in clear.
_FUNKTIONER_SQL = (
    f"""
CREATE FUNCTION {LAGG_TILL}(p_login text, p_verifierare text, p_grupp text, p_enheter integer[])
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF p_grupp NOT IN ('{MAS}', '{ENHETSCHEF}', '{LASARE}') THEN
        RAISE EXCEPTION 'okänd roll %', p_grupp USING ERRCODE = '22023';
    END IF;
    IF p_login !~ '^[a-z_][a-z0-9_.-]{{0,62}}$' OR p_login LIKE 'pg\\_%'
            OR p_login LIKE 'skrivbord\\_%' THEN
        RAISE EXCEPTION 'ogiltigt kontonamn' USING ERRCODE = '22023';
    END IF;
    IF p_verifierare NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'lösenordet ska komma som SCRAM-verifierare' USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION 'kontot finns redan' USING ERRCODE = '42710';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_login, p_verifierare, p_grupp);
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), p_login);
    INSERT INTO {BEHORIGHET} (anvandare, enhet_id)
        SELECT DISTINCT p_login, e FROM unnest(p_enheter) AS e;
END $$""",
    f"""
CREATE FUNCTION {TA_BORT}(p_login text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF p_login = session_user THEN
        RAISE EXCEPTION 'kan inte ta bort sig själv' USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (
        SELECT 1 FROM pg_roles r JOIN pg_auth_members m ON m.member = r.oid
        JOIN pg_roles g ON g.oid = m.roleid
        WHERE r.rolname = p_login AND r.rolcanlogin AND NOT r.rolsuper
          AND g.rolname IN ('{MAS}', '{ENHETSCHEF}', '{LASARE}')
          AND has_database_privilege(r.oid, current_database(), 'CONNECT')
    ) THEN
        RAISE EXCEPTION 'inget sådant konto' USING ERRCODE = '42704';
    END IF;
    DELETE FROM {BEHORIGHET} WHERE anvandare = p_login;
    EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM %I', current_database(), p_login);
    EXECUTE format('DROP ROLE %I', p_login);
END $$""",
    f"REVOKE ALL ON FUNCTION {LAGG_TILL}(text, text, text, integer[]) FROM PUBLIC",
    f"REVOKE ALL ON FUNCTION {TA_BORT}(text) FROM PUBLIC",
    f"GRANT EXECUTE ON FUNCTION {LAGG_TILL}(text, text, text, integer[]) TO {MAS}",
    f"GRANT EXECUTE ON FUNCTION {TA_BORT}(text) TO {MAS}",
)


def satser(databasnamn: str) -> list[str]:
    """Everything ``skapa`` runs, in order (for the docs and the tests)."""
    from psycopg import sql

    databas = sql.Identifier(databasnamn).as_string(None)
    return [
        _GRUPPROLLER_SQL,
        f"REVOKE CONNECT ON DATABASE {databas} FROM PUBLIC",
        "REVOKE ALL ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {MAS}, {ENHETSCHEF}, {LASARE}",
        *_BEHORIGHET_SQL,
        *_tabellsatser(),
        *_FUNKTIONER_SQL,
    ]


def har_roller(anslutning: Any) -> bool:
    """Whether ``skapa`` has run on this database."""
    return bool(anslutning.execute(f"SELECT to_regclass('{BEHORIGHET}')").fetchone()[0])


def saknade_rattigheter(anslutning: Any) -> str | None:
    """Why this login cannot prepare the database, or None when it can: it must own
    the database (or be a superuser) and be allowed to create roles."""
    superanvandare, skapar_roller, agare = anslutning.execute(
        "SELECT r.rolsuper, r.rolcreaterole, pg_has_role(current_user, d.datdba, 'USAGE') "
        "FROM pg_roles r, pg_database d "
        "WHERE r.rolname = current_user AND d.datname = current_database()"
    ).fetchone()
    if superanvandare:
        return None
    saknas = []
    if not agare:
        saknas.append("äga databasen")
    if not skapar_roller:
        saknas.append("få skapa roller (CREATEROLE)")
    return " och ".join(saknas) or None


def skapa(anslutning: Any) -> None:
    """Create the roles, grants, policies and functions, in the caller's transaction."""
    databasnamn = anslutning.execute("SELECT current_database()").fetchone()[0]
    for sats in satser(databasnamn):
        anslutning.execute(sats)
