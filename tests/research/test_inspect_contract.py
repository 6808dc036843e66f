"""`inspect --json` on realistic research files: exact kind, header row, rows and roles."""

import json

import pytest

from infoview.cli import main
from infoview.research import read_research
from infoview.research.cli import report
from tests.research.conftest import DATA


def inspect_json(capsys, *names: str) -> tuple[int, dict]:
    code = main(["inspect", "--json", *(str(DATA / name) for name in names)])
    return code, json.loads(capsys.readouterr().out)


def shape(table: dict) -> tuple:
    return table["sheet"], table["kind"], table["header_row"], table["rows"], table["columns"]


OEWS_ROLES = {
    "occupation_code": "Occupation code",
    "role": "Occupation title",
    "location": "Area name",
    "median": "Annual median wage",
    "hourly_median": "Hourly median wage",
    "mean": "Annual mean wage",
    "hourly_mean": "Hourly mean wage",
    "p10": "Annual 10th percentile wage",
    "p90": "Annual 90th percentile wage",
    "employment": "Employment",
}
COMP_ROLES = {
    "role": "Title",
    "company": "Company",
    "location": "Location",
    "level": "Level",
    "experience": "Years of Experience",
    "base": "Base",
    "bonus": "Bonus",
    "stock": "Stock",
    "total": "Total",
    "date": "Date",
}


@pytest.mark.parametrize(
    ("name", "tables"),
    [
        (
            "oews_wages_title_footnotes_markers.xlsx",
            [("May 2026", "salary", 5, 5, OEWS_ROLES)],
        ),
        ("comp_site_export_bom.csv", [("comp_site_export_bom", "salary", 1, 5, COMP_ROLES)]),
        (
            "hand_kept_research_four_sheets.xlsx",
            [
                (
                    "Salary",
                    "salary",
                    1,
                    4,
                    {
                        "role": "Role",
                        "company": "Company",
                        "location": "City",
                        "base": "Salary range",
                        "source": "Source",
                        "date": "Date",
                    },
                ),
                (
                    "Trends",
                    "trends",
                    1,
                    3,
                    {
                        "headline": "Trend",
                        "evidence": "Why it matters",
                        "source": "Source",
                        "link": "Link",
                        "flag": "Ask about?",
                    },
                ),
                (
                    "Org chart",
                    "org_chart",
                    1,
                    4,
                    {
                        "department": "Department",
                        "person": "Person",
                        "title": "Title",
                        "reports_to": "Reports to",
                        "known": "Known?",
                    },
                ),
                (
                    "Contacts",
                    "contacts",
                    1,
                    2,
                    {
                        "name": "Name",
                        "company": "Company",
                        "title": "Title",
                        "email": "Email",
                        "referred_by": "Referred by",
                        "met": "Met?",
                    },
                ),
            ],
        ),
        (
            "semicolon_cp1252_euro_crlf.csv",
            [
                (
                    "semicolon_cp1252_euro_crlf",
                    "salary",
                    1,
                    3,
                    {
                        "role": "Position",
                        "company": "Unternehmen",
                        "location": "Standort",
                        "base": "Grundgehalt",
                        "bonus": "Bonus",
                    },
                )
            ],
        ),
        (
            "spanish_headers.csv",
            [
                (
                    "spanish_headers",
                    "salary",
                    1,
                    2,
                    {
                        "role": "Puesto",
                        "company": "Empresa",
                        "location": "Ciudad",
                        "base": "Salario",
                        "source": "Fuente",
                    },
                )
            ],
        ),
        (
            "french_headers_semicolon.csv",
            [
                (
                    "french_headers_semicolon",
                    "trends",
                    1,
                    2,
                    {
                        "headline": "Tendance",
                        "evidence": "Résumé",
                        "date": "Date",
                        "source": "Source",
                        "flag": "À demander ?",
                    },
                )
            ],
        ),
        (
            "german_headers_tab.tsv",
            [
                (
                    "german_headers_tab",
                    "org_chart",
                    1,
                    2,
                    {
                        "department": "Abteilung",
                        "person": "Person",
                        "title": "Titel",
                        "reports_to": "Berichtet an",
                        "known": "Bekannt",
                    },
                )
            ],
        ),
        (
            "contacts_spanish_headers.ods",
            [
                (
                    "Contactos",
                    "contacts",
                    1,
                    2,
                    {
                        "name": "Nombre",
                        "company": "Empresa",
                        "title": "Cargo",
                        "email": "Correo",
                        "referred_by": "Referido por",
                    },
                )
            ],
        ),
        (
            "contacts_pipe_utf16.csv",
            [
                (
                    "contacts_pipe_utf16",
                    "contacts",
                    1,
                    2,
                    {
                        "name": "Name",
                        "company": "Company",
                        "email": "Email",
                        "referred_by": "Referred by",
                    },
                )
            ],
        ),
    ],
)
def test_inspect_detects_kind_header_rows_and_roles(capsys, name, tables):
    code, report = inspect_json(capsys, name)
    (entry,) = report["files"]
    assert code == 0
    assert entry["file"] == name
    assert entry["error"] is None
    assert [shape(t) for t in entry["tables"]] == tables


def test_oews_report_lists_title_footnotes_and_markers(capsys):
    _, report = inspect_json(capsys, "oews_wages_title_footnotes_markers.xlsx")
    issues = report["files"][0]["tables"][0]["issues"]
    assert [(i["code"], i["severity"], i["row"], i["column"]) for i in issues] == [
        ("header-below-title", "info", 5, None),
        ("footnotes-excluded", "info", 12, None),
        ("value-not-available", "info", 9, "Annual median wage"),
        ("value-not-available", "info", 9, "Hourly median wage"),
        ("pay-annualized", "info", 6, "Hourly median wage"),
        ("value-top-coded", "warning", 8, "Annual mean wage"),
        ("value-top-coded", "warning", 8, "Hourly mean wage"),
        ("pay-annualized", "info", 6, "Hourly mean wage"),
        ("value-top-coded", "warning", 7, "Annual 90th percentile wage"),
    ]
    top_coded = issues[-1]["message"]
    assert top_coded.startswith('2 cell(s) of column "Annual 90th percentile wage" hold "#"')


def test_unreadable_file_is_reported_beside_readable_ones(capsys):
    code, report = inspect_json(capsys, "truncated.xlsx", "spanish_headers.csv")
    truncated, spanish = report["files"]
    assert code == 2
    assert truncated["error"]["code"] == "workbook-truncated"
    assert truncated["tables"] == []
    assert spanish["error"] is None
    assert [t["kind"] for t in spanish["tables"]] == ["salary"]


# A table's keys in `inspect --json` (DESIGN.md), `confidence` added by the value evidence.
TABLE_KEYS = {"sheet", "kind", "rows", "header_row", "columns", "confidence", "issues"}


def test_issue_json_has_the_contract_keys(capsys):
    _, report = inspect_json(capsys, "csv_named.xlsx")
    entry = report["files"][0]
    assert set(entry) == {"file", "error", "tables"}
    assert set(entry["tables"][0]) == TABLE_KEYS


@pytest.mark.parametrize(
    "path",
    sorted(p for p in DATA.iterdir() if p.suffix in {".csv", ".tsv", ".xlsx", ".ods", ".xls"}),
    ids=lambda p: p.name,
)
def test_inspect_skips_grouping_yet_reports_what_a_full_read_reports(path):
    # `inspect` reads without grouping text, places and occupations; its report is the same
    data = path.read_bytes()
    full = report(read_research(path.name, data))
    light = report(read_research(path.name, data, grouping=False))
    assert light == full
