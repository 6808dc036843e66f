"""Turn research cell text into amounts and dates; the original text stays in the table.

One money grammar serves every cell: `parse_money_text` reads any pay text, and the vectorized
fast path of `normalize_money` takes only the plain numbers that grammar would read the same way.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from infoview.research.clean import each_distinct

HOURS_PER_YEAR = 2080
WEEKS_PER_YEAR = 52
PERIODS_PER_YEAR = {
    "year": 1,
    "month": 12,
    "semimonth": 24,
    "fortnight": 26,
    "week": WEEKS_PER_YEAR,
    "day": 260,
    "hour": HOURS_PER_YEAR,
}
# Cells that say "no figure here": placeholders of scrapes, exports and surveys.
MISSING_TEXT = frozenset(
    {"n/a", "na", "n.a.", "-", "--", "---", "—", "–", "none", "null", "nan", "?", "s/o", "-1"}
    | {"nil", "#n/a", "#value!", "#ref!", "#div/0!", "(x)", "x", "..", "...", "."}
)
# Government wage tables: `#` = at or above the published top code, `*` = not available.
TOP_CODED, NOT_AVAILABLE = "#", "*"
# Above this a yearly figure is a typo or a placeholder (99,999,999,999), in any currency.
ABSURD_AMOUNT = 1e9
# A figure this many times the column's median is an outlier (a monthly or a cents typo).
OUTLIER_FACTOR = 1000

CURRENCY_CODES = {
    "us$": "USD",
    "usd": "USD",
    "$": "USD",
    "ca$": "CAD",
    "c$": "CAD",
    "cad": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "aud": "AUD",
    "nz$": "NZD",
    "nzd": "NZD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "₹": "INR",
    "inr": "INR",
    "rs.": "INR",
    "rs": "INR",
    "chf": "CHF",
    "¥": "JPY",
    "jpy": "JPY",
    "r$": "BRL",
    "brl": "BRL",
    "sek": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "pln": "PLN",
    "zar": "ZAR",
    "sgd": "SGD",
    "s$": "SGD",
    "hkd": "HKD",
    "mxn": "MXN",
}
CURRENCY_SYMBOLS = {
    "USD": "$",
    "CAD": "CA$",
    "AUD": "A$",
    "NZD": "NZ$",
    "EUR": "€",
    "GBP": "£",
    "INR": "₹",
    "JPY": "¥",
    "BRL": "R$",
    "SGD": "S$",
}
# The codes a user can pick when correcting what a table's amounts are in.
CURRENCY_CHOICES = tuple(sorted(set(CURRENCY_CODES.values())))
_CURRENCY = "|".join(re.escape(c) for c in sorted(CURRENCY_CODES, key=len, reverse=True))
# Digit groups: 58,000 / 6,00,000 (Indian) / 55.000 / 55 000 / 1,392.2 / 31.50
_NUMBER = r"\d{1,3}(?:[.,\u00a0\u202f' ]\d{2,3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_MULTIPLIERS = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "l": 1e5,
    "lac": 1e5,
    "lacs": 1e5,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lpa": 1e5,
    "cr": 1e7,
    "crore": 1e7,
    "crores": 1e7,
}
_INDIAN_UNITS = {"l", "lac", "lacs", "lakh", "lakhs", "lpa", "cr", "crore", "crores"}
_MULTIPLIER = "|".join(sorted(_MULTIPLIERS, key=len, reverse=True))
_PERIOD_WORDS = {
    "year": ("yr", "year", "annum", "a", "y", "pa", "p.a", "año", "an", "jahr", "anno"),
    "month": ("mo", "month", "mes", "mois", "monat", "mth"),
    "week": ("wk", "week", "semana", "semaine", "woche", "w"),
    "day": ("day", "d", "dia", "jour", "tag"),
    "hour": ("hr", "hour", "h", "hora", "heure", "std", "stunde", "ph"),
}
# Words that are a period alone, without `per`/`a`/`/` before them.
_PERIOD_ALONE = {
    "hourly": "hour",
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "yearly": "year",
    "annually": "year",
    "annual": "year",
    "pa": "year",
    "p.a": "year",
    "lpa": "year",
    "ph": "hour",
}
_PERIOD = {word: period for period, words in _PERIOD_WORDS.items() for word in words}
_PERIOD_RE = "|".join(
    re.escape(w) for w in sorted({*_PERIOD, *_PERIOD_ALONE}, key=len, reverse=True)
)


def _amount_part(i: int) -> str:
    return (
        rf"(?P<cur{i}>{_CURRENCY})?\s*(?P<n{i}>{_NUMBER})(?:[.,]-{{1,2}}(?!\d))?\s*"
        rf"(?P<k{i}>(?:{_MULTIPLIER})\b)?\s*(?P<post{i}>{_CURRENCY})?"
    )


_MONEY = re.compile(
    rf"""^(?P<sign>[-−])?\s*{_amount_part(1)}\s*
    (?:(?:-|–|—|to|a|à|bis|and|y|et|und)\s*{_amount_part(2)})?\s*
    (?:(?:/|per\b|an?\b|pro\b|par\b|por\b|al\b|each\b|every\b)?\s*
    (?P<period>{_PERIOD_RE})\b\.?)?\s*
    (?P<tail>[^\d]*)$""",
    re.VERBOSE,
)
# Parenthesized remarks without digits (`(Glassdoor est.)`), a label before a colon
# (`Employer Provided Salary:`) and words that only bound the figure (`From`, `Up to`).
_REMARK = re.compile(r"\([^()\d]*\)|\[[^\[\]\d]*\]")
_LABEL = re.compile(r"^[^\d:$€£₹¥]*:\s*")
_QUALIFIER = re.compile(
    r"^(?P<approx>~|≈|about|approx\.?|approximately|around|ca\.|circa|env\.?|c\.)?\s*"
    r"(?:from|up to|upto|starting at|starting from|starts at|between|min\.?|max\.?|"
    r"at least|as much as|bis zu|ab|hasta|desde|jusqu'?à|à partir de|de)?\s*",
)
# A trailing remark is fine after a figure that says it is pay (`+ benefits`, `DOE`).
_BENEFIT_TAIL = re.compile(
    r"^(?:[+&,;/]|plus\b|with\b|inc\b|incl|benefits|bonus|ote\b|pro rata|doe\b|depending"
    r"|negotiable|gross|net|brut|\(|est)",
    re.I,
)
# Header words of a period in English, Spanish, Portuguese, French, German and Italian,
# matched on the header in lower case without accents (`Salário mensal`, `Stundenlohn`).
_HOURLY_HEADER = re.compile(
    r"(^h\b|\b(hourly|per hour|an hour|hour|hr|por hora|horaire|de l heure|stundenlohn"
    r"|stundensatz|stunde|pro stunde|orari[ao]|all ora|per ora)\b)"
)
_PERIOD_HEADERS = (
    ("hour", _HOURLY_HEADER),
    (
        "month",
        re.compile(
            r"\b(monthly|per month|a month|month|mensual|mensuales|mensal|mensuel\w*|mensile"
            r"|al mes|por mes|par mois|(?:brutto|netto)?monat(?:s\w*|lich\w*)?|per mese|al mese)\b"
        ),
    ),
    (
        "week",
        re.compile(r"\b(weekly|per week|a week|semanal|hebdomadaire|wochentlich|settimanale)\b"),
    ),
    (
        "year",
        re.compile(
            r"(^a\b|\b(annual|yearly|per year|a year|per annum|annum|anual|anuales|annuel\w*"
            r"|(?:brutto|netto)?jahres\w*|jahrlich\w*|annu[oa]|annuale|por ano|al ano|par an"
            r"|ral)\b)"
        ),
    ),
)
_DIGIT = re.compile(r"\d")
# Plain numbers a cast reads as the grammar would: no grouping, any decimals.
_PLAIN = r"^\d+(?:\.\d+)?$"
_PLAIN_NOT_GROUPED = r"^\d+(?:\.(?:\d{1,2}|\d{4,}))?$"


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


_DOT_GROUPS = r"\d\.\d{3}\.\d{3}|\d\.\d{3},\d"
_DOTTED = r"\d\.\d"
_DOT_THREE = r"\d\.\d{3}(?!\d)"
_DOT_DECIMALS = r"\d\.(?:\d{1,2}|\d{4,})(?!\d)"


def dot_groups_thousands(cells: pd.Series) -> bool:
    """Whether a column writes `.` between thousands (38.000, 1.234.567, 68.500,00).

    A column says so when some cell groups with several dots or puts a comma decimal after
    a dot, or when every dotted number has exactly three digits after its one dot.
    """
    text = cells.astype(str)
    if text.str.contains(_DOT_GROUPS, regex=True).any():
        return True
    dotted = text[text.str.contains(_DOTTED, regex=True)]
    if dotted.empty:
        return False
    return bool(dotted.str.contains(_DOT_THREE, regex=True).all()) and not bool(
        dotted.str.contains(_DOT_DECIMALS, regex=True).any()
    )


_COMMA_DECIMAL = r"\d,(?:\d{1,2}|\d{4,})(?![\d.,])|\d\.\d{3},\d"
_COMMA_GROUPS = r"\d,\d{3}[.,]\d"


def decimal_commas(cells: pd.Series) -> bool:
    """Whether a column writes `,` as its decimal mark (`38,5`, `1.234,56`, `45 000,50`) and
    never groups thousands with it (`1,234.5`, `1,234,567`)."""
    text = cells.astype(str)
    return bool(text.str.contains(_COMMA_DECIMAL, regex=True).any()) and not bool(
        text.str.contains(_COMMA_GROUPS, regex=True).any()
    )


def _dot_groups_in(numbers: list[str]) -> bool:
    """`dot_groups_thousands` for the numbers of one cell."""
    if any(re.search(_DOT_GROUPS, n) for n in numbers):
        return True
    dotted = [n for n in numbers if re.search(_DOTTED, n)]
    return bool(dotted) and all(
        re.search(_DOT_THREE, n) and not re.search(_DOT_DECIMALS, n) for n in dotted
    )


_SPACES = re.compile(r"\s+")
# The most common pay cell, a mark and a plain amount (`$85,000.00`, `£31.50`, `€1,234`): read
# as the grammar below reads it, without the grammar's cost (a payroll holds thousands of them).
# Commas group thousands; a dot with one or two digits is the decimal mark in every column.
_MARKED_AMOUNT = re.compile(
    r"(?P<symbol>[$€£₹¥])(?P<whole>\d{1,3}(?:,\d{3})+|\d+)(?P<cents>\.\d{1,2})?"
)


def parse_money_text(text: object, dot_thousands: bool | None = None) -> Money | None:
    """A Money from text such as `$62k–$70k`, `68.500,00 €`, `4-5 Lacs PA`; None if not money.

    `dot_thousands` is the column's way of writing `38.000` (see `dot_groups_thousands`);
    None decides from this cell alone. Negative and zero amounts are returned as written:
    the caller treats them as missing.
    """
    value = _SPACES.sub(" ", str(text if text is not None else "").strip().lower())
    marked = _MARKED_AMOUNT.fullmatch(value)
    if marked is not None:
        amount = float(marked["whole"].replace(",", "") + (marked["cents"] or ""))
        return Money(low=amount, high=amount, currency=CURRENCY_CODES[marked["symbol"]])
    if not value or not _DIGIT.search(value):
        return None
    value = _REMARK.sub(" ", value)
    value = _LABEL.sub("", value).strip()
    qualifier = _QUALIFIER.match(value)
    approximate = qualifier is not None and qualifier.group("approx") is not None
    value = value[qualifier.end() :] if qualifier else value
    match = _MONEY.match(value.strip())
    if match is None:
        return None
    parts = match.groupdict()
    if dot_thousands is None:
        dot_thousands = _dot_groups_in([parts["n1"], parts["n2"] or ""])
    low = _number(parts["n1"], dot_thousands)
    high = low if parts["n2"] is None else _number(parts["n2"], dot_thousands)
    low_k, high_k = parts["k1"], parts["k2"] or parts["k1"]
    if low_k is None and parts["k2"] and low <= high:
        low_k = high_k  # `150-180k`, `4-5 Lacs`: the suffix covers both ends
    low *= _MULTIPLIERS.get(low_k or "", 1)
    high *= _MULTIPLIERS.get(high_k or "", 1)
    currency_text = next(
        (parts[key] for key in ("cur1", "post1", "cur2", "post2") if parts[key]), None
    )
    period_word = parts["period"] or ("lpa" if "lpa" in (parts["k1"], parts["k2"]) else None)
    period = _PERIOD_ALONE.get(period_word) or _PERIOD.get(period_word) if period_word else None
    stated = currency_text or period or parts["k1"] or parts["k2"]
    if parts["tail"].strip() and not (stated and _BENEFIT_TAIL.match(parts["tail"].strip())):
        return None
    if parts["sign"]:
        low, high = -low, -high
    code = CURRENCY_CODES.get(currency_text) if currency_text else None
    if code is None and {parts["k1"], parts["k2"]} & _INDIAN_UNITS:
        code = "INR"
    return Money(
        low=min(low, high),
        high=max(low, high),
        currency=code,
        period=period,
        approximate=approximate,
    )


def _number(token: str, dot_thousands: bool) -> float:
    """`58,000`, `6,00,000`, `55.000`, `68.500,00`, `31.50`, `55 000`: separators by position."""
    digits = re.sub(r"[\u00a0\u202f' ]", "", token)
    marks = [c for c in digits if c in ".,"]
    if not marks:
        return float(digits)
    last = marks[-1]
    decimals = len(digits) - digits.rfind(last) - 1
    grouping = len(set(marks)) == 1 and (
        len(marks) > 1 or (decimals == 3 and (last == "," or dot_thousands))
    )
    if grouping:
        return float(digits.replace(last, ""))
    whole, fraction = digits.rsplit(last, 1)
    return float(f"{re.sub(r'[.,]', '', whole)}.{fraction}")


def parse_money(text: object) -> float | None:
    """Annual amount in a cell such as `$62k-$70k`, `72K`, `$31.50/hr`; None when absent."""
    money = parse_money_text(text)
    return None if money is None or money.high <= 0 else money.annual().amount


def header_period(header: str) -> str | None:
    """The pay period a column header states (`Hourly rate`, `A_MEDIAN`, `Salário mensal`)."""
    name = _folded(header).replace("_", " ")
    return next((period for period, pattern in _PERIOD_HEADERS if pattern.search(name)), None)


def _folded(text: str) -> str:
    """Lower case without accents: `Jährlich` -> `jahrlich`."""
    return unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()


def is_hourly_header(header: str) -> bool:
    """Whether a column header says its amounts are per hour."""
    return header_period(header) == "hour"


_HEADER_CURRENCY = re.compile(
    rf"(?:^|[\s(\[_/-])(?P<code>{_CURRENCY})(?=$|[\s)\]_/-])|(?P<symbol>[$€£₹¥])"
)
_CONVERTED = re.compile(r"\bconverted\b|\bin usd\b")


def header_currency(header: str) -> str | None:
    """The currency a header states: `Salary (£)`, `salary_in_usd`, `Pay in EUR`."""
    name = header.lower()
    match = _HEADER_CURRENCY.search(name)
    if match:
        return CURRENCY_CODES.get(match.group("code") or match.group("symbol"))
    return "USD" if _CONVERTED.search(name.replace("_", " ")) else None


_HEADER_SCALE = re.compile(
    r"\b(?:in )?(?P<unit>thousands|000s|'000|\$000|lakhs?|lacs?|lpa|millions)\b|\(000\)|'000"
)
_SCALE_WORDS = {"thousands": 1e3, "000s": 1e3, "'000": 1e3, "$000": 1e3, "millions": 1e6}


def header_scale(header: str) -> float:
    """The multiplier a header states for its numbers (`in thousands`, `salary_lpa`)."""
    name = header.lower().replace("_", " ")
    match = _HEADER_SCALE.search(name)
    if match is None:
        return 1.0
    unit = match.group("unit") or "'000"
    return _SCALE_WORDS.get(unit, 1e5)


def period_of(text: str) -> str | None:
    """The pay period a cell of a pay-period column names (`Hourly`, `per month`, `Annual`)."""
    words = re.sub(r"[^a-z]+", " ", str(text).lower()).split()
    for word in words:
        if word in ("biweekly", "fortnightly"):
            return "fortnight"
        if word in ("semimonthly", "bimonthly"):
            return "semimonth"
        if word in ("salary", "salaried", "annum"):
            return "year"
        period = _PERIOD_ALONE.get(word) or _PERIOD.get(word.rstrip("s"))
        if period:
            return period
    return None


def currency_of(text: str) -> str | None:
    """The currency code a cell of a currency column names (`USD\\tUnited States dollar`)."""
    value = str(text).strip().lower()
    if value in CURRENCY_CODES:
        return CURRENCY_CODES[value]
    match = re.match(rf"^({_CURRENCY})(?![a-z])", value)
    return CURRENCY_CODES[match.group(1)] if match else None


@dataclass(frozen=True)
class MoneyColumn:
    """A column's amounts per year, with what the conversion had to leave out or assume."""

    amount: pd.Series
    low: pd.Series
    high: pd.Series
    currency: pd.Series
    period: pd.Series
    top_coded: pd.Series
    not_available: pd.Series
    not_stated: pd.Series
    unreadable: pd.Series
    annualized: pd.Series
    outlier: pd.Series


def normalize_money(
    text: pd.Series,
    hourly: bool = False,
    period: pd.Series | str | None = None,
    hours_per_week: pd.Series | None = None,
    scale: float = 1.0,
) -> MoneyColumn:
    """Amounts per year for a text column; plain numbers take the fast path.

    A cell's own period wins, then `period` (per row or for the column), then `hourly`;
    hourly pay is annualized with `hours_per_week` where given, else 2,080 hours.
    """
    # each distinct cell is read once: a 100,000-row column holds few distinct amounts
    codes, distinct = pd.factorize(text.astype(object), sort=False)
    cells = _read_cells(pd.Series(distinct, dtype=object)).iloc[codes].set_axis(text.index)
    low, high = cells["low"], cells["high"]
    currency, stated_period = cells["currency"], cells["period"]
    top_coded, not_available = cells["top_coded"], cells["not_available"]
    sentinel, not_stated, unreadable = cells["sentinel"], cells["not_stated"], cells["unreadable"]
    low, high = low * scale, high * scale
    default = "hour" if hourly else "year"
    row_period = stated_period
    if isinstance(period, pd.Series) or period is not None:
        row_period = row_period.fillna(period)
    row_period = row_period.fillna(default)
    factor = each_distinct(row_period, PERIODS_PER_YEAR.get).astype(float)
    if hours_per_week is not None:
        weekly = pd.to_numeric(hours_per_week, errors="coerce")
        weekly = weekly.where(weekly.between(1, 100))
        hourly_rows = row_period.eq("hour") & weekly.notna()
        factor = factor.mask(hourly_rows, weekly * WEEKS_PER_YEAR)
    annualized = factor.ne(1) & low.notna()
    low, high = low * factor, high * factor
    nonpositive = high.le(0)
    low, high = low.mask(nonpositive), high.mask(nonpositive)
    amount = (low + high) / 2
    outlier = _outliers(amount)
    low, high, amount = low.mask(outlier), high.mask(outlier), amount.mask(outlier)
    return MoneyColumn(
        amount=amount,
        low=low,
        high=high,
        currency=currency,
        period=row_period.where(amount.notna()),
        top_coded=top_coded,
        not_available=not_available,
        not_stated=not_stated | (nonpositive & ~sentinel),
        unreadable=unreadable,
        annualized=annualized & amount.notna(),
        outlier=outlier,
    )


def _read_cells(distinct: pd.Series) -> pd.DataFrame:
    """What each distinct cell of a pay column says: amounts, marks and why not."""
    stripped = distinct.str.strip()
    lowered = stripped.str.lower()
    dot_thousands = dot_groups_thousands(stripped[stripped.str.contains(".", regex=False)])
    plain = _plain_numbers(stripped, dot_thousands)
    low, high = plain.copy(), plain.copy()
    currency = pd.Series(None, index=distinct.index, dtype=object)
    period = pd.Series(None, index=distinct.index, dtype=object)
    top_coded = lowered.eq(TOP_CODED)
    not_available = lowered.eq(NOT_AVAILABLE)
    sentinel = lowered.isin(MISSING_TEXT) | top_coded | not_available
    no_digits = ~lowered.str.contains(r"\d", regex=True)
    rest = plain.isna() & ~sentinel & ~no_digits
    money = stripped[rest].map(lambda value: parse_money_text(value, dot_thousands))
    unreadable = pd.Series(False, index=distinct.index)
    unreadable[rest] = money.isna()
    found = money.dropna()
    if not found.empty:
        low[found.index] = [m.low for m in found]
        high[found.index] = [m.high for m in found]
        currency[found.index] = [m.currency for m in found]
        period[found.index] = [m.period for m in found]
    return pd.DataFrame(
        {
            "low": low,
            "high": high,
            "currency": currency,
            "period": period,
            "top_coded": top_coded,
            "not_available": not_available,
            "sentinel": sentinel,
            "not_stated": no_digits & lowered.ne("") & ~sentinel,
            "unreadable": unreadable,
        }
    )


def _outliers(amount: pd.Series) -> pd.Series:
    """Figures too large to be pay: absurd, or a thousand times the column's median."""
    median = amount.median()
    limit = ABSURD_AMOUNT if np.isnan(median) else min(ABSURD_AMOUNT, median * OUTLIER_FACTOR)
    return amount.gt(limit).fillna(False).astype(bool)


def _plain_numbers(text: pd.Series, dot_thousands: bool) -> pd.Series:
    """Cells that are plain numbers as floats, NaN elsewhere; a column of numbers casts at once.

    Where the column groups thousands with dots, `38.000` is left to the grammar.
    """
    pattern = _PLAIN_NOT_GROUPED if dot_thousands else _PLAIN
    candidates = text.where(text.str.match(pattern))
    try:
        return candidates.astype("float64")
    except (ValueError, TypeError):
        return pd.to_numeric(candidates, errors="coerce").astype("float64")


def plain_numbers(text: pd.Series) -> pd.Series:
    """Numbers of a non-pay column (counts, shares, scores) as floats, NaN where not a number.

    `1,234` groups thousands, unless the column writes decimal commas (`38,5`, `1.234,5`):
    then its commas are decimals and its dots group thousands, for every cell.
    """
    stripped = text.astype(str).str.strip()
    plain = stripped.where(stripped.str.match(r"^[-+]?\d+(?:\.\d+)?$"))
    numbers = pd.to_numeric(plain, errors="coerce").astype("float64")
    marked = numbers.isna() & stripped.str.contains(r"\d[,%]", regex=True)
    if marked.any():  # `1,234` and `12%`
        cleaned = stripped[marked].str.replace(r"(?<=\d)[\u00a0\u202f ](?=\d{3}\b)", "", regex=True)
        if decimal_commas(cleaned):
            cleaned = cleaned.str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
        else:
            cleaned = cleaned.str.replace(r"(?<=\d),(?=\d{3}\b)", "", regex=True)
        cleaned = cleaned.str.rstrip("%").str.strip()
        cleaned = cleaned.where(cleaned.str.match(r"^[-+]?\d+(?:\.\d+)?$"))
        numbers[marked] = pd.to_numeric(cleaned, errors="coerce")
    return numbers


_QUARTER = re.compile(r"^(?:[qt]([1-4])[\s/-]*(\d{4})|(\d{4})[\s/-]*[qt]([1-4]))$", re.IGNORECASE)
_DATE_FORMATS = (
    "%Y-%m-%d",
    "%Y-%m-%d %H:%M:%S",
    "%m/%d/%Y",
    "%m/%d/%y",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%d.%m.%Y",
    "%Y/%m/%d",
    "%d/%m/%Y",
    # month names, as exports of contacts and news write them: "01 Jan 2026", "Jan 5, 2026"
    "%d %b %Y",
    "%d-%b-%y",
    "%d-%b-%Y",
    "%b %d, %Y",
    "%b %d %Y",
    "%b-%y",
    "%b %Y",
    "%b-%Y",
    "%d %B %Y",
    "%B %d, %Y",
)
# Month names and their abbreviations in English, Spanish, Portuguese, French, German and
# Italian (without accents), read as English abbreviations: `3 de mayo de 2024`, `März 2023`,
# `janv. 2022`, `15. Okt 2024`, `dezembro de 2023`.
_MONTHS = {
    "jan": ("january", "enero", "ene", "janeiro", "janvier", "janv", "januar", "janner", "jan")
    + ("gennaio", "gen"),
    "feb": ("february", "febrero", "fevereiro", "fev", "fevrier", "fevr", "februar", "febr")
    + ("febbraio", "feb"),
    "mar": ("march", "marzo", "marco", "mars", "marz", "maerz", "mrz", "mar"),
    "apr": ("april", "abril", "abr", "avril", "avr", "aprile", "apr"),
    "may": ("may", "mayo", "maio", "mai", "maggio", "mag"),
    "jun": ("june", "junio", "junho", "juin", "juni", "giugno", "giu", "jun"),
    "jul": ("july", "julio", "julho", "juillet", "juil", "juli", "luglio", "lug", "jul"),
    "aug": ("august", "agosto", "ago", "aout", "aug"),
    "sep": ("september", "sept", "septiembre", "setiembre", "setembro", "septembre")
    + ("settembre", "set", "sep"),
    "oct": ("october", "octubre", "outubro", "out", "octobre", "oktober", "okt", "ottobre")
    + ("ott", "oct"),
    "nov": ("november", "noviembre", "novembro", "novembre", "nov"),
    "dec": ("december", "diciembre", "dic", "dezembro", "dez", "decembre", "dezember")
    + ("dicembre", "dec"),
}
_MONTH_SHORT = {name: short for short, names in _MONTHS.items() for name in names}
_MONTH_NAME = re.compile(r"\b(" + "|".join(sorted(_MONTH_SHORT, key=len, reverse=True)) + r")\b\.?")
# A weekday before the date: `lunes, 3 de mayo de 2024`, `Montag, 3. Mai`, `Sat, 14 Sep 2024`.
_WEEKDAY = re.compile(
    r"^(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes"
    r"|miercoles|jueves|viernes|sabado|domingo|segunda|terca|quarta|quinta|sexta|lundi|mardi"
    r"|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag"
    r"|samstag|sonntag|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)(?:[ -]feira)?"
    r"\.?,?|(?:mon|tue|wed|thu|fri|sat|sun)\.?,) *"
)
# `3 de mayo`, `1er janvier`, `15. März`, `3rd of May` -> `3 may`; `mayo de 2024` -> `may 2024`.
_DAY_OF = re.compile(r"^(\d{1,2})(?:st|nd|rd|th|er|o|\.)? (?:de |of )?")
_OF_YEAR = re.compile(r" (?:de |del )(\d{4})$")


def _english_dates(words: pd.Series) -> pd.Series:
    """Worded dates of six languages written the English way (`3 may 2024`)."""
    text = words.map(_folded).str.replace(_WEEKDAY, "", regex=True)
    text = text.str.replace(_MONTH_NAME, lambda found: _MONTH_SHORT[found[1]], regex=True)
    return text.str.replace(_DAY_OF, r"\1 ", regex=True).str.replace(_OF_YEAR, r" \1", regex=True)


_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\b")


def _day_first(cells: pd.Series) -> bool:
    """Whether a column's d/m/y-or-m/d/y dates are day first, judged on the whole column: a
    first part above 12 says so, a second part above 12 says not; where every date could be
    either, the reading that lands nearer the column's ISO dates wins (a UK tracker's
    04/06/2026 beside 2026-06-01 is 4 June). Month first (US) when nothing tells."""
    parts = cells.str.extract(_SLASHED).dropna()
    if parts.empty:
        return False
    first, second = parts[0].astype(int), parts[1].astype(int)
    if (first > 12).any() or (second > 12).any():
        return bool((first > 12).any() and not (second > 12).any())
    iso = pd.to_datetime(cells.str.slice(0, 10), format="%Y-%m-%d", errors="coerce").dropna()
    if iso.empty:
        return False
    slashed = cells[parts.index].str.slice(0, 10)
    as_dm = pd.to_datetime(slashed, format="%d/%m/%Y", errors="coerce").dropna()
    as_md = pd.to_datetime(slashed, format="%m/%d/%Y", errors="coerce").dropna()
    if as_dm.empty or as_md.empty:
        return False
    middle = iso.median()
    return bool(abs(as_dm.median() - middle) < abs(as_md.median() - middle))


_YEAR_MONTH = re.compile(r"^(?:19|20)\d{2}(?:-\d{2})?$")
# Excel counts days from 1899-12-30; these serials cover the years 1954 to 2119.
EXCEL_EPOCH = pd.Timestamp("1899-12-30")
SERIAL_RANGE = (20_000, 80_000)


def normalize_dates(text: pd.Series) -> pd.Series:
    """Dates from ISO, d/m/y or m/d/y (decided for the whole column), month names in six
    languages (`1-May-07`, `Mar-24`, `14 septembre 2026`), `Q3 2026` quarters and Excel
    serial numbers; NaT if none."""
    stripped = text.astype(str).str.strip()
    worded = stripped.str.contains(r"[^\W\d_]{3}", regex=True)
    if worded.any():
        words = pd.Series(stripped[worded].unique())
        english = dict(zip(words, _english_dates(words), strict=True))
        stripped = stripped.where(~worded, stripped.map(english))
    dates = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns]")
    formats = _DATE_FORMATS
    if _day_first(stripped):
        formats = ("%d/%m/%Y", "%d/%m/%y", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", *formats)
    for date_format in formats:
        missing = dates.isna() & stripped.ne("")
        if not missing.any():
            break
        dates[missing] = pd.to_datetime(stripped[missing], format=date_format, errors="coerce")
    missing = dates.isna() & stripped.ne("")
    if missing.any():
        iso = pd.to_datetime(stripped[missing].str.slice(0, 10), format="%Y-%m-%d", errors="coerce")
        dates[missing] = iso
    years = dates.isna() & stripped.str.match(_YEAR_MONTH)
    if years.any():
        # `2026` is January 2026, `2026-03` March
        months = stripped[years].where(stripped[years].str.len() > 4, stripped[years] + "-01")
        dates[years] = pd.to_datetime(months, format="%Y-%m", errors="coerce")
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


def currency_symbol(code: str | None) -> str:
    """The mark a figure in `code` is written with: `$`, `€`, `£`, `₹`, `CA$`, `ARS `; "" for
    none (amounts without a stated currency are shown bare, never as dollars)."""
    if code is None:
        return ""
    return CURRENCY_SYMBOLS.get(code, f"{code} ")


def format_money(amount: float, currency: str | None) -> str:
    """`$68,500`, `₹400,000`, `€52,500`: the one way findings and charts write an amount.

    `currency` is an ISO code (or None when never stated). Pay is never exact: to the nearest
    hundred from 10,000 up, the nearest ten from 1,000, to the cent below (hourly pay).
    """
    if abs(amount) >= 10_000:
        rounded = round(amount, -2)
    elif abs(amount) >= 1_000:
        rounded = round(amount, -1)
    else:
        rounded = round(amount, 2)
    text = f"{rounded:,.0f}" if abs(rounded) >= 100 else f"{rounded:,.2f}"
    return f"{currency_symbol(currency)}{text}"
