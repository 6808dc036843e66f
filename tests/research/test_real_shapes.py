"""Shapes of real research files (scrapes, surveys, wage tables, HR exports), one fixture each."""

import math

import pandas as pd
import pytest

from infoview.research import build_table, read_research_path, retype_table
from infoview.research.headers import normalize_header
from tests.research.conftest import DATA


def only_table(name: str):
    (table,) = read_research_path(DATA / name).tables
    return table


def column(table, name: str) -> list:
    return [None if isinstance(v, float) and math.isnan(v) else v for v in table.values[name]]


def grid(rows: list[list[object]]) -> pd.DataFrame:
    width = max(len(row) for row in rows)
    return pd.DataFrame([row + [None] * (width - len(row)) for row in rows])


def test_scraped_pay_text_sentinels_outliers_and_rated_companies():
    table = only_table("pay_text_sentinels_outlier.csv")
    assert table.columns == {
        "role": "Job Title",
        "company": "Company Name",
        "location": "Location",
        "base": "Salary Estimate",
    }
    assert column(table, "base") == [72_000.0, None, None, None, 57_200.0, 155_000.0]
    assert column(table, "company")[:3] == ["Uline", "KnowBe4", "Acme"]
    assert column(table, "currency") == ["USD"] * 6
    assert [(i.code, i.row) for i in table.issues] == [
        ("value-not-stated", 5),
        ("pay-annualized", 6),
        ("value-outlier", 4),
    ]
    assert "(rows 4)" in table.issues[2].message


def test_lakh_postings_are_rupees_per_year_and_lpa_columns_are_lakhs():
    table = only_table("indian_lakh_postings.csv")
    assert (table.columns["base"], table.columns["min"]) == ("salary", "salary_min_lpa")
    assert "exp_min_yrs" not in table.columns.values()
    assert column(table, "base") == [450_000.0, None, 120_000.0, 87_500.0, None]
    assert column(table, "min") == [400_000.0, None, None, 50_000.0, None]
    assert set(column(table, "currency")) == {"INR"}


def test_survey_prefers_the_converted_column_and_reads_tabbed_currency_cells():
    table = only_table("survey_currency_column_converted_pay.csv")
    assert table.columns == {
        "role": "DevType",
        "location": "Country",
        "experience": "WorkExp",
        "total": "ConvertedCompYearly",
        "currency": "Currency",
    }
    assert column(table, "total") == [92_000.0, 145_000.0, 21_600.0, None]
    assert column(table, "currency") == ["USD"] * 4


def test_wage_table_annual_columns_take_pay_roles_and_groups_are_aggregates():
    table = only_table("oews_hourly_annual_group_rows.csv")
    assert (table.columns["median"], table.columns["hourly_median"]) == ("A_MEDIAN", "H_MEDIAN")
    assert table.columns["location"] == "AREA_TITLE"
    assert "PCT_TOTAL" not in table.columns.values()
    assert column(table, "median") == [125_000.0, 135_930.0, None, 97_240.0]
    assert column(table, "aggregate") == [True, False, False, False]
    assert column(table, "occupation_code")[:2] == ["15-0000", "15-1252"]


def test_soc_codes_glued_to_titles_and_total_rows():
    table = build_table(
        "oes.xlsx",
        "OES Sheet",
        grid(
            [
                ["Occupation (SOC code)", "Employment(1)", "Annual mean wage(2)"],
                ["All Occupations(000000)", "5719620", "65930"],
                ["Management Occupations(110000)", "410750", "135840"],
                ["Software Developers(151252)", "80000", "125210"],
                ["Legislators(111031)", "-", "77320"],
            ]
        ),
    )
    assert table.columns == {
        "role": "Occupation (SOC code)",
        "mean": "Annual mean wage(2)",
        "employment": "Employment(1)",
    }
    assert column(table, "role") == [
        "All Occupations",
        "Management Occupations",
        "Software Developers",
        "Legislators",
    ]
    assert column(table, "occupation_code") == ["00-0000", "11-0000", "15-1252", "11-1031"]
    assert column(table, "aggregate") == [True, True, False, False]


def test_hr_export_with_manager_ids_is_an_org_chart_with_names():
    table = only_table("hr_employees_manager_id.csv")
    assert (table.kind, table.columns) == (
        "org_chart",
        {
            "department": "DEP_ID",
            "person": "F_NAME",
            "reports_to": "MANAGER_ID",
            "id": "EMP_ID",
            "base": "SALARY",
        },
    )
    assert column(table, "person") == ["John Thomas", "Alice James", "Steve Wells"]
    assert column(table, "reports_to") == ["30001", "John Thomas", "Alice James"]


def test_unit_hierarchy_by_parent_id_shows_parents_by_name():
    table = only_table("org_units_parent_id.csv")
    assert table.kind == "org_chart"
    assert (table.columns["department"], table.columns["reports_to"]) == ("name", "parentId")
    assert column(table, "reports_to") == [
        "",
        "National Space Administration",
        "National Space Administration",
    ]


def test_contacts_without_an_email_column():
    table = only_table("contacts_without_email.csv")
    assert (table.kind, table.columns) == (
        "contacts",
        {
            "name": "Name",
            "company": "Organization 1 - Name",
            "title": "Organization 1 - Title",
            "phone": "Phone 1 - Value",
        },
    )


def test_event_tracker_is_a_numeric_trend_and_counts_are_not_pay():
    table = only_table("event_tracker_layoffs.csv")
    assert (table.kind, table.columns) == (
        "trends",
        {
            "headline": "company",
            "date": "date",
            "count": "total_laid_off",
            "change": "percentage_laid_off",
            "location": "location",
        },
    )
    assert column(table, "count") == [16_000.0, 700.0, None]
    assert column(table, "change") == [None, 0.15, None]


def test_series_under_multi_row_year_headers_is_a_trend_table_with_joined_names():
    table = build_table(
        "cps.xlsx",
        "cps",
        grid(
            [
                ["Industry", "Total unemployed", None, "Unemployment rate", None],
                [None, "2021", "2022", "2021", "2022"],
                [None],
                ["Construction", "640", "466", "6.5", "4.6"],
                ["Manufacturing", "642", "455", "4.3", "3.0"],
            ]
        ),
    )
    assert (table.header_row, table.kind) == (1, "trends")
    assert list(table.frame.columns) == [
        "Industry",
        "Total unemployed 2021",
        "Total unemployed 2022",
        "Unemployment rate 2021",
        "Unemployment rate 2022",
    ]


def test_data_dictionary_and_publisher_pages_are_reference():
    assert only_table("data_dictionary_fields.csv").kind == "reference"
    inquiries = build_table(
        "abs.xls",
        "Inquiries",
        grid(
            [
                ["Time Series Workbook"],
                ["I N Q U I R I E S"],
                ["For further information about these statistics, contact the service."],
                ["Referral Service on 1300 135 070."],
            ]
        ),
    )
    assert inquiries.kind == "reference"


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ("totalyearlycompensation", "total yearly compensation"),
        ("yearsofexperience", "years of experience"),
        ("ManagerName", "manager name"),
        ("ReportsTo", "reports to"),
        ("EmployeeID", "employee id"),
        ("parentId", "parent id"),
        ("A_PCT10", "a pct10"),
        ("  Job   Tіtle ", "job title"),  # Cyrillic і
    ],
)
def test_headers_written_as_one_word_are_split(header, name):
    assert normalize_header(header) == name


def test_one_word_headers_find_their_roles():
    table = only_table("one_word_headers.csv")
    assert table.columns == {
        "role": "title",
        "company": "company",
        "experience": "yearsofexperience",
        "base": "basesalary",
        "stock": "stockgrantvalue",
        "total": "totalyearlycompensation",
    }


def test_european_grouping_is_decided_for_the_whole_column():
    table = only_table("european_grouping_per_column.csv")
    assert column(table, "base") == [38_000.0, 1_234_567.0, 45_500.0]
    decimals = build_table("d.csv", "d", grid([["Role", "Pay"], ["A", "38.000"], ["B", "41.25"]]))
    assert column(decimals, "base") == [38.0, 41.25]


def test_each_row_is_annualized_by_its_own_period_and_hours():
    table = only_table("pay_period_and_hours_columns.csv")
    assert (table.columns["pay_period"], table.columns["hours"]) == ("Pay period", "Hours per week")
    assert column(table, "base") == [15.5 * 30 * 52, 36_000.0, 62_000.0, 40 * 2080]


def test_a_notes_sheet_keeps_its_first_line():
    table = only_table("notes_first_line_is_a_note.csv")
    assert (table.kind, table.header_row, table.rows) == ("notes", 0, 2)
    assert table.frame["Note"].tolist()[0].startswith("Ask how the finance team")


def test_retyping_a_headed_sheet_as_notes_brings_its_first_line_back():
    table = build_table("n.csv", "n", grid([["Call Priya"], ["Ask Dana"]]), kind="generic")
    assert (table.header_row, table.rows) == (1, 1)
    notes = retype_table(table, "notes")
    assert (notes.header_row, notes.rows, notes.columns) == (0, 2, {"note": "Note"})
    assert notes.frame["Note"].tolist() == ["Call Priya", "Ask Dana"]
    assert [notes.row_number(i) for i in range(2)] == [1, 2]


def test_currency_and_pay_period_can_be_corrected():
    table = build_table("p.csv", "p", grid([["Role", "Pay"], ["Analyst", "4000"]]))
    fixed = retype_table(table, "salary", dict(table.columns), currency="EUR", pay_period="month")
    assert (fixed.currency, fixed.pay_period, fixed.currency_symbol()) == ("EUR", "month", "€")
    assert column(fixed, "base") == [48_000.0]
    with pytest.raises(ValueError, match="unknown pay period"):
        retype_table(table, "salary", None, pay_period="fortnightly")


def test_payroll_with_a_supervisor_is_an_org_chart_and_a_pay_table():
    chart, pay = read_research_path(DATA / "payroll_with_supervisor_and_hours.csv").tables
    assert (chart.kind, chart.columns["reports_to"]) == ("org_chart", "Supervisor")
    assert (pay.sheet, pay.kind) == ("payroll_with_supervisor_and_hours (pay)", "salary")
    assert pay.columns == {
        "role": "Job Titles",
        "base": "Annual Salary",
        "hourly_base": "Hourly Rate",
        "pay_period": "Salary or Hourly",
        "hours": "Typical Hours",
    }
    # the hourly bus operator's pay is their rate for their hours
    assert column(pay, "base") == [72_000.0, 31.9 * 20 * 52, 140_000.0]
    assert column(pay, "hourly_base") == [None, 31.9 * 20 * 52, None]


def test_a_sheet_with_only_a_header_reads_without_values():
    table = build_table("t.xlsx", "Applied", grid([["job_title", "employer_name", "Salary Offer"]]))
    assert (table.kind, table.rows, [i.code for i in table.issues]) == (
        "salary",
        0,
        ["header-only"],
    )


def test_survey_question_headers_are_matched_on_their_meaning():
    table = only_table("survey_question_headers.csv")
    assert table.columns == {
        "role": "What is your job title?",
        "location": "In which city do you work?",
        "experience": "How many years of professional experience do you have?",
        "base": "What is your annual salary, in USD?",
    }
    assert column(table, "base") == [68_000.0, 91_000.0]


def test_codes_written_as_formulas_and_space_padded_numbers():
    table = only_table("formula_codes_and_padded_numbers.csv")
    assert table.frame["OCC_CODE"].tolist() == ["13-2011", "15-1252"]
    assert column(table, "median") == [80_910.0, 135_930.0]
    assert column(table, "occupation_code") == ["13-2011", "15-1252"]


def test_yearly_pay_written_in_thousands_is_scaled():
    table = only_table("salary_in_thousands.csv")
    assert (table.columns["base"], table.columns["min"]) == ("avg_salary", "min_salary")
    assert column(table, "base") == [130_000.0, 72_000.0]
    assert column(table, "max") == [150_000.0, 91_000.0]
    assert [i.code for i in table.issues] == ["pay-in-thousands"] * 3
