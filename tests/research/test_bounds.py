"""Imports are bounded before they cost: caps on rows, columns and cells, and what was kept."""

import pytest

from infoview.research import read_research, read_research_path
from infoview.research.bounds import (
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_ROWS,
    Extent,
    column_letters,
    column_number,
)
from tests.research.conftest import DATA


def bounded(issues):
    """The issues of the caps: amounts here state no currency, which test_generalizing covers."""
    return tuple(i for i in issues if i.code != "currency-assumed")


@pytest.mark.parametrize(
    ("number", "letters"), [(1, "A"), (26, "Z"), (27, "AA"), (5000, "GJH"), (16384, "XFD")]
)
def test_column_letters_round_trip(number, letters):
    assert (column_letters(number), column_number(letters)) == (letters, number)


@pytest.mark.parametrize(
    ("extent", "kept"),
    [
        (Extent(3, 2), Extent(3, 2)),
        (Extent(1_048_576, 16_384), Extent(MAX_CELLS // MAX_COLUMNS, MAX_COLUMNS)),
        (Extent(300_000, 4), Extent(MAX_ROWS, 4)),
        (Extent(10_000, 1_000), Extent(MAX_CELLS // 1_000, 1_000)),
    ],
)
def test_kept_extent_fits_every_cap(extent, kept):
    assert extent.kept() == kept


def test_row_of_commas_costs_nothing_and_loses_nothing():
    research = read_research_path(DATA / "row_of_80000_commas.csv")
    (table,) = research.tables
    assert table.frame.values.tolist() == [["Analyst", "68000"], ["Clerk", "41000"]]
    assert table.source_rows.tolist() == [2, 4]
    assert bounded(research.all_issues) == ()


def test_stray_cell_at_the_last_cell_is_cut_with_a_warning_naming_what_was_kept():
    research = read_research_path(DATA / "stray_cell_at_XFD1048576.xlsx")
    salary, notes = research.tables
    assert salary.frame.values.tolist() == [["Analyst", "68000"], ["Clerk", "41000"]]
    assert notes.frame.values.tolist() == [["Ask about the bonus cycle"]]
    ((code, severity, sheet, message),) = [
        (i.code, i.severity, i.sheet, i.message) for i in bounded(research.all_issues)
    ]
    assert (code, severity, sheet) == ("sheet-truncated", "warning", "Salary")
    assert message.startswith(
        '"Salary" of stray_cell_at_XFD1048576.xlsx reaches cell XFD1048576 '
        "(1,048,576 rows, 16,384 columns)"
    )
    assert "Only A1:B3 was kept" in message
    assert "delete the rows and columns you do not need" in message


def test_fields_past_the_column_cap_are_left_out_with_a_warning():
    research = read_research_path(DATA / "fields_past_column_cap.csv")
    (table,) = research.tables
    assert table.frame.shape == (1, MAX_COLUMNS)
    assert (table.frame.columns[0], table.frame.columns[-1]) == ("Role", "c5000")
    ((issue),) = bounded(table.issues)
    assert (issue.code, issue.file) == ("sheet-truncated", "fields_past_column_cap.csv")
    assert issue.message.startswith("fields_past_column_cap.csv reaches cell GJJ2")
    assert "Only A1:GJH2 was kept" in issue.message


def test_rows_past_the_row_cap_are_left_out_with_a_warning():
    data = ("Role,Base\n" + "Analyst,68000\n" * MAX_ROWS).encode()
    research = read_research("tall.csv", data)
    (table,) = research.tables
    assert table.rows == MAX_ROWS - 1
    ((issue),) = bounded(table.issues)
    assert issue.code == "sheet-truncated"
    assert issue.message.startswith(f"tall.csv reaches cell B{MAX_ROWS + 1}")
    assert f"Only A1:B{MAX_ROWS} was kept" in issue.message


def test_a_wide_row_later_in_the_file_is_cut_by_the_forgiving_reader():
    lines = ["Role,Base"] + ["Analyst,68000"] * 250 + ["Clerk,41000," + "x," * MAX_COLUMNS]
    research = read_research("late_wide.csv", "\n".join(lines).encode())
    (table,) = research.tables
    assert table.rows == 251
    assert [i.code for i in bounded(table.issues)] == ["sheet-truncated"]


def test_cells_past_the_cell_cap_are_left_out():
    columns = 1_000
    rows = MAX_CELLS // columns + 5
    line = ",".join(["7"] * columns)
    data = ("\n".join([",".join(f"c{i}" for i in range(columns))] + [line] * rows)).encode()
    (table,) = read_research("dense.csv", data).tables
    assert table.frame.shape == (MAX_CELLS // columns - 1, columns)
    assert [i.code for i in table.issues] == ["sheet-truncated", "kind-unknown"]
