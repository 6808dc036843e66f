"""Write the hostile fixtures in tests/data/ (run with the venv; output is committed).

Files built to cost a lot if read naively: a row of commas, a stray cell at the last cell a
workbook can have, fields past the column cap.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

OUT = Path(__file__).resolve().parents[1] / "tests" / "data"
SALARY = (("Role", "Base"), ("Analyst", 68000), ("Clerk", 41000))


def row_of_commas() -> None:
    """80 KB that is mostly commas: a header, then one line of 80,000 empty fields."""
    (OUT / "row_of_80000_commas.csv").write_text(
        "Role,Base\nAnalyst,68000\n" + "," * 80_000 + "\nClerk,41000\n", encoding="utf-8"
    )


def stray_cell_at_last_cell() -> None:
    """A small salary table and one cell at XFD1048576: the engine would lay out 17 G cells."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Salary"
    for row in SALARY:
        sheet.append(row)
    sheet["XFD1048576"] = "stray"
    notes = workbook.create_sheet("Notes")
    notes.append(["Note"])
    notes.append(["Ask about the bonus cycle"])
    workbook.save(OUT / "stray_cell_at_XFD1048576.xlsx")


def fields_past_column_cap() -> None:
    """A header of 5,002 fields: the two past the 5,000-column cap are left out, with a warning."""
    header = ["Role", "Base"] + [f"c{i}" for i in range(3, 5003)]
    row = ["Analyst", "68000"] + [""] * 4998 + ["past the cap", "also past"]
    text = ",".join(header) + "\n" + ",".join(row) + "\n"
    (OUT / "fields_past_column_cap.csv").write_text(text, encoding="utf-8")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    row_of_commas()
    stray_cell_at_last_cell()
    fields_past_column_cap()


if __name__ == "__main__":
    main()
