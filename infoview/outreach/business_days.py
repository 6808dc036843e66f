"""Business-day arithmetic: weekends are skipped, and holidays only when the seeker lists them.

Public holidays differ by country and region, so none are built in; pass the ones that apply
(`--holiday DATE` on the command line).
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

SATURDAY = 5


def is_business_day(day: date, holidays: Collection[date] = ()) -> bool:
    """Monday to Friday, and not one of `holidays`."""
    return day.weekday() < SATURDAY and day not in holidays


def add_business_days(start: date, days: int, holidays: Collection[date] = ()) -> date:
    """The business day `days` business days after `start` (which may itself be a weekend)."""
    day = start
    remaining = days
    while remaining > 0:
        day += timedelta(days=1)
        if is_business_day(day, holidays):
            remaining -= 1
    return day


def on_or_after(day: date, holidays: Collection[date] = ()) -> date:
    """`day` when it is a business day, else the next business day."""
    while not is_business_day(day, holidays):
        day += timedelta(days=1)
    return day
