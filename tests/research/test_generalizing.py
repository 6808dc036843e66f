"""Classes of files the importer must read from what the values say: made-up tables, each in a
shape unlike the corpus file that showed the class."""

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infoview.findings import propose_findings
from infoview.research import build_table
from infoview.research.clean import clean_companies, repeated_postings
from infoview.research.headers import match_roles, normalize_header
from infoview.research.layout import is_boilerplate
from infoview.research.normalize import format_money, normalize_dates, parse_money_text
from infoview.research.places import place_currency


def table_of(rows: list[list[object]], name: str = "research.csv"):
    return build_table(name, name, pd.DataFrame(rows))


def statements(table) -> list[str]:
    return [f.statement for f in propose_findings([table])]


@pytest.mark.parametrize(
    ("place", "country_column", "currency"),
    [
        ("Austin, TX", False, "USD"),
        ("Hoboken, NJ 07030", False, "USD"),
        ("San Juan, Puerto Rico", False, "USD"),
        ("Lyon, France", False, "EUR"),
        ("Canada", True, "CAD"),
        ("CA", True, "CAD"),
        ("CA", False, "USD"),
        ("Argentina", True, "ARS"),
        ("Leeds", False, None),
        ("Remote", False, None),
    ],
)
def test_a_place_names_the_currency_paid_there(place, country_column, currency):
    assert place_currency(place, country_column) == currency


def test_currency_comes_from_a_country_column_row_by_row_and_never_from_the_file_name():
    table = table_of(
        [
            ["Job", "Country", "Yearly pay"],
            ["Nurse", "Argentina", "2400000"],
            ["Nurse", "Canada", "71000"],
        ],
        name="us_dollar_salaries_bls.csv",
    )
    assert table.values["currency"].tolist() == ["ARS", "CAD"]
    assert statements(table) == [
        "One posting puts pay for Nurse in Argentina at about ARS 2,400,000 a year",
        "One posting puts pay for Nurse in Canada at about CA$71,000 a year",
    ]


def test_amounts_with_no_currency_anywhere_are_dollars_with_a_note():
    table = table_of([["Title", "Wage"], ["Welder", "48000"]])
    assert table.values["currency"].tolist() == ["USD"]
    (issue,) = [i for i in table.issues if i.code == "currency-assumed"]
    assert issue.column == "Wage"


def test_one_money_formatter_rounds_pay_and_marks_its_currency():
    assert [
        format_money(68_540, "USD"),
        format_money(4_212, "EUR"),
        format_money(21.5, "GBP"),
        format_money(400_000, "INR"),
        format_money(52_000, None),
    ] == ["$68,500", "€4,210", "£21.50", "₹400,000", "52,000"]


def test_an_hr_export_with_a_manager_keeps_each_persons_pay_and_place_in_its_org_chart():
    table = table_of(
        [
            ["Staff member", "Team", "Line manager", "Salary", "State"],
            ["Ana Ortiz", "Claims", "", "91000", "OH"],
            ["Bo Lind", "Claims", "Ana Ortiz", "64000", "OH"],
            ["Cy Park", "Claims", "Ana Ortiz", "61000", "KY"],
        ]
    )
    assert table.kind == "org_chart"
    assert (table.columns["base"], table.columns["location"]) == ("Salary", "State")


def test_a_data_dictionary_with_example_values_is_reference():
    table = table_of(
        [
            ["Column name", "Type", "Example"],
            ["person_name", "text", '"Lee, Ann" "Moss, Raj"'],
            ["pay", "number", "41000 52000 38000"],
        ]
    )
    assert table.kind == "reference"
    assert statements(table) == []


def test_a_payrolls_hourly_staff_get_findings_from_rate_times_their_hours():
    table = table_of(
        [
            ["Position", "Pay type", "Weekly hours", "Yearly salary", "Rate per hour"],
            ["Park Ranger", "Salary", "", "52000", ""],
            ["Lifeguard", "Hourly", "30", "", "15.00"],
            ["Lifeguard", "Hourly", "30", "", "17.00"],
        ]
    )
    assert statements(table) == [
        "One salary report puts pay for Park Ranger at about $52,000 a year",
        "Pay for Lifeguard is about $25,000 a year across two salary reports (67% of all 3), "
        "from $23,400 to $26,500",
    ]


def test_a_range_midpoint_column_is_the_pay_and_its_ends_are_min_and_max():
    table = table_of(
        [
            ["job", "pay_low_yearly", "pay_high_yearly", "pay_midpoint_yearly", "city"],
            ["Courier", "36000", "54000", "45000", "Dayton, OH"],
        ]
    )
    assert table.columns["base"] == "pay_midpoint_yearly"
    assert (table.columns["min"], table.columns["max"]) == ("pay_low_yearly", "pay_high_yearly")


def test_identical_survey_answers_are_four_people_not_one():
    table = table_of(
        [
            ["Job title", "Annual salary"],
            ["Chemist", "70000"],
            ["Chemist", "70000"],
            ["Chemist", "70000"],
            ["Chemist", "90000"],
        ],
        name="lab survey.csv",
    )
    assert statements(table) == [
        "Pay for Chemist is about $70,000 a year across four responses, the middle half "
        "between $70,000 and $75,000"
    ]


def test_a_posting_scraped_twice_counts_once_by_its_link():
    frame = pd.DataFrame(
        {
            "Link": ["https://jobs.example/1", "https://jobs.example/1", "https://jobs.example/2"],
            "Title": ["Baker", "Baker", "Baker"],
        }
    )
    assert repeated_postings(frame).tolist() == [False, True, False]


def test_c_plus_plus_c_sharp_and_c_developers_are_three_findings():
    table = table_of(
        [
            ["Job title", "Salary"],
            ["C++ Developer", "$120,000"],
            ["C# Developer", "$110,000"],
            ["C Developer", "$100,000"],
        ]
    )
    found = propose_findings([table])
    assert len({f.id for f in found}) == len(found) == 3


def test_starred_also_called_lists_leave_the_title_and_percent_change_is_the_outlook():
    table = table_of(
        [
            ["Occupation", "Median pay", "Employment percent change, 2024-34"],
            ["Glaziers    * Glass Fitter* Glass Setter", "$50,000", "4.5"],
        ]
    )
    assert statements(table) == [
        "The published median pay for Glaziers is $50,000 a year; employment is projected to "
        "grow 4.5% over 2024-34"
    ]


def test_a_timestamp_column_is_the_date_not_a_question_that_says_one_year_ago():
    table = table_of(
        [
            ["Timestamp", "Job", "Pay one year ago, in EUR", "Pay now, in EUR"],
            ["01/02/2024 10:00:00", "Tester", "40000", "42000"],
        ]
    )
    assert table.columns["date"] == "Timestamp"


AMOUNTS = st.integers(min_value=1_000, max_value=5_000_000)


@given(amount=AMOUNTS, code=st.sampled_from(["USD", "EUR", "GBP", "INR", "CAD", "JPY"]))
@settings(max_examples=200, deadline=None)
def test_what_the_formatter_writes_reads_back_as_the_same_rounded_amount_and_currency(amount, code):
    written = format_money(amount, code)
    read = parse_money_text(written)
    assert read is not None and read.currency == code
    assert abs(read.low - amount) <= max(50, amount * 0.005)


@given(day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)))
@settings(max_examples=200, deadline=None)
def test_iso_and_month_name_dates_read_back_as_the_same_day(day):
    cells = pd.Series(
        [day.isoformat(), day.strftime("%d %B %Y"), day.strftime("%b %d, %Y"), f"{day:%d-%b-%y}"]
    )
    assert normalize_dates(cells).dt.date.tolist() == [day, day, day, day]


@given(day=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)))
@settings(max_examples=200, deadline=None)
def test_a_column_of_slashed_dates_is_read_day_first_or_month_first_as_a_whole(day):
    later = day + dt.timedelta(days=40)
    uk = pd.Series([f"{day:%d/%m/%Y}", f"{later:%d/%m/%Y}", "25/12/2030"])
    us = pd.Series([f"{day:%m/%d/%Y}", f"{later:%m/%d/%Y}", "12/25/2030"])
    expected = [day, later, dt.date(2030, 12, 25)]
    assert normalize_dates(uk).dt.date.tolist() == normalize_dates(us).dt.date.tolist() == expected


def test_abbreviated_export_headers_are_spelled_out_before_matching():
    assert [normalize_header(h) for h in ("FNAME", "L_NAME", "DEP_ID", "MGR_ID", "deposit")] == [
        "first name",
        "last name",
        "department id",
        "manager id",
        "deposit",
    ]
    table = table_of(
        [
            ["EMPNO", "FNAME", "LNAME", "DEPT_NO", "MGR_ID"],
            ["7", "Rae", "Ono", "D2", ""],
            ["8", "Sol", "Paz", "D2", "7"],
        ]
    )
    assert (table.kind, table.columns["person"], table.columns["department"]) == (
        "org_chart",
        "FNAME",
        "DEPT_NO",
    )
    assert table.values["person"].tolist() == ["Rae Ono", "Sol Paz"]


@pytest.mark.parametrize(
    "header", ["Additional monetary compensation", "Extra pay (bonus)", "Variable comp, EUR"]
)
def test_pay_on_top_of_the_base_is_the_bonus(header):
    assert match_roles("salary", ["Job", "Annual salary", header]) == {
        "role": "Job",
        "base": "Annual salary",
        "bonus": header,
    }


def test_a_posting_date_before_the_employer_is_left_out():
    companies = pd.Series(["20 October by Alfred H Knight", "Posted 3 days ago by Acme", "Byte"])
    assert clean_companies(companies).tolist() == ["Alfred H Knight", "Acme", "Byte"]


@pytest.mark.parametrize(
    "lines",
    [
        ["Statistical release", "INQUIRIES", "For more, call the Service on 1300 135 070."],
        ["Landesamt", "Kontakt", "Tel. +49 30 9021 3434", "Copyright 2024"],
    ],
)
def test_a_publishers_inquiries_page_with_a_phone_line_is_boilerplate(lines):
    assert is_boilerplate(pd.Series(lines))


def test_notes_with_figures_are_not_boilerplate():
    notes = pd.Series(["Ask about 2024 2025 hiring", "Team grew 120 150 200", "Bonus cycle"])
    assert not is_boilerplate(notes)


def test_a_header_whose_values_do_not_fit_its_role_leaves_the_role_empty_with_a_note():
    table = table_of(
        [
            ["Title", "Salary", "Unit", "Hours"],
            ["Porter", "$41,000", "Facilities", "1,950"],
            ["Porter", "$43,000", "Facilities", "8000000"],
            ["Cook", "$39,000", "Kitchen", "9000000"],
        ]
    )
    assert "pay_period" not in table.columns and "hours" not in table.columns
    notes = [(i.code, i.column) for i in table.issues if i.code == "role-doubtful"]
    assert notes == [("role-doubtful", "Unit"), ("role-doubtful", "Hours")]
    assert table.to_dict()["confidence"] == {
        "kind": 1.0,
        "columns": {"role": 1.0, "base": 1.0},
    }
