"""Broken and hostile files: one clear error for that file, never a traceback."""

import time
import tomllib
import tracemalloc
from pathlib import Path

import pytest

from infoview.cli import main
from infoview.research import (
    MAX_BYTES,
    read_research,
    read_research_path,
    read_research_path_isolated,
)
from infoview.research.files import MAX_UPLOAD_MB
from infoview.research.issues import CODES
from tests.research.conftest import DATA

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("name", "code", "advice"),
    [
        ("empty.csv", "empty-file", "Export the data again"),
        ("truncated.xlsx", "workbook-truncated", "Download or save it again"),
        ("random_bytes.xlsx", "not-a-spreadsheet", "save it as .xlsx or .csv"),
        ("password_protected.xlsx", "workbook-encrypted", "remove the password"),
        ("zip_bomb.xlsx", "workbook-too-large", "would unpack to 300 MB"),
        ("unclosed_quote_huge_field.csv", "text-unreadable", "save it as CSV UTF-8"),
    ],
)
def test_unreadable_file_gets_one_error_naming_it(capsys, name, code, advice):
    research = read_research_path(DATA / name)
    assert research.tables == ()
    assert (research.error.code, research.error.severity, research.error.file) == (
        code,
        "error",
        name,
    )
    assert research.error.message.startswith(name)
    assert advice in research.error.message
    assert main(["inspect", str(DATA / name)]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_zip_bomb_is_refused_quickly_without_inflating():
    data = (DATA / "zip_bomb.xlsx").read_bytes()
    tracemalloc.start()
    start = time.perf_counter()
    research = read_research("zip_bomb.xlsx", data)
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert research.error.code == "workbook-too-large"
    assert elapsed < 2
    assert peak < 20 * 1024 * 1024


def test_upload_limit_matches_the_app_setting():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["server"]["maxUploadSize"] == MAX_UPLOAD_MB
    assert MAX_BYTES == MAX_UPLOAD_MB * 1024 * 1024


def test_file_over_the_limit_is_refused_before_reading(tmp_path):
    # A sparse file: over the limit on disk without writing 25 MB of test data.
    big = tmp_path / "oversized_export.csv"
    with big.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    research = read_research_path(big)
    assert research.error.code == "file-too-large"
    assert research.error.message.startswith("oversized_export.csv is 25.0 MB")
    assert "at most 25 MB" in research.error.message


def test_max_bytes_applies_to_uploaded_bytes():
    data = (DATA / "spanish_headers.csv").read_bytes()
    assert read_research("pay.csv", data, max_bytes=100).error.code == "file-too-large"
    assert read_research("pay.csv", data, max_bytes=len(data)).error is None


def test_missing_path_is_reported_not_raised(tmp_path):
    research = read_research_path(tmp_path / "gone.csv")
    assert research.error.code == "file-unreadable"
    assert "Check the path" in research.error.message


def test_zip_that_is_not_a_workbook_is_unreadable():
    research = read_research_path(DATA / "plain_zip_named.xlsx")
    assert research.error.code == "workbook-unreadable"
    assert "save it again as .xlsx or .csv" in research.error.message


def test_header_only_is_an_empty_table_with_info():
    (table,) = read_research_path(DATA / "header_only.csv").tables
    assert (table.kind, table.rows, table.header_row) == ("salary", 0, 1)
    assert [(i.code, i.severity, i.row) for i in table.issues] == [("header-only", "info", 1)]


def test_empty_sheet_is_info_and_other_sheets_still_load():
    research = read_research_path(DATA / "empty_sheet_among_others.xlsx")
    assert research.error is None
    assert [t.sheet for t in research.tables] == ["Salary"]
    assert [(i.code, i.severity, i.sheet) for i in research.issues] == [
        ("empty-sheet", "info", "Empty")
    ]


def test_two_thousand_columns_are_read():
    (table,) = read_research_path(DATA / "two_thousand_columns.csv").tables
    assert table.frame.shape == (1, 2000)
    assert (table.frame.columns[0], table.frame.columns[-1]) == ("Field 1", "Field 2000")
    assert table.kind == "generic"


def test_formulas_markup_and_control_characters_stay_text():
    (table,) = read_research_path(DATA / "formulas_script_control_chars.csv").tables
    assert table.frame["Note"].tolist() == [
        '=HYPERLINK("http://example.com","click")',
        "<script>alert('x')</script>",
        "bell\x07 and escape\x1b[31m red",
        "+SUM(1,2)",
    ]


@pytest.mark.parametrize(
    ("name", "cells"),
    [
        ("unclosed_quote.csv", [["Analyst", "$68,000\nClerk,41000"]]),
        ("stray_carriage_return.csv", [["Anal", ""], ["yst", "68000"], ["Clerk", "41000"]]),
    ],
)
def test_broken_quoting_and_line_ends_still_give_a_table(name, cells):
    (table,) = read_research_path(DATA / name).tables
    assert table.frame.values.tolist() == cells


def test_csv_named_xlsx_is_read_as_csv_with_a_warning():
    (table,) = read_research_path(DATA / "csv_named.xlsx").tables
    assert table.rows == 2
    assert [(i.code, i.severity) for i in table.issues] == [("format-mismatch", "warning")]


def test_every_issue_code_is_catalogued_and_reachable_from_fixtures(tmp_path):
    reports = [read_research_path_isolated(path) for path in sorted(DATA.iterdir())]
    big = tmp_path / "big.csv"
    big.write_bytes(b"a,b\n1,2\n")
    reports.append(read_research_path(big, max_bytes=4))
    reports.append(read_research_path(tmp_path / "missing.csv"))
    seen = {issue.code for report in reports for issue in report.all_issues}
    from_inline = {"kind-from-content", "date-unreadable"}  # see test_table.py
    from_inline |= {"file-too-slow", "file-too-costly"}  # see test_worker.py
    from_inline |= {"role-doubtful"}  # see test_generalizing.py
    assert seen | from_inline == set(CODES)
