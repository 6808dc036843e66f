"""Import problems as data: a code, a severity and a message that says what to do."""

from __future__ import annotations

from dataclasses import asdict, dataclass

ERROR = "error"
WARNING = "warning"
INFO = "info"


@dataclass(frozen=True)
class Issue:
    """One problem found while importing, located as precisely as we can."""

    code: str
    severity: str
    message: str
    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None

    def to_dict(self) -> dict:
        """The JSON shape of the `inspect` contract."""
        return {k: v for k, v in asdict(self).items() if k not in ("file", "sheet")}

    def where(self) -> str:
        """A short human location such as `pay.xlsx › Sheet1, row 4, column "Base"`."""
        parts = [self.file or ""]
        if self.sheet:
            parts.append(f"› {self.sheet}")
        place = " ".join(p for p in parts if p)
        details = []
        if self.row is not None:
            details.append(f"row {self.row}")
        if self.column:
            details.append(f'column "{self.column}"')
        return ", ".join([place, *details]) if details else place


# Every code an import can report, with what it means; file-level errors stop that file only.
CODES: dict[str, str] = {
    "file-too-large": "the file is over the upload limit",
    "file-unreadable": "the file could not be opened from disk",
    "file-too-slow": "reading the file took longer than one file may take",
    "file-too-costly": "reading the file needed more memory than one file may take, or crashed",
    "empty-file": "the file has no bytes",
    "not-a-spreadsheet": "the bytes are neither a workbook nor text",
    "workbook-truncated": "the workbook's zip directory is missing or damaged",
    "workbook-encrypted": "the workbook is password-protected",
    "workbook-too-large": "the workbook would inflate to too much (zip bomb)",
    "workbook-unreadable": "the spreadsheet engine could not read the workbook",
    "text-unreadable": "a text file could not be split into rows and columns",
    "format-mismatch": "a text table is named like a spreadsheet",
    "encoding-guessed": "the text is not UTF-8 and its encoding was guessed",
    "empty-sheet": "a sheet has no cells",
    "sheet-truncated": "a sheet reaches past the row, column or cell caps and was cut",
    "header-below-title": "title rows above the header were skipped",
    "header-only": "a table has a header but no rows",
    "footnotes-excluded": "footnote or source rows under the table were left out",
    "role-doubtful": "a header named a role its values do not fit, so the role was left empty",
    "kind-unknown": "the kind could not be told from headers or content",
    "kind-from-content": "the kind was told from the content, not the headers",
    "value-top-coded": "`#` cells (at or above the published top value) became missing",
    "value-not-available": "`*` cells (not published) became missing",
    "value-unreadable": "cells of a pay column are not amounts",
    "value-not-stated": "cells of a pay column say no amount (Not disclosed, Competitive, 0)",
    "value-outlier": "amounts far too large to be pay were left out, naming their rows",
    "pay-in-thousands": "a yearly pay column written in thousands (72 for 72,000) was scaled",
    "pay-annualized": "hourly, weekly or monthly pay was turned into yearly pay",
    "currency-assumed": "nothing in the file states a pay column's currency; shown in US dollars",
    "date-unreadable": "cells of a date column are not dates",
    "no-pay-findings": "a pay table gives no pay finding; the note says why in one line",
}
