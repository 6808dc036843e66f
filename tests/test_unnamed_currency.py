"""A pay figure whose research names no currency is said without one, never in dollars."""

from __future__ import annotations

from pathlib import Path

from infoview.findings import propose_findings
from infoview.hypotheses import from_finding
from infoview.profile import Profile
from infoview.questions import load_bank, plan_sheet
from infoview.questions.planner import UNNAMED_CURRENCY_NOTE
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


def test_hourly_rates_naming_no_currency_are_said_bare_with_a_note_on_where_to_name_it():
    [table] = read_research_path(HOURLY).tables
    assert table.main_currency() is None
    assert [i.code for i in table.issues] == ["currency-not-stated", "pay-annualized"]
    line, notes = pay_line([table], "Care Worker")
    assert line == (
        "Here is a figure from my research. Pay for Care worker is around 25,000 a year, though "
        "my source does not say in which currency. Does that fit what you see, and what puts "
        "someone above or below it?"
    )
    assert notes == (UNNAMED_CURRENCY_NOTE,)
    assert UNNAMED_CURRENCY_NOTE == (
        "A pay figure on this sheet is said without a currency: its research file does not "
        "name one. Pick it on the Research page (Currency of the amounts) and the sheet will "
        "say it."
    )


def test_pay_bands_naming_no_currency_say_the_currency_once_the_user_picks_it():
    [table] = read_research_path(BANDS).tables
    line, notes = pay_line([table], "Policy Officer")
    assert line == (
        "Here is a figure from my research. Pay for Policy Officer is around 34,000 a year, "
        "though my source does not say in which currency. Does that fit what you see, and what "
        "puts someone above or below it?"
    )
    picked = retype_table(table, table.kind, dict(table.columns), currency="GBP")
    line, notes = pay_line([picked], "Policy Officer")
    assert line == (
        "Here is a figure from my research. Pay for Policy Officer is around £34,000 a year. "
        "Does that fit what you see, and what puts someone above or below it?"
    )
    assert notes == ()


def test_a_publisher_named_above_the_table_never_gives_a_currency():
    # a publisher's country is not a statement of the figures' currency (issue 22): say so
    wages = read_research_path(DATA / "agency_wages_under_a_title_row.csv").tables
    assert [f.statement for f in propose_findings(wages)] == [
        "The published median pay for Librarians is 64,400 a year",
        "The published median pay for Paralegals is 59,200 a year",
    ]
    assert [i.code for i in wages[0].issues] == ["header-below-title", "currency-not-stated"]
    hourly = read_research_path(DATA / "agency_hourly_pay_under_a_title_row.csv").tables
    assert [f.statement for f in propose_findings(hourly)][:1] == [
        "One posting puts pay for Carers at about 23,900 a year (11.50 an hour)"
    ]


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
