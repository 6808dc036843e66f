"""The user's day: dates count in the user's time zone, not the server's."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def today_in(zone: str | None, now: datetime | None = None) -> date:
    """The date in the IANA time zone `zone` at `now`; the server's own date when `zone` is
    missing or unknown."""
    now = now or datetime.now(UTC)
    try:
        tz = ZoneInfo(zone) if zone else None
    except (ZoneInfoNotFoundError, ValueError):
        tz = None
    return now.astimezone(tz).date()
