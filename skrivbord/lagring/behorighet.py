"""Which units the session's login may write: every one on the file; on a server the
ones row-level security lets her (lagring/server/roller.py).

Services that write on everyone's behalf (the egenkontroll calendar fills in a year's
occurrences for every unit when a page opens) ask this first, so an enhetschef's
Översikt fills in her own units instead of being refused for the others'.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

# Who is not bound by the unit policies: a superuser, a role with BYPASSRLS, the
# tables' owner (kommun IT's admin account) and members of the MAS role.
_ALLA = text(
    "SELECT r.rolsuper OR r.rolbypassrls OR c.relowner = r.oid "
    "OR coalesce(pg_has_role(r.oid, to_regrole('skrivbord_mas'), 'member'), false) "
    "FROM pg_roles r, pg_class c "
    "WHERE r.rolname = current_user AND c.oid = 'egenkontroll_tillfalle'::regclass"
)
_MINA = text("SELECT enhet_id FROM server_behorighet WHERE anvandare = current_user::text")


def skrivbara_enheter(session: Session) -> frozenset[int] | None:
    """The unit ids the login may write, or None for every unit (and the kommun-wide
    rows without a unit)."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    if session.scalar(_ALLA):
        return None
    # No such table (a server without roles) or no right to read it (a läsare).
    if not session.scalar(
        text(
            "SELECT to_regclass('server_behorighet') IS NOT NULL "
            "AND has_table_privilege('server_behorighet', 'SELECT')"
        )
    ):
        return frozenset()
    return frozenset(session.scalars(_MINA))


def ar_lasare(session: Session) -> bool:
    """A server login in the läsare role only: she reads counts with her own SQL tool,
    and the app's screens (which read free text) are not for her."""
    if session.get_bind().dialect.name != "postgresql":
        return False
    return bool(
        session.scalar(
            text(
                "SELECT coalesce(pg_has_role(current_user, to_regrole('skrivbord_lasare'), "
                "'member'), false) AND NOT has_table_privilege('avvikelse', 'UPDATE')"
            )
        )
    )
