"""How much of a sheet InfoView reads: caps on rows, columns and cells, and the issue for a cut."""

from __future__ import annotations

from dataclasses import dataclass

from infoview.research.issues import WARNING, Issue

# A research table is a few thousand rows; these leave room for whole survey exports while
# keeping one file's cells (and the memory they take) bounded before they are read.
MAX_ROWS = 200_000
MAX_COLUMNS = 5_000
MAX_CELLS = 2_500_000


@dataclass(frozen=True)
class Extent:
    """A block of cells from A1: how many rows and columns it spans."""

    rows: int
    columns: int

    @property
    def cells(self) -> int:
        return self.rows * self.columns

    def within_caps(self) -> bool:
        return self.rows <= MAX_ROWS and self.columns <= MAX_COLUMNS and self.cells <= MAX_CELLS

    def kept(self) -> Extent:
        """The part of this block from A1 that fits every cap: columns first, then rows."""
        columns = min(self.columns, MAX_COLUMNS)
        return Extent(min(self.rows, MAX_ROWS, MAX_CELLS // max(columns, 1)), columns)

    @property
    def last_cell(self) -> str:
        """The bottom-right cell in spreadsheet terms, such as `XFD1048576`."""
        return f"{column_letters(self.columns)}{self.rows}"


def column_letters(number: int) -> str:
    """Spreadsheet letters of a 1-based column number: 1 -> A, 27 -> AA, 16384 -> XFD."""
    letters = ""
    while number > 0:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def column_number(letters: str) -> int:
    """The 1-based column number of spreadsheet letters: A -> 1, XFD -> 16384."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def truncated_issue(file: str, sheet: str, kept: Extent, reached: Extent | None) -> Issue:
    """The warning that a sheet was cut to `kept`; `reached` is how far it went, when known."""
    where = file if sheet in ("", file) or file.startswith(f"{sheet}.") else f'"{sheet}" of {file}'
    extent = (
        f"reaches cell {reached.last_cell} ({reached.rows:,} rows, {reached.columns:,} columns)"
        if reached is not None
        else f"has more than {kept.rows:,} rows"
    )
    return Issue(
        "sheet-truncated",
        WARNING,
        f"{where} {extent}, more than InfoView reads ({MAX_ROWS:,} rows, {MAX_COLUMNS:,} "
        f"columns, {MAX_CELLS:,} cells). Only A1:{kept.last_cell} was kept; the rest was left "
        "out. If that cuts your table, delete the rows and columns you do not need (or split "
        "the table in two), save a copy and upload that.",
        file=file,
        sheet=sheet,
    )
