"""Business-day arithmetic: weekends are skipped, and the public holidays of the seeker's
country (and region) when one is chosen, from the `holidays` package.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta
from functools import cache

from infoview.errors import OutreachError

SATURDAY = 5
HOLIDAYS_DOCUMENT = "outreach_holidays"  # the workspace document keeping the chosen region
SMALL_WORDS = frozenset({"and", "of", "the"})


@cache
def countries() -> dict[str, str]:
    """Country code to name, for every country whose public holidays are known."""
    from holidays.registry import COUNTRIES

    named = {
        entry[1]: " ".join(w if w in SMALL_WORDS else w.capitalize() for w in module.split("_"))
        for module, entry in COUNTRIES.items()
    }
    return dict(sorted(named.items(), key=lambda pair: pair[1]))


@cache
def subdivisions(country: str) -> dict[str, str]:
    """Subdivision code to name (states, provinces) with holidays of their own in `country`."""
    import holidays

    calendar = holidays.country_holidays(country)
    names = {code: name for name, code in calendar.subdivisions_aliases.items()}
    return {code: names.get(code, code) for code in calendar.subdivisions}


def public_holidays(region: str) -> Collection[date]:
    """The public holidays of `region` ("US", or with a subdivision "US-NY") in any year; none
    for an empty `region`."""
    import holidays

    country, _, subdivision = region.strip().upper().partition("-")
    if not country:
        return frozenset()
    if country not in countries():
        raise OutreachError(
            f'"{region}" is not a country whose public holidays are known. Use a two-letter '
            "country code such as US, GB, DE or IN, with a region after a dash if it has its own "
            "(US-NY)."
        )
    if subdivision and subdivision not in subdivisions(country):
        known = ", ".join(subdivisions(country)) or "none"
        raise OutreachError(
            f'"{region}": {country} has no region {subdivision} with public holidays of its own. '
            f"Its regions: {known}."
        )
    return holidays.country_holidays(country, subdiv=subdivision or None)


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
