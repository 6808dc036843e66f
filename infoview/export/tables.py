"""CSV and XLSX exports of the plan, safe to open in any spreadsheet program."""

from __future__ import annotations

import csv
import io

from openpyxl import Workbook

from infoview.export.rows import COLUMNS, sheet_rows
from infoview.questions.model import Sheet

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralize(value: object) -> object:
    """Text that a spreadsheet would run as a formula, made inert with a leading quote."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def render_csv(sheet: Sheet) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    for row in sheet_rows(sheet):
        writer.writerow({k: neutralize(v) for k, v in row.items()})
    return buffer.getvalue().encode("utf-8-sig")


def render_xlsx(sheet: Sheet) -> bytes:
    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = "Question sheet"
    worksheet.append(list(COLUMNS))
    for row in sheet_rows(sheet):
        worksheet.append([neutralize(row[c]) for c in COLUMNS])
        for cell in worksheet[worksheet.max_row]:
            cell.data_type = "n" if isinstance(cell.value, (int, float)) else "s"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
