"""What an import produces: research tables of a detected kind, with their issues."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from infoview.research.headers import pay_role
from infoview.research.issues import Issue
from infoview.research.normalize import currency_symbol, normalize_dates, parse_money
from infoview.research.vocabulary import DEFAULT_CURRENCY

# `reference`: data dictionaries, field descriptions, pivot summaries: shown, never findings.
# `metrics`: shares and rates per organization (a pay-gap report); `people`: names with titles
# and organizations but no e-mail or phone (speakers, alumni), never contacts on their own.
KINDS = (
    "salary",
    "trends",
    "org_chart",
    "contacts",
    "people",
    "metrics",
    "notes",
    "reference",
    "generic",
)
PERIODS = ("year", "month", "week", "day", "hour")
METRIC_PREFIX = "metric:"


@dataclass(frozen=True)
class ResearchTable:
    """One sheet of research: its data, where it came from and what we made of it.

    `frame` holds the body as text, one column per header. `columns` maps roles to headers.
    `currency` and `pay_period` are the table's own settings (from a header such as "Salary
    (£)" or the user's correction on the Research page): they apply to amounts that state
    none. `values` is what findings and charts read, one row per body row (same index as
    `frame`); its columns, where the table has the role:

    - each pay role of `columns` (`base`, `total`, `median`, `min`, `p90`, ...,
      `hourly_median`, ...): the row's pay **per year** as a float, a range at its midpoint,
      annualized by the row's own pay period (its cell, a `pay_period` column, the header,
      the table's `pay_period`) and hours (an `hours` column, else 2,080 a year); NaN when
      blank, a sentinel (`-1`, `N/A`, `*`, `#`, `Not disclosed`), zero or an excluded outlier.
      `hourly_*` roles are columns stated per hour next to annual ones (OEWS `H_MEDIAN`
      beside `A_MEDIAN`); prefer the plain roles, `pay_role()` names the one to use.
      `{role}_low` / `{role}_high`: the ends of a range (equal to the amount otherwise).
    - `{role}_currency` for each pay role, and `currency` for the preferred pay role: the
      row's ISO code (USD, EUR, GBP, INR, CAD, ...) from a currency column, the cell's own
      mark, `currency` (the user's correction), the header, the column's currency number
      format in the workbook (`formatted_currency`), the country the row's places name, else
      `assumed_currency` with a `currency-assumed` warning (never from a file name or
      publisher). Write
      amounts with `format_money(amount, code)`. Never pool rows of two currencies.
    - `role`, `company`, `location`, `level`: cleaned text for grouping ("" when blank):
      whitespace and line breaks collapsed, a role without its code or alias list, a company
      without a trailing rating (`KnowBe4\n4.8` -> `KnowBe4`).
    - `occupation_code`: the code from its column or from the role cell (`Data
      Scientists(152051)` -> `15-2051`), "" when none.
    - `occupation`: the SOC code (or SOC group code) of the work the row names: a pay
      table's role (its `occupation_code` when that is a SOC code), an org chart's box title,
      the occupation a trend headline names; "" when it names none (infoview.occupations).
    - `aggregate`: True for rows that sum up others (All Occupations, totals, major and
      broad groups, "Summary" rows): skip them in findings; detailed rows remain.
    - `repeat`: True for a row that repeats an earlier posting (the same posting id or URL,
      or the same full row with a description); survey answers are never repeats.
    - `date` (and other date roles): datetime64, NaT when unreadable.
    - numeric trend roles (`count`, `change`, `value`): the number as written, NaN if none.
    - `location` of a pay table is the most specific place: a city column beside a state or
      country column gives "City, ST"; where no place is given, an employer that is a
      government gives it ("City of Austin" -> "Austin"). `region`: the state or country a
      city sits in ("" when none), for a figure over several of its cities.
    - split columns of a pay table (`gender`, `employment_type`, `year`): a label per row
      ("women", "part-time", "2023"), "total" for a total row ("All", "Both sexes"), "".
    - `metric:HEADER` for each share, rate, ratio or gap column of a `metrics` table.
    """

    file: str
    sheet: str
    kind: str
    header_row: int
    columns: dict[str, str]
    frame: pd.DataFrame = field(compare=False, repr=False)
    issues: tuple[Issue, ...] = ()
    # Amounts per year and dates parsed from `frame`, one column per role (see normalize.py).
    values: pd.DataFrame | None = field(default=None, compare=False, repr=False)
    source_rows: np.ndarray | None = field(default=None, compare=False, repr=False)
    currency: str | None = None
    pay_period: str | None = None
    # How well each role's values fit it (0 to 1), and "kind" for the kind as a whole.
    confidence: dict[str, float] = field(default_factory=dict, compare=False)
    # header -> the ISO code its cells' number format shows in the workbook (`[$€-407]#,##0`)
    formatted_currency: dict[str, str] = field(default_factory=dict, compare=False)
    title: str = ""  # the rows above the header ("Northwind Motors org chart")
    # the organization an org chart describes, as the user named it on the Research page
    organization: str | None = None
    # the currency of amounts nothing in the file states one for: the workspace's (About me)
    assumed_currency: str = DEFAULT_CURRENCY

    @property
    def label(self) -> str:
        """`file › sheet`, or just the file for single-table files such as CSV."""
        return self.file if self.sheet in ("", self.file) else f"{self.file} › {self.sheet}"

    @property
    def rows(self) -> int:
        return len(self.frame)

    @property
    def silence(self) -> str | None:
        """Why this pay table gives no pay finding, in one line; None when it gives some."""
        return next((i.message for i in self.issues if i.code == "no-pay-findings"), None)

    def column(self, role: str) -> pd.Series | None:
        """The column playing `role`, or None when no column has it."""
        source = self.columns.get(role)
        return None if source is None else self.frame[source]

    def amounts(self, role: str) -> pd.Series | None:
        """Pay per year in the column playing `role` (NaN where missing), or None."""
        if self.values is not None and role in self.values:
            return self.values[role]
        text = self.column(role)
        return None if text is None else text.map(parse_money).astype(float)

    def pay_role(self) -> str | None:
        """The pay role a summary should use (a published median, then total, base...)."""
        return pay_role(self.columns)

    def dates(self, role: str) -> pd.Series | None:
        """The dates in the column playing `role` as read on import (NaT where none), or None."""
        if self.values is not None and role in self.values:
            return self.values[role]
        text = self.column(role)
        return None if text is None else normalize_dates(text.astype(str))

    def main_currency(self) -> str | None:
        """The ISO code most amounts are in (the table's own setting first), or None."""
        if self.currency is not None:
            return self.currency
        if self.values is None or "currency" not in self.values:
            return None
        stated = self.values["currency"].dropna()
        return None if stated.empty else str(stated.mode()[0])

    def currency_symbol(self) -> str:
        """The mark of the currency most amounts are in; `$` when none is stated."""
        if self.values is None or "currency" not in self.values:
            return currency_symbol(self.currency)
        stated = self.values["currency"].dropna()
        return currency_symbol(self.currency if stated.empty else stated.mode()[0])

    def row_number(self, position: int) -> int:
        """The 1-based row in the file of the body row at `position`."""
        if self.source_rows is None:
            return self.header_row + 1 + position
        return int(self.source_rows[position])

    def to_dict(self) -> dict:
        """The JSON shape of the `inspect` contract."""
        return {
            "sheet": self.sheet,
            "kind": self.kind,
            "rows": self.rows,
            "header_row": self.header_row,
            "columns": dict(self.columns),
            "confidence": {
                "kind": self.confidence.get("kind", 1.0),
                "columns": {r: self.confidence.get(r, 1.0) for r in self.columns},
            },
            "issues": [issue.to_dict() for issue in self.issues],
        }


@dataclass(frozen=True)
class ResearchFile:
    """Everything read from one file; `error` is set when the file could not be read."""

    file: str
    tables: tuple[ResearchTable, ...] = ()
    error: Issue | None = None
    issues: tuple[Issue, ...] = ()

    @property
    def all_issues(self) -> tuple[Issue, ...]:
        """File-level issues, then each table's, in order."""
        own = (self.error,) if self.error else ()
        return own + self.issues + tuple(i for t in self.tables for i in t.issues)

    def to_dict(self) -> dict:
        """The JSON shape of the `inspect` contract."""
        return {
            "file": self.file,
            "error": None
            if self.error is None
            else {
                "code": self.error.code,
                "message": self.error.message,
            },
            "tables": [table.to_dict() for table in self.tables],
        }
