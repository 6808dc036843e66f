"""Read research files (CSV/TSV, XLSX/XLSM/XLS/ODS) into tables of a detected kind."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

import pandas as pd

from infoview.errors import ResearchImportError
from infoview.research.bounds import MAX_COLUMNS, MAX_ROWS, Extent, truncated_issue
from infoview.research.files import MAX_BYTES, file_bytes, too_large
from infoview.research.formats import column_currencies
from infoview.research.issues import ERROR, INFO, WARNING, Issue
from infoview.research.model import ResearchFile, ResearchTable
from infoview.research.sniff import check_workbook, decode_text, sniff_delimiter, workbook_kind
from infoview.research.table import build_table, pay_twin
from infoview.research.workbook import RawSheet, workbook_sheets

EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods", ".xlsb"}


def read_research_path(path: str | Path, max_bytes: int = MAX_BYTES) -> ResearchFile:
    """Read a research file from disk; an unreadable file gives a ResearchFile with `error`."""
    path = Path(path)
    try:
        data = file_bytes(path, max_bytes)
    except ResearchImportError as exc:
        return _failed(path.name, exc)
    return read_research(path.name, data, max_bytes)


def read_research(
    name: str, data: bytes, max_bytes: int = MAX_BYTES, grouping: bool = True
) -> ResearchFile:
    """Read one uploaded file; never raises for bad content.

    `grouping=False` reads only what `inspect` reports (kinds, roles, confidence, issues):
    no grouping text, places, splits or occupations in `values`, which findings need.
    """
    try:
        if len(data) > max_bytes:
            raise too_large(name, len(data), max_bytes)
        raw_sheets, file_issues = _read_sheets(name, data)
    except ResearchImportError as exc:
        return _failed(name, exc)
    tables: list[ResearchTable] = []
    issues: list[Issue] = []
    formats = column_currencies(data)
    for sheet, raw, cut in raw_sheets:
        # Only a text file has issues of its own, and it is a single table: they go with it.
        own = tuple(replace(issue, sheet=sheet) for issue in file_issues) + cut
        table = build_table(
            name, sheet, raw, issues=own, column_currency=formats.get(sheet), grouping=grouping
        )
        if table is None:
            issues.extend(own)
            issues.append(
                Issue(
                    "empty-sheet",
                    INFO,
                    f'Sheet "{sheet}" of {name} is empty; nothing to import there.',
                    file=name,
                    sheet=sheet,
                )
            )
        else:
            tables.append(table)
            twin = pay_twin(table, grouping)
            if twin is not None:
                tables.append(twin)
    return ResearchFile(file=name, tables=tuple(tables), issues=tuple(issues))


def _failed(name: str, error: ResearchImportError) -> ResearchFile:
    return ResearchFile(file=name, error=Issue(error.code, ERROR, error.message, file=name))


def _read_sheets(name: str, data: bytes) -> tuple[list[RawSheet], list[Issue]]:
    """Raw cell grids per sheet with the issue of any cut, by the file's real format."""
    if not data.strip():
        raise ResearchImportError(
            "empty-file", f"{name} is empty. Export the data again and upload the saved file."
        )
    if workbook_kind(data):
        check_workbook(name, data)
        return _read_workbook(name, data), []
    text = decode_text(name, data)
    issues = []
    if Path(name).suffix.lower() in EXCEL_SUFFIXES:
        issues.append(
            Issue(
                "format-mismatch",
                WARNING,
                f"{name} is named like a spreadsheet but holds text; it was read as CSV. "
                "Rename it to .csv to silence this warning.",
                file=name,
            )
        )
    if text.guessed:
        issues.append(
            Issue(
                "encoding-guessed",
                INFO,
                f"{name} is not UTF-8; it was read as {text.encoding}. If accents or currency "
                "signs look wrong, save it as CSV UTF-8 and upload it again.",
                file=name,
            )
        )
    sheet = Path(name).stem
    frame, cut = _read_text_table(name, sheet, text.text)
    return [(sheet, frame, cut)], issues


def _read_workbook(name: str, data: bytes) -> list[RawSheet]:
    """Every sheet's cells as Python values (text, numbers, dates), blanks as None, cut to the
    caps (see workbook.py)."""
    try:
        return workbook_sheets(name, data)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # damaged files raise many types, even a Rust panic
        raise ResearchImportError(
            "workbook-unreadable",
            f"{name} could not be read as a spreadsheet ({type(exc).__name__}). Open it in a "
            "spreadsheet program, save it again as .xlsx or .csv, and upload that copy.",
        ) from exc


def _read_text_table(name: str, sheet: str, text: str) -> tuple[pd.DataFrame, tuple[Issue, ...]]:
    """All cells as text, keeping blank lines so row numbers match the file; cut to the caps."""
    delimiter = sniff_delimiter(text)
    width = _widest_row(text, delimiter)
    lines = text.count("\n") + (not text.endswith("\n"))
    if width <= MAX_COLUMNS:
        rows = Extent(MAX_ROWS, width).kept().rows
        try:
            frame = _read_csv(text, delimiter, width, rows + 1)
        except (pd.errors.ParserError, ValueError):
            pass
        else:
            if len(frame) <= rows:
                return frame, ()
            cut = truncated_issue(name, sheet, Extent(rows, width), Extent(lines, width))
            return frame.iloc[:rows], (cut,)
    # Rows wider than the first ones, stray quotes or carriage returns: the forgiving reader.
    rows, widest, complete = _read_rows(name, text, delimiter)
    kept = Extent(len(rows), max((len(row) for row in rows), default=1))
    frame = pd.DataFrame([row + [""] * (kept.columns - len(row)) for row in rows], dtype=object)
    if complete and widest <= MAX_COLUMNS:
        return frame, ()
    return frame, (truncated_issue(name, sheet, kept, Extent(max(lines, kept.rows), widest)),)


def _read_rows(name: str, text: str, delimiter: str) -> tuple[list[list[str]], int, bool]:
    """Rows without their trailing empty fields, cut to the caps; the most fields any row had
    up to its last filled one; and whether every row was read."""
    rows: list[list[str]] = []
    width = widest = 0
    try:
        for row in csv.reader(text.splitlines(keepends=True), delimiter=delimiter):
            end = len(row)
            while end and row[end - 1] == "":
                end -= 1
            widest = max(widest, end)
            row = row[: min(end, MAX_COLUMNS)]
            width = max(width, len(row))
            if len(rows) >= Extent(MAX_ROWS, width).kept().rows:
                return rows, widest, False
            rows.append(row)
    except csv.Error as exc:
        raise ResearchImportError(
            "text-unreadable",
            f"{name} could not be split into rows and columns ({exc}). Open it in a "
            "spreadsheet program, save it as CSV UTF-8 and upload that copy.",
        ) from exc
    return rows, widest, True


def _read_csv(text: str, delimiter: str, width: int, rows: int) -> pd.DataFrame:
    return pd.read_csv(
        io.StringIO(text),
        sep=delimiter,
        header=None,
        names=range(max(width, 1)),
        dtype=object,
        keep_default_na=False,
        skip_blank_lines=False,
        engine="c",
        nrows=rows,
    )


def _widest_row(text: str, delimiter: str) -> int:
    """Fields in the widest of the first lines; a wider line later makes the C parser retry."""
    lines = text[:65536].splitlines()[:200]
    return max((len(row) for row in csv.reader(lines, delimiter=delimiter)), default=1)
