"""Turn research cell text into amounts and dates; the original text stays in the table."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import pandas as pd

HOURS_PER_YEAR = 2080
PERIODS_PER_YEAR = {"year": 1, "month": 12, "week": 52, "hour": HOURS_PER_YEAR}
MISSING_TEXT = frozenset({"n/a", "na", "n.a.", "-", "--", "—", "none", "null", "nan", "?", "s/o"})
# Government wage tables: `#` = at or above the published top code, `*` = not available.
TOP_CODED, NOT_AVAILABLE = "#", "*"

CURRENCY_CODES = {
    "us$": "USD",
    "usd": "USD",
    "$": "USD",
    "c$": "CAD",
    "cad": "CAD",
    "a$": "AUD",
    "aud": "AUD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "chf": "CHF",
    "¥": "JPY",
    "jpy": "JPY",
}
CURRENCY_SYMBOLS = {"USD": "$", "CAD": "C$", "AUD": "A$", "EUR": "€", "GBP": "£", "JPY": "¥"}
_CURRENCY = "|".join(re.escape(c) for c in sorted(CURRENCY_CODES, key=len, reverse=True))
_NUMBER = r"\d+(?:[.,\u00a0\u202f' ]\d{3})*(?:[.,]\d+)?"
_PERIOD_WORDS = {
    "year": ("yr", "year", "annum", "a", "y", "año", "an", "jahr", "annual", "annually"),
    "month": ("mo", "month", "mes", "mois", "monat", "monthly"),
    "week": ("wk", "week", "semana", "semaine", "woche", "weekly"),
    "hour": ("hr", "hour", "h", "hora", "heure", "std", "stunde", "hourly"),
}
_PERIOD = {word: period for period, words in _PERIOD_WORDS.items() for word in words}
_PERIOD_RE = "|".join(re.escape(w) for w in sorted(_PERIOD, key=len, reverse=True))
_MONEY = re.compile(
    rf"""^(?P<approx>~|≈|about|approx\.?|approximately|around|ca\.?|circa|env\.?)?\s*
    (?P<cur1>{_CURRENCY})?\s*(?P<n1>{_NUMBER})\s*(?P<k1>[km])?\s*(?P<cur2>{_CURRENCY})?\s*
    (?:(?:-|–|—|to|a|à|bis)\s*(?P<cur3>{_CURRENCY})?\s*(?P<n2>{_NUMBER})\s*(?P<k2>[km])?\s*
    (?P<cur4>{_CURRENCY})?)?\s*
    (?:(?:/|per\s|an?\s|pro\s|par\s|por\s|al\s)\s*(?P<period>{_PERIOD_RE})\.?)?$""",
    re.VERBOSE,
)
_HOURLY_HEADER = re.compile(r"\b(hourly|per hour|hour|hr|por hora|horaire|stundenlohn|stunde)\b")


@dataclass(frozen=True)
class Money:
    """An amount or range as written, with its currency and pay period when stated."""

    low: float
    high: float
    currency: str | None = None
    period: str | None = None
    approximate: bool = False

    @property
    def amount(self) -> float:
        """The midpoint of a range, or the amount itself."""
        return (self.low + self.high) / 2

    def annual(self, default_period: str = "year") -> Money:
        """The same amount per year (hourly pay at 2,080 hours)."""
        factor = PERIODS_PER_YEAR[self.period or default_period]
        return replace(self, low=self.low * factor, high=self.high * factor, period="year")


def parse_money_text(text: object) -> Money | None:
    """A Money from text such as `$62k–$70k`, `68.500,00 €`, `$31.50/hr`; None if not money."""
    value = re.sub(r"\s+", " ", str(text or "").strip().lower())
    match = _MONEY.match(value)
    if match is None:
        return None
    parts = match.groupdict()
    low = _number(parts["n1"])
    high = low if parts["n2"] is None else _number(parts["n2"])
    low_k, high_k = parts["k1"], parts["k2"] or parts["k1"]
    if low_k is None and parts["k2"] and low <= high:
        low_k = high_k  # `150-180k`: the suffix covers both ends
    low *= _multiplier(low_k)
    high *= _multiplier(high_k)
    currency_text = parts["cur1"] or parts["cur2"] or parts["cur3"] or parts["cur4"]
    return Money(
        low=min(low, high),
        high=max(low, high),
        currency=CURRENCY_CODES.get(currency_text) if currency_text else None,
        period=_PERIOD.get(parts["period"]) if parts["period"] else None,
        approximate=parts["approx"] is not None,
    )


def _multiplier(suffix: str | None) -> float:
    return {"k": 1_000, "m": 1_000_000}.get(suffix or "", 1)


def _number(token: str) -> float:
    """`58,000`, `55.000`, `68.500,00`, `31.50`, `55 000`: the separator role from the digits."""
    digits = re.sub(r"[\u00a0\u202f' ]", "", token)
    marks = [c for c in digits if c in ".,"]
    if not marks:
        return float(digits)
    last = marks[-1]
    decimals = len(digits) - digits.rfind(last) - 1
    if len(set(marks)) == 1 and (len(marks) > 1 or decimals == 3):
        return float(digits.replace(last, ""))
    whole, fraction = digits.rsplit(last, 1)
    return float(f"{re.sub(r'[.,]', '', whole)}.{fraction}")


def parse_money(text: object) -> float | None:
    """Annual amount in a cell such as `$62k-$70k`, `72K`, `$31.50/hr`; None when absent."""
    money = parse_money_text(text)
    return None if money is None else money.annual().amount


def is_hourly_header(header: str) -> bool:
    """Whether a column header says its amounts are per hour."""
    return _HOURLY_HEADER.search(header.lower()) is not None


@dataclass(frozen=True)
class MoneyColumn:
    """A column's amounts per year, with what the conversion had to leave out or assume."""

    amount: pd.Series
    low: pd.Series
    high: pd.Series
    currency: pd.Series
    top_coded: pd.Series
    not_available: pd.Series
    unreadable: pd.Series
    annualized: pd.Series


def normalize_money(text: pd.Series, hourly: bool = False) -> MoneyColumn:
    """Amounts per year for a text column; plain numbers take the fast path."""
    stripped = text.str.strip()
    plain = _plain_numbers(stripped)
    low, high = plain.copy(), plain.copy()
    currency = pd.Series(None, index=text.index, dtype=object)
    annualized = pd.Series(False, index=text.index)
    lowered = stripped.str.lower()
    top_coded = lowered.eq(TOP_CODED)
    not_available = lowered.eq(NOT_AVAILABLE)
    blank = lowered.eq("") | lowered.isin(MISSING_TEXT) | top_coded | not_available
    rest = plain.isna() & ~blank
    unreadable = pd.Series(False, index=text.index)
    parsed = {value: parse_money_text(value) for value in stripped[rest].unique()}
    money = stripped[rest].map(parsed)
    unreadable[rest] = money.isna()
    found = money.dropna()
    if not found.empty:
        default = "hour" if hourly else "year"
        factors = [PERIODS_PER_YEAR[m.period or default] for m in found]
        low[found.index] = [m.low * f for m, f in zip(found, factors, strict=True)]
        high[found.index] = [m.high * f for m, f in zip(found, factors, strict=True)]
        currency[found.index] = [m.currency for m in found]
        annualized[found.index] = [f != 1 for f in factors]
    if hourly:
        numeric = plain.notna()
        low[numeric] *= HOURS_PER_YEAR
        high[numeric] *= HOURS_PER_YEAR
        annualized |= numeric
    return MoneyColumn(
        amount=(low + high) / 2,
        low=low,
        high=high,
        currency=currency,
        top_coded=top_coded,
        not_available=not_available,
        unreadable=unreadable,
        annualized=annualized,
    )


def _plain_numbers(text: pd.Series) -> pd.Series:
    """Cells that are plain numbers as floats, NaN elsewhere; a column of numbers casts at once."""
    candidates = text.where(text.ne(""))
    try:
        return candidates.astype("float64")
    except (ValueError, TypeError):
        return pd.to_numeric(candidates, errors="coerce").astype("float64")


_QUARTER = re.compile(r"^(?:[qt]([1-4])[\s/-]*(\d{4})|(\d{4})[\s/-]*[qt]([1-4]))$", re.IGNORECASE)
_DATE_FORMATS = ("%Y-%m-%d", "%Y-%m-%d %H:%M:%S", "%m/%d/%Y", "%m/%d/%y", "%d.%m.%Y", "%Y/%m/%d")
# Excel counts days from 1899-12-30; these serials cover the years 1954 to 2119.
EXCEL_EPOCH = pd.Timestamp("1899-12-30")
SERIAL_RANGE = (20_000, 80_000)


def normalize_dates(text: pd.Series) -> pd.Series:
    """Dates from ISO, US (m/d/y), `Q3 2026` quarters and Excel serial numbers; NaT if none."""
    stripped = text.str.strip()
    dates = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns]")
    for date_format in _DATE_FORMATS:
        missing = dates.isna()
        if not missing.any():
            break
        dates[missing] = pd.to_datetime(stripped[missing], format=date_format, errors="coerce")
    missing = dates.isna() & stripped.ne("")
    if missing.any():
        quarters = stripped[missing].str.extract(_QUARTER)
        quarter = pd.to_numeric(quarters[0].fillna(quarters[3]), errors="coerce")
        year = pd.to_numeric(quarters[1].fillna(quarters[2]), errors="coerce")
        found = quarter.notna()
        dates[found[found].index] = pd.to_datetime(
            {"year": year[found], "month": (quarter[found] - 1) * 3 + 1, "day": 1}
        )
    missing = dates.isna() & stripped.ne("")
    if missing.any():
        serial = pd.to_numeric(stripped[missing], errors="coerce")
        serial = serial[serial.between(*SERIAL_RANGE)]
        dates[serial.index] = EXCEL_EPOCH + pd.to_timedelta(serial, unit="D")
    return dates


def format_money(amount: float, currency: str = "$") -> str:
    """`$68,500` style, rounded to the nearest hundred."""
    return f"{currency}{round(amount, -2):,.0f}"
