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
    # each header's column in the sheet (0-based), where the cells' formats are looked up
    positions: tuple[int, ...] = ()
    title: str = ""  # the rows above the header, a cell each: what the sheet says it holds


def locate_table(raw: pd.DataFrame) -> Layout | None:
    """Find the header row and the body; None when the sheet holds no cell at all."""
    # one block of cells: column-wise work stays one pass however wide the sheet is
    raw = pd.DataFrame(raw.to_numpy(dtype=object), dtype=object)
    occupied = raw.notna().to_numpy().any(axis=1)
    if not occupied.any():
        return None
    first = int(occupied.argmax())
    head = body_text(raw.iloc[first : first + HEADER_SCAN_ROWS + 1])
    top, bottom = _header_block(head, _header_position(head, head.ne("")))
    header_pos = first + top
    header_cells = _header_names(head.iloc[top : bottom + 1])
    body_start = first + bottom + 1
    body = _without_series_metadata(body_text(raw.iloc[body_start:]))
    filled = body.to_numpy() != ""
    named = np.array([header_cells.get(column, "") != "" for column in raw.columns], dtype=bool)
    keep = named | filled.any(axis=0)
    if not keep.any():
        return None
    keep_columns = [column for column, kept in zip(raw.columns, keep, strict=True) if kept]
    body, filled = body.loc[:, keep], filled[:, keep]
    rows_filled = filled.sum(axis=1)
    body = body[rows_filled > 0]
    footnotes = _footnote_start(body, rows_filled[rows_filled > 0])
    if footnotes is not None:
        start, _ = footnotes
        body = body[body.index < start]
    headers = unique_headers([header_cells.get(column, "") for column in keep_columns])
    source_rows = body.index.to_numpy() + 1
    # pandas' own text dtype, as a table read back from the workspace has it
    body = body.set_axis(headers, axis=1).reset_index(drop=True)
    footnote_note = None if footnotes is None else (footnotes[0] + 1, footnotes[1])
    positions = tuple(int(column) for column in keep_columns)
    title = " ".join(cell for row in head.iloc[:top].to_numpy() for cell in row if cell)
    return Layout(header_pos + 1, headers, body, source_rows, footnote_note, positions, title)


SENTENCE_WORDS = 5
NOTE_HEADER = "Note"
_GENERATED = re.compile(r"Column \d+")
# Publisher pages kept beside the data: contents, inquiries, copyright, and the phone lines
# they offer in any national format ("call 0800 123 4567", "Service on 1300 135 070",
# "Tel. +49 30 1234 5678", "phone (08) 9360 5151").
_BOILERPLATE = re.compile(
    r"further information|inquiries|enquiries|copyright|©|all rights reserved|disclaimer"
    r"|terms of use|^contents\b|\bcontents$|^table \d|^sheet \d"
    r"|\b(?:call|phone|telephone|tel|fax|hotline|contact|service|line)\.?:? (?:us )?(?:on |at )?"
    r"[+(]?\d[\d ().-]{6,}\d",
    re.IGNORECASE,
)


def is_free_text(headers: list[str]) -> bool:
    """At most two columns whose first line reads as a sentence, not as column names."""
    if not headers or len(headers) > 2:
        return False
    first = headers[0]
    return len(first.split()) >= SENTENCE_WORDS or len(first) >= 40


def is_boilerplate(lines: pd.Series) -> bool:
    """Lines of a publisher's contents or inquiries page, not the seeker's notes."""
    text = lines.astype(str).str.replace(r"(?<=\b\w) (?=\w\b)", "", regex=True)
    text = text[text.str.strip().ne("")]
    return not text.empty and text.str.contains(_BOILERPLATE).mean() >= 0.3


def without_header(
    headers: list[str], body: pd.DataFrame, header_row: int, source_rows: np.ndarray
) -> tuple[list[str], pd.DataFrame, np.ndarray]:
    """A free-text sheet has no header: its first line becomes the first row of notes."""
    names = [NOTE_HEADER, *(f"Column {i}" for i in range(2, len(headers) + 1))]
    first = ["" if _GENERATED.fullmatch(h) else h for h in headers]
    rows = pd.concat([pd.DataFrame([first], columns=list(body.columns)), body])
    rows = rows.set_axis(names, axis=1).reset_index(drop=True)
    return names, rows, np.concatenate([[header_row], source_rows]).astype(int)


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


def _header_block(head: pd.DataFrame, position: int) -> tuple[int, int]:
    """The rows of a header written on several lines: group labels over years or measures.

    Rows right above the header that label column groups (`Total unemployed` over `2018`,
    `2019`), and a row right under it that splits a group (`Employment` over `2014`, `2024`).
    """
    filled = head.ne("")
    top = position
    # years alone do not name a column: the label over them does
    while (
        top > 0
        and head.iloc[top].str.match(_YEAR).any()
        and filled.iloc[top - 1].sum() >= 2
        and _label_row(head.iloc[top - 1])
    ):
        top -= 1
    bottom = position
    below = bottom + 1
    if below + 1 < len(head) and filled.iloc[below].sum() >= 2 and not filled.iloc[below, 0]:
        splits_group = (filled.iloc[below] & ~filled.iloc[bottom]).any()
        if splits_group and _label_row(head.iloc[below], short=True):
            bottom = below
    return top, bottom


def _label_row(row: pd.Series, short: bool = False) -> bool:
    cells = [cell for cell in row if cell]
    if short and any(len(cell) > 40 or "@" in cell for cell in cells):
        return False
    return all(_is_label_or_year(cell) for cell in cells)


def _header_names(block: pd.DataFrame) -> pd.Series:
    """One name per column from the header rows, each group label carried over its columns."""
    rows = [list(block.iloc[r]) for r in range(len(block))]
    width = len(rows[0]) if rows else 0
    spread = []
    for level, row in enumerate(rows):
        filled_row = list(row)
        below = rows[level + 1] if level + 1 < len(rows) else None
        start = None
        for column in range(width):
            if row[column]:
                start = column
                continue
            if start is None:
                continue
            opened_above = any(spread[up][column] != spread[up][column - 1] for up in range(level))
            labelled_below = any(rows[down][column] for down in range(level + 1, len(rows)))
            if opened_above or not labelled_below or _new_group_below(below, start, column):
                start = None
                continue
            filled_row[column] = row[start]
        spread.append(filled_row)
    names = [
        " ".join(dict.fromkeys(part for part in (spread[r][c] for r in range(len(rows))) if part))
        for c in range(width)
    ]
    return pd.Series(names, index=block.columns)


def _new_group_below(below: list[str] | None, start: int, column: int) -> bool:
    """A label below that is not of the kind the group's own sub-labels are starts a group."""
    if below is None or not below[column]:
        return False
    return _YEAR.match(below[column]) is None and _YEAR.match(below[start] or "0") is not None


def _without_series_metadata(body: pd.DataFrame) -> pd.DataFrame:
    """Drop the labelled rows (`Unit`, `Series ID`) between a header and a column of dates."""
    if body.empty or len(body) < 20:
        return body
    first = body.iloc[:, 0].iloc[: 20 + HEADER_SCAN_ROWS * 5]
    dated = first.str.match(r"^\d{4}-\d{2}-\d{2}")
    if dated.iloc[20:].mean() < 0.9 or dated.iloc[0]:
        return body
    start = int(np.argmax(dated.to_numpy()))
    if start > 15 or not first.iloc[:start].ne("").all():
        return body
    return body.iloc[start:]


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


def body_text(block: pd.DataFrame) -> pd.DataFrame:
    """All cells as stripped text in one pass over the cells, not one per column."""
    cells = pd.Series(block.to_numpy(dtype=object).ravel(order="F"), dtype=object)
    if infer_dtype(cells, skipna=True) in ("string", "empty"):
        codes, distinct = pd.factorize(cells)  # each distinct cell cleaned once
        cleaned = column_text(pd.Series(distinct, dtype=object)).to_numpy(dtype=object)
        text = np.where(codes >= 0, cleaned[codes] if len(cleaned) else "", "")
    else:  # typed workbook cells: numbers and dates column by column
        text = np.concatenate(
            [column_text(block[c]).to_numpy(dtype=object) for c in block.columns]
            or [np.array([], dtype=object)]
        )
    array = text.reshape(block.shape, order="F")
    return pd.DataFrame(array, index=block.index, columns=block.columns, dtype=object)


def column_text(values: pd.Series) -> pd.Series:
    """Cells of one column as stripped text: whole numbers without `.0`, dates as ISO."""
    kind = infer_dtype(values, skipna=True)
    if kind in ("string", "empty"):
        # each distinct cell once, as object (building arrow strings costs more than this)
        codes, distinct = pd.factorize(values)
        text = pd.Series(distinct, dtype=object).str.strip()
        # `="13-2011"`: a value an export wrote as a formula to keep it from being a number
        formula = text.str.startswith('="')
        if formula.any():
            text = text.mask(formula, text.str.replace(r'^="(.*)"$', r"\1", regex=True))
        midnight = text.str.endswith(MIDNIGHT)
        if midnight.any():
            dates = midnight & text.str.fullmatch(ISO_MIDNIGHT)
            text = text.mask(dates, text.str.slice(0, -len(MIDNIGHT)))
        cleaned = text.to_numpy(dtype=object)
        return pd.Series(
            np.where(codes >= 0, cleaned[codes] if len(cleaned) else "", ""),
            index=values.index,
            dtype=object,
        )
    if is_numeric_dtype(values) or kind in ("integer", "floating", "mixed-integer-float"):
        # each distinct number written once; blanks (code -1) take the "" added last
        codes, distinct = pd.factorize(pd.to_numeric(values, errors="coerce").to_numpy(float))
        text = np.array([*map(_number_text, distinct), ""], dtype=object)
        return pd.Series(text[codes], index=values.index, dtype=object)
    return values.map(clean_cell)


def _number_text(number: float) -> str:
    """A number as a sheet shows it: whole numbers without `.0`."""
    return str(int(number)) if number.is_integer() and abs(number) < 1e15 else str(number)


def clean_cell(value: object) -> str:
    """One cell as stripped text, as a person would read it in the sheet."""
    if value is None or value is pd.NaT or (isinstance(value, float) and np.isnan(value)):
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return _number_text(value)
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
