"""Tables from raw cell grids: header under titles, footnotes, kinds, roles, corrections."""

import datetime as dt

import pandas as pd
import pytest
from openpyxl import Workbook

from infoview.findings import propose_findings
from infoview.research import build_table, read_research_path, retype_table
from tests.research.conftest import DATA


def grid(rows: list[list[object]]) -> pd.DataFrame:
    width = max(len(row) for row in rows)
    return pd.DataFrame([row + [None] * (width - len(row)) for row in rows])


def test_header_is_found_under_title_blank_and_merged_group_rows():
    table = build_table(
        "wages.xlsx",
        "Sheet1",
        grid(
            [
                ["Wages by occupation, 2026"],
                [],
                [None, "Annual", None],
                ["Occupation", "Median", "Mean"],
                ["Analyst", 80910, 85690],
            ]
        ),
    )
    assert (table.header_row, table.rows, table.kind) == (4, 1, "salary")
    assert table.frame.values.tolist() == [["Analyst", "80910", "85690"]]
    assert table.columns == {"role": "Occupation", "median": "Median", "mean": "Mean"}


def test_year_labels_make_a_header_under_a_title():
    table = build_table(
        "pay.csv",
        "pay",
        grid([["Pay by year"], ["Role", "2024", "2025"], ["Analyst", "68000", "70000"]]),
    )
    assert (table.header_row, list(table.frame.columns), table.rows) == (
        2,
        ["Role", "2024", "2025"],
        1,
    )


def test_blank_rows_and_columns_are_dropped_and_rows_keep_file_numbers():
    table = build_table(
        "pay.csv",
        "pay",
        grid(
            [
                ["Role", None, "Base"],
                ["Analyst", None, "$68k"],
                [None, None, None],
                ["Clerk", None, "#"],
            ]
        ),
    )
    assert list(table.frame.columns) == ["Role", "Base"]
    assert [table.row_number(i) for i in range(table.rows)] == [2, 4]
    assert [(i.code, i.row, i.column) for i in table.issues] == [("value-top-coded", 4, "Base")]


def test_footnote_and_source_rows_are_excluded_and_reported():
    table = build_table(
        "pay.csv",
        "pay",
        grid(
            [
                ["Role", "Base"],
                ["Analyst", "68000"],
                ["Clerk", "*"],
                ["* Not published for this area."],
                ["Source: a made-up survey"],
            ]
        ),
    )
    assert table.frame["Role"].tolist() == ["Analyst", "Clerk"]
    assert [(i.code, i.row) for i in table.issues] == [
        ("footnotes-excluded", 4),
        ("currency-assumed", 1),
        ("value-not-available", 3),
    ]
    assert '("* Not published for this area.")' in table.issues[0].message


def test_single_cell_rows_that_are_not_notes_stay_data():
    table = build_table("t.csv", "t", grid([["Role", "Base"], ["Analyst", "1"], ["Clerk"]]))
    assert table.frame["Role"].tolist() == ["Analyst", "Clerk"]


def test_excel_values_become_the_text_a_person_sees():
    table = build_table(
        "w.xlsx",
        "w",
        grid(
            [
                ["Role", "Base", "Date", "Remote"],
                ["Analyst", 68000.0, pd.Timestamp("2026-09-14"), True],
                ["Clerk", 41000.5, pd.Timestamp("2026-09-14 08:30"), False],
            ]
        ),
    )
    assert table.frame.values.tolist() == [
        ["Analyst", "68000", "2026-09-14", "True"],
        ["Clerk", "41000.5", "2026-09-14 08:30:00", "False"],
    ]


@pytest.mark.parametrize(
    ("rows", "kind", "column"),
    [
        ([["Who", "Reach"], ["Ana Ruiz", "ana@example.com"]], "contacts", "Reach"),
        ([["Role", "Figure"], ["Analyst", "$68k"], ["Clerk", "€41.000"]], "salary", "Figure"),
        (
            [["Jotted"], ["Ask how the finance team splits planning and reporting work"]],
            "notes",
            "Jotted",
        ),
    ],
)
def test_kind_from_content_when_headers_say_nothing(rows, kind, column):
    table = build_table("r.csv", "r", grid(rows))
    assert table.kind == kind
    assert next(role for role, source in table.columns.items() if source == column)
    assert [(i.code, i.column) for i in table.issues] == [("kind-from-content", column)]


def test_unreadable_dates_are_reported_once_per_column():
    table = build_table(
        "t.csv",
        "t",
        grid([["Headline", "Date"], ["Budgets move", "Q3 2026"], ["Plants", "last spring"]]),
    )
    assert [(i.code, i.severity, i.row, i.column) for i in table.issues] == [
        ("date-unreadable", "warning", 3, "Date")
    ]
    assert table.values["date"].dt.strftime("%Y-%m-%d").fillna("").tolist() == ["2026-07-01", ""]


def test_retype_table_rederives_roles_values_and_issues():
    (table,) = read_research_path(DATA / "two_thousand_columns.csv").tables
    narrow = build_table("n.csv", "n", grid([["Field 1", "Field 2"], ["Analyst", "$70k"]]))
    assert narrow.kind == "salary"
    fixed = retype_table(table, "notes", {"note": "Field 1"})
    assert (fixed.kind, fixed.columns) == ("notes", {"note": "Field 1"})
    assert [i.code for i in fixed.issues] == []
    as_salary = retype_table(narrow, "salary", {"role": "Field 1", "base": "Field 2"})
    assert as_salary.amounts("base").tolist() == [70_000.0]
    as_generic = retype_table(narrow, "generic")
    assert (as_generic.columns, [i.code for i in as_generic.issues]) == ({}, ["kind-unknown"])


def test_retype_table_refuses_roles_of_another_kind():
    (table,) = read_research_path(DATA / "spanish_headers.csv").tables
    with pytest.raises(ValueError, match="not a trends role"):
        retype_table(table, "trends", {"base": "Salario"})
    with pytest.raises(ValueError, match="unknown kind"):
        retype_table(table, "recipes")


def test_layout_issues_survive_a_retype():
    (table,) = read_research_path(DATA / "oews_wages_title_footnotes_markers.xlsx").tables
    notes = retype_table(table, "notes", {})
    assert [i.code for i in notes.issues] == ["header-below-title", "footnotes-excluded"]


def test_european_amounts_reach_findings_in_euros():
    (table,) = read_research_path(DATA / "semicolon_cp1252_euro_crlf.csv").tables
    assert table.amounts("base").tolist() == [68_500.0, 55_000.0, 72_000.0]
    assert table.frame["Standort"].tolist() == ["München", "Köln", "München"]
    assert [f.statement for f in propose_findings([table])] == [
        "One salary report puts pay for Finanzanalyst in München at about €68,500 a year",
        "One salary report puts pay for Finanzanalyst in Köln at about €55,000 a year",
        "One salary report puts pay for Controller in München at about €72,000 a year",
        "Pay for Finanzanalyst across all places is about €61,800 a year across two salary "
        "reports (67% of all 3), from €55,000 to €68,500",
    ]


def test_oews_hourly_and_annual_columns_are_told_apart():
    (table,) = read_research_path(DATA / "oews_wages_title_footnotes_markers.xlsx").tables
    assert table.amounts("median").tolist()[:2] == [80_910.0, 89_650.0]
    assert table.amounts("hourly_median").tolist()[:2] == [38.9 * 2080, 43.1 * 2080]
    assert table.amounts("p90").isna().tolist() == [False, True, True, False, False]
    assert table.frame["Annual 90th percentile wage"].tolist()[1] == "#"


def test_workbook_cells_read_as_the_text_a_person_sees(tmp_path):
    workbook = Workbook()
    workbook.active.append(["Role", "Base", "Date", "Remote"])
    workbook.active.append(["Analyst", 68000, dt.datetime(2026, 9, 14), True])
    workbook.active.append(["Clerk", 41000.5, dt.datetime(2026, 9, 14, 8, 30), False])
    workbook.save(tmp_path / "typed_cells.xlsx")
    (table,) = read_research_path(tmp_path / "typed_cells.xlsx").tables
    assert table.frame.values.tolist() == [
        ["Analyst", "68000", "2026-09-14", "True"],
        ["Clerk", "41000.5", "2026-09-14 08:30:00", "False"],
    ]
