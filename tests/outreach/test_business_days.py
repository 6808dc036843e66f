"""Business days skip weekends, and holidays only when listed."""

from __future__ import annotations

from datetime import date

import pytest

from infoview.outreach import add_business_days, is_business_day, on_or_after

THANKSGIVING = date(2026, 11, 26)


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (date(2026, 11, 23), 3, date(2026, 11, 26)),  # Monday -> Thursday
        (date(2026, 11, 20), 3, date(2026, 11, 25)),  # Friday -> Wednesday, over the weekend
        (date(2026, 11, 26), 3, date(2026, 12, 1)),  # Thursday -> Tuesday
        (date(2026, 11, 21), 3, date(2026, 11, 25)),  # Saturday: Monday is the first day
        (date(2026, 11, 22), 1, date(2026, 11, 23)),  # Sunday -> Monday
        (date(2026, 11, 27), 5, date(2026, 12, 4)),  # a full week
        (date(2026, 11, 24), 0, date(2026, 11, 24)),
    ],
)
def test_add_business_days_skips_weekends(start, days, expected):
    assert add_business_days(start, days) == expected


def test_listed_holidays_are_skipped_and_others_are_not():
    assert add_business_days(date(2026, 11, 25), 3) == date(2026, 11, 30)
    assert add_business_days(date(2026, 11, 25), 3, {THANKSGIVING}) == date(2026, 12, 1)


@pytest.mark.parametrize(
    ("day", "holidays", "expected"),
    [
        (date(2026, 11, 25), (), date(2026, 11, 25)),
        (date(2026, 11, 28), (), date(2026, 11, 30)),
        (date(2026, 11, 29), (), date(2026, 11, 30)),
        (THANKSGIVING, (THANKSGIVING,), date(2026, 11, 27)),
    ],
)
def test_on_or_after_moves_to_the_next_business_day(day, holidays, expected):
    assert on_or_after(day, holidays) == expected


def test_is_business_day():
    week = [date(2026, 11, 23 + offset) for offset in range(7)]
    assert [is_business_day(day) for day in week] == [True] * 5 + [False] * 2
    assert not is_business_day(THANKSGIVING, {THANKSGIVING})
