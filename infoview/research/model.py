"""What an import produces: research tables of a detected kind, with their issues."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from infoview.research.issues import Issue

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
