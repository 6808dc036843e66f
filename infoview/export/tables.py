"""CSV and XLSX exports of the plan, safe to open in any spreadsheet program."""

from __future__ import annotations

import csv
import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from infoview.export.rows import COLUMNS, handout_rows
from infoview.export.text import Handout

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_WIDTHS = {"number": 8, "section": 22, "text": 70, "minutes": 9, "by_minute": 10}


def neutralize(value: object) -> object:
    """Text that a spreadsheet would run as a formula, made inert with a leading quote."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def render_csv(handout: Handout) -> bytes:
    """The rows as UTF-8 CSV with a byte-order mark, so spreadsheet programs detect it."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    for row in handout_rows(handout):
        writer.writerow({k: neutralize(v) for k, v in row.items()})
    return buffer.getvalue().encode("utf-8-sig")


def render_xlsx(handout: Handout) -> bytes:
    """The rows as one worksheet of plain values: strings and numbers, never formulas."""
    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = "Question sheet"
    worksheet.append(list(COLUMNS))
    for cell in worksheet[1]:
        cell.font = Font(bold=True)
    for row in handout_rows(handout):
        worksheet.append([neutralize(row[c]) if row[c] != "" else None for c in COLUMNS])
        for cell in worksheet[worksheet.max_row]:
            if isinstance(cell.value, str):
                # openpyxl types any string starting with "=" as a formula; pin it to text.
                cell.data_type = "s"
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for index, column in enumerate(COLUMNS):
        letter = worksheet.cell(row=1, column=index + 1).column_letter
        worksheet.column_dimensions[letter].width = _WIDTHS.get(column, 40)
    worksheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
