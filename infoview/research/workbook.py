"""Cell grids of a workbook's sheets, cut to the caps before a sheet's cells are built."""

from __future__ import annotations

import io
import re
import zipfile

import numpy as np
import pandas as pd
from python_calamine import CalamineSheet, CalamineWorkbook

from infoview.research.bounds import (
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_ROWS,
    Extent,
    column_number,
    truncated_issue,
)
from infoview.research.issues import Issue
from infoview.research.sniff import ZIP_MAGIC

RawSheet = tuple[str, pd.DataFrame, tuple[Issue, ...]]
# An XLSX sheet states its used range near its start: `<dimension ref="A1:XFD1048576"/>`.
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"(?:[A-Z]+\d+:)?([A-Z]{1,3})(\d{1,7})\"")
DIMENSION_SCAN_BYTES = 4096


def workbook_sheets(name: str, data: bytes) -> list[RawSheet]:
    """Each sheet's cells (missing where empty) and the issue of any cut, in workbook order.

    A sheet whose XLSX dimension reaches past the caps is streamed cell by cell, since the
    spreadsheet engine would first lay out every cell of its declared range.
    """
    streamed = _open_streaming(data) if _oversized_sheets(data) else None
    too_big = set() if streamed is None else _declared_past_caps(streamed)
    sheets = []
    with CalamineWorkbook.from_filelike(io.BytesIO(data)) as book:
        for sheet in book.sheet_names:
            if sheet in too_big:
                grid, kept, reached = _stream_sheet(streamed[sheet])
            else:
                grid, kept, reached = _engine_sheet(book.get_sheet_by_name(sheet))
            cut = () if reached is None else (truncated_issue(name, sheet, kept, reached),)
            sheets.append((sheet, grid, cut))
    return sheets


def _oversized_sheets(data: bytes) -> bool:
    """Whether any worksheet of an XLSX declares a used range past the caps."""
    if not data.startswith(ZIP_MAGIC):
        return False
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for entry in archive.namelist():
            if entry.startswith("xl/worksheets/") and entry.endswith(".xml"):
                with archive.open(entry) as member:
                    found = _DIMENSION.search(member.read(DIMENSION_SCAN_BYTES))
                if found and not _extent(found).within_caps():
                    return True
    return False


def _extent(found: re.Match) -> Extent:
    return Extent(int(found.group(2)), column_number(found.group(1).decode()))


def _open_streaming(data: bytes):
    from openpyxl import load_workbook

    return load_workbook(io.BytesIO(data), read_only=True, data_only=True)


def _declared_past_caps(book) -> set[str]:
    """Names of the worksheets whose declared used range is past the caps."""
    return {
        sheet.title
        for sheet in book.worksheets
        if not Extent(sheet.max_row or 0, sheet.max_column or 0).within_caps()
    }


def _stream_sheet(sheet) -> tuple[pd.DataFrame, Extent, Extent | None]:
    """The cells inside the caps, read row by row; memory follows the cells the file holds."""
    reached = Extent(sheet.max_row, sheet.max_column)
    sheet.reset_dimensions()  # rows then come as long as their last cell, not the declared width
    rows: list[tuple[int, tuple]] = []
    width, dropped = 0, False
    for index, row in enumerate(sheet.iter_rows(values_only=True)):
        end = _filled_length(row) if row else 0
        if not end:
            continue
        dropped |= end > MAX_COLUMNS
        end = min(end, MAX_COLUMNS)
        if index >= MAX_ROWS or (index + 1) * max(width, end) > MAX_CELLS:
            dropped = True
            break
        width = max(width, end)
        rows.append((index, row[:end]))
    grid = np.full((rows[-1][0] + 1 if rows else 0, width), None, dtype=object)
    for index, row in rows:
        grid[index, : len(row)] = row
    _blank_missing(grid)
    return pd.DataFrame(grid, dtype=object), Extent(*grid.shape), reached if dropped else None


def _filled_length(row: tuple) -> int:
    """How many cells of a row reach up to its last filled one."""
    end = len(row)
    while end and row[end - 1] in (None, ""):
        end -= 1
    return end


def _engine_sheet(sheet: CalamineSheet) -> tuple[pd.DataFrame, Extent, Extent | None]:
    """A sheet read by the spreadsheet engine, cut to the caps from its range's far corner."""
    if sheet.end is None:
        return pd.DataFrame(dtype=object), Extent(0, 0), None
    reached = Extent(sheet.end[0] + 1, sheet.end[1] + 1)
    kept = reached.kept()
    top, left = sheet.start
    # Only the sheet's range (from its first filled cell) becomes Python values.
    if top >= kept.rows or left >= kept.columns:
        return pd.DataFrame(dtype=object), Extent(0, 0), reached
    rows = sheet.to_python(skip_empty_area=True, nrows=kept.rows - top)
    block = np.array(rows, dtype=object).reshape(len(rows), -1)[:, : kept.columns - left]
    _blank_missing(block)
    if top or left:
        grid = np.full((top + block.shape[0], left + block.shape[1]), None, dtype=object)
        grid[top:, left:] = block
        block = grid
    return pd.DataFrame(block, dtype=object), kept, None if reached == kept else reached


def _blank_missing(block: np.ndarray) -> None:
    """Set empty cells to None, in place: the layout reads None as a blank."""
    block[block == ""] = None
