"""What an import produces: research tables of a detected kind, with their issues."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from infoview.research.issues import Issue
from infoview.research.normalize import CURRENCY_SYMBOLS, normalize_dates, parse_money

KINDS = ("salary", "trends", "org_chart", "contacts", "notes", "generic")


@dataclass(frozen=True)
class ResearchTable:
    """One sheet of research: its data, where it came from and what we made of it."""

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

    @property
    def label(self) -> str:
        """`file › sheet`, or just the file for single-table files such as CSV."""
        return self.file if self.sheet in ("", self.file) else f"{self.file} › {self.sheet}"

    @property
    def rows(self) -> int:
        return len(self.frame)

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

    def dates(self, role: str) -> pd.Series | None:
        """The dates in the column playing `role` as read on import (NaT where none), or None."""
        if self.values is not None and role in self.values:
            return self.values[role]
        text = self.column(role)
        return None if text is None else normalize_dates(text.astype(str))

    def currency_symbol(self) -> str:
        """The symbol of the currency most amounts are in; `$` when none is stated."""
        if self.values is None or "currency" not in self.values:
            return "$"
        stated = self.values["currency"].dropna()
        return "$" if stated.empty else CURRENCY_SYMBOLS.get(stated.mode()[0], "$")

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
