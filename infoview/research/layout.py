"""Where the table sits in a sheet: header row under titles, body, footnotes below."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
from pandas.api.types import infer_dtype, is_numeric_dtype

HEADER_SCAN_ROWS = 30
FOOTNOTE_SCAN_ROWS = 30
# Workbook dates read as text; a date without a time is shown as the date alone.
MIDNIGHT = " 00:00:00"
ISO_MIDNIGHT = r"\d{4}-\d{2}-\d{2} 00:00:00"
_FOOTNOTE = re.compile(
    r"^(\(?[#*†‡]|\(\d+\)|\d+\)\s|foot ?notes?\b|notes?\s*:|sources?\s*:|source\b|nota\b"
    r"|notas\b|fuentes?\b|remarques?\b|quelle\b|anmerkung|hinweis|fussnote)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(19|20)\d{2}$")
_NUMERIC = re.compile(r"^[-+~]?[$€£¥]?\s*\d[\d.,\s]*(%|[km])?\s*[$€£¥]?$", re.IGNORECASE)


@dataclass(frozen=True)
class Layout:
    """The body of a table as text, its headers and where its rows sit in the file (1-based)."""

    header_row: int
    headers: list[str]
    body: pd.DataFrame
    source_rows: np.ndarray
    footnotes: tuple[int, str] | None


def locate_table(raw: pd.DataFrame) -> Layout | None:
    """Find the header row and the body; None when the sheet holds no cell at all."""
    raw = raw.reset_index(drop=True)
    raw.columns = range(raw.shape[1])
    occupied = raw.notna().to_numpy().any(axis=1)
    if not occupied.any():
        return None
    first = int(occupied.argmax())
    head = raw.iloc[first : first + HEADER_SCAN_ROWS + 1].map(clean_cell)
    header_pos = first + _header_position(head, head.ne(""))
    header_cells = raw.iloc[header_pos].map(clean_cell)
    body = pd.DataFrame(
        {column: column_text(raw[column].iloc[header_pos + 1 :]) for column in raw.columns},
        index=raw.index[header_pos + 1 :],
    )
    filled = body.ne("")
    keep_columns = [
        column
        for column in raw.columns
        if header_cells.get(column, "") != "" or filled[column].to_numpy().any()
    ]
    if not keep_columns:
        return None
    body, filled = body[keep_columns], filled[keep_columns]
    rows_filled = filled.to_numpy().sum(axis=1)
    body = body[rows_filled > 0]
    footnotes = _footnote_start(body, rows_filled[rows_filled > 0])
    if footnotes is not None:
        start, _ = footnotes
        body = body[body.index < start]
    headers = unique_headers([header_cells.get(column, "") for column in keep_columns])
    source_rows = body.index.to_numpy() + 1
    body = body.set_axis(headers, axis=1).reset_index(drop=True)
    footnote_note = None if footnotes is None else (footnotes[0] + 1, footnotes[1])
    return Layout(header_pos + 1, headers, body, source_rows, footnote_note)


def _header_position(head: pd.DataFrame, filled: pd.DataFrame) -> int:
    """The first row, under any title rows, whose filled cells are labels spanning the table.

    Years are labels too (`Role, 2024, 2025`), but only when no row of plain labels exists.
    """
    counts = filled.sum(axis=1).to_numpy()
    widest = int(counts.max()) if len(counts) else 0
    needed = min(max(2, (widest + 1) // 2), widest)
    wide = [
        position
        for position in range(min(HEADER_SCAN_ROWS, len(head)))
        if counts[position] >= needed
    ]
    for is_label in (_is_label, _is_label_or_year):
        for position in wide:
            if all(is_label(cell) for cell in head.iloc[position] if cell):
                return position
    return wide[0] if wide else 0


def _is_label(cell: str) -> bool:
    return _NUMERIC.match(cell) is None


def _is_label_or_year(cell: str) -> bool:
    return _is_label(cell) or _YEAR.match(cell) is not None


def _footnote_start(body: pd.DataFrame, rows_filled: np.ndarray) -> tuple[int, str] | None:
    """The first of the trailing one-cell rows that starts a footnote or source note."""
    if body.shape[1] < 2 or len(body) < 2:
        return None
    start = None
    for offset in range(1, min(FOOTNOTE_SCAN_ROWS, len(body) - 1) + 1):
        if rows_filled[-offset] > 1:
            break
        text = next(cell for cell in body.iloc[-offset] if cell)
        if _FOOTNOTE.match(text):
            start = (int(body.index[-offset]), text)
    return start


def column_text(values: pd.Series) -> pd.Series:
    """Cells of one column as stripped text: whole numbers without `.0`, dates as ISO."""
    kind = infer_dtype(values, skipna=True)
    if kind in ("string", "empty"):
        text = values.fillna("").astype(str).str.strip()
        midnight = text.str.endswith(MIDNIGHT)
        if midnight.any():
            dates = midnight & text.str.fullmatch(ISO_MIDNIGHT)
            text = text.mask(dates, text.str.slice(0, -len(MIDNIGHT)))
        return text
    if is_numeric_dtype(values) or kind in ("integer", "floating", "mixed-integer-float"):
        numbers = pd.to_numeric(values, errors="coerce")
        whole = numbers.notna() & numbers.mod(1).eq(0) & numbers.abs().lt(1e15)
        text = numbers.astype(str).where(numbers.notna(), "")
        return text.mask(whole, numbers[whole].astype("int64").astype(str))
    return values.map(clean_cell)


def clean_cell(value: object) -> str:
    """One cell as stripped text, as a person would read it in the sheet."""
    if value is None or value is pd.NaT or (isinstance(value, float) and np.isnan(value)):
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def unique_headers(cells: list[str]) -> list[str]:
    """Header names with blanks named by position and repeats numbered, all different: a name
    in the file is kept by its first column, and a number never takes a name the file uses."""
    written, used = set(cells), set()
    headers = []
    for index, cell in enumerate(cells, start=1):
        base = cell or f"Column {index}"
        candidates = (base if n == 1 else f"{base} ({n})" for n in itertools.count(1))
        name = next(c for c in candidates if c not in used and (c == cell or c not in written))
        used.add(name)
        headers.append(name)
    return headers
