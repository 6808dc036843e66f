"""Countries written as two-letter codes in a place column, spelled out for speech and charts.

Class: international pay data that records where the company or the employee is as an ISO
3166 code (`ES`, `DE`, `IN`), so a finding would say "pay in ES". A column is read as country
codes only when its values are all codes and one of them is no US state (`ES`, `GB`): `CA`,
`DE` and `IN` alone may be California, Delaware and Indiana.
"""

from __future__ import annotations

import re

import pandas as pd

from infoview.research.clean import each_distinct
from infoview.research.places import US_STATE_CODES

_CODE = re.compile(r"^[A-Z]{2}$")
_STATE_CODES = frozenset(US_STATE_CODES.split("|"))
# Names as people say them where the registry's differs; "the US" and "the UK" are said so.
_SAID = {
    "US": "US",
    "GB": "UK",
    "UK": "UK",
    "CD": "DR Congo",
    "CG": "Republic of the Congo",
    "CZ": "Czechia",
    "KR": "South Korea",
    "KP": "North Korea",
    "MK": "North Macedonia",
    "TR": "Türkiye",
}


def spelled_country_codes(places: pd.Series) -> pd.Series:
    """`places` with each country code spelled out ("ES" -> "Spain"), when the column is one of
    country codes; else as they are."""
    distinct = {str(cell).strip() for cell in places.unique()} - {""}
    if not distinct or not all(_CODE.match(code) for code in distinct):
        return places
    if distinct <= _STATE_CODES:
        return places
    names = {code: country_name(code) for code in distinct}
    if not all(names.values()):
        return places  # a code no country has: not a column of country codes
    return each_distinct(places, lambda cell: names.get(str(cell).strip(), cell))


def country_name(code: str) -> str:
    """The English name of the country with this ISO 3166 code, "" when none has it."""
    if code in _SAID:
        return _SAID[code]
    # the phone-number registry names every ISO country (a dependency already); loaded here,
    # as few files hold country codes
    import phonenumbers
    from phonenumbers.geocoder import country_name_for_number

    number = phonenumbers.example_number(code)
    return country_name_for_number(number, "en") if number is not None else ""
