"""A pay figure whose research names no currency: the app's own currency, said to be assumed,
and never one taken from a publisher; a bare amount is said to name none."""

from __future__ import annotations

from pathlib import Path

from infoview.findings import propose_findings
from infoview.hypotheses import from_finding
from infoview.profile import Profile
from infoview.questions import load_bank, plan_sheet
from infoview.research import read_research_path, retype_table
from infoview.say import plain_title, say_statement

DATA = Path(__file__).parent / "data"
HOURLY = DATA / "hourly_rates_naming_no_currency.csv"
BANDS = DATA / "pay_bands_naming_no_currency.csv"


def pay_line(tables, title: str) -> tuple[str, tuple[str, ...]]:
    hypotheses = [from_finding(f, flagged=True) for f in propose_findings(tables)]
    profile = Profile(title=title, seniority="mid")
    sheet = plan_sheet(profile, hypotheses, load_bank())
    [line] = [q.text for q in sheet.questions if q.hypothesis]
    return line, sheet.notes


def test_hourly_rates_naming_no_currency_are_said_in_dollars_with_a_warning_to_pick_another():
    [table] = read_research_path(HOURLY).tables
    assert table.main_currency() == "USD"
    assert [i.code for i in table.issues] == ["currency-assumed", "pay-annualized"]
    assert "pick it on the Research page" in table.issues[0].message
    line, notes = pay_line([table], "Care Worker")
    assert line == (
        "Here is a figure from my research. Pay for Care worker is around $25,000 a year. "
        "Does that fit what you see, and what puts someone above or below it?"
    )
    assert notes == ()


def test_pay_bands_naming_no_currency_say_the_currency_the_user_picks():
    [table] = read_research_path(BANDS).tables
    assert [i.code for i in table.issues] == ["currency-assumed", "currency-assumed"]
    picked = retype_table(table, table.kind, dict(table.columns), currency="GBP")
    line, notes = pay_line([picked], "Policy Officer")
    assert line == (
        "Here is a figure from my research. Pay for Policy Officer is around £34,000 a year. "
        "Does that fit what you see, and what puts someone above or below it?"
    )
    assert notes == ()


def test_a_publisher_named_above_the_table_never_gives_a_currency():
    # a publisher's country is not a statement of the figures' currency (issue 22): the
    # app's own currency is assumed and said to be, whoever published the table
    wages = read_research_path(DATA / "agency_wages_under_a_title_row.csv").tables
    assert [f.statement for f in propose_findings(wages)] == [
        "The published median pay for Librarians is $64,400 a year",
        "The published median pay for Paralegals is $59,200 a year",
    ]
    assert [i.code for i in wages[0].issues] == ["header-below-title", "currency-assumed"]
    hourly = read_research_path(DATA / "agency_hourly_pay_under_a_title_row.csv").tables
    assert [f.statement for f in propose_findings(hourly)][:1] == [
        "One posting puts pay for Carers at about $23,900 a year ($11.50 an hour)"
    ]
    assert [i.code for i in hourly[0].issues][:2] == ["header-below-title", "currency-assumed"]


def test_the_missing_currency_is_said_right_after_the_amount():
    assert say_statement(
        "The published median pay for Judges is 98,000 a year; employment is projected to grow "
        "0.8% over 2020-2030",
        "compensation",
    ) == (
        "The median pay for Judges is around 98,000 a year, though my source does not say in "
        "which currency; employment is projected to grow 0.8% over 2020-2030."
    )


def test_a_grade_in_a_title_in_capitals_stays_a_roman_numeral():
    assert plain_title("COMMUNICABLE DISEASE CONTROL INVESTIGATOR II") == (
        "Communicable Disease Control Investigator II"
    )
    assert plain_title("CIVIL ENGINEER IV") == "Civil Engineer IV"
