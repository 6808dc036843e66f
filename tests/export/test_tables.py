import csv
import io

import openpyxl
import pytest

from infoview.export import render
from infoview.export.tables import neutralize
from tests.export.sheets import MEETING_DAY, make_sheet, question

RISKY = {
    "path": '=HYPERLINK("http://evil.example","click")',
    "change": "+1+cmd|' /C calc'!A0",
    "org": "-2+3",
    "growth": "@SUM(A1:A9)",
    "names": "<script>alert('x')</script>",
}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def risky_sheet():
    spare = (question("extra", "career", "=1+1 with Zoë Ólafsdóttir", 2),)
    return make_sheet(texts=RISKY, spare=spare)


@pytest.mark.parametrize(
    ("value", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("a=1", "a=1"),
        ("", ""),
        (1.5, 1.5),
        (-2, -2),
    ],
)
def test_neutralize(value, safe):
    assert neutralize(value) == safe


def test_csv_has_one_readable_row_per_question_and_no_live_formula():
    data = render(risky_sheet(), "csv", day=MEETING_DAY)
    assert data.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert [(r["number"], r["section"], r["text"], r["minutes"], r["plan"]) for r in rows] == [
        ("1", "Opening", "Thank you for making time today.", "0.5", "planned"),
        ("2", "Their path", "'" + RISKY["path"], "1.5", "planned"),
        (
            "3",
            "Industry & hypotheses",
            "I read that rolling forecasts are spreading. True?",
            "2",
            "planned",
        ),
        ("4", "Industry & hypotheses", "'" + RISKY["change"], "1.5", "planned"),
        (
            "5",
            "Career & compensation",
            "My research puts analyst pay near $68,000. Does it fit?",
            "2",
            "planned",
        ),
        ("6", "Career & compensation", "'" + RISKY["growth"], "1.5", "planned"),
        ("7", "The organization", "'" + RISKY["org"], "2", "planned"),
        ("8", "Referrals & next steps", RISKY["names"], "1.5", "planned"),
        ("9", "Referrals & next steps", "May I mention that we spoke?", "0.5", "planned"),
        ("10", "Close", "That is our time; thank you.", "0.5", "planned"),
        ("11", "Career & compensation", "'=1+1 with Zoë Ólafsdóttir", "2", "if time permits"),
    ]
    assert rows[2]["hypothesis"] == "H2: Finance teams are moving to rolling forecasts"
    assert rows[2]["by_minute"] == "4.0"
    assert rows[2]["why"] == "Suits the profile (trend)"
    assert all(not v.startswith(FORMULA_STARTS) for row in rows for v in row.values())


def test_xlsx_writes_no_formula_and_quotes_every_risky_string():
    data = render(risky_sheet(), "xlsx", day=MEETING_DAY)
    worksheet = openpyxl.load_workbook(io.BytesIO(data)).active
    cells = [cell for row in worksheet.iter_rows() for cell in row]
    assert {cell.data_type for cell in cells} <= {"s", "n"}
    strings = [cell.value for cell in cells if isinstance(cell.value, str)]
    assert not [s for s in strings if s.startswith(FORMULA_STARTS)]
    texts = [row[2].value for row in worksheet.iter_rows(min_row=2)]
    assert texts[1] == "'" + RISKY["path"]
    assert texts[7] == "<script>alert('x')</script>"
    assert texts[10] == "'=1+1 with Zoë Ólafsdóttir"
    assert [c.value for c in worksheet[1]] == [
        "number",
        "section",
        "text",
        "minutes",
        "by_minute",
        "hypothesis",
        "why",
        "plan",
    ]
    assert [worksheet.cell(row=2, column=c).value for c in (1, 4, 5)] == [1, 0.5, 0.5]


def test_xlsx_drops_characters_a_workbook_cannot_hold():
    data = render(make_sheet(texts={"path": "Bell\x07 and null\x00 inside"}), "xlsx")
    worksheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert worksheet.cell(row=3, column=3).value == "Bell and null inside"
