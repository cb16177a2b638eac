"""Time as the database keeps it: naive UTC, shown in the computer's local time."""

from __future__ import annotations

from datetime import UTC, datetime


def nu_utc() -> datetime:
    """Timestamps are stored as naive UTC and shown in local time."""
    return datetime.now(UTC).replace(tzinfo=None)


def lokal_tid(utc: datetime) -> datetime:
    """A stored (naive UTC) timestamp in the computer's local time, for display."""
    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
