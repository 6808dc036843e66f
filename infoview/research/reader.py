"""Read research files (CSV/TSV, XLSX/XLSM/XLS/ODS) into tables of a detected kind."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd

from infoview.errors import ResearchImportError
from infoview.research.issues import ERROR, INFO, WARNING, Issue
from infoview.research.model import ResearchFile, ResearchTable
from infoview.research.roles import detect_kind, match_roles

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
HEADER_SCAN_ROWS = 30


def read_research_path(path: str | Path) -> ResearchFile:
    """Read a research file from disk; an unreadable file gives a ResearchFile with `error`."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return _failed(
            path.name,
            "file-unreadable",
            f"{path.name} could not be opened ({exc.strerror}). Check the path.",
        )
    return read_research(path.name, data)


def read_research(name: str, data: bytes) -> ResearchFile:
    """Read one uploaded file; never raises for bad content."""
    try:
        raw_sheets, file_issues = _read_sheets(name, data)
    except ResearchImportError as exc:
        return _failed(name, exc.code, exc.message)
    tables: list[ResearchTable] = []
    issues = list(file_issues)
    for sheet, raw in raw_sheets:
        table = build_table(name, sheet, raw)
        if table is None:
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
    return ResearchFile(file=name, tables=tuple(tables), issues=tuple(issues))


def _failed(name: str, code: str, message: str) -> ResearchFile:
    return ResearchFile(file=name, error=Issue(code, ERROR, message, file=name))


def _read_sheets(name: str, data: bytes) -> tuple[list[tuple[str, pd.DataFrame]], list[Issue]]:
    """Raw cell grids per sheet, by the file's real format (content, not the name)."""
    if not data.strip():
        raise ResearchImportError(
            "empty-file", f"{name} is empty. Export the data again and upload the saved file."
        )
    suffix = Path(name).suffix.lower()
    if data.startswith(ZIP_MAGIC) or data.startswith(OLE_MAGIC):
        return _read_workbook(name, data), []
    issues = []
    if suffix in EXCEL_SUFFIXES:
        issues.append(
            Issue(
                "format-mismatch",
                WARNING,
                f"{name} is named like a spreadsheet but holds text; it was read as "
                "CSV. Rename it to .csv to silence this warning.",
                file=name,
            )
        )
    return [(Path(name).stem, _read_text_table(name, data))], issues


def _read_workbook(name: str, data: bytes) -> list[tuple[str, pd.DataFrame]]:
    try:
        sheets = pd.read_excel(
            io.BytesIO(data), sheet_name=None, header=None, engine="calamine", dtype=object
        )
    except Exception as exc:  # calamine raises many types for damaged files
        raise ResearchImportError(
            "workbook-unreadable",
            f"{name} could not be read as a spreadsheet ({type(exc).__name__}). Open it in a "
            "spreadsheet program, save it again as .xlsx or .csv, and upload that copy.",
        ) from exc
    return list(sheets.items())


def _read_text_table(name: str, data: bytes) -> pd.DataFrame:
    text = _decode(name, data)
    sample = text[:20000]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    width = max((len(r) for r in rows), default=0)
    return pd.DataFrame([r + [""] * (width - len(r)) for r in rows], dtype=object)


def _decode(name: str, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ResearchImportError(
        "encoding-unknown",
        f"{name} is not text we can decode. Save it as CSV UTF-8 and upload it again.",
    )


def build_table(
    file: str, sheet: str, raw: pd.DataFrame, kind: str | None = None
) -> ResearchTable | None:
    """Find the header row, drop blank rows and columns, detect the kind and column roles."""
    grid = raw.map(_clean_cell)
    grid = grid.loc[grid.ne("").any(axis=1), grid.ne("").any(axis=0)]
    if grid.empty:
        return None
    header_pos = _header_position(grid)
    header_row = int(grid.index[header_pos]) + 1
    headers = _unique_headers(list(grid.iloc[header_pos]))
    body = grid.iloc[header_pos + 1 :].copy()
    body.columns = headers
    body = body.reset_index(drop=True)
    if kind is None:
        kind, roles = detect_kind(headers)
    else:
        roles = match_roles(kind, headers)
    issues = []
    if body.empty:
        issues.append(
            Issue(
                "header-only",
                INFO,
                f'Sheet "{sheet}" has a header but no rows yet.',
                file=file,
                sheet=sheet,
                row=header_row,
            )
        )
    if kind == "generic":
        issues.append(
            Issue(
                "kind-unknown",
                INFO,
                f'InfoView could not tell what "{sheet}" holds from its headers '
                f"({', '.join(headers[:6])}). Pick its kind on the Research page.",
                file=file,
                sheet=sheet,
                row=header_row,
            )
        )
    return ResearchTable(
        file=file,
        sheet=sheet,
        kind=kind,
        header_row=header_row,
        columns=roles,
        frame=body,
        issues=tuple(issues),
    )


def _clean_cell(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _header_position(grid: pd.DataFrame) -> int:
    """The first row, among the first few, whose cells are mostly filled text labels."""
    width = grid.shape[1]
    for pos in range(min(HEADER_SCAN_ROWS, len(grid))):
        cells = [c for c in grid.iloc[pos] if c]
        labels = [c for c in cells if not _looks_numeric(c)]
        if len(cells) >= max(2, width // 2) and len(labels) == len(cells):
            return pos
    return 0


def _looks_numeric(text: str) -> bool:
    try:
        float(text.replace(",", "").replace("$", "").replace("%", ""))
    except ValueError:
        return False
    return True


def _unique_headers(cells: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    headers = []
    for index, cell in enumerate(cells, start=1):
        name = cell or f"Column {index}"
        seen[name] = seen.get(name, 0) + 1
        headers.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return headers
