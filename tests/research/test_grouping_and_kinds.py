"""Findings grouped by the most specific place and kept apart by split columns, the kinds told
by the data (rates per organization, lists of people, dated events), and pay tables that say
why they give no pay finding. Each class has made-up fixtures of two source shapes."""

from pathlib import Path

import pandas as pd

from infoview.contacts.importing import contacts_from_research, contacts_from_tables
from infoview.findings import propose_findings
from infoview.research import build_table, read_research_path
from infoview.research.places import one_state_spelling
from infoview.say import say_finding, say_statement

DATA = Path(__file__).parents[1] / "data"


def table_of(name: str):
    (table,) = read_research_path(DATA / name).tables
    return table


def statements(name: str) -> list[str]:
    return [f.statement for f in propose_findings([table_of(name)])]


def test_a_city_column_beside_a_state_column_groups_pay_by_city_with_its_state():
    table = table_of("survey_city_and_state_columns.csv")
    assert table.columns["location"] == "State" and table.columns["city"] == "City"
    assert statements("survey_city_and_state_columns.csv") == [
        "Pay for Registered Nurse in Austin, TX is about $72,000 a year across two responses, "
        "from $70,000 to $74,000",
        "One response puts pay for Registered Nurse in Dallas, TX at about $66,000 a year",
        "One response puts pay for Registered Nurse in Boston, MA at about $90,000 a year",
        "Pay for Registered Nurse across all places is about $72,000 a year across four "
        "responses, the middle half between $69,000 and $78,000",
        "Pay for Registered Nurse in TX as a whole is about $70,000 a year across three "
        "responses, from $66,000 to $74,000",
    ]


def test_an_office_city_beside_a_country_column_is_the_place_said_with_its_country():
    assert statements("roster_office_city_and_country.csv") == [
        "Pay for Data Analyst in Munich, Germany is about €60,000 a year across two employee "
        "records, from €58,000 to €62,000",
        "One employee record puts pay for Data Analyst in Lyon, France at about €51,000 a year",
        "Pay for Data Analyst across all places is about €58,000 a year across three employee "
        "records, from €51,000 to €62,000",
    ]


def test_a_state_agency_report_gives_its_state_and_never_averages_women_and_men():
    assert statements("state_agency_equity_report.csv") == [
        "Women's average pay for Civil Engineer in Texas is about 11% below men's: $71,000 vs "
        "$80,000",
        "Women's and men's average pay for Program Specialist in Texas are about the same: "
        "$52,000 and $53,000",
        "The published average pay for Attorney in Texas for women is $90,000 a year",
    ]


def test_a_state_written_in_full_beside_postal_codes_is_one_place():
    assert statements("pay_places_state_names_beside_codes.csv") == [
        "Pay for Accountant in Dallas, TX is about $72,000 a year across two postings, from "
        "$70,000 to $74,000",
        "One posting puts pay for Accountant in Houston, TX at about $66,000 a year",
        "One posting puts pay for Accountant in Kansas City, MO at about $60,000 a year",
        "Pay for Accountant across all places is about $68,000 a year across four postings, the "
        "middle half between $64,500 and $71,000",
        "Pay for Accountant in TX as a whole is about $70,000 a year across three postings, "
        "from $66,000 to $74,000",
    ]


def test_a_column_that_writes_every_state_in_full_keeps_its_spelling():
    assert statements("pay_places_state_names_only.csv") == [
        "Pay for Accountant in Dallas, Texas is about $72,000 a year across two postings, from "
        "$70,000 to $74,000",
        "One posting puts pay for Accountant in Kansas City, Missouri at about $60,000 a year",
        "Pay for Accountant across all places is about $70,000 a year across three postings, "
        "from $60,000 to $74,000",
    ]


def test_only_the_state_after_a_comma_takes_its_code_and_other_places_stay_as_written():
    places = pd.Series(
        [
            "Dallas, Texas",
            "Austin, TX",
            "Washington",
            "Paris, France",
            "Charleston, West Virginia",
            "",
        ]
    )
    assert one_state_spelling(places).tolist() == [
        "Dallas, TX",
        "Austin, TX",
        "Washington",
        "Paris, France",
        "Charleston, WV",
        "",
    ]


def test_a_city_payroll_whose_employer_is_the_city_gives_the_city_as_the_place():
    assert statements("city_payroll_employer_is_the_city.csv")[:2] == [
        "Pay for Librarian in Springfield is about $53,000 a year across two employee records "
        "(67% of all 3), from $51,000 to $55,000",
        "One employee record puts pay for Bus Driver in Springfield at about $47,000 a year",
    ]


def test_total_rows_of_a_split_are_the_main_figure_and_the_groups_a_comparison():
    assert statements("pay_by_sex_and_year_with_totals.csv") == [
        "Women's median pay for Librarian in Riverton in 2023 is about 7.3% below men's: "
        "$51,000 vs $55,000",
        "Women's median pay for Librarian in Riverton in 2024 is about 5.4% below men's: "
        "$53,000 vs $56,000",
        "Median pay for Librarian in Riverton rose 3.8% from 2023 to 2024: $52,000 to $54,000",
    ]


def test_a_payrolls_part_time_staff_are_compared_with_full_time_staff():
    assert statements("payroll_full_and_part_time.csv") == [
        "Part-time pay for CROSSING GUARD is about 42% below full-time: $21,000 vs $36,500, "
        "from 3 and 4 employee records",
        "Pay for CROSSING GUARD is about $35,000 a year across seven employee records, the "
        "middle half between $21,500 and $36,500",
    ]


def test_a_uk_style_pay_gap_register_is_a_metric_table_said_one_employer_at_a_time():
    table = table_of("uk_style_pay_gap_register.csv")
    assert (table.kind, table.columns) == (
        "metrics",
        {"organization": "EmployerName", "size": "EmployerSize", "date": "DueDate"},
    )
    found = propose_findings([table])
    assert [f.statement for f in found] == [
        "At Elm Trust, women's median hourly pay is 9.9% below men's, and women hold 40% of "
        "the best-paid quarter of jobs",
        "At Birch plc, women's median hourly pay is 2% above men's, and women hold 51% of the "
        "best-paid quarter of jobs",
        "At Cobalt Group, women's median hourly pay is the same as men's, and women hold 44% of "
        "the best-paid quarter of jobs",
        "At Acme Ltd, women's median hourly pay is 12.4% below men's, and women hold 38% of the "
        "best-paid quarter of jobs",
        "At Dunmore Ltd, women's median hourly pay is 7.5% below men's, and women hold 30% of "
        "the best-paid quarter of jobs",
        "Across five organizations, typically women's median hourly pay is 7.5% below men's",
    ]
    assert say_finding(found[3].statement, found[3].source, found[3].topic) == (
        "At Acme Ltd, women's median hourly pay is 12.4% below men's, and women hold 38% of the "
        "best-paid quarter of jobs."
    )
    assert contacts_from_tables([table]) == []


def test_an_agency_equity_report_of_ratios_and_fractions_is_a_metric_table():
    table = table_of("agency_equity_ratios.csv")
    assert table.kind == "metrics"
    assert statements("agency_equity_ratios.csv") == [
        "At Parks and Wildlife Department, women's median pay is 3% below men's, and women are "
        "35% of the staff",
        "At Department of Revenue, women's median pay is 7% below men's, and women are 58% of "
        "the staff",
    ]


def test_lists_of_people_without_contact_details_are_people_never_findings_or_referrals():
    for name, roles in (
        ("conference_speakers.csv", {"name": "Name", "company": "Organization", "title": "Title"}),
        (
            "alumni_board_members.csv",
            {
                "name": "Full name",
                "company": "Company",
                "title": "Position",
                "link": "LinkedIn URL",
            },
        ),
    ):
        research = read_research_path(DATA / name)
        (table,) = research.tables
        assert (table.kind, table.columns) == ("people", roles)
        assert propose_findings([table]) == []
        assert contacts_from_tables([table]) == []
    # added as contacts on purpose, they are people at their organizations
    added = contacts_from_research(research)
    assert [(c.name, c.organization) for c in added.contacts] == [
        ("Dana Whitfield", "Northwind Motors"),
        ("Luis Ortega", "Cedar Health"),
        ("Mei Chen", "Oak & Stone LLP"),
    ]


def test_dated_events_named_by_organization_are_said_as_a_trend_per_year():
    assert statements("funding_rounds_by_sector.csv") == [
        "Three of the five funding rounds in 2024 were in climate tech"
    ]
    assert statements("acquisitions_by_industry.csv") == [
        "Three of the four deals in 2025 were in fintech"
    ]


def test_a_pay_table_that_gives_no_pay_finding_says_why_in_one_line():
    for name, why in (
        (
            "pay_table_only_total_rows.csv",
            '"pay_table_only_total_rows" gives no pay findings: every row is a total row '
            '(such as "All occupations"), not one job\'s pay.',
        ),
        (
            "postings_pay_not_disclosed.csv",
            '"postings_pay_not_disclosed" gives no pay findings: no pay column holds '
            "plausible amounts (every cell is blank, a placeholder or unreadable).",
        ),
    ):
        table = table_of(name)
        assert propose_findings([table]) == []
        assert [i.message for i in table.issues if i.code == "no-pay-findings"] == [why]
        assert {"code": "no-pay-findings", "severity": "info", "message": why} | {
            "row": 1,
            "column": None,
        } in table.to_dict()["issues"]


def test_a_pay_column_of_small_numbers_says_they_are_not_plausible_pay():
    table = build_table(
        "ratios.csv",
        "ratios",
        pd.DataFrame([["Job", "Salary"], ["Analyst", "1.2"], ["Clerk", "2.3"]]),
    )
    assert [i.message for i in table.issues if i.code == "no-pay-findings"] == [
        '"ratios" gives no pay findings: no pay column holds plausible amounts (every figure '
        "is under 500 a year, more like an index, a share or a count than pay)."
    ]


def test_an_employment_type_column_is_a_split_and_a_count_of_organizations_is_not_money():
    table = build_table(
        "offers.csv",
        "offers",
        pd.DataFrame(
            [["Role", "Employment type", "Salary"]]
            + [["Designer", "Full-time", str(v)] for v in (60000, 62000, 64000)]
            + [["Designer", "Part-time", str(v)] for v in (30000, 31000, 32000)]
        ),
    )
    assert table.columns["employment"] == "Employment type"
    assert [f.statement for f in propose_findings([table])][0] == (
        "Part-time pay for Designer is about 50% below full-time: $31,000 vs $62,000, from "
        "three offer letters each"
    )
    assert (
        say_statement(
            "Across 1,234 organizations, typically women's median hourly pay is 7.5% below men's"
        )
        == "Across 1,234 organizations, typically women's median hourly pay is 7.5% below men's."
    )
