"""The user's day: the browser's time zone decides the date, not the server's."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from infoview.clock import today_in

LATE_MONDAY_UTC = datetime(2026, 11, 30, 22, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("zone", "day"),
    [
        ("Pacific/Auckland", date(2026, 12, 1)),
        ("Asia/Tokyo", date(2026, 12, 1)),
        ("Europe/London", date(2026, 11, 30)),
        ("America/Los_Angeles", date(2026, 11, 30)),
        ("UTC", date(2026, 11, 30)),
    ],
)
def test_the_date_is_the_one_on_the_users_clock(zone, day):
    assert today_in(zone, LATE_MONDAY_UTC) == day


@pytest.mark.parametrize("zone", [None, "", "Mars/Olympus_Mons", "../etc/passwd"])
def test_an_unknown_time_zone_falls_back_to_the_servers_date(zone):
    assert today_in(zone, LATE_MONDAY_UTC) == LATE_MONDAY_UTC.astimezone().date()
