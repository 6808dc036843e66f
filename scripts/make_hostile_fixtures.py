"""Writes tests/data/hostile_markdown_sheet_name.xlsx: Markdown, HTML and math in a sheet name,
headers, cells, a footnote and a notes sheet, all pointing at an address that must never load."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

URL = "http://tracker.invalid"
OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "hostile_markdown_sheet_name.xlsx"


def main() -> None:
    book = Workbook()
    pay = book.active
    pay.title = "$x$ <img> _Pay_ ~x~ (a)"  # Excel refuses * [ ] : / \ ? in sheet names
    pay.append([f"Job title ![pixel]({URL}/pixel.png)", "Annual salary **bold**", "Location"])
    pay.append([f"[Analyst]({URL}/phish)", 85000, f"<img src={URL}/img.png>"])
    pay.append(["**Senior analyst** $x$", 95000, f"<a href={URL}/phish>Boston</a>"])
    pay.append(["Manager", "lots $x$", ":red[Denver] :material/home:"])
    pay.append([])
    pay.append([f"1. Footnote: see [the source]({URL}/phish) ![pixel]({URL}/pixel.png) $x$"])
    notes = book.create_sheet("Notes")
    for line in (
        f"Heard from a recruiter ![pixel]({URL}/pixel.png) that **bold** pay is $x$ higher",
        f"Their team uses <img src={URL}/img.png> and [a wiki]({URL}/phish)",
    ):
        notes.append([line])
    book.save(OUT)


if __name__ == "__main__":
    main()
