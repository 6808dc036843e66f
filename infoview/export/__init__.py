"""Render a planned sheet in the formats a seeker downloads."""

from __future__ import annotations

import json
from datetime import date

from infoview.coverage import compute_coverage
from infoview.errors import ExportError
from infoview.export.text import PAPER_MM, build_handout
from infoview.questions.model import Sheet

FORMATS = {
    "pdf": ("application/pdf", "pdf"),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    "md": ("text/markdown", "md"),
    "csv": ("text/csv", "csv"),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    "json": ("application/json", "json"),
}


def sheet_to_dict(sheet: Sheet) -> dict:
    """The JSON shape of the `sheet` contract."""
    return {
        "profile": sheet.profile.to_dict(),
        "minutes_budget": sheet.minutes_budget,
        "minutes_planned": sheet.minutes_planned,
        "sections": [
            {"name": s.name, "questions": [q.to_dict() for q in s.questions]}
            for s in sheet.sections
        ],
        "if_time_permits": [q.to_dict() for q in sheet.if_time_permits],
        "coverage": compute_coverage(sheet).to_dict(),
    }


def render(sheet: Sheet, fmt: str, paper: str = "letter", day: date | None = None) -> bytes:
    """The sheet as bytes in `fmt` (one of FORMATS), on `paper` for PDF and DOCX, dated `day`."""
    if fmt == "json":
        return json.dumps(sheet_to_dict(sheet), indent=2, ensure_ascii=False).encode()
    if fmt not in FORMATS:
        raise ExportError(f'Format "{fmt}" is not supported; use one of {", ".join(FORMATS)}.')
    if paper not in PAPER_MM:
        raise ExportError(f'Paper "{paper}" is not supported; use {" or ".join(PAPER_MM)}.')
    handout = build_handout(sheet, day)
    if fmt == "pdf":
        from infoview.export.pdf import render_pdf

        return render_pdf(handout, paper)
    if fmt == "docx":
        from infoview.export.docx import render_docx

        return render_docx(handout, paper)
    if fmt == "md":
        from infoview.export.markdown import render_markdown

        return render_markdown(handout).encode()
    from infoview.export.tables import render_csv, render_xlsx

    return render_csv(handout) if fmt == "csv" else render_xlsx(handout)


def file_name(sheet: Sheet, fmt: str) -> str:
    """A download name such as `questions-jane-doe.pdf`."""
    base = "-".join(sheet.profile.display_name.lower().split()) or "sheet"
    safe = "".join(c for c in base if c.isalnum() or c == "-") or "sheet"
    return f"questions-{safe}.{FORMATS[fmt][1]}"
